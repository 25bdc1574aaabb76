#include "chapter1/sections/gradient_descent.h"

#include <cmath>
#include <stdexcept>

namespace {

double dot_product(const Point& a, const Point& b) {
    if (a.size() != b.size()) throw std::invalid_argument("gradient descent: points of different dimension");
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
    return s;
}

}  // namespace

// Eqs. (10)-(11), (14)-(15).
Point gradient_step(const Point& v, const Point& grad_C, double eta) {
    if (v.size() != grad_C.size()) throw std::invalid_argument("gradient_step: v and grad C differ in dimension");
    Point next = v;
    for (std::size_t i = 0; i < v.size(); ++i) next[i] = v[i] - eta * grad_C[i];
    return next;
}

// Eq. (7) for two variables, written as Eq. (9); Eq. (12) for m variables.
// The first-order change, exact only as dv shrinks.
double predicted_change(const Point& grad_C, const Point& dv) { return dot_product(grad_C, dv); }

double bowl(const Point& v) { return dot_product(v, v); }

// Eqs. (8), (13): the vector of partial derivatives of the bowl.
Point bowl_gradient(const Point& v) {
    Point g = v;
    for (double& gi : g) gi *= 2.0;
    return g;
}

StepComparison compare_with_random_moves(const Point& grad_C, double epsilon, int trials,
                                         NumpyRandom& np_random) {
    const double norm = std::sqrt(dot_product(grad_C, grad_C));
    if (!(norm > 0)) throw std::invalid_argument("compare_with_random_moves: grad C is zero");
    // Gaussian coordinates give a direction uniform on the sphere.
    double best = INFINITY;
    for (int t = 0; t < trials; ++t) {
        Point dv(grad_C.size());
        for (double& x : dv) x = np_random.randn();
        const double length = std::sqrt(dot_product(dv, dv));
        for (double& x : dv) x *= epsilon / length;
        best = std::min(best, predicted_change(grad_C, dv));
    }
    Point steepest = grad_C;
    for (double& x : steepest) x *= -epsilon / norm;
    return {best, predicted_change(grad_C, steepest)};
}
