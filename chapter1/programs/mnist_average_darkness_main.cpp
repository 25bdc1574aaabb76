// build/chapter1/mnist_average_darkness: mnist_average_darkness.py's main.
// The book reports 2,225 of the 10,000 test images right (22.25%).
#include <cstdio>

#include "chapter1/mnist_average_darkness.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: mnist_average_darkness [flags]

The chapter's naive baseline: learns each digit's average darkness (sum of
pixels) from the 50,000 training images, then classifies each test image as
the digit with the closest average.

  --data DIR    folder holding the MNIST IDX files (default: the project's data/)
  -h, --help    this text
)";

}  // namespace

int main(int argc, char** argv) {
    return run_program("mnist_average_darkness", kUsage, argc, argv, {"data"}, {},
                       [](const Flags& flags) {
        const std::string data_dir = flags.get_string("data", default_data_dir());
        require_mnist_files(data_dir);
        const auto [training_data, validation_data, test_data] = load_data(data_dir);
        // training phase: the average darkness of each digit
        const std::array<double, 10> avgs = avg_darknesses(training_data);
        // testing phase: how many test images the closest average gets right
        int num_correct = 0;
        for (std::size_t i = 0; i < test_data.images.size(); ++i)
            num_correct += static_cast<int>(guess_digit(test_data.images[i], avgs) == test_data.labels[i]);
        std::printf("Baseline classifier using average darkness of image.\n");
        std::printf("%d of %zu values correct.\n", num_correct, test_data.labels.size());
        return 0;
    });
}
