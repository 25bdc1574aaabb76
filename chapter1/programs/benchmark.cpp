// build/chapter1/benchmark: how fast the port trains and evaluates.
//
// Timings never decide a test; they are measured here and reported. For each
// of --epochs epochs it times one epoch of SGD (without test data) and one
// evaluation of the test set, then prints the median of each, so a slow
// outlier (another process on the machine) does not skew the figure.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "common/program.h"

namespace {

const char* const kUsage = R"(usage: benchmark [flags]

Times training and evaluation of the chapter's network and prints the median
seconds per epoch. For comparison, network.py needs 3.7 to 6.5 s per training
epoch of the default network on this project's 2-core test machines (this
port: about 0.8 s), measured with harness.py --time from the book's
reference folder.

  --sizes LIST          neurons per layer (default 784,30,10)
  --epochs N            epochs to time (default 5)
  --mini-batch-size N   (default 10)
  --seed S              (default 0)
  --data DIR            folder holding the MNIST IDX files (default: the project's data/)
  --help                this text
)";

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("benchmark", kUsage, argc, argv,
                       {"sizes", "epochs", "mini-batch-size", "seed", "data"}, {}, [](const Flags& flags) {
        const std::vector<int> sizes = mnist_sizes_from(flags);
        const int epochs = static_cast<int>(flags.get_int("epochs", 5, 1, 1000));
        const int mini_batch_size = static_cast<int>(flags.get_int("mini-batch-size", 10, 1, 50000));
        const std::uint32_t seed = seed_from(flags, 0);
        const std::string data_dir = flags.get_string("data", default_data_dir());
        require_mnist_files(data_dir);

        using clock = std::chrono::steady_clock;
        const auto load_start = clock::now();
        auto [training_data, validation_data, test_data] = load_data_wrapper(data_dir);
        const std::chrono::duration<double> load = clock::now() - load_start;

        PythonRandom random(seed);
        NumpyRandom np_random(seed);
        Network net(sizes, np_random);
        std::vector<double> train_s, eval_s;
        for (int j = 0; j < epochs; ++j) {
            std::ostringstream quiet;  // SGD's "Epoch j complete" line is not wanted here
            std::streambuf* saved = std::cout.rdbuf(quiet.rdbuf());
            const auto t0 = clock::now();
            net.SGD(training_data, 1, mini_batch_size, 3.0, random);
            const auto t1 = clock::now();
            std::cout.rdbuf(saved);
            const int correct = net.evaluate(test_data);
            const auto t2 = clock::now();
            train_s.push_back(std::chrono::duration<double>(t1 - t0).count());
            eval_s.push_back(std::chrono::duration<double>(t2 - t1).count());
            std::printf("epoch %d: train %.3f s, evaluate %.3f s, %d / %zu\n", j, train_s.back(),
                        eval_s.back(), correct, test_data.size());
        }
        const double train = median(train_s);
        std::printf("load_data_wrapper %.2f s\n", load.count());
        std::printf("median train_s_per_epoch %.3f (%.0f examples/s)\n", train,
                    static_cast<double>(training_data.size()) / train);
        std::printf("median eval_s %.3f\n", median(eval_s));
        return 0;
    });
}
