// Gradient descent on a plain function of a few variables, as section
// "Learning with gradient descent" develops it before turning to networks.
#pragma once

#include <functional>
#include <vector>

#include "common/numerics/random.h"

// A position v = (v_1, ..., v_m) in the space of the variables.
using Point = std::vector<double>;

// Eqs. (10)-(11), or (14)-(15) in m variables: move by dv = -eta grad C to
// v' = v - eta grad C.
Point gradient_step(const Point& v, const Point& grad_C, double eta);

// Eq. (9), or (12) in m variables: the change in C that a small move dv
// should cause, grad C . dv.
double predicted_change(const Point& grad_C, const Point& dv);

// The valley of the chapter's picture: C(v) = v_1^2 + v_2^2 (any number of
// variables), and its gradient (2 v_1, 2 v_2, ...), Eqs. (8) and (13).
double bowl(const Point& v);
Point bowl_gradient(const Point& v);

// The exercise on the optimal step: among `trials` random moves of length
// epsilon, the smallest grad C . dv found, beside the value for the move the
// chapter claims is best, dv = -epsilon grad C / ||grad C|| (which gives
// -epsilon ||grad C||).
struct StepComparison {
    double best_random;  // min over the random moves of grad C . dv
    double steepest;     // grad C . dv for the steepest-descent move
};
StepComparison compare_with_random_moves(const Point& grad_C, double epsilon, int trials,
                                         NumpyRandom& np_random);
