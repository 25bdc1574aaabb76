// A whole file as bytes (common/files/read_file.h).
#include <filesystem>
#include <fstream>
#include <string>

#include "common/files/read_file.h"
#include "tests/check.h"

TEST_CASE(read_file, bytes_as_written, "") {
    // Every byte as on disk, on every platform: no newline translation, NUL
    // bytes kept.
    const std::string path = (std::filesystem::temp_directory_path() / "nndl_test_read_file.bin").string();
    const std::string bytes("a\r\nb\n\0c\xff", 8);
    std::ofstream(path, std::ios::binary) << bytes;
    CHECK_EQ(read_file(path), bytes);
    std::filesystem::remove(path);
}

TEST_CASE(read_file, missing, "") {
    const std::string path = (std::filesystem::temp_directory_path() / "nndl_no_such_file.json").string();
    std::filesystem::remove(path);
    CHECK_THROWS(read_file(path), path + ": cannot open (no such file, or not readable)");
}
