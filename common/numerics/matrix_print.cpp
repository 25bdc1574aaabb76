// Printing a Matrix or Vector the way numpy prints an array, so that what
// the programs show can be compared with the book's Python line by line.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "common/numerics/matrix.h"

// ---- Printing ---------------------------------------------------------------

namespace {

constexpr std::size_t kSummaryThreshold = 1000;  // numpy's default `threshold`
constexpr std::size_t kEdgeItems = 3;            // numpy's default `edgeitems`
constexpr std::size_t kLineWidth = 75;           // numpy's default `linewidth`

// The indices numpy shows along an axis of length n: all of them, or the
// first and last three with a gap (marked by n) between them.
std::vector<std::size_t> shown(std::size_t n, bool summarise) {
    std::vector<std::size_t> idx;
    if (!summarise || n <= 2 * kEdgeItems) {
        for (std::size_t i = 0; i < n; ++i) idx.push_back(i);
    } else {
        for (std::size_t i = 0; i < kEdgeItems; ++i) idx.push_back(i);
        idx.push_back(n);  // the "..." marker
        for (std::size_t i = n - kEdgeItems; i < n; ++i) idx.push_back(i);
    }
    return idx;
}

// One number as numpy prints it at precision 8: trailing zeros dropped but
// the point kept ("1.", "0.5", "-0.33333333"), or in scientific notation
// ("1.5e-05") when the array calls for it.
std::string format_number(double x, bool scientific) {
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, scientific ? "%.8e" : "%.8f", x);
    std::string s = buf;
    std::size_t e = scientific ? s.find('e') : s.size();
    std::string mantissa = s.substr(0, e), exponent = s.substr(e);
    while (!mantissa.empty() && mantissa.back() == '0') mantissa.pop_back();
    return mantissa + exponent;
}

// numpy switches to scientific notation when the largest magnitude reaches
// 1e8, or the smallest non-zero one is below 1e-4, or they span over 1e3.
bool wants_scientific(const std::vector<double>& values) {
    double max_abs = 0.0, min_abs = 0.0;
    bool any = false;
    for (double x : values) {
        if (!std::isfinite(x) || x == 0.0) continue;
        double a = std::fabs(x);
        if (!any || a > max_abs) max_abs = a;
        if (!any || a < min_abs) min_abs = a;
        any = true;
    }
    return any && (max_abs >= 1e8 || min_abs < 1e-4 || max_abs / min_abs > 1e3);
}

void print_array(std::ostream& os, std::size_t rows, std::size_t cols, const double* data) {
    const bool summarise = rows * cols > kSummaryThreshold;
    const auto row_idx = shown(rows, summarise), col_idx = shown(cols, summarise);

    std::vector<double> values;
    for (std::size_t i : row_idx)
        for (std::size_t j : col_idx)
            if (i < rows && j < cols) values.push_back(data[i * cols + j]);
    const bool scientific = wants_scientific(values);

    // In scientific notation numpy gives every mantissa as many digits as the
    // longest needs ("1.5e-05", "1.0e+00"); otherwise it aligns on the
    // decimal point, padding the integer part on the left and the fraction on
    // the right with spaces.
    std::size_t digits = 0;
    if (scientific) {
        for (double x : values) {
            const std::string s = format_number(x, true);
            const std::size_t point = s.find('.'), e = s.find('e');
            if (point != std::string::npos && e != std::string::npos)
                digits = std::max(digits, e - point - 1);
        }
    }
    // Every exponent has as many digits as the widest one (at least two):
    // numpy prints 0 beside 1.4e-255 as "0.00000000e+000".
    auto mantissa_and_exponent = [&](double x) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", static_cast<int>(digits), x);
        std::string s = buf;
        return digits == 0 ? s.insert(s.find('e'), ".") : s;  // numpy keeps the point: "1.e+00"
    };
    std::size_t exponent_digits = 2;
    if (scientific)
        for (double x : values)
            if (std::isfinite(x)) {
                const std::string s = mantissa_and_exponent(x);
                exponent_digits = std::max(exponent_digits, s.size() - s.find('e') - 2);
            }
    auto text = [&](double x) {
        if (!scientific || !std::isfinite(x)) return format_number(x, scientific);
        std::string s = mantissa_and_exponent(x);
        const std::size_t first_digit = s.find('e') + 2;  // after "e+" or "e-"
        const std::size_t width = s.size() - first_digit;
        return s.insert(first_digit, std::string(exponent_digits - width, '0'));
    };
    auto split = [](const std::string& s) {
        std::size_t p = s.find('.');
        return p == std::string::npos ? s.size() : p;
    };
    std::size_t left = 0, right = 0;
    for (double x : values) {
        const std::string s = text(x);
        left = std::max(left, split(s));
        right = std::max(right, s.size() - split(s));
    }
    auto cell = [&](double x) {
        const std::string s = text(x);
        const std::size_t p = split(s);
        return std::string(left - p, ' ') + s + std::string(right - (s.size() - p), ' ');
    };

    // A row wraps as numpy wraps it: `line` is the row's current line as if
    // indented by two spaces (the width of "[[" or " ["); a cell that would
    // take it past the line width less two (room for the closing brackets)
    // starts a new line, indented by two spaces, unless the line holds no
    // cell yet.
    const std::size_t indent = 2, limit = kLineWidth - 2;
    os << '[';
    bool first_row = true;
    for (std::size_t i : row_idx) {
        if (!first_row) os << "\n ";
        first_row = false;
        if (i == rows) {
            os << "...";
            continue;
        }
        os << '[';
        std::string line(indent, ' ');
        bool line_empty = true;
        for (std::size_t k = 0; k < col_idx.size(); ++k) {
            const std::size_t j = col_idx[k];
            const std::string word = j == cols ? "..." : cell(data[i * cols + j]);
            if (!line_empty && line.size() + word.size() > limit) {
                line.erase(line.find_last_not_of(' ') + 1);  // numpy drops the trailing separator
                os << line.substr(indent) << '\n' << std::string(indent, ' ');
                line.assign(indent, ' ');
            }
            line += word;
            line_empty = false;
            if (k + 1 < col_idx.size()) line += ' ';
        }
        os << line.substr(indent) << ']';
    }
    os << ']';
}

}  // namespace

std::ostream& operator<<(std::ostream& os, const Matrix& m) {
    print_array(os, m.rows(), m.cols(), m.data());
    return os;
}

std::ostream& operator<<(std::ostream& os, const Vector& v) {
    print_array(os, v.size(), 1, v.data());
    return os;
}
