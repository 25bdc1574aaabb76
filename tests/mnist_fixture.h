// Where tests find MNIST, and what they do when it is missing.
#pragma once

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>

#include "tests/check.h"

// The data folder the build was configured with (the project's data/).
// Without the four files a case is skipped with a hint, except under CI
// (the environment variable CI is set), where missing data is a failure.
inline std::string mnist_dir_or_skip() {
    const std::string dir = NNDL_DATA_DIR;
    for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                             "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
        if (std::ifstream(dir + "/" + name)) continue;
        const std::string why = dir + "/" + name +
                                " is missing; get the data with: sh data/get_mnist.sh";
        if (std::getenv("CI")) throw std::runtime_error(why + " (CI is set, so this fails)");
        check::skip(why);
    }
    return dir;
}
