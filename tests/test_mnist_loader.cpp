// The port of mnist_loader.py, on the real MNIST files and without them.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "chapter1/mnist_loader.h"
#include "common/files/idx.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

TEST_CASE(mnist_loader, vectorized_result, "") {
    const Vector e = vectorized_result(3);
    CHECK_EQ(e.shape(), std::string("(10,1)"));
    for (std::size_t i = 0; i < 10; ++i) CHECK_EQ(e[i], i == 3 ? 1.0 : 0.0);
    CHECK_THROWS(vectorized_result(10), "expected a digit 0-9, got 10");
    CHECK_THROWS(vectorized_result(-1), "expected a digit 0-9, got -1");
}

TEST_CASE(mnist_loader, missing_data, "") {
    CHECK_THROWS(load_data("/nonexistent/nndl"), "/nonexistent/nndl/train-images-idx3-ubyte: cannot open");
}

TEST_CASE(mnist_loader, load_data_splits, "mnist") {
    const std::string dir = mnist_dir_or_skip();
    const auto [training_data, validation_data, test_data] = load_data(dir);
    CHECK_EQ(training_data.images.size(), 50000u);
    CHECK_EQ(training_data.labels.size(), 50000u);
    CHECK_EQ(validation_data.images.size(), 10000u);
    CHECK_EQ(test_data.images.size(), 10000u);
    CHECK_EQ(training_data.images[0].size(), 784u);
    CHECK_EQ(std::vector<int>(training_data.labels.begin(), training_data.labels.begin() + 6),
             (std::vector<int>{5, 0, 4, 1, 9, 2}));
    CHECK_EQ(std::vector<int>(test_data.labels.begin(), test_data.labels.begin() + 6),
             (std::vector<int>{7, 2, 1, 0, 4, 1}));
    // The split falls exactly between images 49,999 and 50,000 of the file
    // (labels and pixel sums read from the raw IDX files with numpy).
    CHECK_EQ(std::vector<int>(validation_data.labels.begin(), validation_data.labels.begin() + 6),
             (std::vector<int>{3, 8, 6, 9, 6, 4}));
    CHECK_EQ(validation_data.labels.back(), 8);  // file image 59,999
    CHECK_EQ(std::vector<int>(training_data.labels.end() - 2, training_data.labels.end()), (std::vector<int>{4, 8}));
    CHECK_EQ(validation_data.images.front().size(), 784u);
    CHECK_EQ(sum(validation_data.images.front()), 87.4453125);  // exact: multiples of 1/256
    CHECK_EQ(sum(validation_data.images.back()), 81.71875);
    CHECK_EQ(sum(training_data.images.back()), 104.8671875);
    // Pixels are k/256 as in the book's pickle: the brightest is 255/256.
    double largest = 0.0;
    bool all_multiples = true;
    for (const Image& image : training_data.images)
        for (std::size_t p = 0; p < image.size(); ++p) {
            largest = std::max(largest, image[p]);
            all_multiples = all_multiples && image[p] * 256.0 == std::floor(image[p] * 256.0);
        }
    CHECK_EQ(largest, 0.99609375);
    CHECK(all_multiples);
}

TEST_CASE(mnist_loader, load_data_wrapper_shapes, "mnist") {
    const std::string dir = mnist_dir_or_skip();
    const auto [training_data, validation_data, test_data] = load_data_wrapper(dir);
    CHECK_EQ(training_data.size(), 50000u);
    CHECK_EQ(validation_data.size(), 10000u);
    CHECK_EQ(test_data.size(), 10000u);
    CHECK_EQ(training_data[0].first.shape(), std::string("(784,1)"));
    CHECK_EQ(training_data[0].second.shape(), std::string("(10,1)"));
    CHECK_EQ(argmax(training_data[0].second), 5u);  // the first training digit is a 5
    CHECK_EQ(sum(training_data[0].second), 1.0);
    CHECK_EQ(test_data[0].second, 7);
    // The 50,001st training image is the first validation image.
    const auto [tr_d, va_d, te_d] = load_data(dir);
    CHECK_EQ(validation_data[0].second, va_d.labels[0]);
    CHECK_EQ(sum(validation_data[0].first), sum(va_d.images[0]));
}

