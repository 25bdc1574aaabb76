// Image: MNIST's bytes, read as the book's pixel values k / 256.
#include <cstdint>
#include <vector>

#include "common/files/image.h"
#include "tests/check.h"

TEST_CASE(image, pixels, "") {
    const Image image(std::vector<std::uint8_t>{0, 1, 128, 255});
    CHECK_EQ(image.size(), 4u);
    CHECK_EQ(image.shape(), std::string("(4,1)"));
    CHECK_EQ(image[0], 0.0);
    CHECK_EQ(image[1], 0.00390625);  // 1/256
    CHECK_EQ(image[2], 0.5);
    CHECK_EQ(image[3], 0.99609375);  // 255/256, MNIST's brightest pixel
    CHECK_EQ(static_cast<int>(image.byte(3)), 255);
}

TEST_CASE(image, to_vector, "") {
    std::vector<std::uint8_t> bytes(784);
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::uint8_t>((i * 7) % 256);
    const Image image(bytes);
    const Vector x = to_vector(image);
    CHECK_EQ(x.shape(), std::string("(784,1)"));
    for (std::size_t i = 0; i < 784; ++i) CHECK_EQ(x[i] * 256.0, static_cast<double>(bytes[i]));
    // Into a buffer of another size: it is resized, and stale values are gone.
    Vector buffer(3);
    buffer.fill(5.0);
    const Vector& same = as_vector(image, buffer);
    CHECK_EQ(&same, &buffer);
    CHECK_EQ(buffer.size(), 784u);
    CHECK_ALL_NEAR(std::vector<double>(buffer.data(), buffer.data() + 784), std::vector<double>(x.data(), x.data() + 784), 0.0);
    // A Vector is used as it is, without a copy.
    Vector unused;
    CHECK_EQ(&as_vector(x, unused), &x);
    CHECK_EQ(unused.size(), 0u);
}

TEST_CASE(image, sum, "") {
    const Image image(std::vector<std::uint8_t>(784, 255));
    CHECK_EQ(sum(image), 784 * 255 / 256.0);
    CHECK_EQ(sum(image), sum(to_vector(image)));  // any order: every partial sum is exact
}
