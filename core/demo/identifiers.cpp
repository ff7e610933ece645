#include "demo/identifiers.h"

#include "text/checkdigits.h"

#include <cassert>

namespace madoguchi::demo {
namespace {

constexpr std::uint64_t kAtenaBase = 1000000000ULL; // 10-digit bodies
constexpr std::uint64_t kSetaiBase = 5000000000ULL;
constexpr std::uint64_t kMyNumberSpace = 100000000000ULL; // 10^11
constexpr std::uint64_t kResidentCodeSpace = 10000000000ULL; // 10^10
constexpr std::uint64_t kCardSpace = 100000000ULL; // 10^8

std::uint64_t mix(std::uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QString digits(std::uint64_t value, int width)
{
    return QString::number(value).rightJustified(width, QLatin1Char('0'));
}

} // namespace

IdentifierMaker::IdentifierMaker(std::uint64_t seed)
    : m_seed(seed)
{ }

std::uint64_t IdentifierMaker::hash(std::uint64_t value, std::uint64_t salt) const
{
    return mix(mix(m_seed ^ salt) + value);
}

std::uint64_t IdentifierMaker::permute(std::uint64_t value, std::uint64_t size, std::uint64_t key)
{
    assert(value < size);
    // The smallest even bit count whose range holds `size`.
    int bits = 2;
    while ((std::uint64_t(1) << bits) < size)
        bits += 2;
    const int half = bits / 2;
    const std::uint64_t mask = (std::uint64_t(1) << half) - 1;
    // A Feistel network permutes [0, 2^bits); stepping again until the
    // value falls back into [0, size) keeps it a permutation of that range.
    do {
        std::uint64_t left = value >> half;
        std::uint64_t right = value & mask;
        for (std::uint64_t round = 0; round < 4; ++round) {
            const std::uint64_t next = left ^ (mix(right ^ mix(key + round)) & mask);
            left = right;
            right = next;
        }
        value = (left << half) | right;
    } while (value >= size);
    return value;
}

QString IdentifierMaker::setaiNumber(std::int64_t householdId) const
{
    const std::uint64_t body
        = kSetaiBase + std::uint64_t(householdId) * 3 + hash(std::uint64_t(householdId), 1) % 3;
    return text::appendMod11CheckDigit(digits(body, 10));
}

QString IdentifierMaker::atenaNumber(std::int64_t personId) const
{
    const std::uint64_t body
        = kAtenaBase + std::uint64_t(personId) * 3 + hash(std::uint64_t(personId), 2) % 3;
    return text::appendMod11CheckDigit(digits(body, 10));
}

QString IdentifierMaker::myNumber(std::int64_t personId) const
{
    const QString body = digits(permute(std::uint64_t(personId), kMyNumberSpace, hash(0, 3)), 11);
    return body + QString::number(text::myNumberCheckDigit(body));
}

QString IdentifierMaker::residentCode(std::int64_t personId) const
{
    const QString body
        = digits(permute(std::uint64_t(personId), kResidentCodeSpace, hash(0, 4)), 10);
    return text::appendMod11CheckDigit(body);
}

QString IdentifierMaker::residenceCardNumber(std::int64_t foreignOrdinal) const
{
    const std::uint64_t number = permute(std::uint64_t(foreignOrdinal), kCardSpace, hash(0, 5));
    const std::uint64_t letters = hash(std::uint64_t(foreignOrdinal), 6);
    auto letter = [&](int i) { return QLatin1Char(char('A' + (letters >> (8 * i)) % 26)); };
    return QString() + letter(0) + letter(1) + digits(number, 8) + letter(2) + letter(3);
}

QString IdentifierMaker::localGovernmentCode(const QString& body)
{
    return body + QString::number(text::localGovernmentCodeCheckDigit(body));
}

} // namespace madoguchi::demo
