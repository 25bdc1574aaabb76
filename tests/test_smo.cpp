// The two-class SMO solver (chapter1/svm/smo.h) on problems whose answers are
// known: solved by hand, by symmetry, or checked against the optimality
// conditions recomputed here from scratch.
#include <cmath>
#include <random>
#include <vector>

#include "chapter1/svm/smo.h"
#include "tests/check.h"

namespace {

// A small problem held as its full kernel matrix.
struct Problem {
    std::vector<int> y;
    std::vector<std::vector<double>> K;

    std::vector<double> diag() const {
        std::vector<double> d;
        for (std::size_t t = 0; t < y.size(); ++t) d.push_back(K[t][t]);
        return d;
    }
    KernelRow rows() const {
        return [this](std::size_t i, double* row) {
            for (std::size_t t = 0; t < y.size(); ++t) row[t] = K[i][t];
        };
    }
    SmoSolution solve(SmoSettings settings) const { return smo_solve(y, diag(), rows(), settings); }

    // sum_s alpha_s y_s K(x_s, x_t) + b: the decision value at example t.
    double decision(const SmoSolution& s, std::size_t t) const {
        double f = 0;
        for (std::size_t k = 0; k < y.size(); ++k) f += s.alpha[k] * y[k] * K[k][t];
        return f + s.b;
    }
    // The dual objective 1/2 alpha^T Q alpha - sum alpha, from scratch.
    double objective(const std::vector<double>& alpha) const {
        double f = 0;
        for (std::size_t s = 0; s < y.size(); ++s)
            for (std::size_t t = 0; t < y.size(); ++t)
                f += 0.5 * alpha[s] * alpha[t] * y[s] * y[t] * K[s][t];
        for (const double a : alpha) f -= a;
        return f;
    }
};

// Points in any dimension with a kernel function.
template <class Kernel>
Problem make_problem(const std::vector<std::vector<double>>& x, const std::vector<int>& y,
                     Kernel kernel) {
    Problem p;
    p.y = y;
    for (const auto& xs : x) {
        p.K.emplace_back();
        for (const auto& xt : x) p.K.back().push_back(kernel(xs, xt));
    }
    return p;
}

double linear(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0;
    for (std::size_t k = 0; k < a.size(); ++k) s += a[k] * b[k];
    return s;
}

auto rbf(double gamma) {
    return [gamma](const std::vector<double>& a, const std::vector<double>& b) {
        double s = 0;
        for (std::size_t k = 0; k < a.size(); ++k) s += (a[k] - b[k]) * (a[k] - b[k]);
        return std::exp(-gamma * s);
    };
}

// Two overlapping clouds in the plane, n / 2 points each: a problem with
// free, bounded and non-support examples.
Problem clouds(double gamma, int n = 200) {
    std::mt19937 gen(7);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<std::vector<double>> x;
    std::vector<int> y;
    for (int t = 0; t < n; ++t) {
        const int label = t % 2 ? 1 : -1;
        x.push_back({normal(gen) + label, normal(gen) + 0.5 * label});
        y.push_back(label);
    }
    return make_problem(x, y, rbf(gamma));
}

// The optimality (KKT) conditions, recomputed from the alphas alone:
// feasibility, and y f(x_t) >= 1 where alpha_t = 0, = 1 where 0 < alpha_t
// < C, <= 1 where alpha_t = C, each to within the tolerance. Counts the
// examples of each kind.
struct Kinds {
    int zero = 0, free = 0, bounded = 0;
};
Kinds check_kkt(const Problem& p, const SmoSolution& s, const SmoSettings& settings) {
    CHECK(s.converged);
    CHECK(s.gap <= settings.tol);
    Kinds kinds;
    double balance = 0;
    for (std::size_t t = 0; t < p.y.size(); ++t) {
        CHECK(s.alpha[t] >= 0 && s.alpha[t] <= settings.C);
        balance += p.y[t] * s.alpha[t];
        const double margin = p.y[t] * p.decision(s, t);
        if (s.alpha[t] == 0) {
            CHECK(margin >= 1 - settings.tol);
            ++kinds.zero;
        } else if (s.alpha[t] == settings.C) {
            CHECK(margin <= 1 + settings.tol);
            ++kinds.bounded;
        } else {
            CHECK_NEAR(margin, 1.0, settings.tol);
            ++kinds.free;
        }
    }
    // sum y alpha = 0, kept by every step up to rounding
    CHECK_NEAR(balance, 0.0, 1e-12 * settings.C * static_cast<double>(p.y.size()));
    return kinds;
}

}  // namespace

