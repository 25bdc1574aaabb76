#include "common/numerics/random.h"

#include <cmath>
#include <string>

// ---- MT19937 ------------------------------------------------------------------

void MT19937::seed_genrand(std::uint32_t seed) {
    mt_[0] = seed;
    for (std::size_t i = 1; i < N; ++i)
        mt_[i] = 1812433253u * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
    index_ = N;
}

void MT19937::seed_by_array(const std::vector<std::uint32_t>& key) {
    seed_genrand(19650218u);
    std::size_t i = 1, j = 0;
    const std::size_t len = key.empty() ? 1 : key.size();
    auto key_at = [&](std::size_t k) { return key.empty() ? 0u : key[k]; };
    for (std::size_t k = (N > len ? N : len); k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525u)) + key_at(j) +
                 static_cast<std::uint32_t>(j);
        ++i;
        ++j;
        if (i >= N) {
            mt_[0] = mt_[N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (std::size_t k = N - 1; k > 0; --k) {
        mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941u)) -
                 static_cast<std::uint32_t>(i);
        ++i;
        if (i >= N) {
            mt_[0] = mt_[N - 1];
            i = 1;
        }
    }
    mt_[0] = 0x80000000u;  // makes sure the state is not all zeros
    index_ = N;
}

std::uint32_t MT19937::next_uint32() {
    constexpr std::size_t M = 397;
    constexpr std::uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
    if (index_ >= N) {  // regenerate all N words at once
        for (std::size_t k = 0; k < N; ++k) {
            const std::uint32_t y = (mt_[k] & kUpper) | (mt_[(k + 1) % N] & kLower);
            mt_[k] = mt_[(k + M) % N] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
        }
        index_ = 0;
    }
    std::uint32_t y = mt_[index_++];
    y ^= y >> 11;  // tempering
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

double MT19937::next_double() {
    const std::uint32_t a = next_uint32() >> 5, b = next_uint32() >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

// ---- NumpyRandom ----------------------------------------------------------------

void NumpyRandom::seed(std::uint32_t seed) {
    mt_.seed_genrand(seed);  // numpy's seed(int) is init_genrand
    has_gauss_ = false;
    gauss_ = 0.0;
}

double NumpyRandom::random_sample() { return mt_.next_double(); }

double NumpyRandom::randn() {
    if (has_gauss_) {
        has_gauss_ = false;
        return gauss_;
    }
    // Marsaglia's polar method, exactly as numpy's legacy generator does it:
    // a point uniform in the unit disc gives two independent normals.
    double x1, x2, r2;
    do {
        x1 = 2.0 * mt_.next_double() - 1.0;
        x2 = 2.0 * mt_.next_double() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    gauss_ = f * x1;  // kept for the next call
    has_gauss_ = true;
    return f * x2;
}

Vector NumpyRandom::randn(std::size_t n) {
    Vector v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = randn();
    return v;
}

Matrix NumpyRandom::randn(std::size_t rows, std::size_t cols) {
    Matrix m(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) m(i, j) = randn();
    return m;
}

// ---- PythonRandom ---------------------------------------------------------------

void PythonRandom::seed(std::uint64_t seed) {
    // CPython keys init_by_array with the 32-bit words of |seed|, least
    // significant first; 0 gives the key [0].
    std::vector<std::uint32_t> key;
    do {
        key.push_back(static_cast<std::uint32_t>(seed & 0xffffffffu));
        seed >>= 32;
    } while (seed != 0);
    mt_.seed_by_array(key);
}

double PythonRandom::random() { return mt_.next_double(); }

std::uint64_t PythonRandom::getrandbits(int k) {
    if (k < 1 || k > 64)
        throw std::invalid_argument("getrandbits: k must be in 1..64, got " + std::to_string(k));
    // CPython fills 32-bit words from the least significant end; the last
    // (most significant) word keeps only the top bits of its draw.
    std::uint64_t r = 0;
    for (int shift = 0; k > 0; shift += 32, k -= 32) {
        std::uint32_t word = mt_.next_uint32();
        if (k < 32) word >>= (32 - k);
        r |= static_cast<std::uint64_t>(word) << shift;
    }
    return r;
}

std::uint64_t PythonRandom::randbelow(std::uint64_t n) {
    if (n == 0) throw std::invalid_argument("randbelow: n must be at least 1");
    int k = 0;  // n.bit_length()
    for (std::uint64_t m = n; m != 0; m >>= 1) ++k;
    std::uint64_t r = getrandbits(k);
    while (r >= n) r = getrandbits(k);  // rejection keeps every value equally likely
    return r;
}
