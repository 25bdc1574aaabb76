// Matrix and Vector: every operation, its result and its shape error.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "common/numerics/kernels.h"
#include "common/numerics/matrix.h"
#include "tests/check.h"

namespace {

// Entries of a Matrix as one row-major list, for CHECK_ALL_NEAR.
std::vector<double> entries(const Matrix& m) { return {m.data(), m.data() + m.size()}; }
std::vector<double> entries(const Vector& v) { return {v.data(), v.data() + v.size()}; }

std::string printed(const Matrix& m) {
    std::ostringstream os;
    os << m;
    return os.str();
}

std::string printed(const Vector& v) {
    std::ostringstream os;
    os << v;
    return os.str();
}

}  // namespace

TEST_CASE(matrix, construct_zeros, "") {
    Matrix m(2, 3);
    CHECK_EQ(m.rows(), 2u);
    CHECK_EQ(m.cols(), 3u);
    CHECK_EQ(m.size(), 6u);
    CHECK_EQ(m.shape(), std::string("(2,3)"));
    CHECK_ALL_NEAR(entries(m), std::vector<double>(6, 0.0), 0.0);
    Vector v(4);
    CHECK_EQ(v.rows(), 4u);
    CHECK_EQ(v.cols(), 1u);
    CHECK_EQ(v.shape(), std::string("(4,1)"));
    CHECK_ALL_NEAR(entries(v), std::vector<double>(4, 0.0), 0.0);
}

TEST_CASE(matrix, construct_from_rows, "") {
    Matrix m{{1, 2, 3}, {4, 5, 6}};
    CHECK_EQ(m(0, 2), 3.0);
    CHECK_EQ(m(1, 0), 4.0);
    CHECK_ALL_NEAR(entries(m), (std::vector<double>{1, 2, 3, 4, 5, 6}), 0.0);
    CHECK_THROWS((Matrix{{1, 2}, {3}}), "rows of unequal length");
}

TEST_CASE(matrix, element_access_writes, "") {
    Matrix m(2, 2);
    m(1, 0) = 7.5;
    CHECK_EQ(m.data()[2], 7.5);  // row-major: (1, 0) is the third entry
    Vector v(3);
    v[2] = -1.0;
    CHECK_EQ(v.data()[2], -1.0);
}

TEST_CASE(matrix, dot_matrix_vector, "") {
    // Nine columns: fewer than the sixteen partial sums, all in the remainder.
    Matrix w{{1, 2, 3, 4, 5, 6, 7, 8, 9}, {-1, 0, 1, 0, -1, 0, 1, 0, 2}};
    Vector a{1, 1, 1, 1, 1, 1, 1, 1, 2};
    Vector z = dot(w, a);
    CHECK_EQ(z.shape(), std::string("(2,1)"));
    CHECK_ALL_NEAR(entries(z), (std::vector<double>{54, 4}), 0.0);
}

// The order products.cpp documents for x . y: product j goes to partial
// sum j % 16, then the sums are added pairwise, halving their count. Written
// here a second, plainer way.
double documented_order(const std::vector<double>& x, const std::vector<double>& y) {
    std::vector<double> sum(16, 0.0);
    for (std::size_t j = 0; j < x.size(); ++j) sum[j % 16] += x[j] * y[j];
    for (std::size_t half = 8; half >= 1; half /= 2)
        for (std::size_t q = 0; q < half; ++q) sum[q] += sum[q + half];
    return sum[0];
}

TEST_CASE(matrix, dot_summation_order, "") {
    // Terms of wildly different sizes, so that any other order of the
    // additions gives other bits; lengths below, at and above 16 and 32.
    for (std::size_t n : {3u, 16u, 17u, 40u, 784u}) {
        std::vector<double> x(n), y(n, 1.0);
        for (std::size_t j = 0; j < n; ++j) x[j] = std::ldexp(1.0 + 0.1 * static_cast<double>(j % 7), static_cast<int>((j * 37) % 60) - 30) * (j % 3 ? 1 : -1);
        Matrix w(1, n);
        Vector a(n);
        for (std::size_t j = 0; j < n; ++j) {
            w(0, j) = x[j];
            a[j] = y[j];
        }
        const double expected = documented_order(x, y);
        const Vector z = dot(w, a);
        CHECK_EQ(z[0], expected);
        if (n >= 40) {
            double sequential = 0.0;
            for (double v : x) sequential += v;
            CHECK(sequential != expected);  // the data does tell orders apart
        }
    }
}