TEST_CASE(smo, two_points, "") {
    // Two points, one of each class, K(x1, x2) = k. By symmetry alpha_1 =
    // alpha_2 = a and f(a) = a^2 (1 - k) - 2a, least at a = 1 / (1 - k); both
    // points lie on the margin, decision values +1 and -1, and b = 0.
    const Problem p = make_problem({{0.0}, {1.0}}, {1, -1}, rbf(0.5));
    const double k = std::exp(-0.5);
    SmoSettings settings;
    settings.C = 10;
    const SmoSolution s = p.solve(settings);
    CHECK(s.converged);
    CHECK_NEAR(s.alpha[0], 1 / (1 - k), 1e-12);  // one step solves a two-variable problem exactly
    CHECK_NEAR(s.alpha[1], 1 / (1 - k), 1e-12);
    CHECK_NEAR(s.b, 0.0, 1e-12);
    CHECK_NEAR(p.decision(s, 0), 1.0, 1e-12);
    CHECK_NEAR(p.decision(s, 1), -1.0, 1e-12);
    CHECK_EQ(s.iterations, 1);
}

TEST_CASE(smo, two_points_bounded, "") {
    // With C below 1 / (1 - k) = 2.54, both alphas stop at C exactly, and
    // the decision values shrink to +-C (1 - k).
    const Problem p = make_problem({{0.0}, {1.0}}, {1, -1}, rbf(0.5));
    const double k = std::exp(-0.5);
    const SmoSolution s = p.solve(SmoSettings{});  // C = 1
    CHECK_EQ(s.alpha[0], 1.0);
    CHECK_EQ(s.alpha[1], 1.0);
    CHECK_NEAR(s.b, 0.0, 1e-15);
    CHECK_NEAR(p.decision(s, 0), 1 - k, 1e-12);
}

TEST_CASE(smo, hand_solved_1d, "") {
    // Points 0 (class -1), 2 and 3 (class +1) with K(x, z) = x z: the widest
    // margin puts the boundary at 1, w = 1 and b = -1, with support vectors 0
    // and 2 (alpha = 1/2 each: w = sum alpha y x = 2 alpha_2 = 1, and
    // alpha_1 = alpha_2 from sum y alpha = 0); the point 3 has alpha = 0.
    const Problem p = make_problem({{0.0}, {2.0}, {3.0}}, {-1, 1, 1}, linear);
    SmoSettings settings;
    settings.tol = 1e-10;
    const SmoSolution s = p.solve(settings);
    CHECK(s.converged);
    CHECK_NEAR(s.alpha[0], 0.5, 1e-9);
    CHECK_NEAR(s.alpha[1], 0.5, 1e-9);
    CHECK_EQ(s.alpha[2], 0.0);
    CHECK_NEAR(s.b, -1.0, 1e-9);
    CHECK_NEAR(p.decision(s, 2), 2.0, 1e-9);  // w x + b at x = 3
}

