// build/chapter1/bitwise_output: the exercise of section "A simple network to
// classify handwritten digits" that adds a layer turning the ten outputs into
// the digit's four bits. Prints the layer, checks every digit under the
// exercise's worst case, then applies it to a trained network's outputs.
#include <cstdio>
#include <iostream>

#include "chapter1/sections/bitwise_layer.h"
#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: bitwise_output [flags]

Builds the extra output layer of the chapter's exercise (four sigmoid neurons
giving the digit in binary), prints its weights and biases, and checks all ten
digits when the correct old output is only >= 0.99 and every other up to 0.01.
Then trains a 784-30-10 network and decodes its test outputs through the layer.

  --epochs N    epochs to train the network first (default 1; 0 skips this part)
  --seed S      seed, as for build/chapter1/network (default 0)
  --data DIR    folder holding the MNIST IDX files (default: the project's data/)
  -h, --help    this text
)";

}  // namespace

int main(int argc, char** argv) {
    return run_program("bitwise_output", kUsage, argc, argv, {"epochs", "seed", "data"}, {},
                       [](const Flags& flags) {
        const int epochs = static_cast<int>(flags.get_int("epochs", 1, 0, 1000));
        const std::uint32_t seed = seed_from(flags, 0);
        const std::string data_dir = flags.get_string("data", default_data_dir());
        if (epochs > 0) require_mnist_files(data_dir);

        const BitwiseLayer layer = make_bitwise_layer();
        std::cout << "weights (4, 10): row k is bit k (1, 2, 4, 8); +10 where digit j has bit k\n"
                  << layer.weights << "\nbiases (4, 1):\n" << layer.biases << "\n\n";
        std::printf("worst case: correct old output 0.99, others 0 or 0.01, whichever hurts\n");
        std::printf("digit | bit 8    bit 4    bit 2    bit 1    | decoded\n");
        bool all_good = true;
        for (int digit = 0; digit <= 9; ++digit) {
            const Vector bits = worst_case_bits(layer, digit);
            std::printf("  %d   | %.5f  %.5f  %.5f  %.5f  |   %d\n", digit, bits[3], bits[2], bits[1],
                        bits[0], decode_bits(bits));
            for (std::size_t k = 0; k < 4; ++k) {
                const bool bit = (digit >> k) & 1;
                all_good = all_good && (bit ? bits[k] >= 0.99 : bits[k] < 0.01);
            }
        }
        std::printf("every bit right with margin (1 bits >= 0.99, 0 bits < 0.01): %s\n",
                    all_good ? "yes" : "NO");
        if (epochs == 0) return 0;

        auto [training_data, validation_data, test_data] = load_data_wrapper(data_dir);
        PythonRandom random(seed);
        NumpyRandom np_random(seed);
        Network net({784, 30, 10}, np_random);
        std::printf("\ntraining 784-30-10 for %d epoch(s), seed %u:\n", epochs, seed);
        net.SGD(training_data, epochs, 10, 3.0, random, &test_data);
        int by_argmax = 0, by_bits = 0;
        for (const auto& [x, digit] : test_data) {
            const Vector a = net.feedforward(to_vector(x));
            by_argmax += static_cast<int>(argmax(a)) == digit;
            by_bits += decode_bits(bitwise_outputs(layer, a)) == digit;
        }
        std::printf("test images right by the most active output: %d / %zu\n", by_argmax, test_data.size());
        std::printf("test images right by the four bits:          %d / %zu\n", by_bits, test_data.size());
        return 0;
    });
}
