#include "fonts.h"

#include "desksettings.h"

#include <QApplication>
#include <QFontDatabase>

namespace madoguchi::ui {
namespace {

// The family that draws Japanese with Japanese shapes; empty when none is
// installed.
QString japaneseFamily()
{
    static const QStringList preferred{QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("IPAGothic"), QStringLiteral("IPAPGothic"), QStringLiteral("TakaoGothic")};
    const QStringList installed = QFontDatabase::families();
    for (const QString& family : preferred) {
        if (installed.contains(family))
            return family;
    }
    return {};
}

void scale(QFont& font, int percent)
{
    if (percent == 100)
        return;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else if (font.pixelSize() > 0)
        font.setPixelSize(font.pixelSize() * percent / 100);
}

} // namespace

void useJapaneseCapableFont(const QString& language)
{
    QFont font = QApplication::font();
    if (const QString japanese = japaneseFamily(); !japanese.isEmpty()) {
        // Japanese interface: one typeface for everything, as Japanese
        // desktops do. English: the usual Latin face, Japanese text from the
        // CJK face.
        if (language == QLatin1String("ja"))
            font.setFamilies({japanese});
        else
            font.setFamilies({font.family(), japanese});
    }
    // The text size is read here, at start, and not changed while the desk
    // runs: widgets work out their sizes, layouts and column widths from the
    // application font when they are built, so a font that changed under
    // them would leave text clipped or crowded until they were rebuilt.
    scale(font, DeskSettings().fontScale());
    if (font != QApplication::font())
        QApplication::setFont(font);
}

} // namespace madoguchi::ui
