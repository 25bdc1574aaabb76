// build/chapter1/sigmoid_neurons: the two exercises "Sigmoid neurons
// simulating perceptrons" of section "Sigmoid neurons", made visible on the
// chapter's NAND adder.
#include <cstdio>
#include <string>

#include "chapter1/sections/perceptron.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: sigmoid_neurons [-h | --help]

Part I: multiplying every weight and bias of a perceptron network by c > 0
changes nothing (the adder's truth table for several c).
Part II: with sigmoid neurons in place of the perceptrons, the outputs
approach the perceptrons' as c grows (the adder for c = 1, 10, 100, 1000),
except where w.x + b = 0, where a sigmoid neuron stays at 0.5 for every c.
)";

const double kScales[] = {0.5, 1, 10, 100, 1000};

// c as "%g" in a column `width` wide: the padding is added here because
// MinGW-w64's printf ignores the width of "%-5g" for whole numbers.
std::string column(double c, std::size_t width) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", c);
    std::string s = text;
    if (s.size() < width) s += std::string(width - s.size(), ' ');
    return s;
}

void part_one() {
    std::printf("Part I: perceptron adder with every weight and bias times c\n");
    std::printf("x1 x2 |");
    for (double c : kScales) std::printf(" c = %s|", column(c, 5).c_str());
    std::printf("  (each: sum carry)\n");
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2) {
            std::printf(" %d  %d |", x1, x2);
            for (double c : kScales) {
                const AdderOutput out = nand_adder(x1, x2, Neuron::perceptron, c);
                std::printf("   %g %g    |", out.sum, out.carry);
            }
            std::printf("\n");
        }
}

void part_two() {
    std::printf("\nPart II: the same adder of sigmoid neurons, weights and biases times c\n");
    std::printf("x1 x2 | perceptron |");
    for (double c : {1.0, 10.0, 100.0, 1000.0}) std::printf(" sigmoid, c = %s|", column(c, 4).c_str());
    std::printf("\n");
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2) {
            const AdderOutput p = nand_adder(x1, x2, Neuron::perceptron);
            std::printf(" %d  %d |    %g %g     |", x1, x2, p.sum, p.carry);
            for (double c : {1.0, 10.0, 100.0, 1000.0}) {
                const AdderOutput s = nand_adder(x1, x2, Neuron::sigmoid, c);
                std::printf(" %.5f %.5f  |", s.sum, s.carry);
            }
            std::printf("\n");
        }
    std::printf("\nWhere w.x + b = 0 (weights 1, -1, bias 0, input 1, 1): the perceptron says %d;\n",
                perceptron({1, -1}, {1, 1}, 0));
    std::printf("the sigmoid neuron with everything times c says");
    for (double c : {1.0, 10.0, 100.0, 1000.0})
        std::printf(" %g (c = %g)%s", sigmoid_neuron({c, -c}, {1, 1}, 0), c, c < 1000 ? "," : "\n");
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("sigmoid_neurons", kUsage, argc, argv, {}, {}, [](const Flags&) {
        part_one();
        part_two();
        return 0;
    });
}
