#include "common/files/write_file.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

// A name beside `filename` that no other run is using: two runs writing the
// same file (two terminals, one chart) each get their own temporary file.
std::string temporary_name(const std::string& filename) {
    static std::atomic<unsigned> counter{0};
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, ".%llx-%u.partial", static_cast<unsigned long long>(now),
                  counter++);
    return filename + suffix;
}

// Flushes the C library's buffer and asks the system to put the bytes on
// the disk, so that the rename below never makes a file whose data is lost.
bool flush_to_disk(std::FILE* file) {
    if (std::fflush(file) != 0) return false;
#ifdef _WIN32
    return _commit(_fileno(file)) == 0;
#else
    return fsync(fileno(file)) == 0;
#endif
}

}  // namespace

void write_file(const std::string& filename, const std::string& bytes, const std::string& what) {
    const std::string partial = temporary_name(filename);
    std::FILE* file = std::fopen(partial.c_str(), "wb");
    if (!file) throw std::runtime_error(filename + ": cannot open for writing");
    const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size() &&
                         flush_to_disk(file);
    const bool closed = std::fclose(file) == 0;
    std::error_code error;
    if (!written || !closed) {
        std::filesystem::remove(partial, error);
        throw std::runtime_error(filename + ": could not write the whole " + what +
                                 " (is the disk full?); the earlier file, if any, is unchanged");
    }
    std::filesystem::rename(partial, filename, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw std::runtime_error(filename + ": could not replace the file (" + error.message() + ")");
    }
}
