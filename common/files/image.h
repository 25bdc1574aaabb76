// A grayscale image held as its file stores it, one byte per pixel, row by
// row. Byte k stands for the pixel value k / 256: the values of the book's
// mnist.pkl.gz (see data/README.md), every one exact in a double.
//
// Why bytes: MNIST's 70,000 images take 55 MB this way and 440 MB as
// doubles, and on a loaded machine merely touching 440 MB of fresh memory
// takes seconds. Training turns each image into the book's (784, 1) Vector
// when it uses it (to_vector), so backprop and feedforward see exactly the
// numbers network.py sees.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/numerics/matrix.h"

class Image {
public:
    Image() = default;
    explicit Image(std::vector<std::uint8_t> bytes) : bytes_(std::move(bytes)) {}

    std::size_t size() const { return bytes_.size(); }  // 784 for MNIST
    std::string shape() const;  // "(784,1)": used as a column vector, like np.reshape(x, (784, 1))
    double operator[](std::size_t i) const { return bytes_[i] / 256.0; }  // pixel i as the book has it
    std::uint8_t byte(std::size_t i) const { return bytes_[i]; }          // the same pixel as stored
    const std::uint8_t* bytes() const { return bytes_.data(); }           // all of them, as stored

private:
    std::vector<std::uint8_t> bytes_;
};

// The image as the book's (n, 1) array: x[i] = byte i / 256, written into x
// (resized to n if need be) or returned as a new Vector.
void to_vector(const Image& image, Vector& x);
Vector to_vector(const Image& image);
// The same numbers written into `out`, image.size() doubles (a row of the
// fast engine's batch matrix).
void to_pixels(const Image& image, double* out);

// The input x of a training or test pair as the Vector backprop and
// feedforward take: a Vector is used as it is, an Image is converted into
// `buffer`. Lets the same training code run on any data and on MNIST.
inline const Vector& as_vector(const Vector& x, Vector& /*buffer*/) { return x; }
const Vector& as_vector(const Image& x, Vector& buffer);
// The same without a buffer, for a caller that needs its own copy anyway
// (feedforward takes its input by value): an Image becomes a new Vector,
// which moves into the callee instead of being copied from a buffer.
inline const Vector& as_vector(const Vector& x) { return x; }
inline Vector as_vector(const Image& x) { return to_vector(x); }

double sum(const Image& image);  // np.sum of the pixels k/256; exact
