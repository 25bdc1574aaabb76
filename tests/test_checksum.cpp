// The --checksum line (common/files/checksum.h): the same text on every platform.
#include <cstdint>
#include <string>

#include "common/files/checksum.h"
#include "tests/check.h"

TEST_CASE(checksum, line_format, "") {
    // The sum in its shortest round-trip form (0.1 + 0.2 is not 0.3), the
    // hash as 16 hex digits, leading zeros kept: some sum of n copies of
    // 0.5 has a hash below 2^60, whose first digit is 0.
    Checksum sum;
    const double values[] = {0.1, 0.2};
    sum.add(values, 2);
    const std::string line = sum.line();
    const std::string start = "checksum: sum 0.30000000000000004, fnv1a ";
    CHECK_EQ(line.substr(0, start.size()), start);
    CHECK_EQ(line.size(), start.size() + 16);
    bool leading_zero = false;
    Checksum halves;
    for (int n = 1; n <= 200 && !leading_zero; ++n) {
        const double half = 0.5;
        halves.add(&half, 1);
        const std::string text = halves.line();
        const std::string hash = text.substr(text.find("fnv1a ") + 6);
        CHECK_EQ(hash.size(), 16u);
        leading_zero = hash[0] == '0';
    }
    CHECK(leading_zero);  // 200 hashes: a first digit 0 is all but certain (1 - (15/16)^200)
}