TEST_CASE(smo, xor_square, "") {
    // XOR: the corners (0,0) and (1,1) against (0,1) and (1,0), which no line
    // separates and the RBF kernel does. By symmetry every alpha is equal:
    // a = 1 / (1 + k2 - 2 k1), with k1 = exp(-gamma) for neighbours and
    // k2 = exp(-2 gamma) across the diagonal, and b = 0.
    const std::vector<std::vector<double>> x = {{0, 0}, {1, 1}, {0, 1}, {1, 0}};
    const std::vector<int> y = {1, 1, -1, -1};
    const Problem p = make_problem(x, y, rbf(1.0));
    const double k1 = std::exp(-1.0), k2 = std::exp(-2.0);
    SmoSettings settings;
    settings.C = 10;
    settings.tol = 1e-10;
    const SmoSolution s = p.solve(settings);
    for (std::size_t t = 0; t < 4; ++t) {
        CHECK_NEAR(s.alpha[t], 1 / (1 + k2 - 2 * k1), 1e-9);
        CHECK_NEAR(y[t] * p.decision(s, t), 1.0, 1e-9);  // every point on its margin
    }
    CHECK_NEAR(s.b, 0.0, 1e-9);
    // With C = 1 < 2.5 every alpha stops at the bound, and y f = 1 + k2 - 2 k1.
    const SmoSolution bounded = p.solve(SmoSettings{});
    for (std::size_t t = 0; t < 4; ++t) {
        CHECK_EQ(bounded.alpha[t], 1.0);
        CHECK_NEAR(y[t] * p.decision(bounded, t), 1 + k2 - 2 * k1, 1e-12);
    }
}

TEST_CASE(smo, second_order_selection, "") {
    // At alpha = 0 every pair (i, j) of opposite labels violates the
    // conditions equally (b_ij = 2), so the first-order rule would take the
    // first example of the other class. Fan, Chen & Lin's rule takes the one
    // whose step lowers f the most, b^2 / (2 a): here the nearer point x = 1
    // (smallest a_ij = 2 - 2 K(0, 1)), not the first, x = 5.
    const Problem p = make_problem({{0.0}, {5.0}, {1.0}}, {1, -1, -1}, rbf(0.5));
    SmoSettings settings;
    settings.max_iter = 1;
    const SmoSolution s = p.solve(settings);
    CHECK(s.alpha[0] > 0);
    CHECK_EQ(s.alpha[1], 0.0);
    CHECK(s.alpha[2] > 0);
}

TEST_CASE(smo, kkt_at_end, "") {
    const Problem p = clouds(0.5);
    const SmoSettings settings;  // C = 1, tol = 1e-3
    const Kinds kinds = check_kkt(p, p.solve(settings), settings);
    // The problem exercises all three kinds of example.
    CHECK(kinds.zero > 0);
    CHECK(kinds.free > 0);
    CHECK(kinds.bounded > 0);
}

TEST_CASE(smo, exactly_on_bounds, "") {
    // With C = 10/3, alpha + (C - alpha) is not always C in floating point:
    // an alpha that reached a bound must sit on it exactly, not a rounding
    // error inside (where it would count as free), for several C and sizes.
    for (const double C : {10.0 / 3, 1.0 / 3, 0.7, 7.0 / 3})
        for (const int n : {200, 500}) {
            const Problem p = clouds(0.5, n);
            SmoSettings settings;
            settings.C = C;
            const SmoSolution s = p.solve(settings);
            check_kkt(p, s, settings);
            int near = 0;
            for (const double a : s.alpha) near += a != 0 && a != C && (a < 1e-9 * C || a > C * (1 - 1e-9));
            if (near) std::cout << near << " alphas a rounding error from a bound, C = " << C << ", n = " << n << "\n";
            CHECK_EQ(near, 0);
        }
}

TEST_CASE(smo, identical_images, "") {
    // Identical points with opposite labels: a_ij = K_ii + K_jj - 2 K_ij = 0,
    // a flat direction that the curvature tau keeps finite.
    const Problem p = make_problem({{0.0}, {0.0}, {3.0}, {3.0}, {1.0}}, {1, -1, -1, 1, 1}, rbf(0.5));
    const SmoSettings settings;
    check_kkt(p, p.solve(settings), settings);
}

