// Matrix and Vector: the only numerics in the project.
//
// They follow numpy wherever network.py relies on numpy, so that the port
// reads like the Python:
//   - A Matrix of shape (rows, cols) is what numpy calls a 2-D array. It is
//     stored row-major in one contiguous std::vector<double>.
//   - A Vector of size n is a *column* vector: what numpy writes as an array of
//     shape (n, 1). network.py keeps every activation, bias and delta in that
//     shape, and so do we. Shapes in comments use numpy's notation: (30, 1).
//   - Constructors fill with zeros, like np.zeros.
//   - `*` between two Vectors (or two Matrices) is numpy's element-wise
//     (Hadamard) product, not a matrix product; the matrix product is `dot`.
//
// Every operation checks shapes, in every build type, as numpy always does: a
// mismatch throws std::invalid_argument in numpy's words, e.g.
//   dot: shapes (30,784) and (30,1) not aligned
// Element access checks bounds only in Debug builds (an assert), so the hot
// loops stay fast in Release.
//
// This header is the numpy subset the port uses. The forms that write into an
// existing array, which only the fast training engine needs, are in
// common/numerics/kernels.h.
#pragma once

#include <cassert>
#include <cstddef>
#include <initializer_list>
#include <iosfwd>
#include <limits>
#include <new>
#include <string>
#include <utility>
#include <vector>

// Where a Matrix or Vector keeps its numbers: memory that starts on a
// 64-byte boundary, a cache line and an AVX-512 register's width. With
// plain new, where an array starts depends on what was allocated before it,
// and a product whose every load straddles two cache lines ran 10% slower
// than the same code after an unrelated change moved the heap. Only the
// speed depends on it, never a result.
template <class T>
struct CacheLineAllocator {
    using value_type = T;
    static constexpr std::size_t kAlignment = 64;
    CacheLineAllocator() = default;
    template <class U>
    CacheLineAllocator(const CacheLineAllocator<U>&) {}
    T* allocate(std::size_t n) {
        if (n > std::numeric_limits<std::size_t>::max() / sizeof(T)) throw std::bad_array_new_length();
        return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(kAlignment)));
    }
    void deallocate(T* p, std::size_t) { ::operator delete(p, std::align_val_t(kAlignment)); }
    // A new element with no value given is left unset (what np.empty
    // promises), not zeroed: a result about to be overwritten is not first
    // filled with zeros. Every value given is stored as given.
    template <class U>
    void construct(U* p) noexcept {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
    template <class U>
    bool operator==(const CacheLineAllocator<U>&) const { return true; }
    template <class U>
    bool operator!=(const CacheLineAllocator<U>&) const { return false; }
};
using Doubles = std::vector<double, CacheLineAllocator<double>>;

class Vector;
class TransposedMatrix;
class TransposedVector;

class Matrix {
public:
    Matrix() = default;                        // shape (0, 0)
    Matrix(std::size_t rows, std::size_t cols);  // np.zeros((rows, cols))
    // np.empty((rows, cols)): the entries are left unset, for a result
    // whose every entry is written next.
    static Matrix empty(std::size_t rows, std::size_t cols);
    // Row by row: Matrix{{1, 2}, {3, 4}} is np.array([[1, 2], [3, 4]]).
    Matrix(std::initializer_list<std::initializer_list<double>> rows);
    // A copy of a transposed view: np.array(m.transpose()), np.array(v.transpose()).
    explicit Matrix(const TransposedMatrix& t);
    explicit Matrix(const TransposedVector& t);

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }
    std::size_t size() const { return data_.size(); }
    std::string shape() const;  // "(rows,cols)", as numpy prints a shape

    double& operator()(std::size_t i, std::size_t j) {
        assert(i < rows_ && j < cols_);
        return data_[i * cols_ + j];
    }
    double operator()(std::size_t i, std::size_t j) const {
        assert(i < rows_ && j < cols_);
        return data_[i * cols_ + j];
    }
    // The row-major storage, for loops that walk it in order.
    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }

    Matrix& operator+=(const Matrix& other);
    Matrix& operator-=(const Matrix& other);
    Matrix& operator*=(double c);
    void fill(double value);  // a.fill(value), numpy's in-place fill

    // m.transpose(): a view with rows and columns swapped, as numpy's is (no
    // copy). It refers to m, so it may not outlive it; a temporary's
    // transpose is refused at compile time.
    TransposedMatrix transpose() const&;
    TransposedMatrix transpose() const&& = delete;

