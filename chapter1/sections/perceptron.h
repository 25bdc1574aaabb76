// Single neurons of section "Perceptrons" and "Sigmoid neurons", and the
// one-bit adder the chapter builds from NAND perceptrons.
//
// These are the chapter's first models, before any matrix appears: weights
// and inputs are plain lists and every sum is written out, as in the text.
#pragma once

#include <vector>

// Eq. (1): 1 if sum_j w_j x_j > threshold, else 0.
int perceptron_with_threshold(const std::vector<double>& w, const std::vector<double>& x,
                              double threshold);

// Eq. (2): 1 if w . x + b > 0, else 0 (the bias b is minus the threshold).
int perceptron(const std::vector<double>& w, const std::vector<double>& x, double b);

// Eq. (4): the output of a sigmoid neuron, 1 / (1 + exp(-sum_j w_j x_j - b)).
double sigmoid_neuron(const std::vector<double>& w, const std::vector<double>& x, double b);

// The kind of neuron a circuit is built from.
enum class Neuron { perceptron, sigmoid };

struct AdderOutput {
    double sum;    // x1 XOR x2
    double carry;  // x1 AND x2
};

// The chapter's adder of two bits from NAND perceptrons (weights -2, -2, bias
// 3), with every weight and bias multiplied by c > 0 (the exercises
// "Sigmoid neurons simulating perceptrons"). The carry neuron gets the first
// NAND's output twice, as two -2 weights; with merged_carry it gets it once,
// with one -4 weight, which the chapter says is equivalent.
AdderOutput nand_adder(double x1, double x2, Neuron kind, double c = 1.0, bool merged_carry = false);
