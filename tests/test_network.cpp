// The port of network.py on small networks whose answers can be worked out
// independently: by hand, by finite differences, or from the equations.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

#include "chapter1/network.h"
#include "chapter1/engine/training_flops.h"
#include "tests/check.h"

namespace {

std::vector<double> entries(const Matrix& m) { return {m.data(), m.data() + m.size()}; }
std::vector<double> entries(const Vector& v) { return {v.data(), v.data() + v.size()}; }

// C_x = ||y - a||^2 / 2, the cost of one example (Eq. (6) without the mean).
double cost(const Network& net, const Vector& x, const Vector& y) {
    const Vector d = y - net.feedforward(x);
    return 0.5 * sum(d * d);
}

// A few (x, y) pairs for a network with the given input and output sizes.
std::vector<TrainingExample> random_examples(std::size_t n, std::size_t inputs, std::size_t outputs,
                                             NumpyRandom& np_random) {
    std::vector<TrainingExample> out;
    for (std::size_t i = 0; i < n; ++i) {
        Vector x = np_random.randn(inputs);
        Vector y(outputs);
        for (std::size_t k = 0; k < outputs; ++k) y[k] = np_random.random_sample();
        out.emplace_back(x, y);
    }
    return out;
}

struct Gradient {
    std::vector<Vector> nabla_b;
    std::vector<Matrix> nabla_w;
};

// backprop's gradient for one example.
Gradient backprop_of(const Network& net, const Vector& x, const Vector& y) {
    auto [nabla_b, nabla_w] = net.backprop(x, y);
    return {nabla_b, nabla_w};
}

// dC_x/dp by a central difference, nudging `parameter` (a weight or bias of
// `net`) by +-h and putting it back.
double numeric_derivative(const Network& net, const Vector& x, const Vector& y, double& parameter, double h) {
    const double saved = parameter;
    parameter = saved + h;
    const double up = cost(net, x, y);
    parameter = saved - h;
    const double down = cost(net, x, y);
    parameter = saved;
    return (up - down) / (2 * h);
}

// |a - n| relative to their size; a floor keeps tiny gradients from
// dividing by zero.
double relative_error(double a, double n) {
    return std::fabs(a - n) / std::max(1e-8, std::fabs(a) + std::fabs(n));
}

// Two networks trained two ways must hold the same bits, and two data lists
// must be in the same order.
void check_same_parameters(const Network& a, const Network& b) {
    for (std::size_t l = 0; l < a.weights.size(); ++l) {
        CHECK_ALL_NEAR(entries(a.weights[l]), entries(b.weights[l]), 0.0);
        CHECK_ALL_NEAR(entries(a.biases[l]), entries(b.biases[l]), 0.0);
    }
}

void check_same_order(const std::vector<TrainingExample>& a, const std::vector<TrainingExample>& b) {
    CHECK_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        CHECK_ALL_NEAR(entries(a[i].first), entries(b[i].first), 0.0);
}

// network.py's SGD written out: each epoch shuffles `data` (with one
// generator that advances throughout, as the global `random` does), then
// updates on consecutive slices of `size`, the last one shorter.
Network sgd_by_hand(Network net, std::vector<TrainingExample>& data, int epochs, std::size_t size,
                    double eta, PythonRandom& random) {
    for (int epoch = 0; epoch < epochs; ++epoch) {
        random.shuffle(data);
        for (std::size_t k = 0; k < data.size(); k += size)
            net.update_mini_batch(MiniBatch(data.data() + k, std::min(size, data.size() - k)), eta);
    }
    return net;
}

}  // namespace

TEST_CASE(network, gradient_check, "") {
    NumpyRandom np_random(3);
    Network net({3, 4, 2}, np_random);
    const auto examples = random_examples(3, 3, 2, np_random);
    // h = 1e-5: the central difference's truncation error (~h^2) and rounding
    // error (~1e-16 / h) are both near 1e-10, far below the 1e-6 demanded.
    const double h = 1e-5;
    double worst = 0.0;
    for (const TrainingExample& example : examples) {
        // Named references, not a structured binding: C++17 lambdas cannot capture those.
        const Vector& x = example.first;
        const Vector& y = example.second;
        const Gradient g = backprop_of(net, x, y);
        auto numeric = [&](double& parameter) { return numeric_derivative(net, x, y, parameter, h); };
        for (std::size_t l = 0; l < net.biases.size(); ++l) {
            for (std::size_t i = 0; i < net.biases[l].size(); ++i) {
                const double e = relative_error(g.nabla_b[l][i], numeric(net.biases[l][i]));
                worst = std::max(worst, e);
                CHECK(e < 1e-6);
            }
            for (std::size_t i = 0; i < net.weights[l].rows(); ++i)
                for (std::size_t j = 0; j < net.weights[l].cols(); ++j) {
                    const double e = relative_error(g.nabla_w[l](i, j), numeric(net.weights[l](i, j)));
                    worst = std::max(worst, e);
                    CHECK(e < 1e-6);
                }
        }
    }
    std::cout << "largest relative error: " << worst << "\n";
}