TEST_CASE(matrix, dot_halving_steps, "") {
    // Each step of the pairwise halving changes the bits if done otherwise:
    // 1 and -1 cancel only when they meet first; the tiny terms survive
    // only if added to each other before meeting 1.
    const double tiny = std::ldexp(1.0, -53);
    struct Case {
        std::size_t n, big, minus_big, small_a, small_b;  // positions of 1, -1, tiny, tiny
    };
    // 16 -> 8 pairs q with q + 8; 8 -> 4 pairs q with q + 4; then (0 + 2) + (1 + 3).
    for (const Case& c : {Case{16, 0, 8, 1, 9}, Case{8, 0, 4, 1, 5}, Case{4, 0, 2, 1, 3}}) {
        Matrix w(1, c.n);
        Vector a(c.n);
        for (std::size_t j = 0; j < c.n; ++j) a[j] = 1.0;
        w(0, c.big) = 1.0;
        w(0, c.minus_big) = -1.0;
        w(0, c.small_a) = tiny;
        w(0, c.small_b) = tiny;
        const Vector z = dot(w, a);
        CHECK_EQ(z[0], 2 * tiny);  // the documented order: (1 + -1) + (tiny + tiny)
    }
}

TEST_CASE(matrix, dot_transpose_summation_order, "") {
    // np.dot(w.transpose(), delta) adds w[i][j] * delta[i] for i = 0, 1, ...
    // in that order (products.h): with terms of wildly different sizes, any
    // other order gives other bits. Column 0: 1e16 - 1e16 + 1 = 1 in order,
    // 0 the other way round; column 1 the reverse case.
    const Matrix w{{1e16, 1.0}, {-1e16, -1e16}, {1.0, 1e16}};
    const Vector delta{1.0, 1.0, 1.0};
    const Vector got = dot(w.transpose(), delta);
    CHECK_EQ(got[0], 1.0);
    CHECK_EQ(got[1], 0.0);
    Vector out(2);
    dot_transpose(w, delta, out);  // the kernel the engine calls
    CHECK_EQ(out[0], 1.0);
    CHECK_EQ(out[1], 0.0);
}

TEST_CASE(matrix, products_in_place, "") {
    // The forms that write into `out` give the bits of the ones that return.
    Matrix w(5, 37);
    Vector a(37), delta(5);
    for (std::size_t i = 0; i < 5; ++i)
        for (std::size_t j = 0; j < 37; ++j) w(i, j) = std::sin(1.0 + static_cast<double>(i * 37 + j));
    for (std::size_t j = 0; j < 37; ++j) a[j] = std::cos(static_cast<double>(j));
    for (std::size_t i = 0; i < 5; ++i) delta[i] = 0.5 - static_cast<double>(i);
    Vector z(5), back(37);
    z.fill(99.0);
    back.fill(99.0);  // stale values must not leak into the result
    dot(w, a, z);
    dot_transpose(w, delta, back);
    CHECK_ALL_NEAR(entries(z), entries(dot(w, a)), 0.0);
    CHECK_ALL_NEAR(entries(back), entries(dot(w.transpose(), delta)), 0.0);
    Vector wrong(4);
    CHECK_THROWS(dot(w, a, wrong), "dot: result of shape (4,1) cannot hold");
    CHECK_THROWS(dot_transpose(w, delta, wrong), "dot: result of shape (4,1) cannot hold");
}

