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
#include <cstring>
#include <stdexcept>
#include <string>

#include "common/numerics/shape_errors.h"

#if defined(__GNUC__) && defined(__AVX512F__) && !defined(NNDL_PLAIN_KERNELS)
// g++ and clang++ building for AVX-512 (-march=native on such a CPU): eight
// doubles as one value, one register, so that the tiles below stay in the 32
// registers (both compilers vectorised the same tiles written as plain loops
// badly). Each lane is added and multiplied on its own, exactly as the scalar
// code does: the vector form changes how many operations run at once, never
// which ones. Elsewhere (other CPUs, other compilers, NNDL_NATIVE=OFF, or
// -DNNDL_PLAIN_KERNELS) the plain loops run, which give the same bits.
#define NNDL_VECTOR_KERNELS 1
#endif

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
// The sixteen partial sums of `inner`, added pairwise: 16 -> 8 -> 4 -> 2 -> 1.
// The halving written out: compilers turn these into vector additions.
double halve_16(const double* sum) {
    double eight[8], four[4];
    for (std::size_t q = 0; q < 8; ++q) eight[q] = sum[q] + sum[q + 8];
    for (std::size_t q = 0; q < 4; ++q) four[q] = eight[q] + eight[q + 4];
    return (four[0] + four[2]) + (four[1] + four[3]);
}

double inner(const double* x, const double* y, std::size_t n) {
    double sum[kLanes] = {};
    std::size_t j = 0;
    for (; j + kLanes <= n; j += kLanes)
        for (std::size_t q = 0; q < kLanes; ++q) sum[q] += x[j + q] * y[j + q];
    for (std::size_t q = 0; j + q < n; ++q) sum[q] += x[j + q] * y[j + q];  // the last n % 16
    return halve_16(sum);
}

void require_rows(const char* who, const Matrix& m, Range rows) {
    if (rows.first > rows.last || rows.last > m.rows())
        throw std::invalid_argument(std::string(who) + ": rows " + std::to_string(rows.first) + " to " +
                                    std::to_string(rows.last) + " asked of shape " + m.shape());
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
    dot_transpose(w, delta.data(), out.data());
}

void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n) {
    add_outer_products(out, a, b, n, {0, out.rows()});
}

