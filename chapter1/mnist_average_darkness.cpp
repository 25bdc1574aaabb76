// Port of mnist_average_darkness.py, in the Python's order (main is the
// program chapter1/programs/mnist_average_darkness_main.cpp).
#include "chapter1/mnist_average_darkness.h"

#include <cmath>
#include <stdexcept>
#include <string>

// mnist_average_darkness.py: avg_darknesses. The Python's two defaultdicts
// become arrays indexed by digit. Pixels are multiples of 1/256, so every sum
// here is exact in a double and the averages do not depend on the order.
std::array<double, 10> avg_darknesses(const MnistSet& training_data) {
    std::array<int, 10> digit_counts{};
    std::array<double, 10> darknesses{};
    for (std::size_t i = 0; i < training_data.images.size(); ++i) {
        const int digit = training_data.labels[i];
        digit_counts[digit] += 1;
        darknesses[digit] += sum(training_data.images[i]);
    }
    std::array<double, 10> avgs{};
    for (int digit = 0; digit < 10; ++digit) {
        if (digit_counts[digit] == 0)
            throw std::invalid_argument("avg_darknesses: no training image of digit " + std::to_string(digit));
        avgs[digit] = darknesses[digit] / digit_counts[digit];
    }
    return avgs;
}

namespace {

// min(distances, key=distances.get): the digit whose average is closest to
// `darkness`, keeping the first smallest distance, visiting digits 0 to 9.
int closest_digit(double darkness, const std::array<double, 10>& avgs) {
    int best = 0;
    for (int k = 1; k < 10; ++k)
        if (std::fabs(avgs[k] - darkness) < std::fabs(avgs[best] - darkness)) best = k;
    return best;
}

}  // namespace

// mnist_average_darkness.py: guess_digit. An Image's sum is the sum of its
// pixels k/256, exactly (common/files/image.h), so both forms agree.
int guess_digit(const Image& image, const std::array<double, 10>& avgs) {
    return closest_digit(sum(image), avgs);
}

int guess_digit(const Vector& image, const std::array<double, 10>& avgs) {
    return closest_digit(sum(image), avgs);
}
