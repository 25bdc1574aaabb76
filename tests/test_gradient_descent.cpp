// Gradient descent on the chapter's valley, and the optimal-step exercise.
#include <cmath>

#include "chapter1/sections/gradient_descent.h"
#include "tests/check.h"

TEST_CASE(gradient_descent, two_steps, "") {
    // C = x^2 + y^2 from (1, 3) with eta 0.01: by hand, (1 - 0.02, 3 - 0.06)
    // = (0.98, 2.94) with C = 9.604, then (0.9604, 2.8812) with C = 9.2236816.
    // 1e-12: a few roundings of numbers near 1.
    Point v = {1.0, 3.0};
    v = gradient_step(v, bowl_gradient(v), 0.01);
    CHECK_NEAR(v[0], 0.98, 1e-12);
    CHECK_NEAR(v[1], 2.94, 1e-12);
    CHECK_NEAR(bowl(v), 9.604, 1e-12);
    v = gradient_step(v, bowl_gradient(v), 0.01);
    CHECK_NEAR(v[0], 0.9604, 1e-12);
    CHECK_NEAR(v[1], 2.8812, 1e-12);
    CHECK_NEAR(bowl(v), 9.2236816, 1e-12);
}

TEST_CASE(gradient_descent, predicted_change, "") {
    // Eq. (9): grad C . dv approximates the real change, better as dv shrinks
    // (for the bowl the error is exactly ||dv||^2).
    const Point v = {1.0, 3.0};
    for (double eta : {0.1, 0.01, 0.001}) {
        const Point next = gradient_step(v, bowl_gradient(v), eta);
        const Point dv = {next[0] - v[0], next[1] - v[1]};
        const double real = bowl(next) - bowl(v);
        CHECK(real < 0);
        CHECK_NEAR(real - predicted_change(bowl_gradient(v), dv), dv[0] * dv[0] + dv[1] * dv[1], 1e-12);
    }
}

TEST_CASE(gradient_descent, one_variable, "") {
    // C(v) = v^2, eta 0.25: each step halves v, moving against the slope.
    Point v = {2.0};
    for (double expected : {1.0, 0.5, 0.25, 0.125}) {
        v = gradient_step(v, bowl_gradient(v), 0.25);
        CHECK_EQ(v[0], expected);
    }
    Point w = {-3.0};
    w = gradient_step(w, bowl_gradient(w), 0.25);
    CHECK_EQ(w[0], -1.5);  // from the left it moves right: still downhill
}

TEST_CASE(gradient_descent, steepest_move_is_optimal, "") {
    // Cauchy-Schwarz: grad C . dv >= -||grad C|| ||dv||, with equality only
    // for dv = -epsilon grad C / ||grad C||. No random move of length epsilon
    // does better, and the best of many comes close.
    NumpyRandom np_random(1);
    for (const Point& grad : {Point{2.0, 6.0}, Point{1.0, -2.0, 0.5, 3.0, -1.5}}) {
        const double norm = std::sqrt(predicted_change(grad, grad));
        const StepComparison c = compare_with_random_moves(grad, 0.01, 20000, np_random);
        CHECK_NEAR(c.steepest, -0.01 * norm, 1e-15);
        CHECK(c.best_random >= c.steepest - 1e-15);  // 1e-15: rounding in the dot products
        CHECK(c.best_random < 0.95 * c.steepest);    // ...and sampling gets within 5%
    }
}
