// Port of mnist_average_darkness.py: the chapter's naive baseline, which
// guesses the digit whose training images are, on average, closest in total
// darkness to the image at hand (section "Implementing our network to
// classify digits").
#pragma once

#include <array>

#include "chapter1/mnist_loader.h"

// mnist_average_darkness.py: avg_darknesses. For each digit 0-9, the mean over
// its training images of the image's darkness (the sum of its pixels).
std::array<double, 10> avg_darknesses(const MnistSet& training_data);

// mnist_average_darkness.py: guess_digit. The digit whose average darkness is
// closest to this image's (the lowest such digit on a tie).
int guess_digit(const Image& image, const std::array<double, 10>& avgs);
int guess_digit(const Vector& image, const std::array<double, 10>& avgs);
