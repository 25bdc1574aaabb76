#include "common/matrix.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

// The GDB pretty-printers for Matrix and Vector travel inside this object file,
// so every program that uses a Matrix carries them (common/gdb/printers.py).
#include "nndl_gdb_printers.inc"

namespace {

std::string shape_of(std::size_t rows, std::size_t cols) {
    return "(" + std::to_string(rows) + "," + std::to_string(cols) + ")";
}

// numpy's wording for two shapes that cannot meet in `op`.
template <class A, class B>
[[noreturn]] void shape_error(const char* op, const A& a, const B& b, const char* why) {
    throw std::invalid_argument(std::string(op) + ": shapes " + a.shape() + " and " +
                                b.shape() + " " + why);
}

template <class A, class B>
void require_same_shape(const char* op, const A& a, const B& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols())
        shape_error(op, a, b, "differ (element-wise operations need equal shapes)");
}

// x . y over n contiguous doubles. Four independent accumulators let the
// compiler keep several multiply-adds in flight (and use SIMD) without
// -ffast-math; the order of additions is still fixed by this source, so every
// build gives the same bits.
double inner(const double* x, const double* y, std::size_t n) {
    double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
    std::size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        s0 += x[j] * y[j];
        s1 += x[j + 1] * y[j + 1];
        s2 += x[j + 2] * y[j + 2];
        s3 += x[j + 3] * y[j + 3];
    }
    for (; j < n; ++j) s0 += x[j] * y[j];
    return (s0 + s1) + (s2 + s3);
}

}  // namespace

// ---- Matrix -----------------------------------------------------------------

Matrix::Matrix(std::size_t rows, std::size_t cols)
    : rows_(rows), cols_(cols), data_(rows * cols, 0.0) {}

Matrix::Matrix(std::initializer_list<std::initializer_list<double>> rows)
    : rows_(rows.size()), cols_(rows.size() ? rows.begin()->size() : 0) {
    data_.reserve(rows_ * cols_);
    for (const auto& row : rows) {
        if (row.size() != cols_)
            throw std::invalid_argument("Matrix: rows of unequal length (" +
                                        std::to_string(cols_) + " and " +
                                        std::to_string(row.size()) + ")");
        data_.insert(data_.end(), row.begin(), row.end());
    }
}

std::string Matrix::shape() const { return shape_of(rows_, cols_); }

Matrix& Matrix::operator+=(const Matrix& other) {
    require_same_shape("+=", *this, other);
    const double* o = other.data();
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] += o[k];
    return *this;
}

Matrix& Matrix::operator-=(const Matrix& other) {
    require_same_shape("-=", *this, other);
    const double* o = other.data();
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] -= o[k];
    return *this;
}

Matrix& Matrix::operator*=(double c) {
    for (double& x : data_) x *= c;
    return *this;
}

void Matrix::fill(double value) { std::fill(data_.begin(), data_.end(), value); }

// ---- Vector -----------------------------------------------------------------

Vector::Vector(std::size_t n) : data_(n, 0.0) {}

Vector::Vector(std::initializer_list<double> values) : data_(values) {}

std::string Vector::shape() const { return shape_of(data_.size(), 1); }

Vector& Vector::operator+=(const Vector& other) {
    require_same_shape("+=", *this, other);
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] += other.data_[k];
    return *this;
}

Vector& Vector::operator-=(const Vector& other) {
    require_same_shape("-=", *this, other);
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] -= other.data_[k];
    return *this;
}

Vector& Vector::operator*=(double c) {
    for (double& x : data_) x *= c;
    return *this;
}

void Vector::fill(double value) { std::fill(data_.begin(), data_.end(), value); }

// ---- Products -----------------------------------------------------------------

Vector dot(const Matrix& w, const Vector& a) {
    if (w.cols() != a.rows()) shape_error("dot", w, a, "not aligned");
    Vector out(w.rows());
    const double* row = w.data();
    for (std::size_t i = 0; i < w.rows(); ++i, row += w.cols())
        out[i] = inner(row, a.data(), w.cols());
    return out;
}