TEST_CASE(network, gradient_check_deep, "") {
    // Two hidden layers, so backprop's backward loop runs more than once; the
    // biases are checked too, so a delta written into the wrong layer's
    // nabla_b slot is caught.
    NumpyRandom np_random(11);
    Network net({2, 3, 3, 2}, np_random);
    const auto examples = random_examples(2, 2, 2, np_random);
    const double h = 1e-5;  // as in network.gradient_check
    for (const TrainingExample& example : examples) {
        const Vector& x = example.first;
        const Vector& y = example.second;
        const Gradient g = backprop_of(net, x, y);
        for (std::size_t l = 0; l < net.weights.size(); ++l) {
            for (std::size_t i = 0; i < net.biases[l].size(); ++i)
                CHECK(relative_error(g.nabla_b[l][i], numeric_derivative(net, x, y, net.biases[l][i], h)) < 1e-6);
            for (std::size_t i = 0; i < net.weights[l].rows(); ++i)
                for (std::size_t j = 0; j < net.weights[l].cols(); ++j)
                    CHECK(relative_error(g.nabla_w[l](i, j),
                                         numeric_derivative(net, x, y, net.weights[l](i, j), h)) < 1e-6);
        }
    }
}

TEST_CASE(network, feedforward_by_hand, "") {
    NumpyRandom np_random(0);
    Network net({2, 2, 1}, np_random);
    net.weights[0] = Matrix{{1, -1}, {0.5, 2}};
    net.biases[0] = Vector{0, -1};
    net.weights[1] = Matrix{{1, -2}};
    net.biases[1] = Vector{0.5};
    // By hand for x = (1, 2): z1 = (-1, 3.5), a1 = (sigma(-1), sigma(3.5)) =
    // (0.2689414213699951, 0.9706877692486436); z2 = a1[0] - 2 a1[1] + 0.5,
    // a2 = sigma(z2) = 0.2364152880142275 (evaluated with Python's math.exp).
    const Vector a = net.feedforward(Vector{1, 2});
    CHECK_EQ(a.shape(), std::string("(1,1)"));
    CHECK_NEAR(a[0], 0.2364152880142275, 1e-15);  // 1e-15: a few roundings of O(1) numbers
}

TEST_CASE(network, sigmoid_extremes, "") {
    CHECK_EQ(sigmoid(0.0), 0.5);
    CHECK_EQ(sigmoid(-1000.0), 0.0);  // exp(1000) overflows to inf: 1/inf = 0, not NaN
    CHECK_EQ(sigmoid(1000.0), 1.0);
    CHECK_EQ(sigmoid_prime(0.0), 0.25);
    CHECK_EQ(sigmoid_prime(-1000.0), 0.0);
    CHECK_EQ(sigmoid_prime(1000.0), 0.0);
    const Vector v = sigmoid(Vector{-1000, 0, 1000});
    CHECK_ALL_NEAR(entries(v), (std::vector<double>{0, 0.5, 1}), 0.0);
}

TEST_CASE(network, cost_derivative, "") {
    NumpyRandom np_random(0);
    Network net({1, 2}, np_random);
    CHECK_ALL_NEAR(entries(net.cost_derivative(Vector{0.75, 0.25}, Vector{1, 0})),
                   (std::vector<double>{-0.25, 0.25}), 0.0);
}

TEST_CASE(network, update_mini_batch, "") {
    NumpyRandom np_random(5);
    Network net({3, 4, 2}, np_random);
    const auto examples = random_examples(3, 3, 2, np_random);
    const double eta = 0.7;
    // Eqs. (20)-(21) from per-example gradients: w - (eta/m) sum_j dC_Xj/dw.
    std::vector<Matrix> expected_w = net.weights;
    std::vector<Vector> expected_b = net.biases;
    std::vector<Matrix> sum_w = zeros_like(net.weights);
    std::vector<Vector> sum_b = zeros_like(net.biases);
    for (const auto& [x, y] : examples) {
        const Gradient g = backprop_of(net, x, y);
        for (std::size_t l = 0; l < sum_w.size(); ++l) {
            sum_w[l] += g.nabla_w[l];
            sum_b[l] += g.nabla_b[l];
        }
    }
    for (std::size_t l = 0; l < sum_w.size(); ++l) {
        for (std::size_t k = 0; k < sum_w[l].size(); ++k)
            expected_w[l].data()[k] -= eta / 3.0 * sum_w[l].data()[k];
        for (std::size_t k = 0; k < sum_b[l].size(); ++k)
            expected_b[l][k] -= eta / 3.0 * sum_b[l][k];
    }
    net.update_mini_batch(MiniBatch(examples.data(), examples.size()), eta);
    for (std::size_t l = 0; l < sum_w.size(); ++l) {
        CHECK_ALL_NEAR(entries(net.weights[l]), entries(expected_w[l]), 0.0);  // same operations, same order
        CHECK_ALL_NEAR(entries(net.biases[l]), entries(expected_b[l]), 0.0);
    }
}

