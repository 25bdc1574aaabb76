// Matrix and Vector: every operation, its result and its shape error.
#include <cmath>
#include <sstream>

#include "common/matrix.h"
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

TEST_CASE(construct_zeros, "matrix.construct_zeros", "") {
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

TEST_CASE(construct_from_rows, "matrix.construct_from_rows", "") {
    Matrix m{{1, 2, 3}, {4, 5, 6}};
    CHECK_EQ(m(0, 2), 3.0);
    CHECK_EQ(m(1, 0), 4.0);
    CHECK_ALL_NEAR(entries(m), (std::vector<double>{1, 2, 3, 4, 5, 6}), 0.0);
    CHECK_THROWS((Matrix{{1, 2}, {3}}), "rows of unequal length");
}

TEST_CASE(element_access_writes, "matrix.element_access_writes", "") {
    Matrix m(2, 2);
    m(1, 0) = 7.5;
    CHECK_EQ(m.data()[2], 7.5);  // row-major: (1, 0) is the third entry
    Vector v(3);
    v[2] = -1.0;
    CHECK_EQ(v.data()[2], -1.0);
}

TEST_CASE(dot_matrix_vector, "matrix.dot_matrix_vector", "") {
    // Nine columns: exercises the four-accumulator loop and its remainder.
    Matrix w{{1, 2, 3, 4, 5, 6, 7, 8, 9}, {-1, 0, 1, 0, -1, 0, 1, 0, 2}};
    Vector a{1, 1, 1, 1, 1, 1, 1, 1, 2};
    Vector z = dot(w, a);
    CHECK_EQ(z.shape(), std::string("(2,1)"));
    CHECK_ALL_NEAR(entries(z), (std::vector<double>{54, 4}), 0.0);
}

TEST_CASE(dot_shape_mismatch, "matrix.dot_shape_mismatch", "") {
    CHECK_THROWS(dot(Matrix(30, 784), Vector(30)), "dot: shapes (30,784) and (30,1) not aligned");
    CHECK_THROWS(dot(Matrix(2, 3), Matrix(2, 3)), "dot: shapes (2,3) and (2,3) not aligned");
    CHECK_THROWS(dot_transpose(Matrix(30, 784), Vector(10)),
                 "dot: shapes (784,30) and (10,1) not aligned");
}

TEST_CASE(dot_matrix_matrix, "matrix.dot_matrix_matrix", "") {
    Matrix a{{1, 2}, {3, 4}, {5, 6}};
    Matrix b{{1, 0, -1}, {2, 1, 0}};
    Matrix c = dot(a, b);
    CHECK_EQ(c.shape(), std::string("(3,3)"));
    CHECK_ALL_NEAR(entries(c), (std::vector<double>{5, 2, -1, 11, 4, -3, 17, 6, -5}), 0.0);
}

TEST_CASE(dot_transpose_equals_transposed_dot, "matrix.dot_transpose", "") {
    Matrix w{{1, 2, 3}, {4, 5, 6}};
    Vector delta{1, -2};
    Vector got = dot_transpose(w, delta);
    CHECK_EQ(got.shape(), std::string("(3,1)"));
    CHECK_ALL_NEAR(entries(got), (std::vector<double>{-7, -8, -9}), 0.0);
    // Same as building the transpose and multiplying.
    CHECK_ALL_NEAR(entries(got), entries(dot(transpose(w), Matrix{{1}, {-2}})), 0.0);
}

TEST_CASE(outer_product, "matrix.outer", "") {
    Vector delta{1, 2};
    Vector a{3, 4, 5};
    Matrix m = outer(delta, a);
    CHECK_EQ(m.shape(), std::string("(2,3)"));
    CHECK_ALL_NEAR(entries(m), (std::vector<double>{3, 4, 5, 6, 8, 10}), 0.0);
    // It is np.dot(delta, a.transpose()).
    CHECK_ALL_NEAR(entries(m), entries(dot(Matrix{{1}, {2}}, transpose(a))), 0.0);
    Matrix out(2, 3);
    out.fill(99.0);
    outer(delta, a, out);  // overwrites, reusing storage
    CHECK_ALL_NEAR(entries(out), entries(m), 0.0);
    Matrix wrong(3, 2);
    CHECK_THROWS(outer(delta, a, wrong), "outer: result of shape (3,2)");
}

TEST_CASE(transpose_shapes, "matrix.transpose", "") {
    Matrix m{{1, 2, 3}, {4, 5, 6}};
    Matrix t = transpose(m);
    CHECK_EQ(t.shape(), std::string("(3,2)"));
    CHECK_ALL_NEAR(entries(t), (std::vector<double>{1, 4, 2, 5, 3, 6}), 0.0);
    Matrix row = transpose(Vector{7, 8});
    CHECK_EQ(row.shape(), std::string("(1,2)"));
    CHECK_ALL_NEAR(entries(row), (std::vector<double>{7, 8}), 0.0);
}

TEST_CASE(vector_elementwise, "matrix.vector_elementwise", "") {
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

TEST_CASE(vector_elementwise_shape_mismatch, "matrix.vector_elementwise_shape_mismatch", "") {
    Vector a(3), b(4);
    CHECK_THROWS(a + b, "add: shapes (3,1) and (4,1)");
    CHECK_THROWS(a - b, "subtract: shapes (3,1) and (4,1)");
    CHECK_THROWS(a * b, "multiply: shapes (3,1) and (4,1)");
    CHECK_THROWS(a += b, "+=: shapes (3,1) and (4,1)");
    CHECK_THROWS(a -= b, "-=: shapes (3,1) and (4,1)");
}

TEST_CASE(matrix_elementwise, "matrix.matrix_elementwise", "") {
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

TEST_CASE(matrix_elementwise_shape_mismatch, "matrix.matrix_elementwise_shape_mismatch", "") {
    Matrix a(2, 3), b(3, 2);
    CHECK_THROWS(a + b, "add: shapes (2,3) and (3,2)");
    CHECK_THROWS(a - b, "subtract: shapes (2,3) and (3,2)");
    CHECK_THROWS(a * b, "multiply: shapes (2,3) and (3,2)");
    CHECK_THROWS(a += b, "+=: shapes (2,3) and (3,2)");
    CHECK_THROWS(a -= b, "-=: shapes (2,3) and (3,2)");
}

TEST_CASE(apply_function, "matrix.apply", "") {
    double (*square_root)(double) = std::sqrt;
    CHECK_ALL_NEAR(entries(apply(square_root, Vector{4, 9})), (std::vector<double>{2, 3}), 0.0);
    CHECK_ALL_NEAR(entries(apply(square_root, Matrix{{1, 16}})), (std::vector<double>{1, 4}), 0.0);
}

TEST_CASE(argmax_first_maximum, "matrix.argmax", "") {
    CHECK_EQ(argmax(Vector{0.1, 0.7, 0.3}), 1u);
    CHECK_EQ(argmax(Vector{0.5, 0.9, 0.9, 0.2}), 1u);  // a tie goes to the first, as np.argmax
    CHECK_EQ(argmax(Vector{2.0, 2.0}), 0u);
    CHECK_EQ(argmax(Vector{-3.0}), 0u);
    CHECK_THROWS(argmax(Vector()), "empty");
}

TEST_CASE(sum_entries, "matrix.sum", "") {
    CHECK_EQ(sum(Vector{1, 2, 3.5}), 6.5);
    CHECK_EQ(sum(Matrix{{1, 2}, {3, -4}}), 2.0);
    CHECK_EQ(sum(Vector()), 0.0);
}

TEST_CASE(print_like_numpy, "matrix.print", "") {
    // What numpy's print() shows for the same arrays.
    CHECK_EQ(printed(Matrix{{1, 2}, {3, 4}}), std::string("[[1. 2.]\n [3. 4.]]"));
    CHECK_EQ(printed(Matrix{{1, -2.5}, {3, 4}}), std::string("[[ 1.  -2.5]\n [ 3.   4. ]]"));
    CHECK_EQ(printed(Vector{0.25, 1}), std::string("[[0.25]\n [1.  ]]"));
    CHECK_EQ(printed(Vector{1.0 / 3.0}), std::string("[[0.33333333]]"));
    CHECK_EQ(printed(Vector{1.5e-5, 1}), std::string("[[1.5e-05]\n [1.0e+00]]"));
}

TEST_CASE(print_summarises_large, "matrix.print_summary", "") {
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
