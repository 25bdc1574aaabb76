// Port of mnist_loader.py. The functions appear in the Python's order.
#include "chapter1/mnist_loader.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <utility>

#include "common/files/idx.h"
#include "common/files/mnist_files.h"
#include "common/numerics/python_idioms.h"

namespace {

constexpr std::size_t kPixels = 28 * 28;
constexpr std::size_t kTrainingSize = 50000;  // the rest of the 60,000 is validation data

// Reads one images file and its labels file into a single MnistSet, checking
// that they are what MNIST's files are: (n, 28, 28) bytes and n labels 0..9.
MnistSet read_set(const std::string& dir, const std::string& images_name,
                  const std::string& labels_name) {
    const std::string images_path = mnist_file(dir, images_name),
                      labels_path = mnist_file(dir, labels_name);
    const IdxArray images = read_idx(images_path);
    const IdxArray labels = read_idx(labels_path);
    if (images.dims.size() != 3 || images.dims[1] != 28 || images.dims[2] != 28)
        throw std::runtime_error(images_path + ": expected images of shape (n, 28, 28)");
    if (labels.dims.size() != 1 || labels.dims[0] != images.dims[0])
        throw std::runtime_error(labels_path + ": expected " + std::to_string(images.dims[0]) +
                                 " labels, one per image of " + images_name);
    MnistSet set;
    set.images.reserve(images.dims[0]);
    set.labels.reserve(images.dims[0]);
    for (std::size_t i = 0; i < images.dims[0]; ++i) {
        // The bytes k as they are; an Image reads them as k / 256, not k / 255:
        // the values the book's mnist.pkl.gz holds (float32 k/256), all exact
        // in a double (see data/README.md).
        const auto first = images.data.begin() + static_cast<std::ptrdiff_t>(i * kPixels);
        set.images.emplace_back(std::vector<std::uint8_t>(first, first + kPixels));
        const int label = labels.data[i];
        if (label > 9)
            throw std::runtime_error(labels_path + ": label " + std::to_string(label) +
                                     " at index " + std::to_string(i) + " is not a digit 0-9");
        set.labels.push_back(label);
    }
    return set;
}

// Moves items [begin, end) of `from` into a new set.
MnistSet take(MnistSet& from, std::size_t begin, std::size_t end) {
    MnistSet part;
    for (std::size_t i = begin; i < end; ++i) {
        part.images.push_back(std::move(from.images[i]));
        part.labels.push_back(from.labels[i]);
    }
    return part;
}

}  // namespace

// mnist_loader.py: load_data. Where the Python unpickles three ready-made
// sets, we split the 60,000 training images as the book's pickle did.
std::tuple<MnistSet, MnistSet, MnistSet> load_data(const std::string& data_dir) {
    MnistSet all_training = read_set(data_dir, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");
    if (all_training.images.size() != 60000)
        throw std::runtime_error(mnist_file(data_dir, "train-images-idx3-ubyte") +
                                 ": expected 60000 images, found " +
                                 std::to_string(all_training.images.size()));
    MnistSet training_data = take(all_training, 0, kTrainingSize);
    MnistSet validation_data = take(all_training, kTrainingSize, all_training.images.size());
    MnistSet test_data = read_set(data_dir, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    return {std::move(training_data), std::move(validation_data), std::move(test_data)};
}

// mnist_loader.py: load_data_wrapper, statement by statement. The Python
// reshapes each image to (784, 1); an Image is read as a (784, 1) vector
// already (see common/files/image.h), so the reshape becomes a move.
std::tuple<std::vector<MnistTrainingExample>, std::vector<MnistTestExample>, std::vector<MnistTestExample>>
load_data_wrapper(const std::string& data_dir) {
    auto [tr_d, va_d, te_d] = load_data(data_dir);
    std::vector<Image> training_inputs = std::move(tr_d.images);
    std::vector<Vector> training_results;
    for (int y : tr_d.labels) training_results.push_back(vectorized_result(y));
    std::vector<MnistTrainingExample> training_data = zip(training_inputs, training_results);
    std::vector<Image> validation_inputs = std::move(va_d.images);
    std::vector<MnistTestExample> validation_data = zip(validation_inputs, va_d.labels);
    std::vector<Image> test_inputs = std::move(te_d.images);
    std::vector<MnistTestExample> test_data = zip(test_inputs, te_d.labels);
    return {std::move(training_data), std::move(validation_data), std::move(test_data)};
}

// mnist_loader.py: vectorized_result. numpy would silently wrap a negative j
// and fail late on a large one; we refuse both at once.
Vector vectorized_result(int j) {
    if (j < 0 || j > 9)
        throw std::invalid_argument("vectorized_result: expected a digit 0-9, got " + std::to_string(j));
    Vector e(10);
    e[static_cast<std::size_t>(j)] = 1.0;
    return e;
}
