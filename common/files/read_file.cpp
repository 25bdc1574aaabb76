#include "common/files/read_file.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

std::string read_file(const std::string& filename) {
    std::ifstream file(filename, std::ios::binary);
    if (!file) throw std::runtime_error(filename + ": cannot open (no such file, or not readable)");
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}