TEST_CASE(matrix, add_outer_products, "") {
    // 6 x 11: a block of four rows and two left over, one block of eight
    // columns and three left over; 5 of the 7 rows of a and b are used.
    const std::size_t rows = 6, cols = 11, held = 7, n = 5;
    Matrix a(held, rows), b(held, cols), out(rows, cols);
    for (std::size_t k = 0; k < held; ++k) {
        for (std::size_t i = 0; i < rows; ++i) a(k, i) = std::sin(3.0 * static_cast<double>(k * rows + i) + 0.25);
        for (std::size_t j = 0; j < cols; ++j) b(k, j) = std::exp(std::cos(static_cast<double>(k * cols + j)));
    }
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) out(i, j) = 0.001 * static_cast<double>(i + j);
    // By hand: out += outer(a[k], b[k]) for k = 0 .. n-1, one after another.
    Matrix expected = out;
    for (std::size_t k = 0; k < n; ++k) {
        Vector ak(rows), bk(cols);
        for (std::size_t i = 0; i < rows; ++i) ak[i] = a(k, i);
        for (std::size_t j = 0; j < cols; ++j) bk[j] = b(k, j);
        expected += dot(ak, bk.transpose());
    }
    add_outer_products(out, a, b, n);
    CHECK_ALL_NEAR(entries(out), entries(expected), 0.0);  // same additions, same order
    // Rows 5 and 6 of a and b were left alone: adding them changes the result.
    Matrix more = out;
    add_outer_products(more, a, b, held);
    CHECK(entries(more) != entries(out));
    Matrix wrong(cols, rows);
    CHECK_THROWS(add_outer_products(wrong, a, b, n), "add_outer_products: result of shape (11,6)");
    CHECK_THROWS(add_outer_products(out, a, b, held + 1), "8 rows asked of shapes (7,6) and (7,11)");
}

TEST_CASE(matrix, in_place_updates, "") {
    const Vector two{1, 2};
    Matrix w{{1, 2}, {3, 4}}, nw{{0.5, -1}, {0.25, 8}};
    subtract_scaled(w, 0.1, nw);  // w - 0.1 * nw, the bits of the numpy expression
    CHECK_ALL_NEAR(entries(w), (std::vector<double>{1 - 0.1 * 0.5, 2 - 0.1 * -1, 3 - 0.1 * 0.25, 4 - 0.1 * 8}), 0.0);
    Vector b{1, 2}, nb{4, -4};
    subtract_scaled(b, 0.25, nb);
    CHECK_ALL_NEAR(entries(b), (std::vector<double>{0, 3}), 0.0);
    const Matrix two_by_three(2, 3);
    CHECK_THROWS(subtract_scaled(w, 1.0, two_by_three), "subtract_scaled: shapes (2,2) and (2,3) differ");
    Vector v{1, 2, 3};
    v *= Vector{2, 0.5, -1};  // element-wise
    CHECK_ALL_NEAR(entries(v), (std::vector<double>{2, 1, -3}), 0.0);
    CHECK_THROWS(v *= two, "*=: shapes (3,1) and (2,1) differ");
    Matrix m(2, 3);
    set_row(m, 1, Vector{7, 8, 9});
    CHECK_ALL_NEAR(entries(m), (std::vector<double>{0, 0, 0, 7, 8, 9}), 0.0);
    const Vector three{7, 8, 9};
    CHECK_THROWS(set_row(m, 2, three), "set_row: cannot put a vector of shape (3,1) in row 2 of shape (2,3)");
    CHECK_THROWS(set_row(m, 0, two), "set_row: cannot put a vector of shape (2,1)");
    Vector out(3);
    apply([](double x) { return x * x; }, Vector{1, -2, 3}, out);
    CHECK_ALL_NEAR(entries(out), (std::vector<double>{1, 4, 9}), 0.0);
    CHECK_THROWS(apply([](double x) { return x; }, two, out), "apply: shapes (3,1) and (2,1) differ");
}

TEST_CASE(matrix, dot_shape_mismatch, "") {
    CHECK_THROWS(dot(Matrix(30, 784), Vector(30)), "dot: shapes (30,784) and (30,1) not aligned");
    CHECK_THROWS(dot(Matrix(2, 3), Matrix(2, 3)), "dot: shapes (2,3) and (2,3) not aligned");
    const Matrix w(30, 784);
    CHECK_THROWS(dot(w.transpose(), Vector(10)), "dot: shapes (784,30) and (10,1) not aligned");
}

TEST_CASE(matrix, dot_matrix_matrix, "") {
    Matrix a{{1, 2}, {3, 4}, {5, 6}};
    Matrix b{{1, 0, -1}, {2, 1, 0}};
    Matrix c = dot(a, b);
    CHECK_EQ(c.shape(), std::string("(3,3)"));
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{5, 2, -1, 11, 4, -3, 17, 6, -5}), 0.0);
}