Matrix dot(const Matrix& a, const Matrix& b) {
    if (a.cols() != b.rows()) shape_error("dot", a, b, "not aligned");
    Matrix out(a.rows(), b.cols());
    // i-k-j order: the innermost loop walks a row of b and a row of out, both
    // contiguous.
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
    if (w.rows() != delta.rows()) {
        // Report it as numpy would see it: the transposed shape meets delta.
        throw std::invalid_argument("dot: shapes " + shape_of(w.cols(), w.rows()) + " and " +
                                    delta.shape() + " not aligned");
    }
    // out = sum over rows i of delta[i] * (row i of w): walks w in storage
    // order, so the transpose is never built.
    Vector out(w.cols());
    double* o = out.data();
    const double* row = w.data();
    for (std::size_t i = 0; i < w.rows(); ++i, row += w.cols()) {
        const double d = delta[i];
        for (std::size_t j = 0; j < w.cols(); ++j) o[j] += row[j] * d;
    }
    return out;
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
    std::copy(v.data(), v.data() + v.size(), out.data());
    return out;
}

// ---- Element-wise -------------------------------------------------------------

namespace {

template <class T, class Op>
T elementwise(const char* op_name, const T& a, const T& b, Op op) {
    require_same_shape(op_name, a, b);
    T out = a;
    double* o = out.data();
    const double* y = b.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = op(o[k], y[k]);
    return out;
}

template <class T>
T scaled(double c, const T& v) {
    T out = v;
    double* o = out.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = c * o[k];
    return out;
}

template <class T>
T applied(double (*f)(double), const T& v) {
    T out = v;
    double* o = out.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = f(o[k]);
    return out;
}

template <class T>
double summed(const T& v) {
    double s = 0.0;
    const double* x = v.data();
    for (std::size_t k = 0; k < v.size(); ++k) s += x[k];
    return s;
}

}  // namespace

Vector operator+(const Vector& a, const Vector& b) {
    return elementwise("add", a, b, [](double x, double y) { return x + y; });
}
Vector operator-(const Vector& a, const Vector& b) {
    return elementwise("subtract", a, b, [](double x, double y) { return x - y; });
}
Vector operator*(const Vector& a, const Vector& b) {
    return elementwise("multiply", a, b, [](double x, double y) { return x * y; });
}
Vector operator*(double c, const Vector& v) { return scaled(c, v); }
Vector operator*(const Vector& v, double c) { return scaled(c, v); }

Matrix operator+(const Matrix& a, const Matrix& b) {
    return elementwise("add", a, b, [](double x, double y) { return x + y; });
}
Matrix operator-(const Matrix& a, const Matrix& b) {
    return elementwise("subtract", a, b, [](double x, double y) { return x - y; });
}
Matrix operator*(const Matrix& a, const Matrix& b) {
    return elementwise("multiply", a, b, [](double x, double y) { return x * y; });
}
Matrix operator*(double c, const Matrix& m) { return scaled(c, m); }
Matrix operator*(const Matrix& m, double c) { return scaled(c, m); }

Vector apply(double (*f)(double), const Vector& v) { return applied(f, v); }
Matrix apply(double (*f)(double), const Matrix& m) { return applied(f, m); }

std::vector<Vector> zeros_like(const std::vector<Vector>& list) {
    std::vector<Vector> out;
    for (const Vector& b : list) out.emplace_back(b.size());
    return out;
}

std::vector<Matrix> zeros_like(const std::vector<Matrix>& list) {
    std::vector<Matrix> out;
    for (const Matrix& w : list) out.emplace_back(w.rows(), w.cols());
    return out;
}

// ---- Reductions -------------------------------------------------------------

std::size_t argmax(const Vector& v) {
    if (v.size() == 0) throw std::invalid_argument("argmax: attempt to get argmax of an empty sequence");
    std::size_t best = 0;
    for (std::size_t i = 1; i < v.size(); ++i)
        if (v[i] > v[best]) best = i;  // strictly greater: the first maximum wins
    return best;
}

double sum(const Vector& v) { return summed(v); }
double sum(const Matrix& m) { return summed(m); }

// ---- Printing ---------------------------------------------------------------

