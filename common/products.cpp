// The products of Matrix and Vector: np.dot and its relatives. These are the
// project's hot loops; nearly all of a training epoch is spent here.
//
// Each loop fixes the order of its floating-point additions in the source,
// and the project compiles without -ffast-math and with -ffp-contract=off, so
// no compiler may reorder or fuse them: -O0 and -O3, g++ and clang++, with
// -march=native or without, all produce the same bits. The loops are written
// so that compilers can still vectorise them: contiguous memory, and sums
// split into independent partial sums wherever a single running sum would
// make every addition wait for the previous one.
#include <cstddef>
#include <stdexcept>
#include <string>

#include "common/matrix.h"
#include "common/shape_errors.h"

namespace {

// How many partial sums `inner` keeps. One running sum makes each addition
// wait for the one before it (several cycles each); sixteen independent ones
// fill two AVX-512 registers, four AVX ones or eight SSE2 ones, so additions
// overlap on any x86-64 and the compiler need not reorder anything.
constexpr std::size_t kLanes = 16;

// x . y over n contiguous doubles, in a fixed order: product j is added to
// partial sum j % 16, then the sixteen sums are added pairwise, halving the
// count each time (16 -> 8 -> 4 -> 2 -> 1). numpy's BLAS uses an order of
// its own, so the last bits differ from numpy's (by ~1e-16 relative), never
// between builds of this project.
double inner(const double* x, const double* y, std::size_t n) {
    double sum[kLanes] = {};
    std::size_t j = 0;
    for (; j + kLanes <= n; j += kLanes)
        for (std::size_t q = 0; q < kLanes; ++q) sum[q] += x[j + q] * y[j + q];
    for (std::size_t q = 0; j + q < n; ++q) sum[q] += x[j + q] * y[j + q];  // the last n % 16
    // The halving written out: compilers turn these into vector additions.
    double eight[8], four[4];
    for (std::size_t q = 0; q < 8; ++q) eight[q] = sum[q] + sum[q + 8];
    for (std::size_t q = 0; q < 4; ++q) four[q] = eight[q] + eight[q + 4];
    return (four[0] + four[2]) + (four[1] + four[3]);
}

void require_dot_shapes(const Matrix& w, const Vector& a, const Vector& out) {
    if (w.cols() != a.rows()) shape_error("dot", w, a, "not aligned");
    if (out.size() != w.rows())
        throw std::invalid_argument("dot: result of shape " + out.shape() + " cannot hold the product of " +
                                    w.shape() + " and " + a.shape());
}

// Rows i .. i+R-1 of out += np.dot(a[:n].T, b[:n]) (see add_outer_products),
// eight columns at a time: the R x 8 partial results stay in registers while
// k runs over the n examples, so each value of b is loaded once for R rows and
// out is read and written once, not n times. Every entry still adds its n
// products in the order k = 0, 1, ..., n - 1.
template <std::size_t R>
void add_outer_products_rows(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n, std::size_t i) {
    constexpr std::size_t J = 8;
    const std::size_t cols = out.cols();
    std::size_t j = 0;
    for (; j + J <= cols; j += J) {
        double c[R][J];
        for (std::size_t r = 0; r < R; ++r)
            for (std::size_t q = 0; q < J; ++q) c[r][q] = out(i + r, j + q);
        const double* ak = a.data() + i;  // a[k][i], a[k][i+1], ...
        const double* bk = b.data() + j;  // b[k][j], b[k][j+1], ...
        for (std::size_t k = 0; k < n; ++k, ak += a.cols(), bk += b.cols()) {
            for (std::size_t r = 0; r < R; ++r) {
                const double d = ak[r];
                for (std::size_t q = 0; q < J; ++q) c[r][q] += d * bk[q];
            }
        }
        for (std::size_t r = 0; r < R; ++r)
            for (std::size_t q = 0; q < J; ++q) out(i + r, j + q) = c[r][q];
    }
    for (; j < cols; ++j)  // the last cols % 8 columns, one entry at a time
        for (std::size_t r = 0; r < R; ++r) {
            double s = out(i + r, j);
            for (std::size_t k = 0; k < n; ++k) s += a(k, i + r) * b(k, j);
            out(i + r, j) = s;
        }
}

}  // namespace

