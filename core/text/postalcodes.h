#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// 郵便番号 → the address it stands for (都道府県, 市区町村, 町域), so that a
// clerk types 5300001 instead of 大阪府大阪市北区梅田 (docs/desk.md, "Postal
// codes"). The directory is Japan Post's data as the public-domain
// SKK-JISYO.zipcode has it (Debian's skkdic-extra), converted to UTF-8 when
// the program is built and compiled in.
namespace madoguchi::text {

// The seven digits of a postal code as people write it — 5300001,
// 530-0001, 〒530-0001, full-width digits — or nullopt for anything else.
std::optional<QString> postalCodeDigits(QStringView input);

// The addresses of a postal code (most have one; a few codes cover towns
// of several names), read on first use; empty for a code nobody uses.
QStringList addressesOfPostalCode(const QString& digits);

// Whether this build has the directory (false when it was built without
// skkdic-extra: every lookup then finds nothing).
bool hasPostalCodeDirectory();

} // namespace madoguchi::text