void add_outer_products(Matrix& out, const Matrix& a, const Matrix& b, std::size_t n, Range rows) {
    if (n > a.rows() || n > b.rows())
        throw std::invalid_argument("add_outer_products: " + std::to_string(n) + " rows asked of shapes " +
                                    a.shape() + " and " + b.shape());
    if (out.rows() != a.cols() || out.cols() != b.cols())
        throw std::invalid_argument("add_outer_products: result of shape " + out.shape() +
                                    " cannot hold the product of " + shape_of(a.cols(), n) + " and " +
                                    shape_of(n, b.cols()));
    require_rows("add_outer_products", out, rows);
    std::size_t i = rows.first;
    for (; i + 4 <= rows.last; i += 4) add_outer_products_rows<4>(out, a, b, n, i);
    for (; i < rows.last; ++i) add_outer_products_rows<1>(out, a, b, n, i);
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

void subtract_scaled(Matrix& w, double c, const Matrix& nw, Range rows) {
    require_same_shape("subtract_scaled", w, nw);
    require_rows("subtract_scaled", w, rows);
    double* p = w.data();
    const double* q = nw.data();
    for (std::size_t k = rows.first * w.cols(); k < rows.last * w.cols(); ++k) p[k] = p[k] - c * q[k];
}

void set_row(Matrix& m, std::size_t i, const Vector& v) {
    if (i >= m.rows() || v.size() != m.cols())
        throw std::invalid_argument("set_row: cannot put a vector of shape " + v.shape() + " in row " +
                                    std::to_string(i) + " of shape " + m.shape());
    std::copy(v.data(), v.data() + v.size(), m.data() + i * m.cols());
}

// ---- Whole mini-batches: chapter 2's matrix form ----------------------------

namespace {

#ifdef NNDL_VECTOR_KERNELS
// Built without AVX-512 (NNDL_NATIVE=OFF), g++ warns that passing a 64-byte
// vector by value has another ABI there; these functions are local to this
// file and inlined, so no other code ever calls them across that ABI.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wpsabi"
#endif
using Lanes = double __attribute__((vector_size(64)));  // eight doubles

Lanes load(const double* p) {
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

void store(double* p, Lanes v) { std::memcpy(p, &v, sizeof v); }
#endif

// z[j0 + c][i0 + r] = inner(w[i0 + r], a[j0 + c], n) for an R x C tile: the
// R rows of w and C examples of a are read once for all R * C products.
// Partial sum q of each entry lives in lane q % 8 of lo (q < 8) or hi, so
// every entry adds its products in inner's order.
template <std::size_t R, std::size_t C>
void dot_tile(const Matrix& w, std::size_t i0, const Matrix& a, std::size_t j0, Matrix& z) {
    const std::size_t n = w.cols();
    const double* wr[R];
    const double* ar[C];
    for (std::size_t r = 0; r < R; ++r) wr[r] = w.data() + (i0 + r) * n;
    for (std::size_t c = 0; c < C; ++c) ar[c] = a.data() + (j0 + c) * a.cols();
#ifdef NNDL_VECTOR_KERNELS
    Lanes lo[R][C], hi[R][C];
    for (std::size_t r = 0; r < R; ++r)
        for (std::size_t c = 0; c < C; ++c) lo[r][c] = hi[r][c] = Lanes{};
    std::size_t k = 0;
    for (; k + kLanes <= n; k += kLanes) {
        Lanes alo[C], ahi[C];
        for (std::size_t c = 0; c < C; ++c) {
            alo[c] = load(ar[c] + k);
            ahi[c] = load(ar[c] + k + 8);
        }
        for (std::size_t r = 0; r < R; ++r) {
            const Lanes wlo = load(wr[r] + k), whi = load(wr[r] + k + 8);
            for (std::size_t c = 0; c < C; ++c) {
                lo[r][c] += wlo * alo[c];
                hi[r][c] += whi * ahi[c];
            }
        }
    }
    for (std::size_t r = 0; r < R; ++r)
        for (std::size_t c = 0; c < C; ++c) {
            double sum[kLanes];
            store(sum, lo[r][c]);
            store(sum + 8, hi[r][c]);
            for (std::size_t q = 0; k + q < n; ++q) sum[q] += wr[r][k + q] * ar[c][k + q];  // the last n % 16
            z(j0 + c, i0 + r) = halve_16(sum);
        }
#else
    for (std::size_t r = 0; r < R; ++r)
        for (std::size_t c = 0; c < C; ++c) z(j0 + c, i0 + r) = inner(wr[r], ar[c], n);
#endif
}

// Tiles of 6 rows of w: by 2 examples in dot_rows (24 registers of partial
// sums), by 16 columns in subtract_outer_products (12). The fastest of the
// shapes tried on AVX-512; any shape gives the same bits. Both kernels walk
// a thread's rows the same way: tiles of 6, then what is left in tiles of 3,
// 2 and 1, but tiles of 5 where 6 does not divide the rows and 5 does (15
// rows, a thread's half of 30: three tiles of 5, not 6 + 6 + 3). (Written out
// in each: passed through one shared walk, the tiles lost a fifth of their
// speed to g++'s inlining.)
constexpr std::size_t kTileRows = 6, kTileExamples = 2;

bool tiles_of_five(std::size_t rows) { return rows % kTileRows != 0 && rows % 5 == 0; }

// Rows i .. i+R-1 of w against the examples of a.
template <std::size_t R>
void dot_rows_of(const Matrix& w, const Matrix& a, Range examples, Matrix& z, std::size_t i) {
    constexpr std::size_t C = kTileExamples;
    std::size_t j = examples.first;
    for (; j + C <= examples.last; j += C) dot_tile<R, C>(w, i, a, j, z);
    for (; j < examples.last; ++j) dot_tile<R, 1>(w, i, a, j, z);
}

// Rows i0 .. i0+R-1 of w = w - c * (0 + d[0][i] x[0] + ... + d[n-1][i] x[n-1]),
// sixteen columns at a time in registers (eight on the plain path); the rest
// one by one.
template <std::size_t R>
void subtract_outer_rows(Matrix& w, double c, const Matrix& d, const Matrix& x, std::size_t n, std::size_t i0) {
    const std::size_t cols = w.cols();
    std::size_t k = 0;
#ifdef NNDL_VECTOR_KERNELS
    for (; k + kLanes <= cols; k += kLanes) {
        Lanes lo[R], hi[R];
        for (std::size_t r = 0; r < R; ++r) lo[r] = hi[r] = Lanes{};  // nabla_w starts at zeros
        const double* dj = d.data() + i0;
        const double* xj = x.data() + k;
        for (std::size_t j = 0; j < n; ++j, dj += d.cols(), xj += x.cols()) {
            const Lanes xlo = load(xj), xhi = load(xj + 8);
            for (std::size_t r = 0; r < R; ++r) {
                lo[r] += dj[r] * xlo;
                hi[r] += dj[r] * xhi;
            }
        }
        for (std::size_t r = 0; r < R; ++r) {
            double* wr = w.data() + (i0 + r) * cols + k;
            store(wr, load(wr) - c * lo[r]);
            store(wr + 8, load(wr + 8) - c * hi[r]);
        }
    }
#else
    for (; k + 8 <= cols; k += 8) {  // the same sums, eight columns in plain arrays
        double sum[R][8] = {};            // nabla_w starts at zeros
        const double* dj = d.data() + i0;
        const double* xj = x.data() + k;
        for (std::size_t j = 0; j < n; ++j, dj += d.cols(), xj += x.cols())
            for (std::size_t r = 0; r < R; ++r)
                for (std::size_t q = 0; q < 8; ++q) sum[r][q] += dj[r] * xj[q];
        for (std::size_t r = 0; r < R; ++r) {
            double* wr = w.data() + (i0 + r) * cols + k;
            for (std::size_t q = 0; q < 8; ++q) wr[q] = wr[q] - c * sum[r][q];
        }
    }
#endif
    for (; k < cols; ++k)
        for (std::size_t r = 0; r < R; ++r) {
            double s = 0.0;
            for (std::size_t j = 0; j < n; ++j) s += d(j, i0 + r) * x(j, k);
            w(i0 + r, k) = w(i0 + r, k) - c * s;
        }
}

void require_ranges(const char* who, const Matrix& m, Range examples, Range rows, std::size_t w_rows) {
    if (examples.first > examples.last || examples.last > m.rows() || rows.first > rows.last || rows.last > w_rows)
        throw std::invalid_argument(std::string(who) + ": rows " + std::to_string(rows.first) + " to " +
                                    std::to_string(rows.last) + " of " + std::to_string(w_rows) + ", examples " +
                                    std::to_string(examples.first) + " to " + std::to_string(examples.last) +
                                    " asked of shape " + m.shape());
}

}  // namespace

void dot_rows(const Matrix& w, const Matrix& a, Matrix& z, Range examples, Range rows) {
    require_ranges("dot_rows", a, examples, rows, w.rows());
    if (a.cols() != w.cols() || z.rows() < examples.last || z.cols() != w.rows())
        throw std::invalid_argument("dot_rows: shapes " + w.shape() + ", " + a.shape() + " and " + z.shape() +
                                    " do not fit");
    std::size_t i = rows.first;
    const std::size_t last = rows.last;
    if (tiles_of_five(last - i))
        for (; i + 5 <= last; i += 5) dot_rows_of<5>(w, a, examples, z, i);
    for (; i + kTileRows <= last; i += kTileRows) dot_rows_of<kTileRows>(w, a, examples, z, i);
    if (i + 3 <= last) {
        dot_rows_of<3>(w, a, examples, z, i);
        i += 3;
    }
    for (; i + 2 <= last; i += 2) dot_rows_of<2>(w, a, examples, z, i);
    for (; i < last; ++i) dot_rows_of<1>(w, a, examples, z, i);
}

void subtract_outer_products(Matrix& w, double c, const Matrix& d, const Matrix& x, std::size_t n, Range rows) {
    require_ranges("subtract_outer_products", d, {0, n}, rows, w.rows());
    const std::size_t first = rows.first, last = rows.last;
    if (x.rows() < n || d.cols() != w.rows() || x.cols() != w.cols())
        throw std::invalid_argument("subtract_outer_products: shapes " + w.shape() + ", " + d.shape() + " and " +
                                    x.shape() + " do not fit");
    std::size_t i = first;
    if (tiles_of_five(last - i))
        for (; i + 5 <= last; i += 5) subtract_outer_rows<5>(w, c, d, x, n, i);
    for (; i + kTileRows <= last; i += kTileRows) subtract_outer_rows<kTileRows>(w, c, d, x, n, i);
    if (i + 3 <= last) {
        subtract_outer_rows<3>(w, c, d, x, n, i);
        i += 3;
    }
    for (; i + 2 <= last; i += 2) subtract_outer_rows<2>(w, c, d, x, n, i);
    for (; i < last; ++i) subtract_outer_rows<1>(w, c, d, x, n, i);
}

// out = sum over rows i of delta[i] * (row i of w), i = 0, 1, ...: walks w
// in storage order, so the transpose is never built. Eight columns at a
// time, their sums kept in registers down all the rows (a sum kept in
// memory would make each row wait for the previous row's store).
void dot_transpose(const Matrix& w, const double* delta, double* out) {
    constexpr std::size_t J = 8;
    const std::size_t cols = w.cols();
    std::size_t j = 0;
    for (; j + J <= cols; j += J) {
        double sum[J] = {};
        const double* row = w.data() + j;
        for (std::size_t i = 0; i < w.rows(); ++i, row += cols)
            for (std::size_t q = 0; q < J; ++q) sum[q] += row[q] * delta[i];
        for (std::size_t q = 0; q < J; ++q) out[j + q] = sum[q];
    }
    for (; j < cols; ++j) {  // the last cols % 8
        double sum = 0.0;
        for (std::size_t i = 0; i < w.rows(); ++i) sum += w(i, j) * delta[i];
        out[j] = sum;
    }
}
