#include "demo/random.h"

#include <algorithm>
#include <cassert>

namespace madoguchi::demo {
namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Random::Random(std::uint64_t seed)
{
    SplitMix64 expand(seed);
    for (std::uint64_t& word : m_s)
        word = expand.next();
}

std::uint64_t Random::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

std::uint64_t Random::below(std::uint64_t bound)
{
    assert(bound > 0);
    // 2^64 mod bound values at the bottom would make small results more
    // likely; draw again when we land there (rarely: < bound / 2^64).
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % bound;
    }
}

int Random::between(int low, int high)
{
    assert(low <= high);
    return low + int(below(std::uint64_t(std::int64_t(high) - low + 1)));
}

bool Random::chance(std::uint64_t numerator, std::uint64_t denominator)
{
    if (numerator == 0)
        return false;
    if (numerator >= denominator)
        return true;
    return below(denominator) < numerator;
}

std::size_t Random::weighted(std::span<const int> weights)
{
    std::uint64_t total = 0;
    for (int w : weights)
        total += std::uint64_t(std::max(w, 0));
    assert(total > 0);
    std::uint64_t r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto w = std::uint64_t(std::max(weights[i], 0));
        if (r < w)
            return i;
        r -= w;
    }
    return weights.size() - 1; // not reached
}

WeightedTable::WeightedTable(std::span<const std::uint32_t> weights)
{
    for (std::uint32_t w : weights)
        add(w);
}

void WeightedTable::add(std::uint32_t weight)
{
    m_total += weight;
    m_cumulative.push_back(m_total);
}

std::size_t WeightedTable::pick(Random& random) const
{
    assert(m_total > 0);
    const std::uint64_t r = random.below(m_total);
    // The first entry whose running sum exceeds r.
    return std::size_t(
        std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
}

} // namespace madoguchi::demo