namespace {

constexpr std::size_t kSummaryThreshold = 1000;  // numpy's default `threshold`
constexpr std::size_t kEdgeItems = 3;            // numpy's default `edgeitems`

// The indices numpy shows along an axis of length n: all of them, or the
// first and last three with a gap (marked by n) between them.
std::vector<std::size_t> shown(std::size_t n, bool summarise) {
    std::vector<std::size_t> idx;
    if (!summarise || n <= 2 * kEdgeItems) {
        for (std::size_t i = 0; i < n; ++i) idx.push_back(i);
    } else {
        for (std::size_t i = 0; i < kEdgeItems; ++i) idx.push_back(i);
        idx.push_back(n);  // the "..." marker
        for (std::size_t i = n - kEdgeItems; i < n; ++i) idx.push_back(i);
    }
    return idx;
}

// One number as numpy prints it at precision 8: trailing zeros dropped but
// the point kept ("1.", "0.5", "-0.33333333"), or in scientific notation
// ("1.5e-05") when the array calls for it.
std::string format_number(double x, bool scientific) {
    if (std::isnan(x)) return "nan";
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    char buf[64];
    std::snprintf(buf, sizeof buf, scientific ? "%.8e" : "%.8f", x);
    std::string s = buf;
    std::size_t e = scientific ? s.find('e') : s.size();
    std::string mantissa = s.substr(0, e), exponent = s.substr(e);
    while (!mantissa.empty() && mantissa.back() == '0') mantissa.pop_back();
    return mantissa + exponent;
}

// numpy switches to scientific notation when the largest magnitude reaches
// 1e8, or the smallest non-zero one is below 1e-4, or they span over 1e3.
bool wants_scientific(const std::vector<double>& values) {
    double max_abs = 0.0, min_abs = 0.0;
    bool any = false;
    for (double x : values) {
        if (!std::isfinite(x) || x == 0.0) continue;
        double a = std::fabs(x);
        if (!any || a > max_abs) max_abs = a;
        if (!any || a < min_abs) min_abs = a;
        any = true;
    }
    return any && (max_abs >= 1e8 || min_abs < 1e-4 || max_abs / min_abs > 1e3);
}

void print_array(std::ostream& os, std::size_t rows, std::size_t cols, const double* data) {
    const bool summarise = rows * cols > kSummaryThreshold;
    const auto row_idx = shown(rows, summarise), col_idx = shown(cols, summarise);

    std::vector<double> values;
    for (std::size_t i : row_idx)
        for (std::size_t j : col_idx)
            if (i < rows && j < cols) values.push_back(data[i * cols + j]);
    const bool scientific = wants_scientific(values);

    // In scientific notation numpy gives every mantissa as many digits as the
    // longest needs ("1.5e-05", "1.0e+00"); otherwise it aligns on the
    // decimal point, padding the integer part on the left and the fraction on
    // the right with spaces.
    std::size_t digits = 0;
    if (scientific) {
        for (double x : values) {
            const std::string s = format_number(x, true);
            const std::size_t point = s.find('.'), e = s.find('e');
            if (point != std::string::npos && e != std::string::npos)
                digits = std::max(digits, e - point - 1);
        }
    }
    auto text = [&](double x) {
        if (!scientific || !std::isfinite(x)) return format_number(x, scientific);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", static_cast<int>(digits), x);
        std::string s = buf;
        return digits == 0 ? s.insert(s.find('e'), ".") : s;  // numpy keeps the point: "1.e+00"
    };
    auto split = [](const std::string& s) {
        std::size_t p = s.find('.');
        return p == std::string::npos ? s.size() : p;
    };
    std::size_t left = 0, right = 0;
    for (double x : values) {
        const std::string s = text(x);
        left = std::max(left, split(s));
        right = std::max(right, s.size() - split(s));
    }
    auto cell = [&](double x) {
        const std::string s = text(x);
        const std::size_t p = split(s);
        return std::string(left - p, ' ') + s + std::string(right - (s.size() - p), ' ');
    };

    os << '[';
    bool first_row = true;
    for (std::size_t i : row_idx) {
        if (!first_row) os << "\n ";
        first_row = false;
        if (i == rows) {
            os << "...";
            continue;
        }
        os << '[';
        bool first_col = true;
        for (std::size_t j : col_idx) {
            if (!first_col) os << ' ';
            first_col = false;
            if (j == cols)
                os << "...";
            else
                os << cell(data[i * cols + j]);
        }
        os << ']';
    }
    os << ']';
}

}  // namespace

std::ostream& operator<<(std::ostream& os, const Matrix& m) {
    print_array(os, m.rows(), m.cols(), m.data());
    return os;
}

std::ostream& operator<<(std::ostream& os, const Vector& v) {
    print_array(os, v.size(), 1, v.data());
    return os;
}
