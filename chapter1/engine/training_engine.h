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
//   - Every core. The first layer's neurons are split between the threads:
//     each reads and updates only its own rows of that big matrix. The
//     layers after it are small, and each thread works them out for itself,
//     from its own copies of their weights and of all biases (updated by
//     the same operations in every thread, so the copies stay equal). The
//     threads meet once per mini-batch, to share the first layer's
//     activations; evaluate is split by test images. Each number is computed
//     by the same instructions whatever the number of threads.
// tests/test_training_engine.cpp checks the bits are equal, over a table of
// shapes, batch sizes and learning rates, after every epoch, for 1, 2 and 3
// threads.
#pragma once

#include <atomic>
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
    // What one thread works on: a part of a mini-batch (up to kMaxRows
    // examples), layer by layer, one example per row: a[l] the activations
    // (a[0] the inputs, this thread's own copy), z[l] the weighted inputs of
    // layer l + 1, delta[l] its errors (BP1, BP2). Every thread also keeps
    // its own copy of the weights after the first layer and of all biases,
    // and updates it with the same arithmetic as the others, so that the
    // copies stay equal bit for bit and no thread waits for another's.
    struct Worker {
        std::vector<Matrix> a, z, delta;
        std::vector<Matrix> weights;  // layers 1, 2, ...; weights[0] stays empty (net_.weights[0] is shared)
        std::vector<Vector> biases;
        std::vector<Vector> nabla_b;  // the sums of the deltas
        std::vector<Matrix> nabla_w;  // kept only for a batch of several parts
        Vector back;                  // np.dot(w.transpose(), delta) of one example
        // This thread's neurons of a[1], rows of n examples, for the others
        // to read: two, used in turn, so that writing the next part's never
        // overwrites what another thread may still be reading.
        Matrix published[2];
        alignas(64) std::atomic<std::size_t> parts{0};  // parts published so far
        std::size_t rows = 0;
        std::vector<Matrix> test_a, test_z;  // evaluate's a and z, kEvaluateRows images at a time
    };

    void make_workers();  // one per thread, shaped when used

    // Shapes every worker for parts of up to `examples` rows and copies the
    // network's later layers in, after checking what the port would refuse.
    void prepare(std::size_t examples, bool keep_nabla_w);
    // The mini-batches, one after another, on every thread; then the copies
    // go back into the network.
    void train(const std::vector<MiniBatch>& batches, double eta);
    void train_thread(const std::vector<MiniBatch>& batches, double eta, int t);
    // Rows [first, last) of layer l's neurons for thread t of n.
    Range share(std::size_t l, int t, int n) const;
    // Eq. (22) for the first layer: thread t's neurons for the n examples,
    // then the other threads' neurons, once each thread has published them.
    void first_layer(Worker& w, std::size_t n, int t, std::size_t part);
    // Eq. (22) for every later layer, from this thread's copies.
    void later_layers(Worker& w, std::size_t n);
    void backward(Worker& w, const MiniBatch& mini_batch, std::size_t k0, std::size_t j);

    Network& net_;
    WorkerPool pool_;
    std::vector<std::unique_ptr<Worker>> workers_;
};
