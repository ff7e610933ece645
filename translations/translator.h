#pragma once

#include <QString>

class QCoreApplication;

namespace madoguchi {

// The language the product speaks: Japanese unless told otherwise.
inline constexpr auto kDefaultLanguage = "ja";

// Installs Madoguchi's own catalogue and Qt's for `language` ("ja" or "en")
// into the application. Returns false (and leaves the source text, English)
// when no catalogue exists for that language.
bool installTranslations(QCoreApplication& app, const QString& language);

// "ja" or "en" from a locale name such as "ja_JP.UTF-8"; English otherwise.
QString languageFromLocale(const QString& localeName);

} // namespace madoguchi
