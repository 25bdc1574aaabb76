// The fast path beside the port: trains a Network (chapter1/network.h) in
// place with exactly the arithmetic of Network::SGD, so every weight and bias
// comes out with the same bits, in a fraction of the time.
//
// What it does differently, and why each keeps the bits (docs/chapter1/
// 06-implementing.md, "The fast engine", has the longer story):
//   - Chapter 2's matrix form. The examples of a mini-batch are the rows of
//     one matrix per layer, so each layer's forward pass is one product for
//     the whole batch (common/numerics/kernels.h, dot_rows), its weights read
//     once for all examples instead of once per example. Every z is still the
//     port's 16-lane dot product, added in its order.
//   - The update in one pass. nabla_w is never stored: each weight becomes
//     w - (eta/m) * (0 + d_0 x_0 + d_1 x_1 + ...), the batch's products added
//     in its order, as the port's nabla_w sums them (subtract_outer_products).
//     A batch over 100 examples is done in parts, nabla_w kept between them.
//   - Buffers made once, and sigmoid_prime(z) = s (1 - s) from the activation
//     s = sigmoid(z) already worked out (the same double the port computes).
//   - Every core. The first layer's neurons are split between the threads
//     for the forward pass, every layer's for the update; the small layers
//     and BP1-BP2 are split by examples, evaluate by test images. Each number
//     is computed by one thread, by the same instructions whatever the
//     number of threads.
// tests/test_training_engine.cpp checks the bits are equal, over a table of
// shapes, batch sizes and learning rates, after every epoch, for 1, 2 and 3
// threads.
#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include "chapter1/engine/worker_pool.h"
#include "chapter1/network.h"
#include "common/numerics/kernels.h"

class TrainingEngine {
public:
    // Trains `net`, which must outlive the engine, with `threads` threads
    // (0: one per core). The buffers are shaped on first use and again
    // whenever net's shapes change.
    explicit TrainingEngine(Network& net, int threads = 1);

    int threads() const { return pool_.size(); }

    // Network::SGD, the same shuffles, batches, transcript and bits.
    template <class Input>
    void SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
             double eta, PythonRandom& random,
             const std::vector<std::pair<Input, int>>* test_data = nullptr);

    // Network::update_mini_batch: one step of Eqs. (20) and (21).
    void update_mini_batch(const MiniBatch& mini_batch, double eta);

    // Network::evaluate, the test images split between the threads, each
    // thread's images a batch at a time: the same count.
    template <class Input>
    int evaluate(const std::vector<std::pair<Input, int>>& test_data);

private:
    // One part of a mini-batch (up to kMaxRows examples), layer by layer,
    // one example per row: a[l] the activations (a[0] the inputs), z[l] the
    // weighted inputs of layer l + 1, delta[l] its errors (BP1, BP2).
    struct Batch {
        std::vector<Matrix> a, z, delta;
        std::vector<Matrix> x;        // threads 1, 2, ...: their own copies of a[0]
        std::vector<Vector> nabla_b;  // the sums of the deltas, shaped like biases
        std::vector<Matrix> nabla_w;  // kept only for a batch of several parts
        std::vector<Vector> back;     // per thread: np.dot(w.transpose(), delta) of one example
        std::size_t rows = 0;
    };

    Batch& batch_for(std::size_t examples);
    // Rows [first, last) of layer l's neurons for thread t of n.
    Range share(std::size_t l, int t, int n) const;
    void load_inputs(const MiniBatch& mini_batch, std::size_t k0, std::size_t n, int t);
    Matrix& inputs(int t);  // thread t's copy of the inputs
    // Eq. (22) for these neurons of layer l + 1 and these examples.
    void forward(std::size_t l, Range examples, Range rows, int t);
    void backward(const MiniBatch& mini_batch, std::size_t k0, std::size_t j, int t);

    Network& net_;
    WorkerPool pool_;
    Batch batch_;
};
