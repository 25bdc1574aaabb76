// Port of mnist_loader.py: MNIST in the forms network.py expects.
//
// Two deliberate differences: the book unpickles mnist.pkl.gz; we read the
// four raw IDX files (see data/README.md) and rebuild exactly what that pickle
// held: the first 50,000 training images, the last 10,000 as validation data,
// the 10,000 test images, each pixel byte k as k / 256. And the images stay
// bytes (Image, common/files/image.h) until training reads them, which keeps MNIST
// in 55 MB instead of 440 MB.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "chapter1/examples.h"
#include "common/numerics/matrix.h"

// One of load_data's three sets, the pair (images, labels) of the Python:
// images[i] holds 784 pixels (row by row, values k / 256 in [0, 1)) and
// labels[i] is its digit.
struct MnistSet {
    std::vector<Image> images;
    std::vector<int> labels;
};

// mnist_loader.py: load_data. Returns (training_data, validation_data,
// test_data) with 50,000, 10,000 and 10,000 images. Throws
// std::runtime_error naming the file if one is missing or malformed.
std::tuple<MnistSet, MnistSet, MnistSet> load_data(const std::string& data_dir);

// mnist_loader.py: load_data_wrapper. The same data reshaped for network.py:
// training_data as (x, y) pairs with y one-hot (MnistTrainingExample),
// validation and test data as (x, digit) pairs (MnistTestExample).
std::tuple<std::vector<MnistTrainingExample>, std::vector<MnistTestExample>, std::vector<MnistTestExample>>
load_data_wrapper(const std::string& data_dir);

// mnist_loader.py: vectorized_result. The desired output for digit j: a
// (10, 1) vector with 1.0 at position j and 0.0 elsewhere. Throws
// std::invalid_argument unless 0 <= j <= 9.
Vector vectorized_result(int j);
