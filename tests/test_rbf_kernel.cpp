// The RBF kernel on byte images (chapter1/svm/rbf_kernel.h): exact integer dot
// products, and kernel values equal to those computed from the pixels k/256.
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "chapter1/svm/rbf_kernel.h"
#include "tests/check.h"

namespace {

// An MNIST-like image: mostly background, some ink, some full-strength 255.
Image random_image(std::mt19937& gen, std::size_t d) {
    std::vector<std::uint8_t> bytes(d);
    for (auto& b : bytes) {
        const unsigned r = gen() % 10;
        b = static_cast<std::uint8_t>(r < 7 ? 0 : r < 9 ? gen() % 256 : 255);
    }
    return Image(bytes);
}

// The book's computation: pixels x = k/256, z = l/256, and ||x - z||^2
// summed in doubles (every term and partial sum is a multiple of 2^-16
// well below 2^37, so this sum is exact too).
double book_kernel(const Image& x, const Image& z, double gamma) {
    double s = 0;
    for (std::size_t p = 0; p < x.size(); ++p) s += (x[p] - z[p]) * (x[p] - z[p]);
    return std::exp(-gamma * s);
}

}  // namespace

TEST_CASE(rbf_kernel, byte_dot_exact, "") {
    std::mt19937 gen(1);
    for (int trial = 0; trial < 20; ++trial) {
        const std::size_t d = 1 + gen() % 900;  // any length, not only multiples of a vector width
        const Image k = random_image(gen, d), l = random_image(gen, d);
        std::vector<std::uint8_t> kb(d), lb(d);
        long long expected = 0;
        for (std::size_t p = 0; p < d; ++p) {
            kb[p] = k.byte(p);
            lb[p] = l.byte(p);
            expected += static_cast<long long>(kb[p]) * lb[p];
        }
        CHECK_EQ(static_cast<long long>(byte_dot(kb.data(), lb.data(), d)), expected);
    }
    // The largest possible MNIST sum, 784 x 255^2, fits.
    const std::vector<std::uint8_t> ink(784, 255);
    CHECK_EQ(byte_dot(ink.data(), ink.data(), 784), 784 * 255 * 255);
}

TEST_CASE(rbf_kernel, equals_book_kernel, "") {
    // Bit for bit the value exp(-gamma ||x - z||^2) from the pixels k/256.
    std::mt19937 gen(2);
    const double gamma = 1.0 / 784;
    ImageStack stack(784);
    std::vector<Image> images;
    for (int i = 0; i < 30; ++i) images.push_back(random_image(gen, 784));
    images.push_back(Image(std::vector<std::uint8_t>(784, 255)));  // the extremes: all ink
    images.push_back(Image(std::vector<std::uint8_t>(784, 0)));    // and none
    for (const Image& image : images) stack.push_back(image);
    std::vector<double> row(images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        rbf_kernel_row(stack, i, gamma, row.data());
        for (std::size_t t = 0; t < images.size(); ++t)
            CHECK_EQ(row[t], book_kernel(images[i], images[t], gamma));
        CHECK_EQ(row[i], 1.0);  // K(x, x) = exp(0) exactly
    }
}

TEST_CASE(rbf_kernel, block_equals_rows, "") {
    // Sizes that are not multiples of the tiles (4 and 64 images).
    std::mt19937 gen(3);
    const double gamma = 0.01;
    ImageStack a(50), b(50);
    for (int i = 0; i < 7; ++i) a.push_back(random_image(gen, 50));
    for (int i = 0; i < 131; ++i) b.push_back(random_image(gen, 50));
    std::vector<double> block(5 * 131);
    rbf_kernel_block(a, 2, 7, b, gamma, block.data());
    for (std::size_t r = 2; r < 7; ++r)
        for (std::size_t t = 0; t < 131; ++t) {
            const std::int32_t s =
                a.squared_norm(r) + b.squared_norm(t) - 2 * byte_dot(a.row(r), b.row(t), 50);
            CHECK_EQ(block[(r - 2) * 131 + t], rbf_kernel(s, gamma));
        }
}

TEST_CASE(rbf_kernel, largest_images, "") {
    // The largest size accepted, with every pixel full ink: the squared
    // norm 16,384 x 255^2 still fits, and K(x, x) is still exactly 1.
    ImageStack stack(16384);
    stack.push_back(Image(std::vector<std::uint8_t>(16384, 255)));
    CHECK_EQ(stack.squared_norm(0), 16384 * 65025);
    double k = 0;
    rbf_kernel_row(stack, 0, 1.0 / 16384, &k);
    CHECK_EQ(k, 1.0);
}

TEST_CASE(rbf_kernel, bad_sizes, "") {
    CHECK_THROWS(ImageStack(0), "images of 0 pixels; expected 1 to 16384");
    CHECK_THROWS(ImageStack(16385), "expected 1 to 16384");
    ImageStack stack(4);
    CHECK_THROWS(stack.push_back(Image(std::vector<std::uint8_t>(5, 1))),
                 "an image of 5 pixels among images of 4");
    stack.push_back(Image(std::vector<std::uint8_t>(4, 1)));
    CHECK_EQ(stack.squared_norm(0), 4);
    ImageStack other(3);
    other.push_back(Image(std::vector<std::uint8_t>(3, 1)));
    std::vector<double> out(4);
    CHECK_THROWS(rbf_kernel_block(stack, 0, 1, other, 1.0, out.data()), "images of 4 and 3 pixels");
    CHECK_THROWS(rbf_kernel_block(stack, 0, 2, stack, 1.0, out.data()), "rows 0 to 2 of 1");
}
