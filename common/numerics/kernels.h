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
