// build/chapter1/classify: look at what a trained network answers. Shows a
// test image in the terminal, its label, the network's output vector as a
// bar chart, and its prediction (the index of the largest output, as
// network.py's evaluate takes it).
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <random>
#include <stdexcept>
#include <string>

#include "chapter1/mnist_loader.h"
#include "chapter1/network.h"
#include "chapter1/tools/network_file.h"
#include "chapter1/tools/pictures.h"
#include "chapter1/tools/mnist_style.h"
#include "common/files/pgm.h"
#include "common/cli/program.h"
#include "chapter1/tools/terminal_view.h"

namespace {

const char* const kUsage = R"(usage: classify --load FILE (--test N | --random | --image FILE.pgm) [flags]

Shows one MNIST test image (or your own digit) as a picture in the terminal,
its label, the output of a network saved with `network --save FILE` (one bar
per digit) and the network's answer: the digit whose output neuron is most
active.

  --load FILE     the saved network (required)
  --test N        test image N, 0 <= N < 10000
  --random        a test image chosen at random; the seed is printed, and
                  --seed S repeats the choice
  --seed S        0 <= S < 2^32, with --random
  --image FILE    your own digit, a PGM image (P2 or P5, any size, any
                  maxval), dark ink on light paper or light on dark. It is
                  prepared as MNIST's digits were: background taken off, the
                  digit scaled into a 20 x 20 box keeping its aspect ratio,
                  and centred in 28 x 28 by its centre of mass. To make one
                  from a photo or drawing: ImageMagick's
                  `convert photo.jpg -colorspace Gray digit.pgm`, Netpbm's
                  `pngtopnm drawing.png | ppmtopgm > digit.pgm`, or GIMP's
                  File > Export As... digit.pgm. Crop to the digit first.
  --svg OUT.svg   also write the same view as an SVG picture: the digit as
                  grey squares, the outputs as bars
  --ascii         plain ASCII shades instead of Unicode blocks (the default
                  when the locale does not name UTF-8)
  --data DIR      folder holding the MNIST IDX files (default: the project's data/)
  -h, --help      this text

Example: build/chapter1/network --seed 0 --save net.json
         build/chapter1/classify --load net.json --random
)";

// Draws the image and the network's output for it (and the SVG if asked);
// returns the prediction. The prediction line is printed by the caller,
// unless there is no label.
int show(const Network& net, const Image& image, bool unicode, const Flags& flags, const std::string& what,
         bool labelled = true) {
    std::cout << render_image(image, unicode);
    const Vector output = net.feedforward(to_vector(image));
    std::printf("output of the network (one neuron per digit):\n");
    std::cout << render_bars(output, unicode);
    const int prediction = static_cast<int>(argmax(output));
    if (!labelled) std::printf("prediction: %d\n", prediction);
    if (flags.has("svg")) digit_and_output_svg(what, image, output, prediction).save(flags.get_string("svg", ""));
    return prediction;
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("classify", kUsage, argc, argv, {"load", "test", "seed", "image", "svg", "data"}, {"random", "ascii"},
                       [](const Flags& flags) {
        if (!flags.has("load")) throw UsageError("--load FILE is required: a network saved with network --save FILE");
        const int chosen = int{flags.has("test")} + int{flags.has("random")} + int{flags.has("image")};
        if (chosen != 1)
            throw UsageError(std::string(chosen == 0 ? "give" : "give only") + " one of --test N, --random or --image FILE.pgm");
        if (flags.has("seed") && !flags.has("random")) throw UsageError("--seed goes with --random");
        if (flags.has("svg")) require_writable(flags.get_string("svg", ""), "--svg", svg_marker(kClassifyPicture));
        long long n = flags.has("test") ? flags.get_int("test", 0, 0, 9999) : 0;
        const std::string data_dir = flags.get_string("data", default_data_dir());
        if (!flags.has("image")) require_mnist_files(data_dir);
        const Network net = load_for_mnist(flags.get_string("load", ""));
        const bool unicode = !flags.has("ascii") && terminal_takes_unicode();

        if (flags.has("image")) {
            const std::string file = flags.get_string("image", "");
            const GrayImage picture = read_pgm(file);
            PreparedDigit digit;
            try {
                digit = prepare_like_mnist(picture);
            } catch (const std::invalid_argument& e) {
                throw std::runtime_error(file + ": " + e.what());
            }
            std::printf("%s: %zu x %zu pixels%s; prepared as MNIST's digits were:\n", file.c_str(), picture.width,
                        picture.height, digit.inverted ? ", dark ink on a light background (inverted)" : "");
            show(net, digit.image, unicode, flags, file + ", prepared", false);
            return 0;
        }

        const auto [training_data, validation_data, test_data] = load_data(data_dir);
        if (flags.has("random")) {
            const std::uint32_t seed = seed_from(flags);
            std::mt19937 gen(seed);
            n = static_cast<long long>(gen() % test_data.images.size());
            std::printf("random test image (seed %u): %lld\n", static_cast<unsigned>(seed), n);
        }
        const Image& image = test_data.images[static_cast<std::size_t>(n)];
        const int label = test_data.labels[static_cast<std::size_t>(n)];
        std::printf("test image %lld, label %d:\n", n, label);
        const int prediction =
            show(net, image, unicode, flags, "test image " + std::to_string(n) + ", label " + std::to_string(label));
        std::printf("prediction: %d (%s)\n", prediction, prediction == label ? "right" : "wrong");
        return 0;
    });
}
