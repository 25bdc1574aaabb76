// How much arithmetic one epoch of training is, for the benchmark's GFLOP/s.
#pragma once

#include <cmath>
#include <cstddef>
#include <vector>

// Floating-point operations (a multiply and an add count as two) in one epoch
// of n examples in mini-batches of m, counting only the products, which are
// nearly all the work. Per example: the forward pass, np.dot(w, a) for every
// layer; BP2's np.dot(w.transpose(), delta) for every layer but the first;
// and adding delta a^T into nabla_w for every layer. Per mini-batch:
// w - (eta/m) nw and b - (eta/m) nb. For sizes 784,30,10, n = 50,000 and
// m = 10 that is 4.79 GFLOP of examples and 0.24 of updates: 5.0 GFLOP.
inline double training_flops_per_epoch(const std::vector<int>& sizes, double n, double m) {
    double weights = 0.0, biases = 0.0, weights_after_first = 0.0;
    for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
        const double w = static_cast<double>(sizes[l]) * sizes[l + 1];
        weights += w;
        biases += sizes[l + 1];
        if (l > 0) weights_after_first += w;
    }
    const double per_example = 2 * weights + 2 * weights_after_first + 2 * weights;
    const double per_batch = 2 * (weights + biases);
    return n * per_example + std::ceil(n / m) * per_batch;
}
