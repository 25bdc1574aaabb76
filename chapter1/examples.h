// The two shapes of data network.py works with (see mnist_loader.py,
// load_data_wrapper): training pairs carry the desired output as a vector,
// validation and test pairs carry the digit itself.
#pragma once

#include <utility>

#include "common/matrix.h"

// (x, y): x the 784 pixels, shape (784, 1); y the desired output, a one-hot
// vector of shape (10, 1) (see vectorized_result).
using TrainingExample = std::pair<Vector, Vector>;

// (x, digit): x as above; digit the label 0..9 that evaluate compares with.
using TestExample = std::pair<Vector, int>;
