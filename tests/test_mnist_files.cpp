// Finding MNIST's files in a data folder as readers leave it: the
// publishers' names, dotted names, still-gzipped files.
#include <filesystem>
#include <fstream>
#include <string>

#include "common/files/mnist_files.h"
#include "common/cli/program.h"
#include "tests/check.h"

namespace {

namespace fs = std::filesystem;

// A fresh empty folder under the system's temporary folder.
std::string fresh_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("nndl_test_mnist_files_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

void touch(const std::string& path) { std::ofstream(path, std::ios::binary) << "x"; }

}  // namespace

TEST_CASE(mnist_files, dotted_name, "") {
    CHECK_EQ(dotted_mnist_name("train-images-idx3-ubyte"), std::string("train-images.idx3-ubyte"));
    CHECK_EQ(dotted_mnist_name("t10k-labels-idx1-ubyte"), std::string("t10k-labels.idx1-ubyte"));
}

TEST_CASE(mnist_files, finds_either_spelling, "") {
    const std::string dir = fresh_dir("spellings");
    touch(dir + "/train-images-idx3-ubyte");
    touch(dir + "/train-labels.idx1-ubyte");
    CHECK_EQ(mnist_file(dir, "train-images-idx3-ubyte"), dir + "/train-images-idx3-ubyte");
    CHECK_EQ(mnist_file(dir, "train-labels-idx1-ubyte"), dir + "/train-labels.idx1-ubyte");
    // Neither: the publishers' name, for the reader to report missing.
    CHECK_EQ(mnist_file(dir, "t10k-images-idx3-ubyte"), dir + "/t10k-images-idx3-ubyte");
    CHECK_EQ(missing_mnist_file(dir), dir + "/t10k-images-idx3-ubyte");
    CHECK_THROWS(require_mnist_files(dir),
                 "MNIST not found: " + dir +
                     "/t10k-images-idx3-ubyte is missing; get it with `sh data/get_mnist.sh`");
    // Both spellings: the publishers' wins.
    touch(dir + "/train-images.idx3-ubyte");
    CHECK_EQ(mnist_file(dir, "train-images-idx3-ubyte"), dir + "/train-images-idx3-ubyte");
    fs::remove_all(dir);
}

TEST_CASE(mnist_files, gzipped, "") {
    const std::string dir = fresh_dir("gzipped");
    touch(dir + "/train-images-idx3-ubyte.gz");
    touch(dir + "/t10k-labels.idx1-ubyte.gz");
    CHECK_THROWS(
        mnist_file(dir, "train-images-idx3-ubyte"),
        dir + "/train-images-idx3-ubyte is missing, but " + dir +
            "/train-images-idx3-ubyte.gz is there, still compressed: unpack it with `gunzip " +
            dir + "/train-images-idx3-ubyte.gz`");
    CHECK_THROWS(mnist_file(dir, "t10k-labels-idx1-ubyte"),
                 "/t10k-labels.idx1-ubyte.gz is there, still compressed: unpack it with `gunzip " + dir +
                     "/t10k-labels.idx1-ubyte.gz`");
    CHECK_THROWS(require_mnist_files(dir),
                 "MNIST not ready: " + dir + "/train-images-idx3-ubyte is missing, but");
    CHECK_EQ(missing_mnist_file(dir), dir + "/train-images-idx3-ubyte");
    // Unpacked beside its .gz: the unpacked file is used.
    touch(dir + "/train-images-idx3-ubyte");
    CHECK_EQ(mnist_file(dir, "train-images-idx3-ubyte"), dir + "/train-images-idx3-ubyte");
    fs::remove_all(dir);
}
