// build/chapter1/misclassified: where the network fails. Draws the test
// images a saved network classifies wrongly, each with its label and the
// network's answer, the most confident mistakes first.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "chapter1/mnist_loader.h"
#include "chapter1/tools/network_file.h"
#include "chapter1/tools/pictures.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: misclassified --load FILE --svg OUT.svg [flags]

Runs a network saved with `network --save FILE` over the 10,000 test images
and draws the ones it gets wrong as a grid, most confident mistakes first
(ranked by the output of the neuron it answered with). Under each image:
its label, an arrow, the network's answer and that output.

  --load FILE    the saved network (784 inputs, 10 outputs)
  --svg OUT.svg  the picture to write
  --count N      how many mistakes to draw (default 100)
  --data DIR     folder holding the MNIST IDX files (default: the project's data/)
  -h, --help     this text
)";

}  // namespace

int main(int argc, char** argv) {
    return run_program(
        "misclassified", kUsage, argc, argv, {"load", "svg", "count", "data"}, {},
        [](const Flags& flags) {
            if (!flags.has("load"))
                throw UsageError(
                    "--load FILE is required: a network saved with network --save FILE");
            if (!flags.has("svg"))
                throw UsageError("--svg OUT.svg is required: where to write the picture");
            require_writable(flags.get_string("svg", ""), "--svg", svg_marker(kMisclassifiedPicture));
            const auto count = static_cast<std::size_t>(flags.get_int("count", 100, 1, 10000));
            const std::string data_dir = flags.get_string("data", default_data_dir());
            require_mnist_files(data_dir);
            const std::string file = flags.get_string("load", "");
            const Network net = load_for_mnist(file);
            const auto [training_data, validation_data, test_data] = load_data(data_dir);

            const std::vector<Mistake> mistakes =
                mistakes_of(net, test_data.images, test_data.labels);
            const std::size_t shown = std::min(count, mistakes.size());
            const Svg svg =
                mistakes_svg(mistakes, count, test_data.images, test_data.images.size(), file);
            const std::string out = flags.get_string("svg", "");
            svg.save(out);
            std::printf("wrote %s: %zu of %zu mistakes, most confident first\n", out.c_str(), shown,
                        mistakes.size());
            return 0;
        });
}
