#include "common/checksum.h"

#include <cstdio>
#include <cstring>

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
    char line[128];
    std::snprintf(line, sizeof line, "checksum: sum %.17g, fnv1a %016llx", total_,
                  static_cast<unsigned long long>(hash_));
    return line;
}
