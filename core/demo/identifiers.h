#pragma once

#include <QString>
#include <cstdint>

namespace madoguchi::demo {

// The numbers of the demo register, each a function of the seed and of the
// row's position, so that they are unique by construction (no lookups, no
// retries) and the same on every run. Check digits come from
// text/checkdigits.h:
//  - 世帯番号 and 宛名番号: 10-digit bodies rising with the row, with small
//    random gaps (numbers of people who left), + mod-11 check digit;
//  - 個人番号: an 11-digit body from a keyed permutation of the person's
//    position (so numbers look random but never repeat) + its check digit;
//  - 住民票コード: a 10-digit body the same way + mod-11 check digit;
//  - 在留カード番号: 2 letters, 8 digits from a permutation of the foreign
//    resident's position, 2 letters.
class IdentifierMaker {
public:
    explicit IdentifierMaker(std::uint64_t seed);

    QString setaiNumber(std::int64_t householdId) const;
    QString atenaNumber(std::int64_t personId) const;
    QString myNumber(std::int64_t personId) const;
    QString residentCode(std::int64_t personId) const;
    QString residenceCardNumber(std::int64_t foreignOrdinal) const;

    // The 6-digit 全国地方公共団体コード of a 5-digit body.
    static QString localGovernmentCode(const QString& body);

    // A keyed bijection of [0, size) onto itself (a 4-round Feistel network
    // with cycle walking); public for the tests.
    static std::uint64_t permute(std::uint64_t value, std::uint64_t size, std::uint64_t key);

private:
    std::uint64_t hash(std::uint64_t value, std::uint64_t salt) const;

    std::uint64_t m_seed;
};

} // namespace madoguchi::demo
