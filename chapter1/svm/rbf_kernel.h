// The Gaussian (RBF) kernel K(x, z) = exp(-gamma ||x - z||^2) of an SVM,
// Eq. (SVM2), on images held as bytes: the kernel that mnist_svm.py's SVC
// uses. docs/chapter1/06-svm-baseline.md writes out the SVM's equations.
//
// MNIST's pixels are k / 256 for bytes k, so with k and l the bytes of x and z
//     ||x - z||^2 = (k.k + l.l - 2 k.l) / 65536,          Eq. (SVM3)
// and every dot product of bytes is a whole number, exact in 32 bits
// (784 x 255^2 < 2^31). A kernel value is then one integer dot product (the
// squared norms k.k are computed once), one exact division by 2^16, and
// exp(-gamma * d). The same sum in doubles, as LIBSVM forms it from the
// pixels k/256 when training, is also exact (every partial sum is a multiple of 2^-16 far
// below 2^37), so d here is the book's ||x - z||^2 to the last bit, and the
// kernel values differ only if exp itself does. Integer sums can be added in
// any order, so every build and every vectorisation gives the same bits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/files/image.h"

// n images of d pixels each, stacked as the rows of one byte matrix, with the
// squared norm k.k of each row: the training images of one SVM, or the
// images to classify. Contiguous, so a kernel row streams 7.8 MB of bytes
// for 10,000 MNIST images instead of 63 MB of doubles.
class ImageStack {
public:
    // d pixels per image; throws std::invalid_argument if d is 0 or so large
    // that the integer sums could overflow (d > 16,384).
    explicit ImageStack(std::size_t d);

    // Appends an image; throws std::invalid_argument unless it has d pixels.
    void push_back(const Image& image);
    void reserve(std::size_t n);  // room for n images

    std::size_t size() const { return squared_norms_.size(); }  // n
    std::size_t dim() const { return dim_; }                    // d
    const std::uint8_t* row(std::size_t i) const { return bytes_.data() + i * dim_; }
    std::int32_t squared_norm(std::size_t i) const { return squared_norms_[i]; }  // k.k

private:
    std::size_t dim_;
    std::vector<std::uint8_t> bytes_;
    std::vector<std::int32_t> squared_norms_;
};

// k.l for two rows of d bytes: exact.
std::int32_t byte_dot(const std::uint8_t* k, const std::uint8_t* l, std::size_t d);

// K(x, z) = exp(-gamma ||x - z||^2) from the squared distance in byte units,
// s = k.k + l.l - 2 k.l = 65536 ||x - z||^2.
double rbf_kernel(std::int32_t s, double gamma);

// row[t] = K(x_i, x_t) for every image t of `images` (n values).
void rbf_kernel_row(const ImageStack& images, std::size_t i, double gamma, double* row);

// out[r * b.size() + t] = K(a_r, b_t) for the images r = a_begin .. a_end-1
// of `a` and every image t of `b`: the kernel between support vectors and
// test images, computed a tile at a time so each byte loaded from memory
// serves several dot products. Throws std::invalid_argument if the images
// differ in size or the range is not within `a`.
void rbf_kernel_block(const ImageStack& a, std::size_t a_begin, std::size_t a_end,
                      const ImageStack& b, double gamma, double* out);
