// The fast engine (chapter1/engine/) against the port (chapter1/network.cpp):
// the same bits, always. The identity table is the oracle for every change
// made for speed: if a row fails, the engine no longer trains the network
// network.py trains.
#include <cstdint>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "chapter1/engine/training_engine.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

// Where two networks first differ in any bit ("" when they do not).
std::string first_difference(const Network& a, const Network& b) {
    auto compare = [](const char* what, std::size_t l, const double* p, const double* q, std::size_t n) {
        for (std::size_t k = 0; k < n; ++k)
            if (std::memcmp(p + k, q + k, sizeof(double)) != 0) {
                std::ostringstream s;
                s.precision(17);
                s << what << "[" << l << "] entry " << k << ": " << p[k] << " vs " << q[k];
                return s.str();
            }
        return std::string();
    };
    for (std::size_t l = 0; l < a.weights.size(); ++l) {
        std::string d = compare("weights", l, a.weights[l].data(), b.weights[l].data(), a.weights[l].size());
        if (d.empty()) d = compare("biases", l, a.biases[l].data(), b.biases[l].data(), a.biases[l].size());
        if (!d.empty()) return d;
    }
    return "";
}

// MNIST-like pairs: x an Image of `inputs` bytes, about a fifth of them
// lit, y the one-hot vector of a digit below `outputs`.
std::vector<MnistTrainingExample> images(std::size_t n, std::size_t inputs, std::size_t outputs,
                                         NumpyRandom& np_random) {
    std::vector<MnistTrainingExample> out;
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<std::uint8_t> bytes(inputs);
        for (std::uint8_t& b : bytes)
            if (np_random.random_sample() < 0.2) b = static_cast<std::uint8_t>(np_random.random_sample() * 256);
        Vector y(outputs);
        y[static_cast<std::size_t>(np_random.random_sample() * static_cast<double>(outputs))] = 1.0;
        out.emplace_back(Image(std::move(bytes)), y);
    }
    return out;
}

// Pairs of any numbers, for the shapes that are not MNIST's.
std::vector<TrainingExample> vectors(std::size_t n, std::size_t inputs, std::size_t outputs,
                                     NumpyRandom& np_random) {
    std::vector<TrainingExample> out;
    for (std::size_t i = 0; i < n; ++i) {
        Vector y(outputs);
        for (std::size_t k = 0; k < outputs; ++k) y[k] = np_random.random_sample();
        out.emplace_back(np_random.randn(inputs), y);
    }
    return out;
}

struct Row {
    std::vector<int> sizes;
    int mini_batch_size;
    double eta;
    std::size_t n;  // training examples; n % mini_batch_size != 0 leaves a short last batch
    int epochs;
};

// Trains one copy of a network with the port and one with the engine, one
// epoch at a time from the same generators, and checks every weight and bias
// for the same bits after every epoch. Returns false at the first difference.
template <class Example>
bool same_bits_every_epoch(const Row& row, std::vector<Example> data, NumpyRandom& np_random, int threads) {
    Network port(row.sizes, np_random);
    const Network start = port;
    Network fast = port;
    TrainingEngine engine(fast, threads);
    std::vector<Example> fast_data = data, whole_data = data;
    PythonRandom random(7), fast_random(7);
    std::ostringstream quiet;  // SGD's "Epoch j complete" lines
    std::streambuf* saved = std::cout.rdbuf(quiet.rdbuf());
    std::string difference;
    int epoch = 0;
    for (; epoch < row.epochs && difference.empty(); ++epoch) {
        port.SGD(data, 1, row.mini_batch_size, row.eta, random);
        engine.SGD(fast_data, 1, row.mini_batch_size, row.eta, fast_random);
        difference = first_difference(port, fast);
    }
    // The same epochs in one call of the engine's SGD: its own epoch loop
    // (a shuffle at the start of each epoch) must land on the same bits.
    if (difference.empty()) {
        Network whole = start;
        PythonRandom whole_random(7);
        TrainingEngine(whole, threads).SGD(whole_data, row.epochs, row.mini_batch_size, row.eta, whole_random);
        difference = first_difference(port, whole);
        if (!difference.empty()) difference = "(all epochs in one SGD call) " + difference;
    }
    std::cout.rdbuf(saved);
    std::string sizes;
    for (int s : row.sizes) sizes += (sizes.empty() ? "" : "-") + std::to_string(s);
    std::cout << threads << (threads == 1 ? " thread, " : " threads, ") << sizes << ", mini-batches of " << row.mini_batch_size << ", eta " << row.eta << ", " << row.n
              << " examples, " << row.epochs << " epochs: "
              << (difference.empty() ? "same bits" : "DIFFER after epoch " + std::to_string(epoch - 1) + ", " + difference)
              << "\n";
    return difference.empty();
}

}  // namespace

