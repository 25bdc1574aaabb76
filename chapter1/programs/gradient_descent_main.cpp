// build/chapter1/gradient_descent: the "ball rolling down the valley" of
// section "Learning with gradient descent", and two of its exercises.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "chapter1/sections/gradient_descent.h"
#include "chapter1/tools/pictures.h"
#include "common/cli/program.h"

namespace {

const char* const kUsage = R"(usage: gradient_descent [flags]

Iterates v -> v - eta grad C (Eqs. (10)-(11)) on C(x, y) = x^2 + y^2 from
(1, 3), printing the position, the cost, and the change in cost Eq. (9)
predicts beside the real one. Then the one-variable case, and a numerical
check that the steepest-descent move is the best move of a given length.

  --eta X       learning rate (default 0.01)
  --steps N     steps to take (default 10)
  --svg OUT.svg also draw the walk over the valley's contour lines; a larger
                eta shows more of it, e.g. --eta 0.1 --steps 20
  -h, --help    this text
)";

// Returns the path, (1, 3) and every position after it.
std::vector<Point> two_variables(double eta, int steps) {
    std::printf("C(x, y) = x^2 + y^2 from (1, 3), eta = %g\n", eta);
    std::printf("step          x          y           C   predicted dC      real dC\n");
    Point v = {1.0, 3.0};
    std::vector<Point> path = {v};
    std::printf("%4d %10.6f %10.6f %11.7f\n", 0, v[0], v[1], bowl(v));
    for (int step = 1; step <= steps; ++step) {
        const Point grad = bowl_gradient(v);
        const Point next = gradient_step(v, grad, eta);
        const Point dv = {next[0] - v[0], next[1] - v[1]};
        std::printf("%4d %10.6f %10.6f %11.7f %14.7f %12.7f\n", step, next[0], next[1], bowl(next),
                    predicted_change(grad, dv), bowl(next) - bowl(v));
        v = next;
        path.push_back(v);
    }
    return path;
}

void one_variable() {
    // One variable: grad C is the slope C'(v), so each step moves against the
    // slope of the tangent line, downhill, by eta times its steepness.
    std::printf("\nOne variable: C(v) = v^2 from v = 2, eta = 0.25\n");
    std::printf("step        v         C    slope C'(v)\n");
    Point v = {2.0};
    for (int step = 0; step <= 5; ++step) {
        std::printf("%4d %9.5f %9.5f %12.5f\n", step, v[0], bowl(v), bowl_gradient(v)[0]);
        v = gradient_step(v, bowl_gradient(v), 0.25);
    }
}

void optimal_move() {
    std::printf("\nThe best move of length epsilon = 0.01 (exercise): minimise grad C . dv\n");
    NumpyRandom np_random(0);
    const Point grads[] = {{2.0, 6.0}, {1.0, -2.0, 0.5, 3.0, -1.5, 0.25, 2.0, -0.75, 1.25, -3.0}};
    for (const Point& grad : grads) {
        const StepComparison c = compare_with_random_moves(grad, 0.01, 100000, np_random);
        std::printf("%2zu variables: best of 100000 random moves %.8f, steepest descent %.8f\n",
                    grad.size(), c.best_random, c.steepest);
    }
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("gradient_descent", kUsage, argc, argv, {"eta", "steps", "svg"}, {},
                       [](const Flags& flags) {
        const double eta = flags.get_double("eta", 0.01);
        const int steps = static_cast<int>(flags.get_int("steps", 10, 0, 100000));
        if (flags.has("svg")) require_writable(flags.get_string("svg", ""), "--svg", svg_marker(kDescentPicture));
        const std::vector<Point> path = two_variables(eta, steps);
        if (flags.has("svg")) {
            char title[128];
            std::snprintf(title, sizeof title,
                          "The ball's walk on C = x\u00b2 + y\u00b2: v \u2192 v \u2212 \u03b7\u2207C, "
                          "\u03b7 = %g, %d steps",
                          eta, steps);
            try {
                descent_svg(path, title).save(flags.get_string("svg", ""));
            } catch (const std::invalid_argument& e) {
                throw std::runtime_error("--svg: " + std::string(e.what()) + "; try a smaller --eta");
            }
        }
        one_variable();
        optimal_move();
        return 0;
    });
}
