// build/chapter1/benchmark: how fast the project loads MNIST, trains (with the
// fast engine, or with --literal the port) and evaluates.
//
// Timings never decide a test; they are measured here and reported. For each
// of --epochs epochs it times one epoch of SGD (without test data) and one
// evaluation of the test set, then prints the median of each, so that a slow
// outlier (another process on the machine) does not skew the figure.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

#include "chapter1/engine/training_engine.h"
#include "chapter1/engine/training_flops.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: benchmark [flags]

Times loading MNIST (load_data_wrapper), training (one epoch of SGD on the
50,000 training images, without test data) and evaluating the 10,000 test
images, and prints a line per epoch, then the medians, then one line for
scripts, such as

  bench sizes=784,30,10 load_s=0.07 train_s=0.1380 eval_s=0.0100
        gflops=36.4 peak_rss_mb=96 trainer=engine threads=2

(all on one line). gflops is the floating-point work of a training epoch
(5.0 GFLOP for 784,30,10; see chapter1/engine/training_flops.h) over its median
time; peak_rss_mb is the most memory the process held, where the system
tells (otherwise n/a). With --threads given, a table follows: the median
training epoch for 1 to N threads and 30, 100 and 300 hidden neurons.

To time the book's network.py the same way, wrap its SGD call in Python:
  t = time.perf_counter(); net.SGD(training_data, 1, 10, 3.0)
  print(time.perf_counter() - t)

  --sizes LIST          neurons per layer (default 784,30,10)
  --epochs N            epochs to time (default 5)
  --mini-batch-size N   (default 10)
  --seed S              (default 0)
  --threads N           threads the engine trains and evaluates with
                        (default: one per core), and the scaling table
  --literal             time the line-by-line port (Network::SGD and
                        Network::evaluate, one thread), not the fast engine
                        (trainer=literal)
  --data DIR            folder holding the MNIST IDX files (default: the
                        project's data/)
  -h, --help            this text
)";

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::string joined(const std::vector<int>& sizes) {
    std::string s;
    for (std::size_t i = 0; i < sizes.size(); ++i) s += (i ? "," : "") + std::to_string(sizes[i]);
    return s;
}

struct Timing {
    double train_s, eval_s;
};

// `epochs` epochs of SGD and an evaluation after each, timed; the medians.
// With `literal`, the port's (Network::SGD, Network::evaluate), otherwise the
// engine's on `threads` threads.
Timing measure(const std::vector<int>& sizes, int epochs, int mini_batch_size, std::uint32_t seed, bool literal,
               int threads, std::vector<MnistTrainingExample>& training_data,
               const std::vector<MnistTestExample>& test_data, bool verbose) {
    using clock = std::chrono::steady_clock;
    PythonRandom random(seed);
    NumpyRandom np_random(seed);
    Network net(sizes, np_random);
    TrainingEngine engine(net, threads);
    std::vector<double> train_s, eval_s;
    for (int j = 0; j < epochs; ++j) {
        std::ostringstream quiet;  // SGD's "Epoch j complete" line is not wanted here
        std::streambuf* saved = std::cout.rdbuf(quiet.rdbuf());
        const auto t0 = clock::now();
        if (literal)
            net.SGD(training_data, 1, mini_batch_size, 3.0, random);
        else
            engine.SGD(training_data, 1, mini_batch_size, 3.0, random);
        const auto t1 = clock::now();
        std::cout.rdbuf(saved);
        const int correct = literal ? net.evaluate(test_data) : engine.evaluate(test_data);
        const auto t2 = clock::now();
        train_s.push_back(std::chrono::duration<double>(t1 - t0).count());
        eval_s.push_back(std::chrono::duration<double>(t2 - t1).count());
        if (verbose)
            std::printf("epoch %d: train %.3f s, evaluate %.4f s, %d / %zu\n", j, train_s.back(), eval_s.back(),
                        correct, test_data.size());
    }
    return {median(train_s), median(eval_s)};
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("benchmark", kUsage, argc, argv,
                       {"sizes", "epochs", "mini-batch-size", "seed", "data", "threads"}, {"literal"},
                       [](const Flags& flags) {
        const std::vector<int> sizes = mnist_sizes_from(flags);
        const int epochs = static_cast<int>(flags.get_int("epochs", 5, 1, 1000));
        const int mini_batch_size = static_cast<int>(flags.get_int("mini-batch-size", 10, 1, 50000));
        const std::uint32_t seed = seed_from(flags, 0);
        const std::string data_dir = flags.get_string("data", default_data_dir());
        const bool literal = flags.has("literal");
        if (literal && flags.has("threads"))
            throw UsageError("--threads is the engine's: --literal times the port, which runs on one thread");
        const int threads = static_cast<int>(flags.get_int("threads", WorkerPool::cores(), 1, 256));
        require_mnist_files(data_dir);

        using clock = std::chrono::steady_clock;
        const auto load_start = clock::now();
        auto [training_data, validation_data, test_data] = load_data_wrapper(data_dir);
        const std::chrono::duration<double> load = clock::now() - load_start;

        const Timing timing = measure(sizes, epochs, mini_batch_size, seed, literal, literal ? 1 : threads,
                                      training_data, test_data, true);
        const double n = static_cast<double>(training_data.size());
        const double gflops = training_flops_per_epoch(sizes, n, mini_batch_size) / timing.train_s / 1e9;
        std::printf("load_data_wrapper %.2f s\n", load.count());
        std::printf("median train_s_per_epoch %.4f (%.0f examples/s, %.1f GFLOP/s)\n", timing.train_s,
                    n / timing.train_s, gflops);
        std::printf("median eval_s %.4f\n", timing.eval_s);
        if (flags.has("threads")) {
            std::printf("median training epoch (s) by threads and hidden neurons, 784-H-10:\n");
            std::printf("threads      H=30     H=100     H=300\n");
            for (int t = 1; t <= threads; ++t) {
                std::printf("%7d", t);
                for (int hidden : {30, 100, 300}) {
                    const Timing row = measure({784, hidden, 10}, epochs, mini_batch_size, seed, false, t,
                                               training_data, test_data, false);
                    std::printf("  %8.4f", row.train_s);
                }
                std::printf("\n");
            }
        }
        std::printf("bench sizes=%s load_s=%.2f train_s=%.4f eval_s=%.4f gflops=%.1f peak_rss_mb=%s trainer=%s threads=%d\n",
                    joined(sizes).c_str(), load.count(), timing.train_s, timing.eval_s, gflops, peak_rss_mb().c_str(),
                    literal ? "literal" : "engine", literal ? 1 : threads);
        return 0;
    });
}
