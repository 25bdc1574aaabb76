// The loops of common/numerics/kernels.h: nearly all of a training epoch is
// spent here.
//
// Each loop fixes the order of its floating-point additions in the source,
// and the project compiles without -ffast-math and with -ffp-contract=off, so
// no compiler may reorder or fuse them: -O0 and -O3, g++ and clang++, with
// -march=native or without, all produce the same bits. The loops are written
// so that compilers can still vectorise them: contiguous memory, and sums
// split into independent partial sums wherever a single running sum would
// make every addition wait for the previous one.
#include "common/numerics/kernels.h"

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>

#include "common/numerics/shape_errors.h"

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

void dot(const Matrix& w, const Vector& a, Vector& out) {
    require_dot_shapes(w, a, out);
    const double* row = w.data();
    for (std::size_t i = 0; i < w.rows(); ++i, row += w.cols()) out[i] = inner(row, a.data(), w.cols());
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

void apply(double (*f)(double), const Vector& v, Vector& out) {
    require_same_shape("apply", out, v);
    for (std::size_t k = 0; k < v.size(); ++k) out[k] = f(v[k]);
}

namespace {

template <class T>
void subtract_scaled_entries(T& w, double c, const T& nw) {
    require_same_shape("subtract_scaled", w, nw);
    double* p = w.data();
    const double* q = nw.data();
    for (std::size_t k = 0; k < w.size(); ++k) p[k] = p[k] - c * q[k];
}

}  // namespace

void subtract_scaled(Matrix& w, double c, const Matrix& nw) { subtract_scaled_entries(w, c, nw); }
void subtract_scaled(Vector& w, double c, const Vector& nw) { subtract_scaled_entries(w, c, nw); }

void set_row(Matrix& m, std::size_t i, const Vector& v) {
    if (i >= m.rows() || v.size() != m.cols())
        throw std::invalid_argument("set_row: cannot put a vector of shape " + v.shape() + " in row " +
                                    std::to_string(i) + " of shape " + m.shape());
    std::copy(v.data(), v.data() + v.size(), m.data() + i * m.cols());
}
