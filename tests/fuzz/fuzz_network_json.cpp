// Fuzz target for the network reader (chapter1/tools/network_file.cpp,
// network_from_json) and the JSON parser under it (common/files/json.cpp).
#include <cmath>
#include <stdexcept>
#include <string>

#include "chapter1/tools/network_file.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const Network net = network_from_json(text, "input.json");
        // A network it accepts has the shapes its sizes give, finite numbers only.
        FUZZ_REQUIRE(net.sizes.size() >= 2);
        FUZZ_REQUIRE(net.weights.size() == net.sizes.size() - 1);
        FUZZ_REQUIRE(net.biases.size() == net.sizes.size() - 1);
        for (std::size_t l = 0; l + 1 < net.sizes.size(); ++l) {
            const auto rows = static_cast<std::size_t>(net.sizes[l + 1]);
            const auto cols = static_cast<std::size_t>(net.sizes[l]);
            FUZZ_REQUIRE(net.weights[l].rows() == rows && net.weights[l].cols() == cols);
            FUZZ_REQUIRE(net.biases[l].size() == rows);
            for (std::size_t k = 0; k < rows * cols; ++k)
                FUZZ_REQUIRE(std::isfinite(net.weights[l].data()[k]));
            for (std::size_t k = 0; k < rows; ++k)
                FUZZ_REQUIRE(std::isfinite(net.biases[l].data()[k]));
        }
    } catch (const std::runtime_error& e) {
        FUZZ_REQUIRE(std::string(e.what()).rfind("input.json: ", 0) == 0);  // names the file
    }
    return 0;
}
