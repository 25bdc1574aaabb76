// The products of common/numerics/products.h. Those training repeats for
// every example call the loops of kernels.cpp, so the port and the fast
// engine add in the same order.
#include "common/numerics/products.h"

#include <cstddef>
#include <stdexcept>
#include <string>

#include "common/numerics/kernels.h"
#include "common/numerics/shape_errors.h"

Vector dot(const Matrix& w, const Vector& a) {
    Vector out = Vector::empty(w.rows());  // the shapes are checked by the kernel, which writes every entry
    dot(w, a, out);
    return out;
}

Matrix dot(const Matrix& a, const Matrix& b) {
    if (a.cols() != b.rows()) shape_error("dot", a, b, "not aligned");
    Matrix out(a.rows(), b.cols());
    // i-k-j order: the innermost loop walks a row of b and a row of out, both
    // contiguous; entry (i, j) adds its products in the order k = 0, 1, ...
    for (std::size_t i = 0; i < a.rows(); ++i) {
        double* out_row = out.data() + i * out.cols();
        for (std::size_t k = 0; k < a.cols(); ++k) {
            const double aik = a(i, k);
            const double* b_row = b.data() + k * b.cols();
            for (std::size_t j = 0; j < b.cols(); ++j) out_row[j] += aik * b_row[j];
        }
    }
    return out;
}

Vector dot(const TransposedMatrix& wt, const Vector& delta) {
    Vector out(wt.rows());  // the shapes are checked by the kernel
    dot_transpose(wt.of, delta, out);
    return out;
}

Matrix dot(const Vector& delta, const TransposedVector& at) {
    Matrix out = Matrix::empty(delta.size(), at.cols());  // every entry written below
    double* row = out.data();
    for (std::size_t i = 0; i < delta.size(); ++i, row += out.cols()) {
        const double d = delta[i];
        for (std::size_t j = 0; j < at.cols(); ++j) row[j] = d * at.of[j];
    }
    return out;
}