TEST_CASE(network, images_train_like_vectors, "") {
    // An MNIST-style Image (bytes k, read as k/256) trains to the same bits
    // as the Vector of its pixels, through SGD and evaluate alike.
    std::vector<MnistTrainingExample> images;
    std::vector<TrainingExample> vectors;
    std::vector<MnistTestExample> image_tests;
    std::vector<TestExample> vector_tests;
    for (std::size_t i = 0; i < 37; ++i) {
        std::vector<std::uint8_t> bytes(20);
        for (std::size_t p = 0; p < bytes.size(); ++p) bytes[p] = static_cast<std::uint8_t>((i * 31 + p * 17) % 256);
        const Image image(bytes);
        Vector y(3);
        y[i % 3] = 1.0;
        images.emplace_back(image, y);
        vectors.emplace_back(to_vector(image), y);
        image_tests.emplace_back(image, static_cast<int>(i % 3));
        vector_tests.emplace_back(to_vector(image), static_cast<int>(i % 3));
    }
    NumpyRandom np_random(5);
    Network from_images({20, 6, 3}, np_random);
    Network from_vectors = from_images;
    PythonRandom random(9), same_random(9);
    from_images.SGD(images, 2, 4, 3.0, random);
    from_vectors.SGD(vectors, 2, 4, 3.0, same_random);
    check_same_parameters(from_images, from_vectors);
    CHECK_EQ(from_images.evaluate(image_tests), from_vectors.evaluate(vector_tests));
    for (std::size_t i = 0; i < images.size(); ++i) CHECK_EQ(images[i].first.byte(0), static_cast<std::uint8_t>(vectors[i].first[0] * 256));
}

TEST_CASE(network, update_lowers_cost, "") {
    // A small step against the gradient lowers the cost on its own batch (Eq. (9)).
    NumpyRandom np_random(9);
    Network net({3, 5, 2}, np_random);
    const auto examples = random_examples(4, 3, 2, np_random);
    auto total = [&] {
        double c = 0;
        for (const auto& [x, y] : examples) c += cost(net, x, y);
        return c;
    };
    const double before = total();
    net.update_mini_batch(MiniBatch(examples.data(), examples.size()), 0.05);
    CHECK(total() < before);
}

TEST_CASE(network, sgd_short_last_batch, "") {
    // 25 examples in batches of 10: SGD must shuffle, then update on [0,10),
    // [10,20) and the short [20,25), dividing the last step by 5.
    NumpyRandom np_random(2);
    const Network start({3, 4, 2}, np_random);
    std::vector<TrainingExample> data = random_examples(25, 3, 2, np_random);
    std::vector<TrainingExample> expected_data = data;

    Network by_sgd = start;
    PythonRandom random(8);
    by_sgd.SGD(data, 1, 10, 3.0, random);

    Network by_hand = start;
    PythonRandom same_random(8);
    same_random.shuffle(expected_data);
    by_hand.update_mini_batch(MiniBatch(expected_data.data(), 10), 3.0);
    by_hand.update_mini_batch(MiniBatch(expected_data.data() + 10, 10), 3.0);
    by_hand.update_mini_batch(MiniBatch(expected_data.data() + 20, 5), 3.0);

    check_same_parameters(by_sgd, by_hand);
    check_same_order(data, expected_data);  // shuffled in place, exactly as Python's shuffle does
    // Dividing the short batch by 10 instead of 5 would land elsewhere.
    Network wrong = start;
    wrong.update_mini_batch(MiniBatch(expected_data.data(), 10), 3.0);
    wrong.update_mini_batch(MiniBatch(expected_data.data() + 10, 10), 3.0);
    wrong.update_mini_batch(MiniBatch(expected_data.data() + 20, 5), 1.5);  // eta/10 per example
    CHECK(entries(wrong.weights[0]) != entries(by_sgd.weights[0]));
}

TEST_CASE(network, sgd_online, "") {
    // Mini-batches of one (the chapter's online learning): SGD shuffles,
    // then updates on each example alone, in the shuffled order.
    NumpyRandom np_random(3);
    const Network start({3, 4, 2}, np_random);
    std::vector<TrainingExample> data = random_examples(7, 3, 2, np_random);
    std::vector<TrainingExample> expected_data = data;
    Network by_sgd = start;
    PythonRandom random(11);
    by_sgd.SGD(data, 1, 1, 0.5, random);
    PythonRandom same_random(11);
    check_same_parameters(by_sgd, sgd_by_hand(start, expected_data, 1, 1, 0.5, same_random));
    CHECK(entries(by_sgd.weights[0]) != entries(start.weights[0]));  // it trained
}

