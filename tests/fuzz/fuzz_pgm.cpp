// Fuzz target for the PGM reader (common/files/pgm.cpp, parse_pgm) and the
// preparation that follows it in classify (chapter1/tools/mnist_style.cpp).
#include <stdexcept>
#include <string>

#include "chapter1/tools/mnist_style.h"
#include "common/files/pgm.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    GrayImage image;
    try {
        image = parse_pgm(bytes, "input.pgm");
    } catch (const std::runtime_error& e) {
        FUZZ_REQUIRE(std::string(e.what()).rfind("input.pgm: ", 0) == 0);  // names the file
        return 0;
    }
    FUZZ_REQUIRE(image.width > 0 && image.height > 0);
    FUZZ_REQUIRE(image.values.size() == image.width * image.height);
    for (double v : image.values) FUZZ_REQUIRE(v >= 0.0 && v <= 1.0);
    // Whatever the picture, preparing it gives a 28 x 28 image or says that
    // nothing stands out from the background.
    try {
        const PreparedDigit prepared = prepare_like_mnist(image);
        FUZZ_REQUIRE(prepared.image.size() == 784);
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
