#include "common/files/checksum.h"

#include <cstdio>
#include <cstring>

#include "common/numerics/number_text.h"

void Checksum::add(const double* values, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        total_ += values[i];
        std::uint64_t bits;
        std::memcpy(&bits, &values[i], sizeof bits);
        for (int byte = 0; byte < 8; ++byte) {
            hash_ ^= (bits >> (8 * byte)) & 0xffu;
            hash_ *= 1099511628211ull;  // FNV-1a's 64-bit prime
        }
    }
}

std::string Checksum::line() const {
    // The sum in its shortest round-trip form, the same text on every
    // platform (printf's "%.17g" pads some sums with a needless digit).
    char hash[32];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(hash_));
    return "checksum: sum " + shortest_double(total_) + ", fnv1a " + hash;
}
