// The loops the fast training engine (chapter1/engine/) is made of: the
// products of common/numerics/products.h written into an array that already
// exists, instead of a new one, and the few operations only the engine needs.
// Each gives the bits of the numpy expression in its comment; the port's
// products call the same loops, so both add in the same order.
#pragma once

#include <cstddef>

#include "common/numerics/matrix.h"

// out = np.dot(w, a), out of shape (w.rows(), 1). Each entry is the dot
// product of a row of w with a in the project's one fixed order: product j
// goes to partial sum j % 16, then the sixteen are added pairwise.
void dot(const Matrix& w, const Vector& a, Vector& out);
// out = np.dot(w.transpose(), delta), out of shape (w.cols(), 1).
void dot_transpose(const Matrix& w, const Vector& delta, Vector& out);
// out += np.dot(a[:n].transpose(), b[:n]): with row k of a holding a vector
// d_k and row k of b a vector x_k, this adds the n outer products d_k x_k^T,
// entry by entry in the order k = 0, 1, ..., n - 1, so the result has the
// bits of out + dot(d_0, x_0.transpose()) + dot(d_1, ...) + ... one k at a
// time. out has shape (a.cols(), b.cols()).
void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n);

// out = f applied to every entry of v (out the shape of v).
void apply(double (*f)(double), const Vector& v, Vector& out);

// w = w - c * nw, entry by entry, without the temporary c * nw numpy makes:
// each entry becomes w - (c * nw), the bits of the numpy expression.
void subtract_scaled(Matrix& w, double c, const Matrix& nw);
void subtract_scaled(Vector& w, double c, const Vector& nw);

// m[i, :] = v.transpose(): copies v into row i of m (v.size() == m.cols()).
void set_row(Matrix& m, std::size_t i, const Vector& v);

// ---- Whole mini-batches: chapter 2's matrix form ---------------------------
// The examples of a batch are the rows of a matrix (row j of a holds example
// j's activations), so one pass over a weight matrix serves them all. Every
// entry is still computed by the same operations in the same order as the
// per-example forms above, so the bits do not change, whichever rows of w
// (neurons) and examples a thread is given.

// [first, last): the rows of w, or the examples, a call works on.
struct Range {
    std::size_t first, last;
};

// z[j][i] = np.dot(w[i], a[j]) (the product of `dot` above, in its order)
// for the examples j and rows i asked for: the w a of Eq. (22) for a whole
// mini-batch, the examples its columns in chapter 2's notation.
void dot_rows(const Matrix& w, const Matrix& a, Matrix& z, Range examples, Range rows);

// For the rows i asked for: w[i] = w[i] - c * nabla_w[i], where nabla_w
// starts at zeros and adds d[j][i] * x[j] for j = 0, 1, ..., n - 1: the
// bits of zeroing nabla_w, add_outer_products(nabla_w, d, x, n) and
// subtract_scaled(w, c, nabla_w), without the matrix nabla_w.
void subtract_outer_products(Matrix& w, double c, const Matrix& d, const Matrix& x, std::size_t n, Range rows);

// add_outer_products and subtract_scaled for the rows i of out (of w) asked
// for; the other rows are not touched.
void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n, Range rows);
void subtract_scaled(Matrix& w, double c, const Matrix& nw, Range rows);

// out = np.dot(w.transpose(), delta) for delta and out given as rows of
// w.rows() and w.cols() doubles (an example's row in a batch matrix).
void dot_transpose(const Matrix& w, const double* delta, double* out);