Vector dot(const Matrix& w, const Vector& a) {
    Vector out(w.rows());  // the shapes are checked by the form below
    dot(w, a, out);
    return out;
}

void dot(const Matrix& w, const Vector& a, Vector& out) {
    require_dot_shapes(w, a, out);
    const double* row = w.data();
    for (std::size_t i = 0; i < w.rows(); ++i, row += w.cols()) out[i] = inner(row, a.data(), w.cols());
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

Vector dot_transpose(const Matrix& w, const Vector& delta) {
    Vector out(w.cols());
    dot_transpose(w, delta, out);
    return out;
}

void dot_transpose(const Matrix& w, const Vector& delta, Vector& out) {
    if (w.rows() != delta.rows()) {
        // Report it as numpy would see it: the transposed shape meets delta.
        throw std::invalid_argument("dot: shapes " + shape_of(w.cols(), w.rows()) + " and " +
                                    delta.shape() + " not aligned");
    }
    if (out.size() != w.cols())
        throw std::invalid_argument("dot: result of shape " + out.shape() + " cannot hold the product of " +
                                    shape_of(w.cols(), w.rows()) + " and " + delta.shape());
    // out = sum over rows i of delta[i] * (row i of w), i = 0, 1, ...: walks w
    // in storage order, so the transpose is never built.
    out.fill(0.0);
    double* o = out.data();
    const double* row = w.data();
    for (std::size_t i = 0; i < w.rows(); ++i, row += w.cols()) {
        const double d = delta[i];
        for (std::size_t j = 0; j < w.cols(); ++j) o[j] += row[j] * d;
    }
}

void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n) {
    if (n > a.rows() || n > b.rows())
        throw std::invalid_argument("add_outer_products: " + std::to_string(n) + " rows asked of shapes " +
                                    a.shape() + " and " + b.shape());
    if (out.rows() != a.cols() || out.cols() != b.cols())
        throw std::invalid_argument("add_outer_products: result of shape " + out.shape() +
                                    " cannot hold the product of " + shape_of(a.cols(), n) + " and " +
                                    shape_of(n, b.cols()));
    std::size_t i = 0;
    for (; i + 4 <= out.rows(); i += 4) add_outer_products_rows<4>(out, a, b, n, i);
    for (; i < out.rows(); ++i) add_outer_products_rows<1>(out, a, b, n, i);
}

Matrix outer(const Vector& delta, const Vector& a) {
    Matrix out(delta.size(), a.size());
    outer(delta, a, out);
    return out;
}

void outer(const Vector& delta, const Vector& a, Matrix& out) {
    if (out.rows() != delta.size() || out.cols() != a.size())
        throw std::invalid_argument("outer: result of shape " + out.shape() +
                                    " cannot hold the product of " + delta.shape() + " and " +
                                    shape_of(1, a.size()));
    double* row = out.data();
    for (std::size_t i = 0; i < delta.size(); ++i, row += out.cols()) {
        const double d = delta[i];
        for (std::size_t j = 0; j < a.size(); ++j) row[j] = d * a[j];
    }
}

Matrix transpose(const Matrix& m) {
    Matrix out(m.cols(), m.rows());
    for (std::size_t i = 0; i < m.rows(); ++i)
        for (std::size_t j = 0; j < m.cols(); ++j) out(j, i) = m(i, j);
    return out;
}

Matrix transpose(const Vector& v) {
    Matrix out(1, v.size());
    for (std::size_t j = 0; j < v.size(); ++j) out(0, j) = v[j];
    return out;
}