TEST_CASE(training_engine, identity_table, "") {
    // Every shape, batch size and learning rate the engine has to get right:
    // the book's network and its 100-neuron variant, no hidden layer, two
    // hidden layers, odd sizes that fill no vector register; online learning
    // (1), batches that leave a short last one (3, 13, 1000), batches over
    // the 100 examples the engine holds before summing (1000); eta from slow
    // to saturating (100).
    const std::vector<Row> table = {
        {{784, 30, 10}, 10, 3.0, 1000, 3},      {{784, 30, 10}, 1, 0.5, 300, 2},
        {{784, 30, 10}, 1000, 100.0, 2345, 2},  {{784, 100, 10}, 13, 3.0, 500, 2},
        {{784, 100, 10}, 100, 0.5, 650, 2},     {{784, 100, 10}, 3, 100.0, 200, 2},
        {{784, 10}, 3, 3.0, 400, 3},            {{784, 10}, 1000, 0.5, 1200, 2},
        {{784, 10}, 10, 100.0, 333, 2},         {{784, 30, 20, 10}, 10, 100.0, 505, 3},
        {{784, 30, 20, 10}, 13, 0.5, 300, 2},   {{5, 7, 3}, 1, 100.0, 40, 4},
        {{5, 7, 3}, 3, 0.5, 41, 4},             {{5, 7, 3}, 13, 3.0, 50, 5},
        {{5, 7, 3}, 100, 3.0, 250, 3},          {{5, 7, 3}, 1000, 100.0, 1500, 2},
        {{5, 9, 11, 7, 3}, 10, 3.0, 123, 3},
    };
    // The engine splits each layer's neurons between its threads: 1, 2 and
    // 3 threads (3 leaves uneven shares) must give the port's bits alike.
    for (int threads : {1, 2, 3}) {
        NumpyRandom np_random(2024);
        for (const Row& row : table) {
            const auto inputs = static_cast<std::size_t>(row.sizes.front());
            const auto outputs = static_cast<std::size_t>(row.sizes.back());
            if (inputs == 784)
                CHECK(same_bits_every_epoch(row, images(row.n, inputs, outputs, np_random), np_random, threads));
            else
                CHECK(same_bits_every_epoch(row, vectors(row.n, inputs, outputs, np_random), np_random, threads));
        }
    }
}

TEST_CASE(training_engine, batches_of_changing_size, "") {
    // One engine given batches of 1 to 150 in turn: its buffers are remade
    // when a batch needs more held rows (3, then 7, then 150), and reused
    // when it needs fewer.
    for (int threads : {1, 2, 3}) {
        NumpyRandom np_random(12);
        Network port({21, 9, 3}, np_random);
        Network fast = port;
        TrainingEngine engine(fast, threads);
        for (std::size_t size : {3, 1, 7, 150, 3, 150, 100, 101, 1, 7}) {
            const auto examples = vectors(size, 21, 3, np_random);
            port.update_mini_batch(MiniBatch(examples.data(), examples.size()), 3.0);
            engine.update_mini_batch(MiniBatch(examples.data(), examples.size()), 3.0);
            CHECK_EQ(first_difference(port, fast), std::string());
        }
    }
}

