// Reader for uncompressed IDX files, the format MNIST is published in.
//
// Layout: two zero bytes, a type byte, a byte giving the number of dimensions
// d, then d big-endian 32-bit sizes, then the data in row-major order. MNIST
// uses type 0x08 (unsigned byte): images are (count, 28, 28), labels (count).
// Only that type is supported, with 1 to 4 dimensions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

struct IdxArray {
    std::vector<std::uint32_t> dims;  // e.g. {60000, 28, 28}
    std::vector<std::uint8_t> data;   // the product of dims bytes, row-major
};

// Reads `path`. Throws std::runtime_error naming the file and the fault for a
// missing or unreadable file, a short header, a bad magic number, an
// unsupported type or dimension count, or a data size that disagrees with the
// header (truncated or trailing bytes). The header is checked against the
// file's length before anything is allocated from it.
IdxArray read_idx(const std::string& path);

// read_idx's work on bytes in memory, `source` naming them in errors (for
// tests and the fuzzer).
IdxArray parse_idx(const std::string& bytes, const std::string& source);
