#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace madoguchi {

bool installTranslations(QCoreApplication& app, const QString& language)
{
    // Parented to the application: they live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/madoguchi_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, print dialog) where installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString languageFromLocale(const QString& localeName)
{
    return localeName.startsWith(QLatin1String("ja")) ? QStringLiteral("ja") : QStringLiteral("en");
}

} // namespace madoguchi
