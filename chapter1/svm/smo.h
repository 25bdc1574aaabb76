// The two-class soft-margin SVM, trained by sequential minimal optimisation:
// the solver inside mnist_svm.py's SVC (scikit-learn calls LIBSVM, which
// implements the algorithm below; this is written from the papers, not from
// LIBSVM's source).
//
// The dual problem, Eq. (SVM4) (docs/chapter1/06-svm-baseline.md writes out
// all the SVM's equations): with labels y_t = +1 or -1 and
// Q_st = y_s y_t K(x_s, x_t), minimise
//     f(alpha) = 1/2 alpha^T Q alpha - sum_t alpha_t
// subject to 0 <= alpha_t <= C and sum_t y_t alpha_t = 0. The classifier is
// then the sign of the decision value sum_t alpha_t y_t K(x_t, x) + b
// (chapter1/svm/svc.cpp).
//
// J. Platt, "Sequential Minimal Optimization: A Fast Algorithm for Training
// Support Vector Machines" (1998): change two alphas at a time, since the
// equality constraint forbids changing one, and the two-variable problem has a
// closed-form solution. R.-E. Fan, P.-H. Chen and C.-J. Lin, "Working Set
// Selection Using Second Order Information for Training Support Vector
// Machines", JMLR 6 (2005): which two (their WSS 2), and when to stop.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

// Computes row i of the kernel matrix: row[t] = K(x_i, x_t) for all n t.
using KernelRow = std::function<void(std::size_t i, double* row)>;

struct SmoSettings {
    double C = 1.0;     // the box 0 <= alpha_t <= C: how much a margin violation costs
    double tol = 1e-3;  // stop when m(alpha) - M(alpha) <= tol (Fan, Chen & Lin's stopping rule)
    long long max_iter = 10'000'000;  // a bound on the steps, should a problem never converge
    // Kernel rows kept in memory (bytes, at least two rows are always kept).
    // Rows are recomputed when evicted; the result does not depend on this.
    std::size_t cache_bytes = std::size_t{256} << 20;
};

struct SmoSolution {
    std::vector<double> alpha;  // the dual variables; support vectors have alpha_t > 0
    double b = 0.0;             // the bias of the decision function
    long long iterations = 0;   // two-variable steps taken
    bool converged = false;     // the stopping rule held (false if max_iter stopped it first)
    double gap = 0.0;           // m(alpha) - M(alpha) at the end
    long long kernel_rows = 0;  // kernel rows computed (cache misses)
};

// Memory for the kernel rows the solver keeps. Solving many problems one
// after another (the 45 digit pairs) with one KernelRowMemory per thread
// reuses it: fresh memory costs a page fault for every 4 KB first touched,
// which took a fifth of the baseline's time when each pair allocated anew.
class KernelRowMemory {
public:
    double* reserve(std::size_t count);  // room for at least count doubles, contents undefined

private:
    std::unique_ptr<double[]> data_;
    std::size_t size_ = 0;
};

// Trains on n examples with labels y (each +1 or -1, both present), the
// kernel's diagonal K(x_t, x_t) and its rows. Throws std::invalid_argument
// for labels other than +1/-1, a single class, sizes that differ, or C or
// tol not positive and finite. The kernel rows are kept in `memory` if
// given, else in memory of its own.
SmoSolution smo_solve(const std::vector<int>& y, const std::vector<double>& kernel_diag,
                      const KernelRow& kernel_row, const SmoSettings& settings,
                      KernelRowMemory* memory = nullptr);