TEST_CASE(smo, indefinite_kernel, "") {
    // A "kernel" that is not positive semi-definite: a_12 = 1 + 1 - 2 x 2 < 0,
    // so f falls without limit along the step and only the box stops it.
    // Taking tau for the curvature keeps the step pointing the right way:
    // both alphas end at C.
    Problem p;
    p.y = {1, -1};
    p.K = {{1, 2}, {2, 1}};
    SmoSettings settings;
    settings.max_iter = 1000;
    const SmoSolution s = p.solve(settings);
    CHECK(s.converged);
    CHECK_EQ(s.alpha[0], 1.0);
    CHECK_EQ(s.alpha[1], 1.0);
}

TEST_CASE(smo, memory_reused, "") {
    // One KernelRowMemory for a small problem, then a larger one (as a thread
    // of SVC::fit goes from pair to pair): it must grow, and the answer must
    // be a fresh solve's.
    KernelRowMemory memory;
    const Problem small = clouds(0.5, 20), large = clouds(0.5, 300);
    const SmoSettings settings;
    smo_solve(small.y, small.diag(), small.rows(), settings, &memory);
    const SmoSolution reused = smo_solve(large.y, large.diag(), large.rows(), settings, &memory);
    const SmoSolution fresh = large.solve(settings);
    CHECK_EQ(reused.alpha, fresh.alpha);
    CHECK_EQ(reused.b, fresh.b);
}

TEST_CASE(smo, objective_decreases, "") {
    // Every step lowers the dual objective (raises the SVM's dual): stopping
    // SMO after k steps, for every k, gives a strictly falling sequence.
    const Problem p = clouds(0.5);
    SmoSettings settings;
    const long long steps = p.solve(settings).iterations;
    CHECK(steps > 20);
    double previous = 0;  // f at alpha = 0
    for (long long k = 1; k <= steps; ++k) {
        settings.max_iter = k;
        const SmoSolution s = p.solve(settings);
        CHECK_EQ(s.iterations, k);
        CHECK_EQ(s.converged, k == steps);
        const double f = p.objective(s.alpha);
        if (!(f < previous))
            std::cout << "step " << k << ": f went from " << previous << " to " << f << "\n";
        CHECK(f < previous);
        previous = f;
    }
}

TEST_CASE(smo, cache_size_does_not_matter, "") {
    // A cache of two rows recomputes rows again and again; the answer is the
    // same to the bit.
    const Problem p = clouds(0.5);
    SmoSettings large, small;
    small.cache_bytes = 1;
    const SmoSolution a = p.solve(large), b = p.solve(small);
    CHECK(b.kernel_rows > a.kernel_rows);
    CHECK_EQ(a.iterations, b.iterations);
    CHECK_EQ(a.b, b.b);
    for (std::size_t t = 0; t < p.y.size(); ++t) CHECK_EQ(a.alpha[t], b.alpha[t]);
}

TEST_CASE(smo, bad_problems, "") {
    const Problem p = make_problem({{0.0}, {1.0}}, {1, -1}, linear);
    const KernelRow rows = p.rows();
    const std::vector<double> diag = p.diag();
    CHECK_THROWS(smo_solve({1, 0}, diag, rows, {}), "labels must be +1 or -1, got 0");
    CHECK_THROWS(smo_solve({1, 1}, diag, rows, {}), "need examples of both classes");
    CHECK_THROWS(smo_solve({1}, {1.0}, rows, {}), "need at least two examples");
    CHECK_THROWS(smo_solve({1, -1}, {1.0}, rows, {}), "2 labels but 1 diagonal entries");
    SmoSettings settings;
    settings.C = 0;
    CHECK_THROWS(smo_solve({1, -1}, diag, rows, settings), "C must be a positive number");
    settings.C = 1;
    settings.tol = std::nan("");
    CHECK_THROWS(smo_solve({1, -1}, diag, rows, settings), "tol must be a positive number");
}
