// The exercise of section "A simple network to classify handwritten digits":
// an extra layer of four sigmoid neurons turning the ten one-hot outputs into
// the digit's binary representation.
#pragma once

#include "common/numerics/matrix.h"

// The extra layer: output neuron k (bit k, least significant first) weighs
// old output j by +weight if bit k of j is 1 and by -weight if it is 0, with
// bias 0. Shapes (4, 10) and (4, 1).
struct BitwiseLayer {
    Matrix weights;
    Vector biases;
};
BitwiseLayer make_bitwise_layer(double weight = 10.0);

// The layer's four outputs for the old layer's activations a (10, 1): Eq. (22).
Vector bitwise_outputs(const BitwiseLayer& layer, const Vector& a);

// The number the four outputs spell, each read as 1 above 0.5.
int decode_bits(const Vector& bits);

// The exercise's worst case for `digit`: the correct old output anywhere in
// [0.99, 1], each other one anywhere in [0, 0.01]. Because a neuron's weighted
// input is linear in the old outputs, its extremes lie at corners of that
// box; this returns, for each bit, the output at the corner least favourable
// to the right answer (the smallest output for a 1 bit, the largest for a 0).
Vector worst_case_bits(const BitwiseLayer& layer, int digit);
