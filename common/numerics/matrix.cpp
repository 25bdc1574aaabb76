// Matrix and Vector themselves: construction, element-wise arithmetic and
// reductions. The products are in products.cpp (their loops in kernels.cpp),
// printing in matrix_print.cpp.
#include "common/numerics/matrix.h"

#include <algorithm>
#include <stdexcept>

#include "common/numerics/shape_errors.h"

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

Matrix Matrix::empty(std::size_t rows, std::size_t cols) {
    Matrix m;
    m.rows_ = rows;
    m.cols_ = cols;
    m.data_ = Doubles(rows * cols);  // no value given: left unset (CacheLineAllocator)
    return m;
}

Matrix::Matrix(const TransposedMatrix& t) : Matrix(t.rows(), t.cols()) {
    for (std::size_t i = 0; i < rows_; ++i)
        for (std::size_t j = 0; j < cols_; ++j) data_[i * cols_ + j] = t.of(j, i);
}

Matrix::Matrix(const TransposedVector& t) : Matrix(1, t.cols()) {
    for (std::size_t j = 0; j < cols_; ++j) data_[j] = t.of[j];
}

std::string Matrix::shape() const { return shape_of(rows_, cols_); }

std::string TransposedMatrix::shape() const { return shape_of(rows(), cols()); }
std::string TransposedVector::shape() const { return shape_of(1, cols()); }

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

Vector Vector::empty(std::size_t n) {
    Vector v;
    v.data_ = Doubles(n);  // no value given: left unset (CacheLineAllocator)
    return v;
}

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

Matrix empty_like(const Matrix& m) { return Matrix::empty(m.rows(), m.cols()); }
Vector empty_like(const Vector& v) { return Vector::empty(v.size()); }

template <class T, class Op>
T elementwise(const char* op_name, const T& a, const T& b, Op op) {
    require_same_shape(op_name, a, b);
    T out = empty_like(a);
    double* o = out.data();
    const double* x = a.data();
    const double* y = b.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = op(x[k], y[k]);
    return out;
}

template <class T>
T scaled(double c, const T& v) {
    T out = empty_like(v);
    double* o = out.data();
    const double* x = v.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = c * x[k];
    return out;
}

template <class T>
T applied(double (*f)(double), const T& v) {
    T out = empty_like(v);
    double* o = out.data();
    const double* x = v.data();
    for (std::size_t k = 0; k < out.size(); ++k) o[k] = f(x[k]);
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
