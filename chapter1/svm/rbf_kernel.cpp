// The RBF kernel on byte images (see rbf_kernel.h for why it is exact).
#include "chapter1/svm/rbf_kernel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace {

// A bound on d that keeps k.k + l.l <= 2 d 255^2 below 2^31 (the exact
// limit is 16,513; a round number is easier to state in an error).
constexpr std::size_t kMaxDim = 16384;

// rbf_kernel_block compares every a-image with a tile of 64 b-images at a
// time: 64 rows of 784 bytes (50 KB) stay in the core's second-level cache
// while all the a-images pass over them.
constexpr std::size_t kTileB = 64;

// Four dot products of one row k with the rows l0..l3: k is loaded once for
// all four. Integer sums, so the order is free and the results exact.
void byte_dot4(const std::uint8_t* k, const std::uint8_t* l0, std::size_t stride, std::size_t d,
               std::int32_t* out) {
    const std::uint8_t* l1 = l0 + stride;
    const std::uint8_t* l2 = l1 + stride;
    const std::uint8_t* l3 = l2 + stride;
    std::int32_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (std::size_t p = 0; p < d; ++p) {
        const std::int32_t x = k[p];
        s0 += x * l0[p];
        s1 += x * l1[p];
        s2 += x * l2[p];
        s3 += x * l3[p];
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
}

// out[t - begin] = K(a_r, b_t) for t in [begin, end): Eq. (SVM3) with the
// squared norms computed once, then Eq. (SVM2).
void kernel_span(const ImageStack& a, std::size_t r, const ImageStack& b, std::size_t begin,
                 std::size_t end, double gamma, double* out) {
    const std::size_t d = a.dim();
    const std::uint8_t* k = a.row(r);
    const std::int32_t kk = a.squared_norm(r);
    std::size_t t = begin;
    std::int32_t dots[4];
    for (; t + 4 <= end; t += 4) {
        byte_dot4(k, b.row(t), d, d, dots);
        for (std::size_t q = 0; q < 4; ++q)
            out[t + q - begin] = rbf_kernel(kk + b.squared_norm(t + q) - 2 * dots[q], gamma);
    }
    for (; t < end; ++t)
        out[t - begin] = rbf_kernel(kk + b.squared_norm(t) - 2 * byte_dot(k, b.row(t), d), gamma);
}

}  // namespace

ImageStack::ImageStack(std::size_t d) : dim_(d) {
    if (d == 0 || d > kMaxDim)
        throw std::invalid_argument(
            "ImageStack: images of " + std::to_string(d) +
            " pixels; expected 1 to 16384 (the integer sums must fit in 32 bits)");
}

void ImageStack::push_back(const Image& image) {
    if (image.size() != dim_)
        throw std::invalid_argument("ImageStack: an image of " + std::to_string(image.size()) +
                                    " pixels among images of " + std::to_string(dim_));
    const std::size_t start = bytes_.size();
    bytes_.resize(start + dim_);
    for (std::size_t p = 0; p < dim_; ++p) bytes_[start + p] = image.byte(p);
    squared_norms_.push_back(byte_dot(bytes_.data() + start, bytes_.data() + start, dim_));
}

void ImageStack::reserve(std::size_t n) {
    bytes_.reserve(n * dim_);
    squared_norms_.reserve(n);
}

std::int32_t byte_dot(const std::uint8_t* k, const std::uint8_t* l, std::size_t d) {
    std::int32_t sum = 0;
    for (std::size_t p = 0; p < d; ++p) sum += std::int32_t{k[p]} * std::int32_t{l[p]};
    return sum;
}

// Eq. (SVM2) from Eq. (SVM3)'s numerator s. The division by 65536 = 2^16 is
// exact, so gamma * d rounds once, as in LIBSVM's exp(-gamma * (x.x + z.z - 2 x.z)).
double rbf_kernel(std::int32_t s, double gamma) { return std::exp(-gamma * (s / 65536.0)); }

void rbf_kernel_row(const ImageStack& images, std::size_t i, double gamma, double* row) {
    kernel_span(images, i, images, 0, images.size(), gamma, row);
}

void rbf_kernel_block(const ImageStack& a, std::size_t a_begin, std::size_t a_end,
                      const ImageStack& b, double gamma, double* out) {
    if (a.dim() != b.dim())
        throw std::invalid_argument("rbf_kernel_block: images of " + std::to_string(a.dim()) +
                                    " and " + std::to_string(b.dim()) + " pixels");
    if (a_begin > a_end || a_end > a.size())
        throw std::invalid_argument("rbf_kernel_block: rows " + std::to_string(a_begin) + " to " +
                                    std::to_string(a_end) + " of " + std::to_string(a.size()));
    const std::size_t n = b.size();
    for (std::size_t begin = 0; begin < n; begin += kTileB) {
        const std::size_t end = std::min(begin + kTileB, n);
        for (std::size_t r = a_begin; r < a_end; ++r)
            kernel_span(a, r, b, begin, end, gamma, out + (r - a_begin) * n + begin);
    }
}
