// The two shapes of data network.py works with (see mnist_loader.py,
// load_data_wrapper): training pairs carry the desired output as a vector,
// validation and test pairs carry the digit itself.
#pragma once

#include <utility>

#include "common/files/image.h"
#include "common/numerics/matrix.h"

// (x, y): x the input, shape (n, 1); y the desired output, shape (10, 1) for
// MNIST, a one-hot vector (see vectorized_result).
using TrainingExample = std::pair<Vector, Vector>;

// (x, digit): x as above; digit the label 0..9 that evaluate compares with.
using TestExample = std::pair<Vector, int>;

// The same pairs as load_data_wrapper returns them for MNIST, with x an
// Image: its 784 pixels held as bytes, read as the book's (784, 1) vector
// of values k/256 when training uses it (see common/files/image.h).
using MnistTrainingExample = std::pair<Image, Vector>;
using MnistTestExample = std::pair<Image, int>;
