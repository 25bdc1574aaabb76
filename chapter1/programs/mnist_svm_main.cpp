// build/chapter1/mnist_svm: mnist_svm.py's svm_baseline. The book reports
// 9,435 of the 10,000 test images right with scikit-learn's SVC on the
// 50,000 training images.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "chapter1/mnist_loader.h"
#include "chapter1/svm/svc.h"
#include "common/files/checksum.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: mnist_svm [flags]

The chapter's SVM baseline: one soft-margin SVM with the RBF kernel
K(x, z) = exp(-gamma |x - z|^2) for each of the 45 pairs of digits, trained
by SMO on the training images, then a vote among the 45 for each test image.
Prints how many of the 10,000 test images it classifies correctly (the book:
9435), and on stderr a line per pair as training goes (pair, examples, SMO
steps, kernel rows computed, support vectors, seconds) and a summary.

  --training-size N   train on the first N of the 50,000 training images
                      (default 50000; 2000 takes seconds and scores about 8800)
  --C C               the cost of a margin violation (default 1, the book's)
  --gamma G           the kernel's width (default 1/784 = 0.0012755..., the book's)
  --tol T             SMO's stopping tolerance (default 0.001, the book's;
                      at least 1e-06)
  --cache-mb MB       memory for kernel rows, all threads together (default 1024)
  --threads N         threads (default: the machine's cores); the answer is the
                      same for any number
  --checksum          also print a checksum of the 45 decision values of every
                      test image (builds that compute the same bits print the
                      same line)
  --data DIR          folder holding the MNIST IDX files (default: the project's data/)
  -h, --help          this text
)";

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// An SVM needs two labels to separate; with fewer than ten digits among the
// training images, the missing ones can never be predicted: say so.
void check_digits(const std::vector<int>& labels) {
    std::string present, missing;
    int count = 0;
    for (int digit = 0; digit < 10; ++digit) {
        const bool found = std::find(labels.begin(), labels.end(), digit) != labels.end();
        (found ? present : missing) += " " + std::to_string(digit);
        count += found;
    }
    const std::string images = labels.size() == 1 ? "the first training image shows"
                                                  : "the first " + std::to_string(labels.size()) +
                                                        " training images show";
    if (count < 2)
        throw UsageError("--training-size " + std::to_string(labels.size()) + ": " + images +
                         " only the digit" + present + "; an SVM needs at least two digits");
    if (count < 10)
        std::fprintf(stderr, "mnist_svm: warning: %s only the digits%s; the digits%s can never be predicted\n",
                     images.c_str(), present.c_str(), missing.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("mnist_svm", kUsage, argc, argv,
                       {"training-size", "C", "gamma", "tol", "cache-mb", "threads", "data"}, {"checksum"},
                       [](const Flags& flags) {
        const long long training_size = flags.get_int("training-size", 50000, 1, 50000);
        SvcSettings settings;
        settings.C = flags.get_double("C", settings.C);
        settings.gamma = flags.get_double("gamma", settings.gamma);
        settings.tol = flags.get_double("tol", settings.tol);
        if (settings.C <= 0) throw UsageError("--C: expected a positive number");
        if (settings.gamma <= 0) throw UsageError("--gamma: expected a positive number");
        // Below about 1e-6 the tolerance nears the rounding error that thousands
        // of gradient updates accumulate, and may never be met: the run would
        // go on to SMO's step limit, for hours.
        if (!(settings.tol >= 1e-6)) throw UsageError("--tol: expected a number from 1e-06 up");
        settings.cache_bytes = static_cast<std::size_t>(flags.get_int("cache-mb", 1024, 1, 1 << 20)) << 20;
        const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
        settings.threads = static_cast<int>(flags.get_int("threads", cores, 1, 256));
        const std::string data_dir = flags.get_string("data", default_data_dir());
        require_mnist_files(data_dir);

        auto [training_data, validation_data, test_data] = load_data(data_dir);
        training_data.images.resize(static_cast<std::size_t>(training_size));
        training_data.labels.resize(static_cast<std::size_t>(training_size));
        check_digits(training_data.labels);
        // train
        const auto start = std::chrono::steady_clock::now();
        SVC clf(settings);
        clf.fit(training_data.images, training_data.labels, [&](const PairReport& r) {
            std::fprintf(stderr,
                         "pair %d-%d: %zu images, %lld steps, %lld kernel rows, %zu support vectors, %.1f s%s"
                         "  [%zu/%zu pairs, %.0f s]\n",
                         r.first, r.second, r.examples, r.iterations, r.kernel_rows, r.support_vectors,
                         r.seconds, r.converged ? "" : " (stopped before the tolerance was met)", r.pairs_done,
                         r.pairs_total, seconds_since(start));
        });
        const double fit_seconds = seconds_since(start);
        std::fprintf(stderr, "fit: %zu support vectors, %.1f s; classifying %zu test images...\n",
                     clf.support_vector_count(), fit_seconds, test_data.images.size());
        // test
        const auto predict_start = std::chrono::steady_clock::now();
        const std::vector<int> predictions = clf.predict(test_data.images);
        int num_correct = 0;
        for (std::size_t i = 0; i < predictions.size(); ++i)
            num_correct += static_cast<int>(predictions[i] == test_data.labels[i]);
        std::fprintf(stderr, "predict: %.1f s; fit and predict %.1f s with %d thread%s; peak memory %s MB\n",
                     seconds_since(predict_start), seconds_since(start), settings.threads,
                     settings.threads == 1 ? "" : "s", peak_rss_mb().c_str());
        std::printf("Baseline classifier using an SVM.\n");
        std::printf("%d of %zu values correct.\n", num_correct, test_data.labels.size());
        if (flags.has("checksum")) {
            const std::vector<double> values = clf.decision_function(test_data.images);
            Checksum sum;
            sum.add(values.data(), values.size());
            std::printf("%s\n", sum.line().c_str());
        }
        return 0;
    });
}
