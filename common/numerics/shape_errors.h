// The shape checks every Matrix and Vector operation makes, with numpy's
// wording; shared by common/numerics/matrix.cpp and common/numerics/products.cpp only.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

inline std::string shape_of(std::size_t rows, std::size_t cols) {
    return "(" + std::to_string(rows) + "," + std::to_string(cols) + ")";
}

// numpy's wording for two shapes that cannot meet in `op`.
template <class A, class B>
[[noreturn]] void shape_error(const char* op, const A& a, const B& b, const char* why) {
    throw std::invalid_argument(std::string(op) + ": shapes " + a.shape() + " and " +
                                b.shape() + " " + why);
}

template <class A, class B>
void require_same_shape(const char* op, const A& a, const B& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        shape_error(op, a, b, "differ (element-wise operations need equal shapes)");
}
