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
// as a view of consecutive examples (no copies).
class MiniBatch {
public:
    MiniBatch(const TrainingExample* first, std::size_t size) : first_(first), size_(size) {}
    const TrainingExample* begin() const { return first_; }
    const TrainingExample* end() const { return first_ + size_; }
    std::size_t size() const { return size_; }  // len(mini_batch)

private:
    const TrainingExample* first_;
    std::size_t size_;
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
    void SGD(std::vector<TrainingExample>& training_data, int epochs, int mini_batch_size,
             double eta, PythonRandom& random,
             const std::vector<TestExample>* test_data = nullptr);

    // network.py: Network.update_mini_batch. One step of Eqs. (20) and (21).
    void update_mini_batch(const MiniBatch& mini_batch, double eta);

    // network.py: Network.backprop. The gradient of C_x for one example,
    // layer by layer like biases and weights. Differs from network.py: it
    // writes into nabla_b and nabla_w (which must already have the shapes of
    // biases and weights) instead of returning fresh arrays; see
    // update_mini_batch for why.
    void backprop(const Vector& x, const Vector& y, std::vector<Vector>& nabla_b,
                  std::vector<Matrix>& nabla_w) const;

    // network.py: Network.evaluate. How many test inputs the network gets
    // right, taking its answer to be the most active output neuron.
    int evaluate(const std::vector<TestExample>& test_data) const;

    // network.py: Network.cost_derivative. dC_x/da for the quadratic cost.
    Vector cost_derivative(const Vector& output_activations, const Vector& y) const;

    // The Python attributes, public so that a reader can look at
    // net.weights[1] just as the book does.
    std::size_t num_layers;
    std::vector<int> sizes;
    std::vector<Vector> biases;   // biases[l]: (sizes[l+1], 1)
    std::vector<Matrix> weights;  // weights[l]: (sizes[l+1], sizes[l])
};

// network.py: sigmoid. Eq. (3) (and Eq. (4) for a whole layer).
double sigmoid(double z);
Vector sigmoid(const Vector& z);

// network.py: sigmoid_prime. The derivative of Eq. (3).
double sigmoid_prime(double z);
Vector sigmoid_prime(const Vector& z);
