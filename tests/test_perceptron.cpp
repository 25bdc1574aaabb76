// Perceptrons and sigmoid neurons of sections "Perceptrons" and "Sigmoid
// neurons", and the two exercises "Sigmoid neurons simulating perceptrons".
#include <cmath>

#include "chapter1/sections/perceptron.h"
#include "tests/check.h"

namespace {

std::vector<double> bits(int a, int b, int c) { return {double(a), double(b), double(c)}; }

}  // namespace

TEST_CASE(perceptron, cheese_festival, "") {
    const std::vector<double> w = {6, 2, 2};  // weather, partner, transit
    for (int weather = 0; weather <= 1; ++weather)
        for (int partner = 0; partner <= 1; ++partner)
            for (int transit = 0; transit <= 1; ++transit) {
                const auto x = bits(weather, partner, transit);
                // Threshold 5: go exactly when the weather is good.
                CHECK_EQ(perceptron_with_threshold(w, x, 5), weather);
                // Threshold 3: good weather, or both partner and transit.
                CHECK_EQ(perceptron_with_threshold(w, x, 3), int(weather || (partner && transit)));
                // Eq. (2) with b = -threshold says the same as Eq. (1).
                CHECK_EQ(perceptron(w, x, -5), perceptron_with_threshold(w, x, 5));
            }
}

TEST_CASE(perceptron, nand, "") {
    CHECK_EQ(perceptron({-2, -2}, {0, 0}, 3), 1);
    CHECK_EQ(perceptron({-2, -2}, {0, 1}, 3), 1);
    CHECK_EQ(perceptron({-2, -2}, {1, 0}, 3), 1);
    CHECK_EQ(perceptron({-2, -2}, {1, 1}, 3), 0);
    CHECK_EQ(perceptron({1, -1}, {1, 1}, 0), 0);  // w.x + b = 0 gives 0, as Eq. (2) says
    CHECK_THROWS(perceptron({1, 2}, {1}, 0), "2 weights for 1 inputs");
}

TEST_CASE(perceptron, adder, "") {
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2)
            for (bool merged : {false, true}) {
                const AdderOutput out = nand_adder(x1, x2, Neuron::perceptron, 1.0, merged);
                CHECK_EQ(out.sum, double(x1 ^ x2));
                CHECK_EQ(out.carry, double(x1 & x2));
            }
}

TEST_CASE(perceptron, scaling_changes_nothing, "") {
    // Part I: c > 0 multiplies w.x + b, so its sign, and so every output, stays.
    for (double c : {1e-3, 0.5, 1.0, 7.0, 1e3, 1e6})
        for (int x1 = 0; x1 <= 1; ++x1)
            for (int x2 = 0; x2 <= 1; ++x2) {
                const AdderOutput scaled = nand_adder(x1, x2, Neuron::perceptron, c);
                const AdderOutput plain = nand_adder(x1, x2, Neuron::perceptron);
                CHECK_EQ(scaled.sum, plain.sum);
                CHECK_EQ(scaled.carry, plain.carry);
            }
    CHECK_THROWS(nand_adder(0, 1, Neuron::perceptron, 0.0), "c must be positive");
}

TEST_CASE(perceptron, sigmoid_limit, "") {
    // Part II: the sigmoid adder's outputs approach the perceptron adder's as
    // c grows, getting strictly closer at each step of c.
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2) {
            const AdderOutput target = nand_adder(x1, x2, Neuron::perceptron);
            double previous = INFINITY;
            for (double c : {1.0, 10.0, 100.0}) {
                const AdderOutput s = nand_adder(x1, x2, Neuron::sigmoid, c);
                const double error = std::fabs(s.sum - target.sum) + std::fabs(s.carry - target.carry);
                CHECK(error < previous);
                previous = error;
            }
            CHECK(previous < 1e-30);  // c = 100: every |w.x + b| >= 100, sigma is within e^-100 of 0 or 1
            const AdderOutput far = nand_adder(x1, x2, Neuron::sigmoid, 1000.0);
            CHECK_EQ(far.sum, target.sum);  // e^-1000 underflows: exactly the perceptron
            CHECK_EQ(far.carry, target.carry);
        }
}

TEST_CASE(perceptron, sigmoid_at_boundary, "") {
    // Where w.x + b = 0 the limit fails: sigma(c * 0) = 0.5 for every c.
    for (double c : {1.0, 10.0, 100.0, 1000.0, 1e9})
        CHECK_EQ(sigmoid_neuron({c, -c}, {1, 1}, 0.0), 0.5);
    // Eq. (4) at a point: 1 / (1 + e^-(0.5 - 1 + 2)) = 1 / (1 + e^-1.5).
    CHECK_NEAR(sigmoid_neuron({1, -2}, {0.5, 0.5}, 2), 1 / (1 + std::exp(-1.5)), 1e-16);
}
