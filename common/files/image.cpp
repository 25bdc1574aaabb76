#include "common/files/image.h"

std::string Image::shape() const { return "(" + std::to_string(bytes_.size()) + ",1)"; }

void to_vector(const Image& image, Vector& x) {
    if (x.size() != image.size()) x = Vector(image.size());
    to_pixels(image, x.data());
}

void to_pixels(const Image& image, double* out) {
    const std::uint8_t* bytes = image.bytes();
    for (std::size_t i = 0; i < image.size(); ++i) out[i] = bytes[i] / 256.0;  // exact: a multiple of 2^-8
}

Vector to_vector(const Image& image) {
    Vector x(image.size());
    to_vector(image, x);
    return x;
}

const Vector& as_vector(const Image& x, Vector& buffer) {
    to_vector(x, buffer);
    return buffer;
}

double sum(const Image& image) {
    // Bytes add up exactly in an integer; one division by 256 is exact too,
    // so this equals the sum of the pixels k/256 in any order.
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < image.size(); ++i) total += image.byte(i);
    return static_cast<double>(total) / 256.0;
}
