#include "chapter1/sections/perceptron.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace {

// sum_j w_j x_j, the weighted input both neuron models start from.
double weighted_sum(const std::vector<double>& w, const std::vector<double>& x) {
    if (w.size() != x.size())
        throw std::invalid_argument("neuron: " + std::to_string(w.size()) + " weights for " +
                                    std::to_string(x.size()) + " inputs");
    double s = 0.0;
    for (std::size_t j = 0; j < w.size(); ++j) s += w[j] * x[j];
    return s;
}

}  // namespace

// Eq. (1).
int perceptron_with_threshold(const std::vector<double>& w, const std::vector<double>& x,
                              double threshold) {
    return weighted_sum(w, x) > threshold ? 1 : 0;
}

// Eq. (2). Output 0 on the boundary w . x + b = 0, as the book defines it.
int perceptron(const std::vector<double>& w, const std::vector<double>& x, double b) {
    return weighted_sum(w, x) + b > 0 ? 1 : 0;
}

// Eq. (4), which is Eq. (3) applied to z = w . x + b.
double sigmoid_neuron(const std::vector<double>& w, const std::vector<double>& x, double b) {
    return 1.0 / (1.0 + std::exp(-weighted_sum(w, x) - b));
}

AdderOutput nand_adder(double x1, double x2, Neuron kind, double c, bool merged_carry) {
    if (!(c > 0)) throw std::invalid_argument("nand_adder: the scale c must be positive");
    // One NAND gate of the chosen kind, all parameters scaled by c.
    auto nand = [&](const std::vector<double>& inputs, const std::vector<double>& w, double b) {
        std::vector<double> scaled = w;
        for (double& wj : scaled) wj *= c;
        return kind == Neuron::perceptron ? static_cast<double>(perceptron(scaled, inputs, c * b))
                                          : sigmoid_neuron(scaled, inputs, c * b);
    };
    const double n1 = nand({x1, x2}, {-2, -2}, 3);
    const double n2 = nand({x1, n1}, {-2, -2}, 3);
    const double n3 = nand({n1, x2}, {-2, -2}, 3);
    const double sum = nand({n2, n3}, {-2, -2}, 3);
    const double carry = merged_carry ? nand({n1}, {-4}, 3) : nand({n1, n1}, {-2, -2}, 3);
    return {sum, carry};
}
