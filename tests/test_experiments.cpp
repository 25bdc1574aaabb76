// The chapter's experiments, rerun in full: `ctest -L experiments` (not part
// of the default run; about ten minutes on two cores). Each prints its
// transcript and checks the outcome the chapter describes, with seed 0.
//
// Full 30-epoch runs cannot be compared with network.py digit for digit:
// training amplifies last-bit differences (summation order, numpy's exp), so
// the checks are on the behaviour and, where network.py's own figures for the
// seed are known, on ranges around them. The 784-30-10 run with eta 3.0 is in
// the default run already (network_reference.book_run_seed0).
#include <algorithm>

#include "chapter1/engine/training_engine.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

// Trains a fresh network with seed 0 and returns its test score after each
// epoch. The fast engine trains it: the port's bits, in a fraction of the time.
std::vector<int> run(const std::vector<int>& sizes, double eta, int epochs = 30) {
    auto [training_data, validation_data, test_data] = load_data_wrapper(mnist_dir_or_skip());
    PythonRandom random(0);
    NumpyRandom np_random(0);
    Network net(sizes, np_random);
    TrainingEngine engine(net);
    std::vector<int> scores;
    for (int j = 0; j < epochs; ++j) {
        engine.SGD(training_data, 1, 10, eta, random);  // one epoch; shuffles compound as in SGD
        scores.push_back(net.evaluate(test_data));
        std::cout << "Epoch " << j << ": " << scores.back() << " / " << test_data.size() << std::endl;
    }
    return scores;
}

int best(const std::vector<int>& scores) { return *std::max_element(scores.begin(), scores.end()); }

}  // namespace

TEST_CASE(experiments, hidden100_eta3, "experiments,mnist") {
    // 100 hidden neurons, eta 3.0. The book's best of three runs reached
    // 96.59%. With seed 0 the port, like network.py, learns fast and then
    // plateaus near 87% once an output neuron saturates; the port's neuron
    // recovers at epoch 27, network.py's not within 30 epochs (see
    // docs/chapter1/06-implementing.md). So the check is that it learns well
    // beyond the 30-neuron network's first epoch, not that it hits 96%.
    const auto scores = run({784, 100, 10}, 3.0);
    CHECK(scores.front() > 7500);
    CHECK(best(scores) > 8500);
}

TEST_CASE(experiments, hidden100_eta0_001, "experiments,mnist") {
    // eta = 0.001: learning crawls. The book: 1139 after the first epoch,
    // 2142 after the thirtieth. Slow but steady: far below the eta = 3.0
    // runs, yet clearly better at the end than at the start.
    const auto scores = run({784, 100, 10}, 0.001);
    CHECK(scores.back() < 4000);
    CHECK(scores.back() > scores.front() + 500);
}

TEST_CASE(experiments, hidden30_eta100, "experiments,mnist") {
    // eta = 100: far too large, the network never learns (the book: 1009,
    // then 982 by the end: chance level, 10%).
    const auto scores = run({784, 30, 10}, 100.0);
    CHECK(best(scores) < 2000);
}

TEST_CASE(experiments, no_hidden_layer, "experiments,mnist") {
    // The exercise's [784, 10] network. network.py with seed 0: 3697 after
    // the first epoch, 8417 after the thirtieth. One epoch is close to exact
    // (+-3, as network_reference.score_seed1); thirty are compared within
    // +-60: thirty epochs amplify last-bit differences (see above).
    const auto scores = run({784, 10}, 3.0);
    CHECK_NEAR(scores.front(), 3697, 3);
    CHECK_NEAR(scores.back(), 8417, 60);
}
