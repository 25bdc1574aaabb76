// Matrix and Vector: the only numerics in the project.
//
// They follow numpy wherever network.py relies on numpy, so that the port
// reads like the Python:
//   - A Matrix of shape (rows, cols) is what numpy calls a 2-D array. It is
//     stored row-major in one contiguous std::vector<double>.
//   - A Vector of size n is a *column* vector: what numpy writes as an array of
//     shape (n, 1). network.py keeps every activation, bias and delta in that
//     shape, and so do we. Shapes in comments use numpy's notation: (30, 1).
//   - Constructors fill with zeros, like np.zeros.
//   - `*` between two Vectors (or two Matrices) is numpy's element-wise
//     (Hadamard) product, not a matrix product; the matrix product is `dot`.
//
// Every operation checks shapes, in every build type, as numpy always does: a
// mismatch throws std::invalid_argument in numpy's words, e.g.
//   dot: shapes (30,784) and (30,1) not aligned
// Element access checks bounds only in Debug builds (an assert), so the hot
// loops stay fast in Release.
#pragma once

#include <cassert>
#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <string>
#include <vector>

class Vector;

class Matrix {
public:
    Matrix() = default;                        // shape (0, 0)
    Matrix(std::size_t rows, std::size_t cols);  // np.zeros((rows, cols))
    // Row by row: Matrix{{1, 2}, {3, 4}} is np.array([[1, 2], [3, 4]]).
    Matrix(std::initializer_list<std::initializer_list<double>> rows);

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    std::size_t size() const { return data_.size(); }
    std::string shape() const;  // "(rows,cols)", as numpy prints a shape

    double& operator()(std::size_t i, std::size_t j) {
        assert(i < rows_ && j < cols_);
        return data_[i * cols_ + j];
    }
    double operator()(std::size_t i, std::size_t j) const {
        assert(i < rows_ && j < cols_);
        return data_[i * cols_ + j];
    }
    // The row-major storage, for loops that walk it in order.
    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }

    Matrix& operator+=(const Matrix& other);
    Matrix& operator-=(const Matrix& other);
    Matrix& operator*=(double c);
    void fill(double value);  // a.fill(value), numpy's in-place fill

private:
    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    std::vector<double> data_;
};

class Vector {
public:
    Vector() = default;           // size 0
    explicit Vector(std::size_t n);  // np.zeros((n, 1))
    Vector(std::initializer_list<double> values);

    std::size_t rows() const { return data_.size(); }
    std::size_t cols() const { return 1; }
    std::size_t size() const { return data_.size(); }
    std::string shape() const;  // "(n,1)"

    double& operator[](std::size_t i) {
        assert(i < data_.size());
        return data_[i];
    }
    double operator[](std::size_t i) const {
        assert(i < data_.size());
        return data_[i];
    }
    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }

    Vector& operator+=(const Vector& other);
    Vector& operator-=(const Vector& other);
    Vector& operator*=(const Vector& other);  // element-wise, numpy's a *= b
    Vector& operator*=(double c);
    void fill(double value);

private:
    std::vector<double> data_;
};

// ---- Products (common/products.cpp) ---------------------------------------
//
// Each product also has a form that writes into an existing `out` of the
// right shape instead of returning a new array: training calls those, so that
// it allocates nothing per example. Both forms give the same bits.

// np.dot(w, a): (y, x) . (x, 1) -> (y, 1). The product at the heart of Eq. (22).
Vector dot(const Matrix& w, const Vector& a);
void dot(const Matrix& w, const Vector& a, Vector& out);
// np.dot(a, b): (n, k) . (k, m) -> (n, m).
Matrix dot(const Matrix& a, const Matrix& b);
// np.dot(w.transpose(), delta): (y, x)^T . (y, 1) -> (x, 1), computed from w
// as stored, without building the transposed copy.
Vector dot_transpose(const Matrix& w, const Vector& delta);
void dot_transpose(const Matrix& w, const Vector& delta, Vector& out);
// out += np.dot(a[:n].transpose(), b[:n]): with row k of a holding a vector
// d_k and row k of b a vector x_k, this adds the n outer products d_k x_k^T,
// entry by entry in the order k = 0, 1, ..., n - 1, so the result has the
// bits of adding outer(d_k, x_k) to out one k at a time. out has shape
// (a.cols(), b.cols()).
void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n);

// np.dot(delta, a.transpose()): the outer product (y, 1) . (1, x) -> (y, x),
// entry (i, j) = delta[i] * a[j]. backprop's gradient for the weights (BP4).
Matrix outer(const Vector& delta, const Vector& a);
// The same product written into `out`, which must already have shape
// (delta.size(), a.size()): reuses out's storage instead of allocating.
void outer(const Vector& delta, const Vector& a, Matrix& out);

Matrix transpose(const Matrix& m);  // m.transpose(): (r, c) -> (c, r)
Matrix transpose(const Vector& v);  // v.transpose(): (n, 1) -> (1, n)

// ---- Element-wise arithmetic, as numpy broadcasts equal shapes ------------

Vector operator+(const Vector& a, const Vector& b);
Vector operator-(const Vector& a, const Vector& b);
Vector operator*(const Vector& a, const Vector& b);  // element-wise (Hadamard), numpy's *
Vector operator*(double c, const Vector& v);
Vector operator*(const Vector& v, double c);

Matrix operator+(const Matrix& a, const Matrix& b);
Matrix operator-(const Matrix& a, const Matrix& b);
Matrix operator*(const Matrix& a, const Matrix& b);  // element-wise (Hadamard), numpy's *
Matrix operator*(double c, const Matrix& m);
Matrix operator*(const Matrix& m, double c);

// f applied to every entry: how numpy vectorises sigmoid(z). `f` is a plain
// function pointer so a debugger can step into it.
Vector apply(double (*f)(double), const Vector& v);
Matrix apply(double (*f)(double), const Matrix& m);
void apply(double (*f)(double), const Vector& v, Vector& out);  // into out, same shape

// w -= c * nw, entry by entry, without the temporary c * nw numpy would make:
// each entry becomes w - (c * nw), the bits of the numpy expression.
void subtract_scaled(Matrix& w, double c, const Matrix& nw);
void subtract_scaled(Vector& w, double c, const Vector& nw);

// m[i, :] = v.transpose(): copies v into row i of m (v.size() == m.cols()).
void set_row(Matrix& m, std::size_t i, const Vector& v);

// [np.zeros(b.shape) for b in list]: zero arrays of the same shapes, as
// network.py makes nabla_b and nabla_w from biases and weights.
std::vector<Vector> zeros_like(const std::vector<Vector>& list);
std::vector<Matrix> zeros_like(const std::vector<Matrix>& list);

// ---- Reductions ------------------------------------------------------------

// np.argmax: the index of the first largest entry (ties go to the lowest
// index). Throws for an empty vector, as numpy does.
std::size_t argmax(const Vector& v);
double sum(const Vector& v);  // np.sum
double sum(const Matrix& m);

// ---- Printing, the way numpy prints an array (common/matrix_print.cpp) ------

// [[ 1.   2. ]
//  [ 3.5 -4. ]]  Large arrays show their first and last three rows and columns
// around "...", as numpy's summary does above 1000 entries, and rows wider
// than numpy's 75-character line wrap where numpy's print() wraps them.
std::ostream& operator<<(std::ostream& os, const Matrix& m);
std::ostream& operator<<(std::ostream& os, const Vector& v);  // as an (n, 1) array
