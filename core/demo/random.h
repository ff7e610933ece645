#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace madoguchi::demo {

// The demo city's only source of chance. Our own generator and our own
// bounded and weighted choices, because std::uniform_int_distribution and
// friends are implemented differently by each standard library: the same
// seed must give the same city on every machine. No floating point either,
// so no rounding mode or libm can change a draw.
//
// xoshiro256** (Blackman & Vigna, 2018), its state filled by SplitMix64 as
// the authors recommend.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::uint64_t m_state;
};

class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [0, bound), bound > 0; unbiased (rejects the short last block).
    std::uint64_t below(std::uint64_t bound);
    // Uniform in [low, high], both inclusive.
    int between(int low, int high);
    // True with probability numerator / denominator.
    bool chance(std::uint64_t numerator, std::uint64_t denominator);
    bool percent(int p) { return chance(std::uint64_t(p < 0 ? 0 : p), 100); }
    bool perMille(int p) { return chance(std::uint64_t(p < 0 ? 0 : p), 1000); }
    // An index drawn with the given integer weights (at least one positive).
    std::size_t weighted(std::span<const int> weights);

private:
    std::uint64_t m_s[4];
};

// A fixed set of integer weights, prepared once for many draws (binary
// search over the running sums).
class WeightedTable {
public:
    WeightedTable() = default;
    explicit WeightedTable(std::span<const std::uint32_t> weights);
    void add(std::uint32_t weight);
    bool empty() const { return m_total == 0; }
    std::size_t size() const { return m_cumulative.size(); }
    std::size_t pick(Random& random) const;

private:
    std::vector<std::uint64_t> m_cumulative;
    std::uint64_t m_total = 0;
};

} // namespace madoguchi::demo
