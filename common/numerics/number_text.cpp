#include "common/numerics/number_text.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <system_error>

// NNDL_HAVE_DOUBLE_TO_CHARS and NNDL_HAVE_DOUBLE_FROM_CHARS are set by
// common/CMakeLists.txt after trying to compile each: libstdc++ and MSVC have
// both, libc++ 14 only to_chars, Apple's libc++ neither before macOS 13.3.

namespace {

bool all_digits(const std::string& s, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

// Reads a number already checked against the grammar. strtod, where it is
// used, reads '.' as the decimal point: no program of this project ever
// calls setlocale, so the C library stays in the "C" locale.
double to_double(const std::string& text) {
#ifdef NNDL_HAVE_DOUBLE_FROM_CHARS
    double x = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    if (ec == std::errc() && end == text.data() + text.size()) return x;
#endif
    // Out of range (from_chars then leaves x alone): strtod rounds an
    // underflow to 0 or a subnormal and an overflow to infinity.
    return std::strtod(text.c_str(), nullptr);
}

}  // namespace

std::optional<double> parse_decimal(const std::string& text) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    if (i < n && text[i] == '-') ++i;
    std::size_t start = i;
    while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
    if (!all_digits(text, start, i)) return std::nullopt;
    if (i < n && text[i] == '.') {
        start = ++i;
        while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
        if (!all_digits(text, start, i)) return std::nullopt;
    }
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
        start = i;
        while (i < n && text[i] >= '0' && text[i] <= '9') ++i;
        if (!all_digits(text, start, i)) return std::nullopt;
    }
    if (i != n) return std::nullopt;
    const double x = to_double(text);
    if (!std::isfinite(x)) return std::nullopt;
    return x;
}

std::string shortest_double_portable(double x) {
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
    // The fewest significant digits that read back as x (17 always do).
    char buffer[64];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buffer, sizeof buffer, "%.*e", digits - 1, x);
        if (std::strtod(buffer, nullptr) == x) break;
    }
    // buffer: [-]d[.ddd]e(+|-)XX. Split it into sign, digits and exponent.
    const std::string e_form = buffer;
    const std::size_t e_at = e_form.find('e');
    std::string sign, digits;
    for (std::size_t i = 0; i < e_at; ++i) {
        if (e_form[i] == '-') sign = "-";
        else if (e_form[i] != '.') digits += e_form[i];
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    const int exponent = std::atoi(e_form.c_str() + e_at + 1);  // x = d.ddd * 10^exponent
    if (digits == "0") return sign + "0";
    // Scientific: d[.ddd]e(+|-)XX, at least two exponent digits, as printf.
    std::string scientific = sign + digits.substr(0, 1);
    if (digits.size() > 1) scientific += "." + digits.substr(1);
    char exp_text[16];
    std::snprintf(exp_text, sizeof exp_text, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    scientific += exp_text;
    // Fixed: the same digits with the point moved, zeros added as needed.
    const int n = static_cast<int>(digits.size());
    std::string fixed;
    if (exponent < 0) {
        fixed = "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    } else if (exponent + 1 >= n) {
        // A whole number: to_chars writes its exact value (2^60 as
        // 1152921504606846976, not 1152921504606847000), as "%.0f" does.
        char whole[400];
        std::snprintf(whole, sizeof whole, "%.0f", std::fabs(x));
        fixed = whole;
    } else {
        fixed = digits.substr(0, static_cast<std::size_t>(exponent + 1)) + "." +
                digits.substr(static_cast<std::size_t>(exponent + 1));
    }
    fixed = sign + fixed;
    // std::to_chars's rule: the shorter of the two, fixed on a tie.
    return fixed.size() <= scientific.size() ? fixed : scientific;
}

bool uses_standard_to_chars() {
#ifdef NNDL_HAVE_DOUBLE_TO_CHARS
    return true;
#else
    return false;
#endif
}

bool uses_standard_from_chars() {
#ifdef NNDL_HAVE_DOUBLE_FROM_CHARS
    return true;
#else
    return false;
#endif
}

std::string shortest_double(double x) {
#ifdef NNDL_HAVE_DOUBLE_TO_CHARS
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
    if (ec == std::errc()) return std::string(buffer, end);
#endif
    return shortest_double_portable(x);
}