private:
    std::size_t rows_ = 0;
    std::size_t cols_ = 0;
    Doubles data_;
};

class Vector {
public:
    Vector() = default;           // size 0
    explicit Vector(std::size_t n);  // np.zeros((n, 1))
    static Vector empty(std::size_t n);  // np.empty((n, 1)): entries left unset
    Vector(std::initializer_list<double> values);

    std::size_t rows() const { return data_.size(); }
    std::size_t cols() const { return 1; }
    std::size_t size() const { return data_.size(); }
    std::string shape() const;  // "(n,1)"

    double& operator[](std::size_t i) {
        assert(i < data_.size());
        return data_[i];
    }
    double operator[](std::size_t i) const {
        assert(i < data_.size());
        return data_[i];
    }
    double* data() { return data_.data(); }
    const double* data() const { return data_.data(); }

    Vector& operator+=(const Vector& other);
    Vector& operator-=(const Vector& other);
    Vector& operator*=(const Vector& other);  // element-wise, numpy's a *= b
    Vector& operator*=(double c);
    void fill(double value);

    // v.transpose(): the (1, n) row view of this (n, 1) column (see Matrix::transpose).
    TransposedVector transpose() const&;
    TransposedVector transpose() const&& = delete;

private:
    Doubles data_;
};

// What m.transpose() and v.transpose() return: views of the same numbers,
// shaped (cols, rows) and (1, n). np.dot takes them (common/numerics/products.h).
class TransposedMatrix {
public:
    explicit TransposedMatrix(const Matrix& m) : of(m) {}
    std::size_t rows() const { return of.cols(); }
    std::size_t cols() const { return of.rows(); }
    std::string shape() const;  // "(cols,rows)" of the matrix viewed
    const Matrix& of;           // the matrix viewed, as stored
};

class TransposedVector {
public:
    explicit TransposedVector(const Vector& v) : of(v) {}
    std::size_t rows() const { return 1; }
    std::size_t cols() const { return of.size(); }
    std::string shape() const;  // "(1,n)"
    const Vector& of;
};

inline TransposedMatrix Matrix::transpose() const& { return TransposedMatrix(*this); }
inline TransposedVector Vector::transpose() const& { return TransposedVector(*this); }

// ---- Element-wise arithmetic, as numpy broadcasts equal shapes ------------

Vector operator+(const Vector& a, const Vector& b);
Vector operator-(const Vector& a, const Vector& b);
Vector operator*(const Vector& a, const Vector& b);  // element-wise (Hadamard), numpy's *
Vector operator*(double c, const Vector& v);
Vector operator*(const Vector& v, double c);

Matrix operator+(const Matrix& a, const Matrix& b);
Matrix operator-(const Matrix& a, const Matrix& b);
Matrix operator*(const Matrix& a, const Matrix& b);  // element-wise (Hadamard), numpy's *
Matrix operator*(double c, const Matrix& m);
Matrix operator*(const Matrix& m, double c);

// f applied to every entry: how numpy vectorises sigmoid(z). `f` is a plain
// function pointer so a debugger can step into it.
Vector apply(double (*f)(double), const Vector& v);
Matrix apply(double (*f)(double), const Matrix& m);

// [np.zeros(b.shape) for b in list]: zero arrays of the same shapes, as
// network.py makes nabla_b and nabla_w from biases and weights.
std::vector<Vector> zeros_like(const std::vector<Vector>& list);
std::vector<Matrix> zeros_like(const std::vector<Matrix>& list);

// ---- Reductions ------------------------------------------------------------

// np.argmax: the index of the first largest entry (ties go to the lowest
// index). Throws for an empty vector, as numpy does.
std::size_t argmax(const Vector& v);
double sum(const Vector& v);  // np.sum
double sum(const Matrix& m);

// ---- Printing, the way numpy prints an array (common/numerics/matrix_print.cpp) ------

// [[ 1.   2. ]
//  [ 3.5 -4. ]]  Large arrays show their first and last three rows and columns
// around "...", as numpy's summary does above 1000 entries, and rows wider
// than numpy's 75-character line wrap where numpy's print() wraps them.
std::ostream& operator<<(std::ostream& os, const Matrix& m);
std::ostream& operator<<(std::ostream& os, const Vector& v);  // as an (n, 1) array

// np.dot and its relatives, the products network.py uses.
#include "common/numerics/products.h"
