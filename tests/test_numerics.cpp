// Numerics at the edges a reader reaches: learning rates far too large,
// inputs of all zeros, no hidden layer, weights so large that every sigmoid
// saturates. None may produce a NaN: each case checks the outputs and that
// no floating-point operation was invalid (FE_INVALID: inf - inf, 0 * inf,
// ...), which is how a NaN is born. Overflow in exp is expected (sigmoid of
// a large negative z) and gives exactly 0, as in numpy.
#include <cfenv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "chapter1/tools/network_file.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

bool all_finite(const Network& net) {
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        for (std::size_t k = 0; k < net.weights[l].size(); ++k)
            if (!std::isfinite(net.weights[l].data()[k])) return false;
        for (std::size_t k = 0; k < net.biases[l].size(); ++k)
            if (!std::isfinite(net.biases[l].data()[k])) return false;
    }
    return true;
}

// Every output of the network on `images` is a number in [0, 1].
template <class Examples>
bool outputs_in_range(const Network& net, const Examples& examples) {
    for (const auto& [x, label] : examples) {
        const Vector a = net.feedforward(to_vector(x));
        for (std::size_t k = 0; k < a.size(); ++k)
            if (!(a[k] >= 0.0 && a[k] <= 1.0)) return false;
    }
    return true;
}

}  // namespace

TEST_CASE(numerics, huge_eta, "mnist") {
    auto [training_data, validation_data, test_data] = load_data_wrapper(mnist_dir_or_skip());
    training_data.resize(2000);
    for (const double eta : {100.0, 1e6}) {
        NumpyRandom np_random(0);
        PythonRandom random(0);
        Network net({784, 30, 10}, np_random);
        std::feclearexcept(FE_ALL_EXCEPT);
        net.SGD(training_data, 2, 10, eta, random);
        const int correct = net.evaluate(test_data);
        CHECK(!std::fetestexcept(FE_INVALID));
        CHECK(all_finite(net));
        CHECK(outputs_in_range(net, test_data));
        CHECK(correct >= 0 && correct <= 10000);
    }
}

TEST_CASE(numerics, zero_input, "") {
    // x = 0: z = b in the first layer, and dC/dw of the first layer is
    // delta x^T = 0 exactly (Eq. (BP4)): the first weights cannot move.
    NumpyRandom np_random(0);
    Network net({784, 30, 10}, np_random);
    const Matrix before = net.weights[0];
    std::feclearexcept(FE_ALL_EXCEPT);
    const Vector a = net.feedforward(Vector(784));
    for (std::size_t k = 0; k < a.size(); ++k) CHECK(a[k] > 0.0 && a[k] < 1.0);
    std::vector<TrainingExample> batch(10, {Vector(784), vectorized_result(3)});
    net.update_mini_batch(MiniBatch(batch.data(), batch.size()), 3.0);
    CHECK(!std::fetestexcept(FE_INVALID));
    for (std::size_t k = 0; k < before.size(); ++k)
        CHECK_EQ(net.weights[0].data()[k], before.data()[k]);
    CHECK(all_finite(net));
}

TEST_CASE(numerics, no_hidden_layer, "mnist") {
    // [784, 10]: one weight matrix, backprop's loop over hidden layers runs
    // zero times. It trains, and learns: one epoch on 5,000 images gets about
    // 3,000 of 10,000 with seed 0, three times chance.
    auto [training_data, validation_data, test_data] = load_data_wrapper(mnist_dir_or_skip());
    training_data.resize(5000);
    NumpyRandom np_random(0);
    PythonRandom random(0);
    Network net({784, 10}, np_random);
    std::feclearexcept(FE_ALL_EXCEPT);
    net.SGD(training_data, 1, 10, 3.0, random);
    CHECK(!std::fetestexcept(FE_INVALID));
    CHECK(all_finite(net));
    CHECK(net.evaluate(test_data) > 2000);
}

TEST_CASE(numerics, huge_weights, "mnist") {
    // A saved network with weights of 1e300 (signs alternating), read back
    // and run on every test image: each sigmoid saturates to exactly 0 or 1,
    // no output is NaN.
    NumpyRandom np_random(0);
    Network net({784, 30, 10}, np_random);
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        for (std::size_t k = 0; k < net.weights[l].size(); ++k)
            net.weights[l].data()[k] = (k % 3 == 0 ? -1e300 : 1e300);
        for (std::size_t k = 0; k < net.biases[l].size(); ++k)
            net.biases[l].data()[k] = (k % 2 == 0 ? -1e300 : 1e300);
    }
    const std::string path =
        (std::filesystem::temp_directory_path() / "nndl_test_huge_weights.json").string();
    save(net, path);
    const Network loaded = load_for_mnist(path);
    std::remove(path.c_str());
    const auto [training_data, validation_data, test_data] = load_data_wrapper(mnist_dir_or_skip());
    std::feclearexcept(FE_ALL_EXCEPT);
    const int correct = loaded.evaluate(test_data);
    CHECK(!std::fetestexcept(FE_INVALID));
    CHECK(correct >= 0 && correct <= 10000);
    for (std::size_t i = 0; i < 100; ++i) {
        const Vector a = loaded.feedforward(to_vector(test_data[i].first));
        for (std::size_t k = 0; k < a.size(); ++k) CHECK(a[k] == 0.0 || a[k] == 1.0);
    }
}
