#include "fonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace madoguchi::ui {

void useJapaneseCapableFont(const QString& language)
{
    static const QStringList preferred{QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("IPAGothic"), QStringLiteral("IPAPGothic"), QStringLiteral("TakaoGothic")};
    const QStringList installed = QFontDatabase::families();
    QString japanese;
    for (const QString& family : preferred) {
        if (installed.contains(family)) {
            japanese = family;
            break;
        }
    }
    if (japanese.isEmpty())
        return;
    QFont font = QApplication::font();
    // Japanese interface: one typeface for everything, as Japanese desktops
    // do. English: the usual Latin face, Japanese text from the CJK face.
    if (language == QLatin1String("ja"))
        font.setFamilies({japanese});
    else
        font.setFamilies({font.family(), japanese});
    QApplication::setFont(font);
}

} // namespace madoguchi::ui
