// The IDX reader on small files written here, and on the real MNIST files.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/files/idx.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

// A fresh file under the system's temporary folder holding `bytes`.
std::string write_temp(const std::string& name, const Bytes& bytes) {
    const auto dir = std::filesystem::temp_directory_path() / "nndl_test_idx";
    std::filesystem::create_directories(dir);
    const auto path = (dir / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return path;
}

void put_u32(Bytes& b, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(v >> shift));
}

// A well-formed header for unsigned bytes with the given sizes.
Bytes header(const std::vector<std::uint32_t>& dims) {
    Bytes b{0, 0, 0x08, static_cast<std::uint8_t>(dims.size())};
    for (auto d : dims) put_u32(b, d);
    return b;
}

Bytes with_data(Bytes b, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) b.push_back(static_cast<std::uint8_t>(i * 7));
    return b;
}

void check_valid(const std::vector<std::uint32_t>& dims) {
    std::size_t n = 1;
    for (auto d : dims) n *= d;
    const auto path = write_temp("valid" + std::to_string(dims.size()), with_data(header(dims), n));
    IdxArray a = read_idx(path);
    CHECK_EQ(a.dims, dims);
    CHECK_EQ(a.data.size(), n);
    for (std::size_t i = 0; i < n; ++i)
        if (a.data[i] != static_cast<std::uint8_t>(i * 7)) CHECK_EQ(int(a.data[i]), int(i * 7 % 256));
}

}  // namespace

TEST_CASE(idx, valid_1d, "") { check_valid({5}); }
TEST_CASE(idx, valid_2d, "") { check_valid({3, 4}); }
TEST_CASE(idx, valid_3d, "") { check_valid({2, 3, 5}); }
TEST_CASE(idx, valid_4d, "") { check_valid({2, 2, 3, 2}); }
TEST_CASE(idx, valid_zero_count, "") { check_valid({0, 28, 28}); }

TEST_CASE(idx, missing_file, "") {
    CHECK_THROWS(read_idx("/nonexistent/nndl/train-images-idx3-ubyte"),
                 "/nonexistent/nndl/train-images-idx3-ubyte: cannot open");
}

TEST_CASE(idx, short_header, "") {
    const auto tiny = write_temp("tiny", Bytes{0, 0});
    CHECK_THROWS(read_idx(tiny), tiny + ": expected an IDX header of at least 4 bytes");
    // Declares three sizes but stops after one.
    Bytes b{0, 0, 0x08, 3};
    put_u32(b, 10);
    const auto cut = write_temp("cut_header", b);
    CHECK_THROWS(read_idx(cut), cut + ": header declares 3 dimensions (16 bytes of header)");
}

TEST_CASE(idx, bad_magic, "") {
    Bytes b = with_data(header({4}), 4);
    b[0] = 0x1f;  // what a gzip file starts with: a likely mistake
    b[1] = 0x8b;
    const auto path = write_temp("gzip_like", b);
    CHECK_THROWS(read_idx(path), path + ": not an IDX file: expected the first two bytes to be zero, found 0x1f 0x8b");
}

TEST_CASE(idx, parse_in_memory, "") {
    // The same reader on bytes in memory (what the fuzz target calls).
    const Bytes b = with_data(header({2, 3}), 6);
    const IdxArray a = parse_idx(std::string(b.begin(), b.end()), "memory.idx");
    CHECK_EQ(a.dims, (std::vector<std::uint32_t>{2, 3}));
    CHECK_EQ(a.data.size(), 6u);
    CHECK_EQ(int{a.data[5]}, int{b.back()});
    CHECK_THROWS(parse_idx(std::string(b.begin(), b.end() - 1), "memory.idx"),
                 "memory.idx: header declares 2 x 3 = 6 bytes of data, but the file holds 5 (truncated)");
}

TEST_CASE(idx, bad_second_magic_byte, "") {
    // Only the second byte wrong: 00 01 08 01.
    Bytes b = with_data(header({4}), 4);
    b[1] = 0x01;
    const auto path = write_temp("second_byte", b);
    CHECK_THROWS(read_idx(path), path + ": not an IDX file: expected the first two bytes to be zero, found 0x00 0x01");
}

TEST_CASE(idx, unsupported_type, "") {
    Bytes b = with_data(header({4}), 16);
    b[2] = 0x0d;  // float
    const auto path = write_temp("float_type", b);
    CHECK_THROWS(read_idx(path), path + ": expected an IDX file of unsigned bytes (type 0x08), found type 0x0d");
}

TEST_CASE(idx, zero_dimensions, "") {
    const auto path = write_temp("zero_dims", Bytes{0, 0, 0x08, 0});
    CHECK_THROWS(read_idx(path), path + ": expected 1 to 4 dimensions, found 0");
}

TEST_CASE(idx, too_many_dimensions, "") {
    const auto path = write_temp("five_dims", with_data(header({1, 1, 1, 1, 1}), 1));
    CHECK_THROWS(read_idx(path), path + ": expected 1 to 4 dimensions, found 5");
}

TEST_CASE(idx, truncated_data, "") {
    const auto path = write_temp("truncated", with_data(header({10, 2}), 19));
    CHECK_THROWS(read_idx(path), path + ": header declares 10 x 2 = 20 bytes of data, but the file holds 19 (truncated)");
}

TEST_CASE(idx, trailing_bytes, "") {
    const auto path = write_temp("trailing", with_data(header({10}), 11));
    CHECK_THROWS(read_idx(path), path + ": header declares 10 = 10 bytes of data, but the file holds 11 (trailing bytes)");
}

TEST_CASE(idx, huge_header_fails_fast, "") {
    // A 40-byte file claiming 4e9 images of 28x28: must be refused from the
    // file's length, never by trying to allocate ~3 TB.
    Bytes b = header({4000000000u, 28, 28});
    b.resize(40, 0);
    const auto path = write_temp("huge", b);
    CHECK_THROWS(read_idx(path), path + ": header declares 4000000000 x 28 x 28");
}

TEST_CASE(idx, overflowing_sizes, "") {
    // 2^32-1 to the fourth power does not fit in 64 bits.
    const auto path = write_temp("overflow", header({0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu}));
    CHECK_THROWS(read_idx(path), path + ": dimension sizes overflow");
}

TEST_CASE(idx, mnist_files, "mnist") {
    const std::string dir = mnist_dir_or_skip();
    const IdxArray train_images = read_idx(dir + "/train-images-idx3-ubyte");
    const IdxArray train_labels = read_idx(dir + "/train-labels-idx1-ubyte");
    const IdxArray test_images = read_idx(dir + "/t10k-images-idx3-ubyte");
    const IdxArray test_labels = read_idx(dir + "/t10k-labels-idx1-ubyte");
    CHECK_EQ(train_images.dims, (std::vector<std::uint32_t>{60000, 28, 28}));
    CHECK_EQ(train_labels.dims, (std::vector<std::uint32_t>{60000}));
    CHECK_EQ(test_images.dims, (std::vector<std::uint32_t>{10000, 28, 28}));
    CHECK_EQ(test_labels.dims, (std::vector<std::uint32_t>{10000}));
    const Bytes first_train(train_labels.data.begin(), train_labels.data.begin() + 6);
    const Bytes first_test(test_labels.data.begin(), test_labels.data.begin() + 6);
    CHECK_EQ(first_train, (Bytes{5, 0, 4, 1, 9, 2}));  // the "504192" of the chapter's opening
    CHECK_EQ(first_test, (Bytes{7, 2, 1, 0, 4, 1}));
}