TEST_CASE(matrix, dot_transpose, "") {
    Matrix w{{1, 2, 3}, {4, 5, 6}};
    Vector delta{1, -2};
    Vector got = dot(w.transpose(), delta);  // a view: the transpose is never built
    CHECK_EQ(got.shape(), std::string("(3,1)"));
    CHECK_ALL_NEAR(entries(got), (std::vector<double>{-7, -8, -9}), 0.0);
    // Same as building the transpose and multiplying.
    CHECK_ALL_NEAR(entries(got), entries(dot(Matrix(w.transpose()), Matrix{{1}, {-2}})), 0.0);
}

TEST_CASE(matrix, outer, "") {
    Vector delta{1, 2};
    Vector a{3, 4, 5};
    Matrix m = dot(delta, a.transpose());
    CHECK_EQ(m.shape(), std::string("(2,3)"));
    CHECK_ALL_NEAR(entries(m), (std::vector<double>{3, 4, 5, 6, 8, 10}), 0.0);
    // The outer product is the general np.dot of (2, 1) and (1, 3).
    CHECK_ALL_NEAR(entries(m), entries(dot(Matrix{{1}, {2}}, Matrix(a.transpose()))), 0.0);
}

TEST_CASE(matrix, transpose, "") {
    Matrix m{{1, 2, 3}, {4, 5, 6}};
    CHECK_EQ(m.transpose().shape(), std::string("(3,2)"));  // a view of m
    Matrix t(m.transpose());                                // ... copied
    CHECK_EQ(t.shape(), std::string("(3,2)"));
    CHECK_ALL_NEAR(entries(t), (std::vector<double>{1, 4, 2, 5, 3, 6}), 0.0);
    const Vector v{7, 8};
    CHECK_EQ(v.transpose().shape(), std::string("(1,2)"));
    Matrix row(v.transpose());
    CHECK_EQ(row.shape(), std::string("(1,2)"));
    CHECK_ALL_NEAR(entries(row), (std::vector<double>{7, 8}), 0.0);
}

TEST_CASE(matrix, vector_elementwise, "") {
    Vector a{1, 2, 3}, b{4, 5, 6};
    CHECK_ALL_NEAR(entries(a + b), (std::vector<double>{5, 7, 9}), 0.0);
    CHECK_ALL_NEAR(entries(a - b), (std::vector<double>{-3, -3, -3}), 0.0);
    CHECK_ALL_NEAR(entries(a * b), (std::vector<double>{4, 10, 18}), 0.0);  // Hadamard
    CHECK_ALL_NEAR(entries(2.0 * a), (std::vector<double>{2, 4, 6}), 0.0);
    CHECK_ALL_NEAR(entries(a * 0.5), (std::vector<double>{0.5, 1, 1.5}), 0.0);
    Vector c = a;
    c += b;
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{5, 7, 9}), 0.0);
    c -= a;
    CHECK_ALL_NEAR(entries(c), entries(b), 0.0);
    c *= 2.0;
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{8, 10, 12}), 0.0);
    c.fill(1.5);
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{1.5, 1.5, 1.5}), 0.0);
}

TEST_CASE(matrix, vector_elementwise_shape_mismatch, "") {
    Vector a(3), b(4);
    CHECK_THROWS(a + b, "add: shapes (3,1) and (4,1)");
    CHECK_THROWS(a - b, "subtract: shapes (3,1) and (4,1)");
    CHECK_THROWS(a * b, "multiply: shapes (3,1) and (4,1)");
    CHECK_THROWS(a += b, "+=: shapes (3,1) and (4,1)");
    CHECK_THROWS(a -= b, "-=: shapes (3,1) and (4,1)");
}

TEST_CASE(matrix, matrix_elementwise, "") {
    Matrix a{{1, 2}, {3, 4}}, b{{10, 20}, {30, 40}};
    CHECK_ALL_NEAR(entries(a + b), (std::vector<double>{11, 22, 33, 44}), 0.0);
    CHECK_ALL_NEAR(entries(b - a), (std::vector<double>{9, 18, 27, 36}), 0.0);
    CHECK_ALL_NEAR(entries(a * b), (std::vector<double>{10, 40, 90, 160}), 0.0);
    CHECK_ALL_NEAR(entries(3.0 * a), (std::vector<double>{3, 6, 9, 12}), 0.0);
    CHECK_ALL_NEAR(entries(a * 3.0), (std::vector<double>{3, 6, 9, 12}), 0.0);
    Matrix c = a;
    c += b;
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{11, 22, 33, 44}), 0.0);
    c -= b;
    CHECK_ALL_NEAR(entries(c), entries(a), 0.0);
    c *= -1.0;
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{-1, -2, -3, -4}), 0.0);
    c.fill(0.0);
    CHECK_ALL_NEAR(entries(c), std::vector<double>(4, 0.0), 0.0);
}

