// build/chapter1/hidden_units: what each hidden neuron looks for. Draws the
// 784 weights into each neuron of the first hidden layer as a 28 x 28 tile,
// the picture the chapter asks the reader to imagine when it wonders whether
// hidden neurons detect parts of digits (section "The architecture of neural
// networks" and "Toward deep learning").
#include <cstdio>
#include <string>

#include "chapter1/tools/network_file.h"
#include "chapter1/tools/pictures.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: hidden_units --load FILE --svg OUT.svg

Draws each first-layer hidden neuron of a network saved with
`network --save FILE` as a 28 x 28 tile of its incoming weights: red where a
pixel's ink excites the neuron, blue where it inhibits it, white for weights
near zero, on one colour scale for all tiles (shown below them), which ends
at the 99th percentile of the weights' sizes.

  --load FILE    the saved network (784 inputs and a hidden layer)
  --svg OUT.svg  the picture to write
  -h, --help     this text
)";

}  // namespace

int main(int argc, char** argv) {
    return run_program(
        "hidden_units", kUsage, argc, argv, {"load", "svg"}, {}, [](const Flags& flags) {
            if (!flags.has("load"))
                throw UsageError(
                    "--load FILE is required: a network saved with network --save FILE");
            if (!flags.has("svg"))
                throw UsageError("--svg OUT.svg is required: where to write the picture");
            require_writable(flags.get_string("svg", ""), "--svg", svg_marker(kHiddenUnitsPicture));
            const std::string file = flags.get_string("load", "");
            const Network net = load(file);
            double limit = 0;
            const Svg svg = hidden_units_svg(net, file, &limit);
            const std::string out = flags.get_string("svg", "");
            svg.save(out);
            std::printf("wrote %s: %zu tiles of 28 x 28 weights, colour scale -%.2f to %.2f\n",
                        out.c_str(), net.weights[0].rows(), limit, limit);
            return 0;
        });
}