TEST_CASE(training_engine, follows_a_changed_network, "") {
    // The engine trains whatever its Network holds now: a network replaced
    // by one of other sizes (as --load does) is trained as the port would,
    // whichever shape changed: everything, one layer fewer, only the inputs.
    // (Also: only a hidden layer's width, wider then narrower, and first
    // layers of 2 and 1 neurons, fewer than the threads: a thread with none.)
    for (int threads : {1, 2, 3}) {
        NumpyRandom np_random(4);
        Network fast({6, 5, 2}, np_random);
        TrainingEngine engine(fast, threads);
        const auto first = vectors(12, 6, 2, np_random);
        engine.update_mini_batch(MiniBatch(first.data(), first.size()), 3.0);
        for (const std::vector<int>& sizes : std::vector<std::vector<int>>{
                 {8, 4, 4, 3}, {8, 4, 4}, {8, 4, 4, 3}, {6, 4, 4, 3}, {6, 4, 4, 3}, {6, 7, 4, 3}, {6, 3, 4, 3}, {6, 2, 3}, {6, 1, 4}}) {
            fast = Network(sizes, np_random);
            Network port = fast;
            const auto examples = vectors(12, static_cast<std::size_t>(sizes.front()),
                                          static_cast<std::size_t>(sizes.back()), np_random);
            engine.update_mini_batch(MiniBatch(examples.data(), examples.size()), 3.0);
            port.update_mini_batch(MiniBatch(examples.data(), examples.size()), 3.0);
            CHECK_EQ(first_difference(port, fast), std::string());
        }
    }
}

TEST_CASE(training_engine, refuses_what_the_port_refuses, "") {
    NumpyRandom np_random(0);
    Network net({2, 2}, np_random);
    TrainingEngine engine(net);
    std::vector<TrainingExample> data;
    PythonRandom random(0);
    CHECK_THROWS(engine.SGD(data, 1, 0, 1.0, random), "mini_batch_size must be at least 1");
    const std::vector<TrainingExample> wrong_x = {{Vector(3), Vector(2)}};
    CHECK_THROWS(engine.update_mini_batch(MiniBatch(wrong_x.data(), 1), 1.0), "dot: shapes (2,2) and (3,1) not aligned");
    net.num_layers = 3;
    const std::vector<TrainingExample> right = {{Vector(2), Vector(2)}};
    CHECK_THROWS(engine.update_mini_batch(MiniBatch(right.data(), 1), 1.0), "num_layers is 3 but there are 1 bias vectors");
}

TEST_CASE(training_engine, same_transcript_on_mnist, "mnist") {
    // network and network --literal print the same lines but for the
    // epochs' wall times: the same scores, from the same bits.
    auto mnist = load_data_wrapper(mnist_dir_or_skip());
    // Named, not a structured binding: C++17 lambdas cannot capture those.
    std::vector<MnistTrainingExample>& training_data = std::get<0>(mnist);
    const std::vector<MnistTestExample>& test_data = std::get<2>(mnist);
    training_data.resize(3000);
    NumpyRandom np_random(0);
    Network port({784, 30, 10}, np_random);
    Network fast = port;
    TrainingEngine engine(fast);
    auto fast_data = training_data;
    PythonRandom random(0), fast_random(0);
    auto transcript = [](auto train) {
        std::ostringstream out;
        std::streambuf* saved = std::cout.rdbuf(out.rdbuf());
        train();
        std::cout.rdbuf(saved);
        std::string text = out.str(), without_times;
        std::istringstream lines(text);
        for (std::string line; std::getline(lines, line);) without_times += line.substr(0, line.rfind(" (")) + "\n";
        return without_times;
    };
    const std::string by_port = transcript([&] { port.SGD(training_data, 2, 10, 3.0, random, &test_data); });
    const std::string by_engine = transcript([&] { engine.SGD(fast_data, 2, 10, 3.0, fast_random, &test_data); });
    std::cout << by_port;
    CHECK_EQ(by_port, by_engine);
    CHECK(by_port.find("Epoch 1: ") != std::string::npos);
    CHECK_EQ(first_difference(port, fast), std::string());
}