TEST_CASE(matrix, matrix_elementwise_shape_mismatch, "") {
    Matrix a(2, 3), b(3, 2);
    CHECK_THROWS(a + b, "add: shapes (2,3) and (3,2)");
    CHECK_THROWS(a - b, "subtract: shapes (2,3) and (3,2)");
    CHECK_THROWS(a * b, "multiply: shapes (2,3) and (3,2)");
    CHECK_THROWS(a += b, "+=: shapes (2,3) and (3,2)");
    CHECK_THROWS(a -= b, "-=: shapes (2,3) and (3,2)");
}

TEST_CASE(matrix, elementwise_one_dimension_differs, "") {
    // Shapes that agree in one dimension only: (2,3) with (2,2), and (2,3) with (3,3).
    for (const auto& [rows, cols] : {std::pair<std::size_t, std::size_t>{2, 2}, {3, 3}}) {
        Matrix a(2, 3);
        const Matrix b(rows, cols);
        const std::string shapes = "shapes (2,3) and (" + std::to_string(rows) + "," + std::to_string(cols) + ")";
        CHECK_THROWS(a + b, "add: " + shapes);
        CHECK_THROWS(a - b, "subtract: " + shapes);
        CHECK_THROWS(a * b, "multiply: " + shapes);
        CHECK_THROWS(a += b, "+=: " + shapes);
        CHECK_THROWS(a -= b, "-=: " + shapes);
    }
    Vector u(3), v(2);
    CHECK_THROWS(u + v, "shapes (3,1) and (2,1)");
    CHECK_THROWS(u * v, "shapes (3,1) and (2,1)");
    CHECK_THROWS(u -= v, "shapes (3,1) and (2,1)");
}

TEST_CASE(matrix, apply, "") {
    double (*square_root)(double) = std::sqrt;
    CHECK_ALL_NEAR(entries(apply(square_root, Vector{4, 9})), (std::vector<double>{2, 3}), 0.0);
    CHECK_ALL_NEAR(entries(apply(square_root, Matrix{{1, 16}})), (std::vector<double>{1, 4}), 0.0);
}

TEST_CASE(matrix, argmax, "") {
    CHECK_EQ(argmax(Vector{0.1, 0.7, 0.3}), 1u);
    CHECK_EQ(argmax(Vector{0.5, 0.9, 0.9, 0.2}), 1u);  // a tie goes to the first, as np.argmax
    CHECK_EQ(argmax(Vector{2.0, 2.0}), 0u);
    CHECK_EQ(argmax(Vector{-3.0}), 0u);
    CHECK_THROWS(argmax(Vector()), "empty");
}

TEST_CASE(matrix, sum, "") {
    CHECK_EQ(sum(Vector{1, 2, 3.5}), 6.5);
    CHECK_EQ(sum(Matrix{{1, 2}, {3, -4}}), 2.0);
    CHECK_EQ(sum(Vector()), 0.0);
}

TEST_CASE(matrix, print, "") {
    // What numpy's print() shows for the same arrays.
    CHECK_EQ(printed(Matrix{{1, 2}, {3, 4}}), std::string("[[1. 2.]\n [3. 4.]]"));
    CHECK_EQ(printed(Matrix{{1, -2.5}, {3, 4}}), std::string("[[ 1.  -2.5]\n [ 3.   4. ]]"));
    CHECK_EQ(printed(Vector{0.25, 1}), std::string("[[0.25]\n [1.  ]]"));
    CHECK_EQ(printed(Vector{1.0 / 3.0}), std::string("[[0.33333333]]"));
    CHECK_EQ(printed(Vector{1.5e-5, 1}), std::string("[[1.5e-05]\n [1.0e+00]]"));
}

