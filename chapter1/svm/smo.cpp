// Sequential minimal optimisation with Fan, Chen and Lin's second-order
// working-set selection (see smo.h for the problem and the papers): the
// solver of Eq. (SVM4), stopping by Eq. (SVM6), choosing its pair by
// Eq. (SVM7), stepping by Eq. (SVM8), and ending with the bias of Eq. (SVM9).
#include "chapter1/svm/smo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Fan, Chen & Lin's tau: the curvature used when K_ii + K_jj - 2 K_ij <= 0
// (a kernel that is not positive definite, or two identical images), so
// that the step stays finite.
constexpr double kTau = 1e-12;

// The kernel rows SMO has asked for, kept while they fit in max_bytes and
// otherwise evicted least recently used first. Each step needs two rows,
// and the same few hundred examples are chosen again and again, so most
// requests are answered from memory.
class KernelCache {
public:
    KernelCache(std::size_t n, const KernelRow& kernel_row, std::size_t max_bytes,
                KernelRowMemory& memory)
        : n_(n), kernel_row_(kernel_row), slot_of_(n, kNone) {
        max_rows_ = std::max<std::size_t>(2, max_bytes / (n * sizeof(double)));
        max_rows_ = std::min(max_rows_, n);
        storage_ = memory.reserve(max_rows_ * n);
    }

    // Row i. The returned row stays valid until the second call after this
    // one (the two most recent rows are never evicted).
    const double* row(std::size_t i) {
        ++clock_;
        std::size_t slot = slot_of_[i];
        if (slot == kNone) {
            slot = free_slot();
            slot_of_[i] = slot;
            owner_[slot] = i;
            kernel_row_(i, storage_ + slot * n_);
            ++computed_;
        }
        last_used_[slot] = clock_;
        return storage_ + slot * n_;
    }

    long long computed() const { return computed_; }

private:
    std::size_t free_slot() {
        if (owner_.size() < max_rows_) {
            owner_.push_back(kNone);
            last_used_.push_back(0);
            return owner_.size() - 1;
        }
        const std::size_t slot = static_cast<std::size_t>(
            std::min_element(last_used_.begin(), last_used_.end()) - last_used_.begin());
        slot_of_[owner_[slot]] = kNone;
        return slot;
    }

    std::size_t n_;
    const KernelRow& kernel_row_;
    std::size_t max_rows_;
    double* storage_;                            // max_rows_ rows of n_, slot s at storage_ + s n_
    std::vector<std::size_t> slot_of_;           // example -> slot, or kNone
    std::vector<std::size_t> owner_;             // slot -> example
    std::vector<unsigned long long> last_used_;  // slot -> clock at last use
    unsigned long long clock_ = 0;
    long long computed_ = 0;
};

void check_problem(const std::vector<int>& y, const std::vector<double>& kernel_diag,
                   const SmoSettings& s) {
    if (y.size() < 2) throw std::invalid_argument("smo_solve: need at least two examples");
    if (kernel_diag.size() != y.size())
        throw std::invalid_argument("smo_solve: " + std::to_string(y.size()) + " labels but " +
                                    std::to_string(kernel_diag.size()) + " diagonal entries");
    bool positive = false, negative = false;
    for (const int label : y) {
        if (label != 1 && label != -1)
            throw std::invalid_argument("smo_solve: labels must be +1 or -1, got " +
                                        std::to_string(label));
        (label == 1 ? positive : negative) = true;
    }
    if (!positive || !negative)
        throw std::invalid_argument("smo_solve: need examples of both classes");
    if (!(s.C > 0 && std::isfinite(s.C)))
        throw std::invalid_argument("smo_solve: C must be a positive number");
    if (!(s.tol > 0 && std::isfinite(s.tol)))
        throw std::invalid_argument("smo_solve: tol must be a positive number");
}

}  // namespace

// Grows only, and never clears: the cache writes every entry of a row before
// reading it.
double* KernelRowMemory::reserve(std::size_t count) {
    if (count > size_) {
        data_.reset(new double[count]);
        size_ = count;
    }
    return data_.get();
}

