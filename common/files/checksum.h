// A checksum of many doubles, for checking that two builds computed the same
// bits: their sum, which shows a difference to the eye, and a 64-bit FNV-1a
// hash of their bit patterns, which catches a difference in any last bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

class Checksum {
public:
    void add(const double* values, std::size_t n);
    // "checksum: sum <the sum's shortest round-trip text>, fnv1a <16 hex digits>"
    std::string line() const;

private:
    double total_ = 0.0;
    std::uint64_t hash_ = 14695981039346656037ull;  // FNV-1a's 64-bit offset basis
};
