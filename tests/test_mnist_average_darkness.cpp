// The average-darkness baseline on MNIST: the book's 2,225 of 10,000.
#include "chapter1/mnist_average_darkness.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

TEST_CASE(mnist_average_darkness, book_figure, "mnist") {
    const auto [training_data, validation_data, test_data] = load_data(mnist_dir_or_skip());
    const auto avgs = avg_darknesses(training_data);
    int num_correct = 0;
    for (std::size_t i = 0; i < test_data.images.size(); ++i)
        num_correct += guess_digit(test_data.images[i], avgs) == test_data.labels[i];
    CHECK_EQ(num_correct, 2225);  // exact: the book's figure, and all sums here are exact
    // A 1 is the lightest digit on average, a 0 among the darkest.
    CHECK(avgs[1] < avgs[0]);
}

TEST_CASE(mnist_average_darkness, guess_closest, "") {
    std::array<double, 10> avgs{};
    for (int d = 0; d < 10; ++d) avgs[d] = 10.0 * d;
    CHECK_EQ(guess_digit(Vector{10, 20}, avgs), 3);  // darkness 30
    CHECK_EQ(guess_digit(Vector{14}, avgs), 1);      // closer to 10 than 20
    CHECK_EQ(guess_digit(Vector{15}, avgs), 1);      // a tie goes to the lower digit, as in Python's min
}