TEST_CASE(network, sgd_epochs_compound, "") {
    // Three epochs of SGD = three rounds of (shuffle the list as the last
    // epoch left it, then one update per batch), with one generator that
    // advances throughout, as network.py's global `random` does.
    NumpyRandom np_random(4);
    const Network start({3, 4, 2}, np_random);
    std::vector<TrainingExample> data = random_examples(23, 3, 2, np_random);
    std::vector<TrainingExample> expected_data = data;

    Network by_sgd = start;
    PythonRandom random(6);
    by_sgd.SGD(data, 3, 10, 3.0, random);

    PythonRandom same_random(6);
    check_same_parameters(by_sgd, sgd_by_hand(start, expected_data, 3, 10, 3.0, same_random));
    check_same_order(data, expected_data);
    // Both generators have made the same draws, so their next ones agree.
    CHECK_EQ(random.random(), same_random.random());
}

TEST_CASE(network, evaluate_ties, "") {
    NumpyRandom np_random(0);
    Network net({1, 2}, np_random);
    net.weights[0] = Matrix{{0}, {0}};
    net.biases[0] = Vector{0, 0};  // both outputs sigmoid(0) = 0.5: a tie
    const std::vector<TestExample> test_data = {{Vector{1}, 0}, {Vector{1}, 1}, {Vector{2}, 0}};
    CHECK_EQ(net.evaluate(test_data), 2);  // np.argmax picks 0 for every input
    net.biases[0] = Vector{0, 1};          // now output 1 is larger
    CHECK_EQ(net.evaluate(test_data), 1);
}

TEST_CASE(network, constructor_matches_numpy, "") {
    // network.py after np.random.seed(0); Network([784, 30, 10]) printed these.
    NumpyRandom np_random(0);
    Network net({784, 30, 10}, np_random);
    CHECK_EQ(net.num_layers, 3u);
    CHECK_EQ(net.biases[0].shape(), std::string("(30,1)"));
    CHECK_EQ(net.biases[1].shape(), std::string("(10,1)"));
    CHECK_EQ(net.weights[0].shape(), std::string("(30,784)"));
    CHECK_EQ(net.weights[1].shape(), std::string("(10,30)"));
    CHECK_EQ(net.weights[0](0, 0), -1.0485529650670926);
    CHECK_EQ(net.weights[0](0, 1), -1.4200179371789752);
    CHECK_EQ(net.weights[0](0, 2), -1.7062701906250126);
    CHECK_EQ(net.biases[1][0], 0.1549474256969163);
    CHECK_EQ(net.biases[1][1], 0.37816251960217356);
    CHECK_EQ(net.biases[1][2], -0.8877857476301128);
    // Biases come first: the very first draw is biases[0][0].
    CHECK_EQ(net.biases[0][0], 1.764052345967664);
}

TEST_CASE(network, constructor_rejects_bad_sizes, "") {
    NumpyRandom np_random(0);
    CHECK_THROWS(Network({784}, np_random), "at least two layers");
    CHECK_THROWS(Network({784, 0, 10}, np_random), "at least one neuron");
    Network net({2, 2}, np_random);
    std::vector<TrainingExample> data;
    PythonRandom random(0);
    CHECK_THROWS(net.SGD(data, 1, 0, 1.0, random), "mini_batch_size must be at least 1");
    CHECK_THROWS(net.feedforward(Vector(3)), "dot: shapes (2,2) and (3,1) not aligned");
    CHECK_THROWS(net.backprop(Vector(3), Vector(2)), "dot: shapes (2,2) and (3,1) not aligned");
    net.num_layers = 3;
    CHECK_THROWS(net.backprop(Vector(2), Vector(2)), "num_layers is 3 but there are 1 bias vectors");
}

TEST_CASE(network, training_flops, "") {
    // One epoch of the book's networks: about 5.0 and 16.8 GFLOP, as counted
    // independently from the shapes (the products of backprop and the updates).
    CHECK_NEAR(training_flops_per_epoch({784, 30, 10}, 50000, 10) / 1e9, 5.03, 0.01);
    CHECK_NEAR(training_flops_per_epoch({784, 100, 10}, 50000, 10) / 1e9, 16.77, 0.01);
    // A short last batch still costs an update: 11 examples in batches of 10.
    CHECK_EQ(training_flops_per_epoch({2, 1}, 11, 10), 11 * 8.0 + 2 * 6.0);
}
