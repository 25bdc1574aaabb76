// Where tests find MNIST, and what they do when it is missing.
#pragma once

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "common/cli/program.h"
#include "tests/check.h"

// The data folder the build was configured with (the project's data/).
// Without the four files a case is skipped with a hint, except under CI
// (the environment variable CI is set), where missing data is a failure.
inline std::string mnist_dir_or_skip() {
    const std::string dir = NNDL_DATA_DIR;
    const std::string missing = missing_mnist_file(dir);
    if (missing.empty()) return dir;
    const std::string why = missing + " is missing; get the data with: sh data/get_mnist.sh";
    if (std::getenv("CI")) throw std::runtime_error(why + " (CI is set, so this fails)");
    check::skip(why);
}
