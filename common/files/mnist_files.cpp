#include "common/files/mnist_files.h"

#include <filesystem>
#include <stdexcept>

namespace {

bool is_file(const std::string& path) {
    std::error_code error;
    return std::filesystem::is_regular_file(path, error);
}

}  // namespace

std::string dotted_mnist_name(const std::string& name) {
    std::string dotted = name;
    const std::size_t dash = dotted.rfind("-idx");
    if (dash != std::string::npos) dotted[dash] = '.';
    return dotted;
}

std::string mnist_file(const std::string& dir, const std::string& name) {
    const std::string path = dir + "/" + name, dotted = dir + "/" + dotted_mnist_name(name);
    if (is_file(path)) return path;
    if (is_file(dotted)) return dotted;
    for (const std::string& gz : {path + ".gz", dotted + ".gz"})
        if (is_file(gz))
            throw std::runtime_error(path + " is missing, but " + gz +
                                     " is there, still compressed: unpack it with `gunzip " + gz +
                                     "` (or fetch the data with `sh data/get_mnist.sh`)");
    return path;
}
