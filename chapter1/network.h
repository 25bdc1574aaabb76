// Port of network.py: a feedforward network of sigmoid neurons trained by
// mini-batch stochastic gradient descent, with gradients from backpropagation.
//
// Read it beside the Python: the class, its members and its methods keep the
// Python names and order. Two things the Python gets from global modules are
// passed in explicitly instead: numpy's generator (for the initial weights)
// and Python's `random` (for the shuffles), so that a seed fixes both.
#pragma once

#include <cstddef>
#include <vector>

#include "chapter1/examples.h"
#include "common/matrix.h"
#include "common/random.h"

// A mini-batch: the slice training_data[k:k+mini_batch_size] of the Python,
// as a view of consecutive examples (no copies). Example is TrainingExample
// or MnistTrainingExample (see examples.h).
template <class Example>
class MiniBatch {
public:
    MiniBatch(const Example* first, std::size_t size) : first_(first), size_(size) {}
    const Example* begin() const { return first_; }
    const Example* end() const { return first_ + size_; }
    std::size_t size() const { return size_; }  // len(mini_batch)
    const Example& operator[](std::size_t k) const { return first_[k]; }

private:
    const Example* first_;
    std::size_t size_;
};

// What Network::backprop works out for one training example (x, y): the
// lists network.py's backprop keeps while it runs, and the gradient it
// returns. Differs from network.py: these are buffers the caller makes once
// and backprop overwrites, so that training allocates nothing per example.
struct Backprop {
    Backprop() = default;  // no buffers yet
    // Buffers shaped for a network of these sizes, e.g. {784, 30, 10}.
    explicit Backprop(const std::vector<int>& sizes);

    std::vector<Vector> activations;  // activations[0] = x, activations[l+1] = sigmoid(zs[l])
    std::vector<Vector> zs;           // zs[l] = np.dot(weights[l], activations[l]) + biases[l]
    std::vector<Vector> sps;          // sps[l] = sigmoid_prime(zs[l]): network.py's sp, layer by layer
    // dC_x/db, layer by layer: nabla_b[l] is the error delta of layer l + 1
    // (BP1, BP2, BP3 of chapter 2). Same shapes as Network::biases.
    std::vector<Vector> nabla_b;

    // dC_x/dw for weights[l]: np.dot(nabla_b[l], activations[l].transpose())
    // (BP4). backprop leaves it as these two factors, which update_mini_batch
    // multiplies out for a whole batch at once; this multiplies out one.
    Matrix nabla_w(std::size_t l) const;
};

class Network {
public:
    // network.py: Network.__init__. sizes lists the neurons per layer, input
    // first: {784, 30, 10}. Biases and weights are drawn from N(0, 1) with
    // numpy's generator, biases first, in the Python's order. Throws
    // std::invalid_argument for fewer than two layers or an empty layer.
    Network(const std::vector<int>& sizes, NumpyRandom& np_random);

    // network.py: Network.feedforward. Eq. (22), layer after layer.
    Vector feedforward(Vector a) const;

    // network.py: Network.SGD. Trains for `epochs` passes over training_data,
    // which it shuffles in place with `random` at the start of each one (so
    // the order compounds from epoch to epoch, as in Python). With test_data,
    // prints "Epoch j: correct / n_test" after each epoch, otherwise
    // "Epoch j complete"; either way followed by the epoch's wall time.
    //
    // Input, here and below, is the type of x: Vector for any data, Image for
    // MNIST as load_data_wrapper returns it (pixels held as bytes).
    template <class Input>
    void SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
             double eta, PythonRandom& random,
             const std::vector<std::pair<Input, int>>* test_data = nullptr);

    // network.py: Network.update_mini_batch. One step of Eqs. (20) and (21).
    template <class Input>
    void update_mini_batch(const MiniBatch<std::pair<Input, Vector>>& mini_batch, double eta);

    // network.py: Network.backprop. The gradient of C_x for one example
    // (x, y), written into `out` (see Backprop), which must be shaped for
    // this network's sizes.
    void backprop(const Vector& x, const Vector& y, Backprop& out) const;

    // network.py: Network.evaluate. How many test inputs the network gets
    // right, taking its answer to be the most active output neuron.
    template <class Input>
    int evaluate(const std::vector<std::pair<Input, int>>& test_data) const;

    // network.py: Network.cost_derivative. dC_x/da for the quadratic cost.
    Vector cost_derivative(const Vector& output_activations, const Vector& y) const;
    // The same, written into `out` (the shape of y) instead of a new Vector.
    void cost_derivative(const Vector& output_activations, const Vector& y, Vector& out) const;

    // The Python attributes, public so that a reader can look at
    // net.weights[1] just as the book does.
    std::size_t num_layers;
    std::vector<int> sizes;
    std::vector<Vector> biases;   // biases[l]: (sizes[l+1], 1)
    std::vector<Matrix> weights;  // weights[l]: (sizes[l+1], sizes[l])

private:
    // Differs from network.py: the buffers update_mini_batch works in, made
    // once and reused by every batch (the Python makes fresh arrays).
    struct Workspace {
        std::vector<Vector> nabla_b;  // the batch's sums, shaped like biases
        std::vector<Matrix> nabla_w;  // ... and like weights
        Backprop example;             // one example's backprop
        Vector x;                     // an Image's pixels as the book's (784, 1) vector
        // Each example's two factors of delta_nabla_w[l], one example per row
        // (see update_mini_batch): deltas[l] holds its nabla_b[l], inputs[l]
        // its activations[l]. `rows` examples fit before they are summed.
        std::vector<Matrix> deltas, inputs;
        std::size_t rows = 0;
    };
    Workspace& workspace_for(std::size_t batch_size);
    Workspace workspace_;
};

// network.py: sigmoid. Eq. (3) for one neuron; the Vector forms apply it to
// every entry, as numpy does (a whole layer at once).
double sigmoid(double z);
Vector sigmoid(const Vector& z);
void sigmoid(const Vector& z, Vector& out);  // into out, the shape of z

// network.py: sigmoid_prime. The derivative of Eq. (3).
double sigmoid_prime(double z);
Vector sigmoid_prime(const Vector& z);
void sigmoid_prime(const Vector& z, Vector& out);  // into out, the shape of z
