// Matrix and Vector themselves: construction, element-wise arithmetic and
// reductions. The products are in products.cpp, printing in matrix_print.cpp.
#include "common/matrix.h"

#include <algorithm>
#include <stdexcept>

#include "common/shape_errors.h"

// The GDB pretty-printers for Matrix and Vector travel inside this object file,
// so every program that uses a Matrix carries them (common/debugger/gdb_printers.py).
#include "nndl_gdb_printers.inc"

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

Vector& Vector::operator*=(const Vector& other) {
    require_same_shape("*=", *this, other);
    for (std::size_t k = 0; k < data_.size(); ++k) data_[k] *= other.data_[k];
    return *this;
}

Vector& Vector::operator*=(double c) {
    for (double& x : data_) x *= c;
    return *this;
}

void Vector::fill(double value) { std::fill(data_.begin(), data_.end(), value); }

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
