#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace madoguchi::registry {

inline constexpr char16_t kHeadRelationship[] = u"世帯主";

// The 続柄 vocabulary of the resident register (COUNTER-DOMAIN §3): 世帯主,
// a word of the 続柄 vocabulary as isKnownRelationship (memberorder.h)
// judges it: 世帯主, 縁故者, 同居人, 夫（未届）, 妻（未届）, or a chain of up to
// four kin terms joined by の (子, 子の妻, 妻の父, 子の子の子の子).
// Returns the value as stored (ASCII parentheses become full-width ones, as
// in 夫(未届)), or nullopt for anything else.
std::optional<QString> normalizeRelationship(QStringView text);

} // namespace madoguchi::registry
