// A reader for PGM images (Netpbm's portable graymap), the simplest format a
// reader can make a picture of their own digit in: P2 (numbers as text) and
// P5 (binary), any size, any maxval up to 65535 (above 255, two bytes a
// sample, most significant first), comments in the header.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

struct GrayImage {
    std::size_t width = 0, height = 0;
    std::vector<double> values;  // row by row, sample / maxval: 0 is black, 1 white
};

// Reads a PGM file. Throws std::runtime_error naming the file and what was
// expected for anything else: a missing file, another format (PNG and JPEG
// are recognised and named, with how to convert them), a malformed header,
// a sample above maxval, or fewer or more pixels than the header promises.
// Nothing is allocated before the file is known to hold that many samples.
GrayImage read_pgm(const std::string& filename);

// read_pgm's work on the file's bytes, `filename` naming it in errors (for
// tests and the fuzzer, which have the bytes in memory).
GrayImage parse_pgm(const std::string& bytes, const std::string& filename);