namespace {

namespace fs = std::filesystem;

// The bytes of image i of an IDX images file as read raw: no loader involved.
std::vector<std::uint8_t> raw_image(const IdxArray& images, std::size_t i) {
    const auto first = images.data.begin() + static_cast<std::ptrdiff_t>(i * 784);
    return std::vector<std::uint8_t>(first, first + 784);
}

std::vector<std::uint8_t> bytes_of(const Image& image) {
    std::vector<std::uint8_t> out(image.size());
    for (std::size_t p = 0; p < image.size(); ++p) out[p] = image.byte(p);
    return out;
}

// A data folder whose image files are the real ones (linked) and whose
// training labels file is `labels` (n labels): for faults in the labels.
std::string folder_with_labels(const std::string& name, const std::vector<std::uint8_t>& labels) {
    const std::string mnist = mnist_dir_or_skip();
    const fs::path dir = fs::temp_directory_path() / ("nndl_test_loader_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    for (const char* f : {"train-images-idx3-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
        // A link where the system makes one; a copy where it cannot (Windows
        // without developer mode, Wine).
        std::error_code no_link;
        fs::create_symlink(fs::absolute(mnist + "/" + f), dir / f, no_link);
        if (no_link) {
            fs::copy_file(mnist + "/" + f, dir / f, fs::copy_options::overwrite_existing);
            // A copy of a read-only file is read-only, which Windows will not delete.
            fs::permissions(dir / f, fs::perms::owner_write, fs::perm_options::add);
        }
    }
    std::ofstream out(dir / "train-labels-idx1-ubyte", std::ios::binary);
    const auto n = static_cast<std::uint32_t>(labels.size());
    const unsigned char header[8] = {0, 0, 8, 1, static_cast<unsigned char>(n >> 24),
                                     static_cast<unsigned char>(n >> 16), static_cast<unsigned char>(n >> 8),
                                     static_cast<unsigned char>(n)};
    out.write(reinterpret_cast<const char*>(header), 8);
    out.write(reinterpret_cast<const char*>(labels.data()), static_cast<std::streamsize>(labels.size()));
    return dir.string();
}

}  // namespace

TEST_CASE(mnist_loader, split_against_raw_bytes, "mnist") {
    // The split's edges compared with the raw files themselves: training
    // images 0 and 49,999 are file images 0 and 49,999; validation images 0
    // and 9,999 are file images 50,000 and 59,999; test images are the t10k file's.
    const std::string dir = mnist_dir_or_skip();
    const auto [training_data, validation_data, test_data] = load_data(dir);
    const IdxArray train_images = read_idx(dir + "/train-images-idx3-ubyte");
    const IdxArray train_labels = read_idx(dir + "/train-labels-idx1-ubyte");
    const IdxArray test_images = read_idx(dir + "/t10k-images-idx3-ubyte");
    const IdxArray test_labels = read_idx(dir + "/t10k-labels-idx1-ubyte");
    const std::pair<const MnistSet*, std::size_t> sets[] = {
        {&training_data, 0}, {&validation_data, 50000}};
    for (const auto& [set, offset] : sets)
        for (const std::size_t i : {std::size_t{0}, std::size_t{1}, set->images.size() - 1}) {
            CHECK(bytes_of(set->images[i]) == raw_image(train_images, offset + i));
            CHECK_EQ(set->labels[i], int{train_labels.data[offset + i]});
        }
    for (const std::size_t i : {std::size_t{0}, std::size_t{9999}}) {
        CHECK(bytes_of(test_data.images[i]) == raw_image(test_images, i));
        CHECK_EQ(test_data.labels[i], int{test_labels.data[i]});
    }
}

TEST_CASE(mnist_loader, label_not_a_digit, "mnist") {
    std::vector<std::uint8_t> labels(60000, 3);
    labels[41] = 10;
    const std::string dir = folder_with_labels("label10", labels);
    CHECK_THROWS(load_data(dir), dir + "/train-labels-idx1-ubyte: label 10 at index 41 is not a digit 0-9");
    fs::remove_all(dir);
}

TEST_CASE(mnist_loader, labels_short, "mnist") {
    const std::string dir = folder_with_labels("short", std::vector<std::uint8_t>(59999, 3));
    CHECK_THROWS(load_data(dir),
                 dir + "/train-labels-idx1-ubyte: expected 60000 labels, one per image of train-images-idx3-ubyte");
    fs::remove_all(dir);
}