SmoSolution smo_solve(const std::vector<int>& y, const std::vector<double>& kernel_diag,
                      const KernelRow& kernel_row, const SmoSettings& settings,
                      KernelRowMemory* memory) {
    check_problem(y, kernel_diag, settings);
    KernelRowMemory own_memory;
    const std::size_t n = y.size();
    const double C = settings.C;
    SmoSolution solution;
    std::vector<double>& alpha = solution.alpha;
    alpha.assign(n, 0.0);            // alpha = 0 is feasible: every constraint holds
    std::vector<double> G(n, -1.0);  // the gradient Q alpha - 1 of f, at alpha = 0
    KernelCache cache(n, kernel_row, settings.cache_bytes, memory ? *memory : own_memory);

    // I_up: the t whose alpha may move so that y_t alpha_t grows; I_low: those
    // where it may shrink. Moving along the equality constraint raises one
    // from I_up and lowers one from I_low.
    auto in_up = [&](std::size_t t) { return y[t] == 1 ? alpha[t] < C : alpha[t] > 0; };
    auto in_low = [&](std::size_t t) { return y[t] == 1 ? alpha[t] > 0 : alpha[t] < C; };

    double m = 0, M = 0;
    for (;; ++solution.iterations) {
        // Eq. (SVM6): m(alpha) = max over I_up of -y_t G_t, reached at i (the
        // first maximum); M(alpha) = min over I_low. alpha is optimal exactly
        // when m <= M, so m - M measures how far it is from the optimum.
        std::size_t i = kNone;
        m = -std::numeric_limits<double>::infinity();
        M = std::numeric_limits<double>::infinity();
        for (std::size_t t = 0; t < n; ++t) {
            const double v = -y[t] * G[t];
            if (in_up(t) && v > m) {
                m = v;
                i = t;
            }
            if (in_low(t) && v < M) M = v;
        }
        if (m - M <= settings.tol) {
            solution.converged = true;
            break;
        }
        if (solution.iterations == settings.max_iter) break;

        // j: among the t of I_low that would improve f when paired with i
        // (b_it > 0), the one whose two-variable step decreases f the most,
        // by b_it^2 / (2 a_it) with a_it the curvature along the step: WSS 2,
        // Eq. (SVM7).
        const double* K_i = cache.row(i);
        std::size_t j = kNone;
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t t = 0; t < n; ++t) {
            if (!in_low(t)) continue;
            const double b_it = m + y[t] * G[t];
            if (b_it <= 0) continue;
            double a_it = kernel_diag[i] + kernel_diag[t] - 2 * K_i[t];
            if (a_it <= 0) a_it = kTau;
            const double decrease = -(b_it * b_it) / a_it;
            if (decrease < best) {
                best = decrease;
                j = t;
            }
        }
        if (j == kNone) break;  // impossible when m - M > tol, unless the kernel held a NaN
        const double* K_j = cache.row(j);

        // The step, Eq. (SVM8): alpha_i += y_i t and alpha_j -= y_j t keep sum y alpha
        // fixed, and f along that line is a parabola with its minimum at
        // t = b_ij / a_ij (Platt's closed form). t is then cut back so both
        // alphas stay in [0, C]; an alpha whose own bound stopped the step is
        // set to that bound exactly, so that rounding cannot leave it just
        // inside and make a bounded example look free.
        double a_ij = kernel_diag[i] + kernel_diag[j] - 2 * K_i[j];
        if (a_ij <= 0) a_ij = kTau;
        const double b_ij = m + y[j] * G[j];
        const int s_i = y[i], s_j = -y[j];  // alpha_i moves by s_i t, alpha_j by s_j t
        const double lo_i = s_i > 0 ? -alpha[i] : alpha[i] - C,
                     hi_i = s_i > 0 ? C - alpha[i] : alpha[i];
        const double lo_j = s_j > 0 ? -alpha[j] : alpha[j] - C,
                     hi_j = s_j > 0 ? C - alpha[j] : alpha[j];
        const double t = std::clamp(b_ij / a_ij, std::max(lo_i, lo_j), std::min(hi_i, hi_j));
        auto moved = [&](std::size_t k, int s, double lo, double hi) {
            if (t == hi) return s > 0 ? C : 0.0;
            if (t == lo) return s > 0 ? 0.0 : C;
            return std::clamp(alpha[k] + s * t, 0.0, C);  // against a last-bit overshoot
        };
        const double new_alpha_i = moved(i, s_i, lo_i, hi_i);
        const double new_alpha_j = moved(j, s_j, lo_j, hi_j);
        const double delta_i = new_alpha_i - alpha[i], delta_j = new_alpha_j - alpha[j];
        alpha[i] = new_alpha_i;
        alpha[j] = new_alpha_j;

        // G = Q alpha - 1 changes by column i of Q times delta_i and column j
        // times delta_j; Q_ti = y_t y_i K_ti.
        const double c_i = y[i] * delta_i, c_j = y[j] * delta_j;
        for (std::size_t k = 0; k < n; ++k) G[k] += y[k] * (c_i * K_i[k] + c_j * K_j[k]);
    }
    solution.gap = m - M;
    solution.kernel_rows = cache.computed();

    // Eq. (SVM9): b from the optimality conditions. Every free example
    // (0 < alpha_t < C) lies on its margin, y_t f(x_t) = 1, which gives
    // b = -y_t G_t; average them against rounding. Without free examples, any
    // b between m and M (the bounded examples' limits) is optimal: take the
    // middle.
    double sum = 0;
    std::size_t free = 0;
    for (std::size_t t = 0; t < n; ++t)
        if (alpha[t] > 0 && alpha[t] < C) {
            sum += -y[t] * G[t];
            ++free;
        }
    solution.b = free > 0 ? sum / static_cast<double>(free) : (m + M) / 2;
    return solution;
}
