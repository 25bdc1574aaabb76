// build/chapter1/network: the chapter's experiment. Loads MNIST, builds a
// Network and trains it with SGD, printing the test-set score after each epoch
// (section "Implementing our network to classify digits").
//
// With --seed S it starts from the weights and shuffles that network.py gets
// after `random.seed(S); np.random.seed(S)`. It trains with the fast engine
// (chapter1/engine/), or with --literal with the port itself (Network::SGD):
// the same transcript to the last digit, the port several times slower.
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <sstream>
#include <vector>
#include <optional>
#include <stdexcept>
#include <string>

#include "chapter1/engine/training_engine.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "chapter1/tools/learning_curve.h"
#include "chapter1/tools/network_file.h"
#include "common/files/checksum.h"
#include "common/cli/program.h"
#include "common/numerics/random.h"

namespace {

const char* const kUsage = R"(usage: network [flags]

Trains the network of chapter 1 on MNIST with mini-batch stochastic gradient
descent and prints the number of test images it classifies correctly after
each epoch. The defaults are the book's run.

  --sizes LIST            neurons per layer, input first (default 784,30,10;
                          must start with 784 and end with 10)
  --epochs N              passes over the training data (default 30)
  --mini-batch-size N     examples per gradient step (default 10)
  --eta X                 learning rate (default 3.0)
  --seed S                0 <= S < 2^32; seeds both generators as
                          random.seed(S); np.random.seed(S) would (default:
                          a random seed, printed first so the run can be repeated)
  --training-size N       train on the first N of the 50,000 training images
  --data DIR              folder holding the MNIST IDX files (default: the
                          project's data/)
  --save FILE             after training, save the network as the book's
                          network2.py saves one (JSON: sizes, weights,
                          biases, cost), readable by network2.load
  --load FILE             start from a saved network instead of random
                          weights (it has its own sizes: not with --sizes);
                          with --epochs 0 it is only evaluated
  --curve OUT.svg         draw test accuracy per epoch as a chart, rewritten
                          after every epoch (open it in a browser and reload);
                          runs given the same file share the chart, each as
                          one line
  --curve-label TEXT      the line's name in the chart (default: sizes,
                          eta and seed); a run with a label already there
                          replaces that line
  --checksum              after training, print a checksum of every weight
                          and bias: their sum to 17 significant digits and a
                          64-bit FNV-1a hash of their bits (two runs that
                          print the same line trained to the same bits)
  --threads N             threads the fast engine trains and evaluates
                          with (default: one per core); the numbers are the
                          same for any N
  --literal               train with the line-by-line port of network.py
                          (Network::SGD, one thread) instead of the fast
                          engine: the same numbers, several times slower
  -h, --help              this text
)";

// The label of a run in the --curve chart unless --curve-label gives one.
std::string default_label(const Network& net, double eta, std::uint32_t seed, const Flags& flags) {
    std::string sizes;
    for (const int s : net.sizes) sizes += (sizes.empty() ? "" : "-") + std::to_string(s);
    std::ostringstream label;
    label << (flags.has("load") ? flags.get_string("load", "") + " " : "") << sizes << ", eta " << eta << ", seed "
          << seed;
    return label.str();
}

// network.py's SGD with test data, epoch by epoch, redrawing the chart after
// each: `sgd_epoch` trains one epoch (its own per-epoch line silenced, the
// same line printed here), which shuffles and trains exactly as one call for
// all epochs does; between epochs the chart is rewritten.
void train_drawing_curve(const std::function<void()>& sgd_epoch, const std::function<int()>& evaluate,
                         const std::vector<MnistTestExample>& test_data, int epochs,
                         std::vector<CurveSeries>& curve, CurveSeries& run, const std::string& file) {
    const std::string title = "Test accuracy per epoch, " + std::to_string(test_data.size()) + " MNIST test images";
    for (int j = 0; j < epochs; ++j) {
        const auto start = std::chrono::steady_clock::now();
        std::ostringstream quiet;
        std::streambuf* saved = std::cout.rdbuf(quiet.rdbuf());
        sgd_epoch();
        std::cout.rdbuf(saved);
        const int score = evaluate();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.2f s", took.count());
        std::cout << "Epoch " << j << ": " << score << " / " << test_data.size() << " (" << seconds << ")" << std::endl;
        run.accuracy.push_back(100.0 * score / static_cast<double>(test_data.size()));
        curve = add_to_curve(file, run, title);
    }
}

