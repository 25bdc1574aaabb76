// Eq. (22) in component form equals the vectorised form, layer by layer.
#include "chapter1/sections/component_form.h"
#include "chapter1/network.h"
#include "tests/check.h"

TEST_CASE(component_form, equals_feedforward, "") {
    NumpyRandom np_random(6);
    const Network net({784, 30, 10}, np_random);
    Vector a = np_random.randn(784);
    Vector by_components = a;
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        a = sigmoid(dot(net.weights[l], a) + net.biases[l]);  // feedforward's loop body
        by_components = layer_by_components(net.weights[l], net.biases[l], by_components);
        // 1e-14: only the order of the 784 additions differs (dot uses four
        // accumulators), so values of order 1 agree to a few ulps.
        CHECK_ALL_NEAR(std::vector<double>(a.data(), a.data() + a.size()),
                       std::vector<double>(by_components.data(), by_components.data() + by_components.size()),
                       1e-14);
    }
    CHECK_THROWS(layer_by_components(Matrix(2, 3), Vector(2), Vector(2)), "do not form a layer");
}
