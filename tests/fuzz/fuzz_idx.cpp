// Fuzz target for the IDX reader (common/files/idx.cpp, parse_idx).
#include <stdexcept>
#include <string>

#include "common/files/idx.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const IdxArray array = parse_idx(bytes, "input.idx");
        // What it accepted is what its header said, and all of the bytes.
        FUZZ_REQUIRE(!array.dims.empty() && array.dims.size() <= 4);
        std::size_t count = 1;
        for (std::uint32_t d : array.dims) count *= d;
        FUZZ_REQUIRE(array.data.size() == count);
        FUZZ_REQUIRE(size == 4 + 4 * array.dims.size() + count);
    } catch (const std::runtime_error& e) {
        FUZZ_REQUIRE(std::string(e.what()).rfind("input.idx: ", 0) == 0);  // names the file
    }
    return 0;
}
