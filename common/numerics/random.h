// Random numbers that match numpy and Python bit for bit.
//
// A reader who runs network.py after `random.seed(S); np.random.seed(S)` gets
// initial weights from numpy (np.random.randn) and shuffles from Python
// (random.shuffle). NumpyRandom and PythonRandom, each seeded with S, give the
// same numbers, so the port starts from the same weights and visits the
// training data in the same order. Both rest on MT19937; neither uses
// std::*_distribution or std::shuffle, whose output differs between standard
// libraries.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>
#include <vector>

#include "common/numerics/matrix.h"

// The Mersenne Twister of Matsumoto and Nishimura (mt19937ar.c), with the two
// ways of seeding it: from one 32-bit number (init_genrand, what numpy's
// seed(int) uses) and from an array of them (init_by_array, what Python's
// seed(int) uses).
class MT19937 {
public:
    explicit MT19937(std::uint32_t seed = 5489u) { seed_genrand(seed); }
    void seed_genrand(std::uint32_t seed);
    void seed_by_array(const std::vector<std::uint32_t>& key);
    std::uint32_t next_uint32();
    // A double in [0, 1) with 53 random bits, from two draws a then b:
    // ((a >> 5) * 2^26 + (b >> 6)) / 2^53. numpy and Python both do this.
    double next_double();

private:
    static constexpr std::size_t N = 624;
    std::array<std::uint32_t, N> mt_{};
    std::size_t index_ = N;
};

// numpy's legacy RandomState (np.random.seed, np.random.randn).
class NumpyRandom {
public:
    // np.random.seed(seed). numpy accepts 0 <= seed < 2^32.
    explicit NumpyRandom(std::uint32_t seed) { this->seed(seed); }
    void seed(std::uint32_t seed);
    double random_sample();  // np.random.random_sample()
    double randn();          // np.random.randn(): one standard normal draw
    Vector randn(std::size_t n);                     // np.random.randn(n, 1)
    Matrix randn(std::size_t rows, std::size_t cols);  // np.random.randn(rows, cols), row by row

private:
    MT19937 mt_;
    bool has_gauss_ = false;  // the polar method makes two normals at a time
    double gauss_ = 0.0;
};

// Python 3's `random` module (random.seed, random.random, random.shuffle).
class PythonRandom {
public:
    // random.seed(seed) for a non-negative int.
    explicit PythonRandom(std::uint64_t seed) { this->seed(seed); }
    void seed(std::uint64_t seed);
    double random();                        // random.random()
    std::uint64_t getrandbits(int k);       // random.getrandbits(k), 1 <= k <= 64
    std::uint64_t randbelow(std::uint64_t n);  // random._randbelow(n), n >= 1

    // random.shuffle(x): Fisher-Yates from the back, as CPython does it.
    template <class T>
    void shuffle(std::vector<T>& x) {
        for (std::size_t i = x.size(); i-- > 1;) {
            const std::size_t j = static_cast<std::size_t>(randbelow(i + 1));
            std::swap(x[i], x[j]);
        }
    }

private:
    MT19937 mt_;
};