TEST_CASE(matrix, print_exponent_width, "") {
    // numpy 1.24 gives every exponent of an array the widest one's digits.
    CHECK_EQ(printed(Vector{0.0, 1.4039329937174115e-255}),
             std::string("[[0.00000000e+000]\n [1.40393299e-255]]"));
    CHECK_EQ(printed(Matrix{{1e100, -2e-5}}), std::string("[[ 1.e+100 -2.e-005]]"));
}

TEST_CASE(matrix, print_thresholds, "") {
    // numpy's edges, checked with numpy 1.24: a largest-to-smallest ratio of
    // exactly 1000 stays fixed-point, above it goes scientific; 1000
    // entries print in full, 1001 are summarised.
    CHECK_EQ(printed(Vector{1.0, 1000.0}), std::string("[[   1.]\n [1000.]]"));
    CHECK_EQ(printed(Vector{0.001, 1.0}), std::string("[[0.001]\n [1.   ]]"));
    CHECK_EQ(printed(Vector{1.0, 1000.5}), std::string("[[1.0000e+00]\n [1.0005e+03]]"));
    Vector full(1000);
    full[0] = 1;
    const std::string in_full = printed(full);
    CHECK(in_full.find("...") == std::string::npos);
    CHECK_EQ(static_cast<std::size_t>(std::count(in_full.begin(), in_full.end(), '\n')), 999u);
    Vector summarised(1001);
    summarised[0] = 1;
    const std::string short_form = printed(summarised);
    CHECK(short_form.find("...") != std::string::npos);
    CHECK_EQ(static_cast<std::size_t>(std::count(short_form.begin(), short_form.end(), '\n')), 6u);
    CHECK(printed(Matrix(7, 143)).find("...") != std::string::npos);  // 1001 entries
}

TEST_CASE(matrix, print_summary, "") {
    // Above 1000 entries numpy shows three items at each edge around "...".
    Matrix m(30, 784);
    m(0, 0) = 1;
    m(29, 783) = 2;
    const std::string s = printed(m);
    CHECK_EQ(s.substr(0, 24), std::string("[[1. 0. 0. ... 0. 0. 0.]"));
    CHECK(s.find("\n ...\n") != std::string::npos);
    CHECK_EQ(s.substr(s.size() - 25), std::string(" [0. 0. 0. ... 0. 0. 2.]]"));
    // A (784, 1) column has fewer than 1000 entries: printed in full, as numpy does.
    const std::string col = printed(Vector(784));
    CHECK(col.find("...") == std::string::npos);
}

TEST_CASE(matrix, print_wraps_like_numpy, "") {
    // Against numpy's own print() of the same arrays (tests/fixtures/
    // numpy_print.txt): rows longer than numpy's 75-character line wrap
    // where numpy wraps them, in full and summarised arrays alike.
    std::ifstream file(std::string(NNDL_SOURCE_DIR) + "/tests/fixtures/numpy_print.txt", std::ios::binary);
    CHECK(file.good());
    std::vector<std::pair<std::string, std::string>> cases;  // (header, numpy's text)
    for (std::string line; std::getline(file, line);) {
        if (line.rfind("#", 0) == 0) continue;
        if (line.rfind("case ", 0) == 0)
            cases.push_back({line, ""});
        else if (!cases.empty())
            cases.back().second += (cases.back().second.empty() ? "" : "\n") + line;
    }
    CHECK_EQ(cases.size(), 9u);
    int wrapped = 0;
    for (const auto& [header, expected] : cases) {
        std::istringstream spec(header.substr(5));
        std::size_t rows = 0, cols = 0;
        double scale = 0;
        spec >> rows >> cols >> scale;
        Matrix m(rows, cols);
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < cols; ++j)
                m(i, j) = static_cast<double>(static_cast<long long>((i * cols + j) * 37 % 101) - 50) / scale;
        const std::string got = printed(m);
        if (got != expected) check::fail_at(__FILE__, __LINE__) << header << ": printed\n" << got << "\nnumpy prints\n" << expected << "\n";
        if (cols == 1) {
            Vector v(rows);
            for (std::size_t i = 0; i < rows; ++i) v[i] = m(i, 0);
            CHECK_EQ(printed(v), expected);
        }
        wrapped += expected.find("\n  ") != std::string::npos;
    }
    CHECK(wrapped >= 6);  // most cases do wrap
}

