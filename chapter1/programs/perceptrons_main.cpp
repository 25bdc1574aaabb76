// build/chapter1/perceptrons: the perceptrons of section "Perceptrons".
// The cheese-festival decision under two thresholds (Eq. (1)), the NAND
// perceptron (Eq. (2)) and the one-bit adder built from NAND perceptrons.
#include <cstdio>

#include "chapter1/sections/perceptron.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: perceptrons [-h | --help]

Prints the truth tables of the perceptrons in the chapter's section
"Perceptrons": the cheese-festival decision (weights 6, 2, 2; thresholds 5
and 3), the NAND perceptron (weights -2, -2, bias 3), and the one-bit adder
built from NAND perceptrons. The adder's carry neuron receives the first
NAND's output twice, through two weights of -2; a last column shows that
one connection of weight -4 gives the same carry.
)";

void cheese_festival() {
    const std::vector<double> w = {6, 2, 2};  // weather matters most
    std::printf("Cheese festival, Eq. (1): weights 6 (weather), 2 (partner), 2 (transit)\n");
    std::printf("weather partner transit | go? threshold 5 | go? threshold 3\n");
    for (int weather = 0; weather <= 1; ++weather)
        for (int partner = 0; partner <= 1; ++partner)
            for (int transit = 0; transit <= 1; ++transit) {
                const std::vector<double> x = {double(weather), double(partner), double(transit)};
                std::printf("   %d       %d       %d    |        %d        |        %d\n", weather,
                            partner, transit, perceptron_with_threshold(w, x, 5),
                            perceptron_with_threshold(w, x, 3));
            }
}

void nand_perceptron() {
    std::printf("\nNAND perceptron, Eq. (2): weights -2, -2, bias 3\n");
    std::printf("x1 x2 | w.x + b | output\n");
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2)
            std::printf(" %d  %d |   %2d    |   %d\n", x1, x2, -2 * x1 - 2 * x2 + 3,
                        perceptron({-2, -2}, {double(x1), double(x2)}, 3));
}

void adder() {
    std::printf("\nOne-bit adder from NAND perceptrons (sum = x1 XOR x2, carry = x1 AND x2)\n");
    std::printf("x1 x2 | sum carry | carry with one -4 weight\n");
    for (int x1 = 0; x1 <= 1; ++x1)
        for (int x2 = 0; x2 <= 1; ++x2) {
            const AdderOutput two = nand_adder(x1, x2, Neuron::perceptron);
            const AdderOutput merged = nand_adder(x1, x2, Neuron::perceptron, 1.0, true);
            std::printf(" %d  %d |  %g    %g   |   %g\n", x1, x2, two.sum, two.carry, merged.carry);
        }
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("perceptrons", kUsage, argc, argv, {}, {}, [](const Flags&) {
        cheese_festival();
        nand_perceptron();
        adder();
        return 0;
    });
}
