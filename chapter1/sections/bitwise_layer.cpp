#include "chapter1/sections/bitwise_layer.h"

#include <stdexcept>
#include <string>

#include "chapter1/network.h"

BitwiseLayer make_bitwise_layer(double weight) {
    BitwiseLayer layer{Matrix(4, 10), Vector(4)};
    for (std::size_t k = 0; k < 4; ++k)
        for (std::size_t j = 0; j < 10; ++j) layer.weights(k, j) = ((j >> k) & 1u) ? weight : -weight;
    return layer;
}

// Eq. (22): a' = sigmoid(w a + b), once.
Vector bitwise_outputs(const BitwiseLayer& layer, const Vector& a) {
    return sigmoid(dot(layer.weights, a) + layer.biases);
}

int decode_bits(const Vector& bits) {
    int n = 0;
    for (std::size_t k = 0; k < bits.size(); ++k)
        if (bits[k] > 0.5) n |= 1 << k;
    return n;
}

Vector worst_case_bits(const BitwiseLayer& layer, int digit) {
    if (digit < 0 || digit > 9)
        throw std::invalid_argument("worst_case_bits: expected a digit 0-9, got " + std::to_string(digit));
    Vector out(4);
    for (std::size_t k = 0; k < 4; ++k) {
        const bool bit = (static_cast<unsigned>(digit) >> k) & 1u;
        // Push the weighted input the wrong way: down for a 1 bit, up for a 0.
        double z = layer.biases[k];
        for (std::size_t j = 0; j < 10; ++j) {
            const double w = layer.weights(k, j);
            const double lo = static_cast<int>(j) == digit ? 0.99 : 0.0;
            const double hi = static_cast<int>(j) == digit ? 1.0 : 0.01;
            const double smallest = std::min(w * lo, w * hi), largest = std::max(w * lo, w * hi);
            z += bit ? smallest : largest;
        }
        out[k] = sigmoid(z);
    }
    return out;
}
