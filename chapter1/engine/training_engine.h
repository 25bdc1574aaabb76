// The fast path beside the port: trains a Network (chapter1/network.h) in
// place with exactly the arithmetic of Network::SGD, so every weight and bias
// comes out with the same bits, in a fraction of the time.
//
// What it does differently, and why each keeps the bits (docs/chapter1/
// 06-implementing.md, "The fast engine", has the longer story):
//   - Buffers made once. The port makes fresh arrays for every example, as
//     the Python does; here every list of backprop lives in a BackpropBuffers
//     and every sum in the Workspace, reused by every batch.
//   - The deferred BP4. The port adds a (30, 784) delta_nabla_w per example,
//     streaming the whole matrix through memory for each image; here each
//     example's two factors (delta and the activations) are held as rows,
//     and add_outer_products adds the held examples' outer products entry by
//     entry, in the batch's order: the same additions in the same order.
//   - In-place updates: w - (eta/m)*nw is written into w (subtract_scaled).
//   - sigmoid(z) is worked out once for sigmoid_prime, not twice.
// tests/test_training_engine.cpp checks the bits are equal, over a table of
// shapes, batch sizes and learning rates, after every epoch.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "chapter1/network.h"

class TrainingEngine {
public:
    // Trains `net`, which must outlive the engine. The buffers are shaped on
    // first use and again whenever net's shapes change.
    explicit TrainingEngine(Network& net) : net_(net) {}

    // Network::SGD, the same shuffles, batches, transcript and bits.
    template <class Input>
    void SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
             double eta, PythonRandom& random,
             const std::vector<std::pair<Input, int>>* test_data = nullptr);

    // Network::update_mini_batch: one step of Eqs. (20) and (21).
    void update_mini_batch(const MiniBatch& mini_batch, double eta);

private:
    // Network::backprop's lists for one example, overwritten by each.
    struct BackpropBuffers {
        std::vector<Vector> activations;  // activations[0] = x, activations[l+1] = sigmoid(zs[l])
        std::vector<Vector> zs;           // zs[l] = np.dot(weights[l], activations[l]) + biases[l]
        std::vector<Vector> sps;          // sigmoid_prime(zs[l])
        std::vector<Vector> deltas;       // deltas[l]: the error of layer l + 1, = delta_nabla_b[l]
    };
    // update_mini_batch's sums and the held rows of the deferred BP4.
    struct Workspace {
        std::vector<Vector> nabla_b;  // the batch's sums, shaped like biases
        std::vector<Matrix> nabla_w;  // ... and like weights
        BackpropBuffers example;
        Vector x;  // an Image's pixels as the book's (784, 1) vector
        // Row `held` of held_deltas[l] and held_inputs[l] holds an example's
        // deltas[l] and activations[l]; `rows` examples fit before they are summed.
        std::vector<Matrix> held_deltas, held_inputs;
        std::size_t rows = 0;
    };

    // Network::backprop for (x, y) into ws_.example, BP1-BP3; BP4 is left to
    // update_mini_batch (the held rows).
    void backprop(const Vector& x, const Vector& y);
    // The workspace shaped for net_ and up to `batch_size` held examples.
    Workspace& workspace_for(std::size_t batch_size);

    Network& net_;
    Workspace ws_;
};
