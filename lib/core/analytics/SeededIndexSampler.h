#pragma once

#include <cstdint>
#include <random>

namespace debrief {

/// Draws uniform indices from an explicitly seeded std::mt19937_64, whose
/// output the C++ standard fixes bit for bit. The index is made by Lemire's
/// multiply-and-reject method ("Fast Random Integer Generation in an
/// Interval", 2019) on the upper 32 bits of each draw instead of a
/// std::uniform_int_distribution, whose algorithm differs between standard
/// libraries: the same seed gives the same indices on every platform.
class SeededIndexSampler {
public:
    explicit SeededIndexSampler(std::uint64_t seed)
        : m_engine(seed) {}

    /// A uniform index in [0, bound); bound must be at least 1.
    std::uint32_t below(std::uint32_t bound) {
        std::uint64_t product = std::uint64_t(next32()) * bound;
        auto low = std::uint32_t(product);
        if (low < bound) {
            // Reject the few products that would favour small indices.
            const std::uint32_t threshold = std::uint32_t(-bound) % bound;
            while (low < threshold) {
                product = std::uint64_t(next32()) * bound;
                low = std::uint32_t(product);
            }
        }
        return std::uint32_t(product >> 32);
    }

private:
    std::uint32_t next32() { return std::uint32_t(m_engine() >> 32); }

    std::mt19937_64 m_engine;
};

} // namespace debrief
