// The port against network.py itself on MNIST. Every figure below was printed
// by the book's network.py (run under CPython 3.11 with Debian's numpy 1.24,
// on the raw IDX files with pixels k/256, after random.seed(S);
// np.random.seed(S)) and copied here. Tests never run Python.
//
// Tolerances: relative 1e-9 for sums after training. The port's sums differ
// from numpy's only in summation order (BLAS) and numpy's own exp, and those
// last-bit differences, amplified by one epoch, stay near 1e-13.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>

#include "chapter1/engine/training_engine.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

struct Mnist {
    std::vector<MnistTrainingExample> training_data;
    std::vector<MnistTestExample> test_data;
};

Mnist load() {
    auto [training_data, validation_data, test_data] = load_data_wrapper(mnist_dir_or_skip());
    return {std::move(training_data), std::move(test_data)};
}

double sum_of(const Matrix& m) { return sum(m); }
double sum_of(const Vector& v) { return sum(v); }

// One epoch of SGD on the first n training images without test data, then
// the sums of weights[0], weights[1], biases[0], biases[1].
std::vector<double> sums_after_one_epoch(Mnist& mnist, std::uint32_t seed, std::size_t n) {
    std::vector<MnistTrainingExample> training_data(mnist.training_data.begin(), mnist.training_data.begin() + n);
    PythonRandom random(seed);
    NumpyRandom np_random(seed);
    Network net({784, 30, 10}, np_random);
    net.SGD(training_data, 1, 10, 3.0, random);
    return {sum_of(net.weights[0]), sum_of(net.weights[1]), sum_of(net.biases[0]), sum_of(net.biases[1])};
}

// One epoch on the first 10,000 images, scored on the test set.
int score_after_one_epoch(Mnist& mnist, std::uint32_t seed) {
    std::vector<MnistTrainingExample> training_data(mnist.training_data.begin(), mnist.training_data.begin() + 10000);
    PythonRandom random(seed);
    NumpyRandom np_random(seed);
    Network net({784, 30, 10}, np_random);
    net.SGD(training_data, 1, 10, 3.0, random);
    return net.evaluate(mnist.test_data);
}

void check_sums(const std::vector<double>& got, const std::vector<double>& expected) {
    double worst = 0.0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK_REL(got[i], expected[i], 1e-9);
        worst = std::max(worst, std::fabs(got[i] - expected[i]) / std::fabs(expected[i]));
    }
    std::cout << "largest relative difference from network.py: " << worst << "\n";
}

}  // namespace

TEST_CASE(network_reference, first_mini_batch, "mnist") {
    Mnist mnist = load();
    PythonRandom random(0);
    NumpyRandom np_random(0);
    Network net({784, 30, 10}, np_random);
    random.shuffle(mnist.training_data);  // what SGD does first
    std::vector<std::size_t> labels;
    for (std::size_t i = 0; i < 10; ++i) labels.push_back(argmax(mnist.training_data[i].second));
    CHECK_EQ(labels, (std::vector<std::size_t>{6, 1, 6, 4, 7, 9, 4, 4, 9, 1}));

    net.update_mini_batch(MiniBatch(mnist.training_data.data(), 10), 3.0);
    check_sums({sum_of(net.weights[0]), sum_of(net.weights[1]), sum_of(net.biases[0]), sum_of(net.biases[1])},
               {-9.869799198025163, -36.920570735217574, 13.375427949423491, -1.6011327242008564});

    const Vector a = net.feedforward(to_vector(mnist.test_data[0].first));
    const std::vector<double> expected = {
        0.04913098511558299, 0.00026075741590410225, 0.999999944765175, 0.005660344320613208,
        0.09699156670426352, 0.05229679353678663,    0.04226230249198437, 1.280975557249381e-05,
        0.0013279833843843254, 0.01671673032771517};
    CHECK_ALL_NEAR(std::vector<double>(a.data(), a.data() + a.size()), expected, 1e-9);
}

TEST_CASE(network_reference, sgd_epoch_seed0_10000, "mnist") {
    Mnist mnist = load();
    check_sums(sums_after_one_epoch(mnist, 0, 10000),
               {-85.3767419706279, -73.60661384993716, 12.184279048838782, -5.181999118982008});
}

TEST_CASE(network_reference, sgd_epoch_seed1_1005, "mnist") {
    // 1,005 images: the last mini-batch holds 5, and its step divides by 5.
    Mnist mnist = load();
    check_sums(sums_after_one_epoch(mnist, 1, 1005),
               {183.25530887916509, -63.08212510226908, -0.928229863279124, -7.425611501234698});
}

TEST_CASE(network_reference, score_seed1, "mnist") {
    // network.py prints 7509 / 10000; +-3 allows for last-bit differences
    // flipping the odd borderline test image.
    Mnist mnist = load();
    CHECK_NEAR(score_after_one_epoch(mnist, 1), 7509, 3);
}

TEST_CASE(network_reference, score_seed2, "mnist") {
    Mnist mnist = load();
    CHECK_NEAR(score_after_one_epoch(mnist, 2), 7609, 3);  // network.py: 7609; +-3 as above
}

TEST_CASE(network_reference, book_run_seed0, "mnist") {
    // The chapter's run: 784-30-10, 30 epochs, batches of 10, eta 3.0, seed 0.
    // network.py's epochs 20-29 average 9498.2; training amplifies last-bit
    // differences, so only the range is compared: the best epoch must reach
    // 9460 (the book reports 95.42% as a best of three runs) and the mean of
    // epochs 20-29 must be within 25 of network.py's.
    // Trained by the fast engine, whose bits are the port's (the identity
    // table of tests/test_training_engine.cpp), so that 30 epochs take
    // seconds; the tests above run the port itself.
    Mnist mnist = load();
    PythonRandom random(0);
    NumpyRandom np_random(0);
    Network net({784, 30, 10}, np_random);
    TrainingEngine engine(net);
    std::vector<int> scores;
    for (int epoch = 0; epoch < 30; ++epoch) {
        // One epoch at a time is the same as SGD(..., 30, ...): the shuffles
        // compound through training_data and `random` either way.
        engine.SGD(mnist.training_data, 1, 10, 3.0, random);
        scores.push_back(net.evaluate(mnist.test_data));
    }
    const int best = *std::max_element(scores.begin(), scores.end());
    const double mean_20_29 = std::accumulate(scores.begin() + 20, scores.end(), 0.0) / 10.0;
    std::cout << "best " << best << ", mean of epochs 20-29 " << mean_20_29 << "\n";
    CHECK(best >= 9460);
    CHECK_NEAR(mean_20_29, 9498.2, 25);
    // The README's quick start shows this run's epochs 0, 1, 2 and 29. Every
    // build trains to the same bits, so they are exact; if a change of
    // summation order moves them, the README must move with them. They are
    // glibc's: another C library's exp (MinGW's differs from glibc's by one
    // unit in the last place for about 1 argument in 1,000) sends training
    // down another path after a few thousand images, so elsewhere only the
    // band above is checked.
#ifdef __GLIBC__
    CHECK_EQ(scores[0], 9041);
    CHECK_EQ(scores[1], 9236);
    CHECK_EQ(scores[2], 9308);
    CHECK_EQ(scores[29], 9499);
#else
    std::cout << "not glibc: epochs 0, 1, 2, 29 scored " << scores[0] << ", " << scores[1] << ", "
              << scores[2] << ", " << scores[29] << " (glibc: 9041, 9236, 9308, 9499)\n";
#endif
}