// The --checksum line: every weight and bias, layer by layer.
std::string checksum(const Network& net) {
    Checksum sum;
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        sum.add(net.weights[l].data(), net.weights[l].size());
        sum.add(net.biases[l].data(), net.biases[l].size());
    }
    return sum.line();
}

}  // namespace

int main(int argc, char** argv) {
    return run_program(
        "network", kUsage, argc, argv,
        {"sizes", "epochs", "mini-batch-size", "eta", "seed", "training-size", "data", "save", "load", "curve",
         "curve-label", "threads"},
        {"checksum", "literal"},
        [](const Flags& flags) {
            if (flags.has("load") && flags.has("sizes"))
                throw UsageError("--sizes and --load: a loaded network has the sizes it was saved with");
            const std::vector<int> sizes = mnist_sizes_from(flags);
            const int epochs = static_cast<int>(flags.get_int("epochs", 30, 0, 1000000));
            const int mini_batch_size = static_cast<int>(flags.get_int("mini-batch-size", 10, 1, 50000));
            const double eta = eta_from(flags, 3.0, "network");
            const long long training_size = flags.get_int("training-size", 50000, 1, 50000);
            const std::string data_dir = flags.get_string("data", default_data_dir());
            const std::uint32_t seed = seed_from(flags);
            if (flags.has("literal") && flags.has("threads"))
                throw UsageError("--threads is the engine's: --literal trains with the port, on one thread");
            const int threads = static_cast<int>(flags.get_int("threads", WorkerPool::cores(), 1, 256));
            require_mnist_files(data_dir);
            // A network to start from is read first, so a bad file is reported
            // before anything else happens.
            std::optional<Network> loaded;
            if (flags.has("load")) loaded = load_for_mnist(flags.get_string("load", ""));
            if (flags.has("curve-label") && !flags.has("curve")) throw UsageError("--curve-label goes with --curve");
            if (flags.has("curve") && epochs == 0) throw UsageError("--curve draws epochs: give --epochs 1 or more");
            // Output files are checked now, not after the training they would hold.
            if (flags.has("save")) require_writable(flags.get_string("save", ""), "--save", "{\"sizes\"");
            // The chart's earlier runs, read first for the same reason.
            std::vector<CurveSeries> curve;
            if (flags.has("curve")) curve = read_curve(flags.get_string("curve", ""));
            // A chart read above holds learning curves (one written before
            // pictures were marked with their kind, too): it may be continued.
            if (flags.has("curve"))
                require_writable(flags.get_string("curve", ""), "--curve",
                                 curve.empty() ? svg_marker(kCurvePicture) : "<svg");

            // A loaded network evaluated without training uses no random number,
            // so its seed would only be noise.
            if (!(loaded && epochs == 0)) std::cout << "seed: " << seed << std::endl;
            auto [training_data, validation_data, test_data] = load_data_wrapper(data_dir);
            training_data.resize(static_cast<std::size_t>(training_size));
            PythonRandom random(seed);     // random.seed(S)
            NumpyRandom np_random(seed);   // np.random.seed(S)
            Network net = loaded ? std::move(*loaded) : Network(sizes, np_random);
            TrainingEngine engine(net, threads);
            const bool literal = flags.has("literal");
            // net.SGD(training_data, epochs, mini_batch_size, eta, test_data=test_data).
            // (A named reference: C++17 lambdas cannot capture a structured binding.)
            std::vector<MnistTrainingExample>& data = training_data;
            auto sgd = [&](int sgd_epochs, const std::vector<MnistTestExample>* test) {
                if (literal)
                    net.SGD(data, sgd_epochs, mini_batch_size, eta, random, test);
                else
                    engine.SGD(data, sgd_epochs, mini_batch_size, eta, random, test);
            };
            if (flags.has("curve")) {
                CurveSeries run{flags.get_string("curve-label", default_label(net, eta, seed, flags)), {}};
                const std::vector<MnistTestExample>& tests = test_data;
                train_drawing_curve([&] { sgd(1, nullptr); },
                                    [&] { return literal ? net.evaluate(tests) : engine.evaluate(tests); }, tests,
                                    epochs, curve, run, flags.get_string("curve", ""));
            } else {
                sgd(epochs, &test_data);
            }
            if (epochs == 0)
                std::cout << "Evaluation: " << (literal ? net.evaluate(test_data) : engine.evaluate(test_data)) << " / "
                          << test_data.size() << std::endl;
            if (flags.has("save")) {
                const std::string file = flags.get_string("save", "");
                save(net, file);
                std::cout << "saved to " << file << std::endl;
            }
            if (flags.has("checksum")) std::cout << checksum(net) << std::endl;
            return 0;
        });
}