TEST_CASE(training_engine, refuses_an_empty_mini_batch, "") {
    // network.py's step divides by len(mini_batch): for none it raises
    // ZeroDivisionError; both C++ versions say what is wrong instead of
    // writing NaN into every weight.
    NumpyRandom np_random(0);
    Network net({2, 2}, np_random);
    const Network before = net;
    TrainingEngine engine(net);
    const std::vector<TrainingExample> none;
    CHECK_THROWS(net.update_mini_batch(MiniBatch(none.data(), 0), 3.0), "an empty mini-batch");
    CHECK_THROWS(engine.update_mini_batch(MiniBatch(none.data(), 0), 3.0), "an empty mini-batch");
    CHECK_EQ(first_difference(before, net), std::string());
}

TEST_CASE(training_engine, evaluate_counts_as_the_port, "") {
    // The engine's evaluate (a batch of test images at a time, split between
    // threads) counts what Network::evaluate counts, image for image: the
    // same outputs to the bit, the same first largest one. Outputs that tie
    // (a network of zeros) go to the first, as np.argmax.
    NumpyRandom np_random(31);
    Network net({784, 30, 10}, np_random);
    std::vector<MnistTrainingExample> training_data = images(300, 784, 10, np_random);
    PythonRandom random(3);
    std::ostringstream quiet;  // SGD's "Epoch 0 complete" line
    std::streambuf* saved = std::cout.rdbuf(quiet.rdbuf());
    net.SGD(training_data, 1, 10, 3.0, random);
    std::cout.rdbuf(saved);
    // Labelled with the port's own answers, except every seventh: the
    // port gets exactly 523 - 74 right, so an image skipped, counted twice
    // or answered differently by the engine changes the count.
    std::vector<MnistTestExample> test_data;
    for (const auto& [x, y] : images(523, 784, 10, np_random)) {
        const int answer = static_cast<int>(argmax(net.feedforward(to_vector(x))));
        test_data.emplace_back(x, test_data.size() % 7 == 6 ? (answer + 1) % 10 : answer);
    }
    const int expected = net.evaluate(test_data);
    CHECK_EQ(expected, 523 - 523 / 7);
    for (int threads : {1, 2, 3}) {
        TrainingEngine engine(net, threads);
        CHECK_EQ(engine.evaluate(test_data), expected);
        CHECK_EQ(engine.evaluate(test_data), expected);  // again, with its buffers made
    }
    Network zeros({5, 3}, np_random);
    for (Matrix& w : zeros.weights) w.fill(0.0);
    for (Vector& b : zeros.biases) b.fill(0.0);
    const std::vector<TestExample> ties = {{Vector(5), 0}, {Vector(5), 1}, {Vector(5), 0}};
    CHECK_EQ(TrainingEngine(zeros, 2).evaluate(ties), zeros.evaluate(ties));
    CHECK_EQ(zeros.evaluate(ties), 2);
}

TEST_CASE(training_engine, evaluate_follows_a_changed_network, "") {
    // evaluate's buffers are kept between calls: a network replaced by one
    // of other widths, inputs or depth is evaluated as the port would.
    for (int threads : {1, 2, 3}) {
        NumpyRandom np_random(5);
        Network net({6, 5, 2}, np_random);
        TrainingEngine engine(net, threads);
        for (const std::vector<int>& sizes : std::vector<std::vector<int>>{{6, 5, 2}, {6, 7, 2}, {9, 7, 2}, {9, 3, 4, 2}}) {
            net = Network(sizes, np_random);
            std::vector<TestExample> test;
            for (int k = 0; k < 120; ++k) test.emplace_back(np_random.randn(static_cast<std::size_t>(sizes.front())), k % 2);
            CHECK_EQ(engine.evaluate(test), net.evaluate(test));
        }
    }
}
