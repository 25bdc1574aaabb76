// Doubles to text and back (common/numerics/number_text.h): the same text everywhere.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "common/numerics/number_text.h"
#include "tests/check.h"

namespace {

double from_bits(std::uint64_t bits) {
    double x;
    std::memcpy(&x, &bits, sizeof x);
    return x;
}

}  // namespace

TEST_CASE(number_text, shortest, "") {
    // What std::to_chars and Python's repr write (Python writes 1e+22 as 1e+22
    // and 1.5e-07 as 1.5e-07 too).
    CHECK_EQ(shortest_double(0.1), std::string("0.1"));
    CHECK_EQ(shortest_double(-38.73995020075315), std::string("-38.73995020075315"));
    CHECK_EQ(shortest_double(-60324.23003127997), std::string("-60324.23003127997"));
    CHECK_EQ(shortest_double(1e22), std::string("1e+22"));
    CHECK_EQ(shortest_double(1.5e-7), std::string("1.5e-07"));
    CHECK_EQ(shortest_double(123456.0), std::string("123456"));
    CHECK_EQ(shortest_double(0.0), std::string("0"));
    CHECK_EQ(shortest_double(-0.0), std::string("-0"));
    CHECK_EQ(shortest_double(5e-324), std::string("5e-324"));
    CHECK_EQ(shortest_double(1.7976931348623157e308), std::string("1.7976931348623157e+308"));
}

TEST_CASE(number_text, portable_matches_to_chars, "") {
    // The fallback for libraries without std::to_chars writes the same text:
    // checked on the examples above, on round numbers of every size and on
    // 200,000 doubles drawn from all bit patterns, each read back exactly.
    std::mt19937_64 bits(20261201);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int checked = 0;
    auto same = [&](double x) {
        if (!std::isfinite(x)) return;
        const std::string text = shortest_double(x);
        CHECK_EQ(shortest_double_portable(x), text);
        CHECK_EQ(std::strtod(text.c_str(), nullptr), x);
        ++checked;
    };
    for (int e = -320; e <= 308; ++e) {
        same(std::pow(10.0, e));
        same(3 * std::pow(10.0, e));
    }
    for (int i = 0; i < 100000; ++i) same(from_bits(bits()));
    for (int i = 0; i < 100000; ++i) same(unit(bits) * 100);  // weights, sums, accuracies
    CHECK(checked > 190000);
}

TEST_CASE(number_text, parse_decimal, "") {
    CHECK_EQ(parse_decimal("90.25").value_or(-1), 90.25);
    CHECK_EQ(parse_decimal("-1e3").value_or(-1), -1000.0);
    CHECK_EQ(parse_decimal("0.1").value_or(-1), 0.1);
    CHECK_EQ(parse_decimal("1E+2").value_or(-1), 100.0);
    CHECK_EQ(parse_decimal("1e-400").value_or(-1), 0.0);  // as Python reads it
    CHECK(!parse_decimal("1e400"));           // beyond a double
    for (const char* bad : {"", "-", "abc", "90 abc", "90abc", " 90", "1.", ".5", "1e", "1e+",
                            "nan", "inf", "0x10", "+1", "--1", "1.2.3"})
        CHECK(!parse_decimal(bad));
}

TEST_CASE(number_text, standard_where_present, "") {
    // CMake's checks found the standard functions where the library has
    // them: libstdc++ 11 and later has both, libc++ 14 to_chars (on Linux;
    // Apple's depends on the SDK).
#if defined(_GLIBCXX_RELEASE) && _GLIBCXX_RELEASE >= 11
    CHECK(uses_standard_to_chars());
    CHECK(uses_standard_from_chars());
#elif defined(_LIBCPP_VERSION) && _LIBCPP_VERSION >= 14000 && !defined(__APPLE__)
    CHECK(uses_standard_to_chars());
#else
    check::skip("no known answer for this standard library");
#endif
}
