// np.dot as network.py uses it, for Matrix, Vector and their transposed views
// (common/numerics/matrix.h). Every product fixes the order of its additions
// in the source, so all builds give the same bits (see products.cpp).
#pragma once

#include "common/numerics/matrix.h"

// np.dot(w, a): (y, x) . (x, 1) -> (y, 1). The product at the heart of Eq. (22).
Vector dot(const Matrix& w, const Vector& a);
// np.dot(a, b): (n, k) . (k, m) -> (n, m).
Matrix dot(const Matrix& a, const Matrix& b);
// np.dot(w.transpose(), delta): (y, x)^T . (y, 1) -> (x, 1), BP2's product.
// Walks w as stored: entry j adds w[i][j] * delta[i] for i = 0, 1, ...
Vector dot(const TransposedMatrix& wt, const Vector& delta);
// np.dot(delta, a.transpose()): (y, 1) . (1, x) -> (y, x), the outer product
// with entry (i, j) = delta[i] * a[j]. BP4's product.
Matrix dot(const Vector& delta, const TransposedVector& at);