TEST_CASE(matrix, empty, "") {
    // np.empty: the shape asked for, entries unset until written; a result
    // built on it (every element-wise operation's) holds only what it wrote.
    Matrix m = Matrix::empty(2, 3);
    CHECK_EQ(m.shape(), std::string("(2,3)"));
    m.fill(1.5);
    CHECK_ALL_NEAR(entries(m), (std::vector<double>(6, 1.5)), 0.0);
    CHECK_EQ(Vector::empty(4).shape(), std::string("(4,1)"));
    CHECK_EQ(Vector::empty(0).size(), 0u);
    for (int round = 0; round < 3; ++round) {  // reuse of freed memory must not leak old values in
        const Vector a{1, 2, 3}, b{10, 20, 30};
        CHECK_ALL_NEAR(entries(a + b), (std::vector<double>{11, 22, 33}), 0.0);
        CHECK_ALL_NEAR(entries(2.0 * a), (std::vector<double>{2, 4, 6}), 0.0);
    }
    // Every entry of a Matrix(r, c) is zero, as np.zeros, whatever memory it reuses.
    for (int round = 0; round < 3; ++round) {
        Matrix junk = Matrix::empty(50, 50);
        junk.fill(7.0);
    }
    const Matrix zeros(50, 50);
    CHECK_EQ(sum(zeros), 0.0);
}

TEST_CASE(matrix, ranged_kernels_touch_only_their_rows, "") {
    // Rows outside the range keep their bits even where nabla_w is not zero.
    const std::size_t rows = 7, cols = 11;
    Matrix w(rows, cols), nw(rows, cols);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) {
            w(i, j) = std::sin(static_cast<double>(i * cols + j));
            nw(i, j) = std::cos(static_cast<double>(i * cols + j)) + 2.0;
        }
    Matrix expected = w;
    for (std::size_t i = 2; i < 5; ++i)
        for (std::size_t j = 0; j < cols; ++j) expected(i, j) = w(i, j) - 0.3 * nw(i, j);
    subtract_scaled(w, 0.3, nw, {2, 5});
    CHECK_ALL_NEAR(entries(w), entries(expected), 0.0);
    Matrix a(3, rows), b(3, cols), out = nw, whole = nw;
    for (std::size_t k = 0; k < 3; ++k) {
        for (std::size_t i = 0; i < rows; ++i) a(k, i) = 0.5 + static_cast<double>(k + i);
        for (std::size_t j = 0; j < cols; ++j) b(k, j) = 1.5 - static_cast<double>(k * j);
    }
    add_outer_products(whole, a, b, 3);
    add_outer_products(out, a, b, 3, {1, 6});
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < cols; ++j) CHECK_EQ(out(i, j), (i >= 1 && i < 6 ? whole : nw)(i, j));
}

TEST_CASE(matrix, dot_transpose_order_every_column, "") {
    // The summation-order check of dot_transpose_summation_order, over 19
    // columns: two blocks of eight and a remainder of three.
    const std::size_t cols = 19;
    Matrix w(3, cols);
    for (std::size_t j = 0; j < cols; ++j) {
        const bool even = j % 2 == 0;
        w(0, j) = even ? 1e16 : 1.0;
        w(1, j) = even ? -1e16 : 1e16;
        w(2, j) = even ? 1.0 : -1e16;
    }
    const double delta[3] = {1.0, 1.0, 1.0};
    double out[cols];
    for (double& o : out) o = 99.0;
    dot_transpose(w, delta, out);
    for (std::size_t j = 0; j < cols; ++j) CHECK_EQ(out[j], j % 2 == 0 ? 1.0 : 0.0);
    // Plain numbers: each column its own sum, whatever block it is in.
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < cols; ++j) w(i, j) = static_cast<double>(i + 2 * j + 1);
    const double d2[3] = {1.0, -2.0, 0.5};
    dot_transpose(w, d2, out);
    for (std::size_t j = 0; j < cols; ++j) {
        double s = 0.0;
        for (std::size_t i = 0; i < 3; ++i) s += w(i, j) * d2[i];
        CHECK_EQ(out[j], s);
    }
}
