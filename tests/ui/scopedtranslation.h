#pragma once

#include <QCoreApplication>
#include <QTranslator>
#include <memory>

namespace madoguchi::testing {

// Installs the embedded catalogue :/i18n/madoguchi_<language>.qm for the
// lifetime of the object, as the desk does at start.
class ScopedTranslation {
public:
    explicit ScopedTranslation(const QString& language)
    {
        loaded = translator.load(QStringLiteral(":/i18n/madoguchi_%1.qm").arg(language));
        if (loaded)
            QCoreApplication::installTranslator(&translator);
    }
    ~ScopedTranslation()
    {
        if (loaded)
            QCoreApplication::removeTranslator(&translator);
    }
    ScopedTranslation(const ScopedTranslation&) = delete;
    ScopedTranslation& operator=(const ScopedTranslation&) = delete;

    QTranslator translator;
    bool loaded = false;
};

} // namespace madoguchi::testing
