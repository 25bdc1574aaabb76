// Port of network.py: a feedforward network of sigmoid neurons trained by
// mini-batch stochastic gradient descent, with gradients from backpropagation.
//
// Read it beside the Python: the class, its members and its methods keep the
// Python names and order, and network.cpp has one statement for each of the
// Python's. It is written to be read and stepped through, not to be fast:
// chapter1/engine/ trains the same Network with the same bits, faster.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "chapter1/examples.h"
#include "common/numerics/matrix.h"
#include "common/numerics/random.h"

// A mini-batch: the slice training_data[k:k+mini_batch_size] of the Python,
// as a view of consecutive examples (no copies), of either kind of data in
// examples.h. `for (const auto& [x, y] : mini_batch)` gives each x as the
// (n, 1) Vector the Python has.
//
// Differs from network.py: MNIST's x is kept as an Image of bytes (see
// common/files/image.h) and becomes the book's (784, 1) vector of pixels
// k/256 here, exactly, as the loop reaches it.
class MiniBatch {
public:
    MiniBatch(const TrainingExample* first, std::size_t size) : vectors_(first), size_(size) {}
    MiniBatch(const MnistTrainingExample* first, std::size_t size) : images_(first), size_(size) {}

    std::size_t size() const { return size_; }  // len(mini_batch)
    // Example k's x, as a Vector (an Image is written into `buffer`), and y.
    const Vector& x(std::size_t k, Vector& buffer) const;
    // The same x written into `row`, its size() doubles (a row of the fast
    // engine's batch matrix).
    void x_into(std::size_t k, double* row) const;
    std::size_t x_size(std::size_t k) const {
        return vectors_ ? vectors_[k].first.size() : images_[k].first.size();
    }
    const Vector& y(std::size_t k) const { return vectors_ ? vectors_[k].second : images_[k].second; }
    // Where example k's x is stored, and its bytes (for a cache hint).
    std::pair<const void*, std::size_t> x_storage(std::size_t k) const {
        if (vectors_) return {vectors_[k].first.data(), vectors_[k].first.size() * sizeof(double)};
        return {images_[k].first.bytes(), images_[k].first.size()};
    }

    class iterator {
    public:
        iterator(const MiniBatch& batch, std::size_t k) : batch_(&batch), k_(k) {}
        std::pair<const Vector&, const Vector&> operator*() { return {batch_->x(k_, x_), batch_->y(k_)}; }
        iterator& operator++() {
            ++k_;
            return *this;
        }
        bool operator!=(const iterator& other) const { return k_ != other.k_; }

    private:
        const MiniBatch* batch_;
        std::size_t k_;
        Vector x_;  // an Image's pixels as a Vector
    };
    iterator begin() const { return iterator(*this, 0); }
    iterator end() const { return iterator(*this, size_); }

private:
    const TrainingExample* vectors_ = nullptr;
    const MnistTrainingExample* images_ = nullptr;
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
    // Input is the type of x: Vector for any data, Image for MNIST.
    template <class Input>
    void SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
             double eta, PythonRandom& random,
             const std::vector<std::pair<Input, int>>* test_data = nullptr);

    // network.py: Network.update_mini_batch. One step of Eqs. (20) and (21).
    void update_mini_batch(const MiniBatch& mini_batch, double eta);

    // network.py: Network.backprop. The gradient of C_x for one example
    // (x, y), as the pair (nabla_b, nabla_w), shaped like biases and weights.
    std::pair<std::vector<Vector>, std::vector<Matrix>> backprop(const Vector& x, const Vector& y) const;

    // network.py: Network.evaluate. How many test inputs the network gets
    // right, taking its answer to be the most active output neuron.
    template <class Input>
    int evaluate(const std::vector<std::pair<Input, int>>& test_data) const;

    // network.py: Network.cost_derivative. dC_x/da for the quadratic cost.
    Vector cost_derivative(const Vector& output_activations, const Vector& y) const;

    // The Python attributes, public so that a reader can look at
    // net.weights[1] just as the book does.
    std::size_t num_layers;
    std::vector<int> sizes;
    std::vector<Vector> biases;   // biases[l]: (sizes[l+1], 1)
    std::vector<Matrix> weights;  // weights[l]: (sizes[l+1], sizes[l])
};

// network.py: sigmoid. Eq. (3) for one neuron; the Vector form applies it to
// every entry, as numpy does (a whole layer at once).
double sigmoid(double z);
Vector sigmoid(const Vector& z);

// network.py: sigmoid_prime. The derivative of Eq. (3).
double sigmoid_prime(double z);
Vector sigmoid_prime(const Vector& z);

// Throws std::invalid_argument for an empty mini-batch, whose step would
// divide by len(mini_batch) = 0 (network.py raises ZeroDivisionError).
void require_examples(const MiniBatch& mini_batch);

// Checks that num_layers, biases and weights agree on the number of layers,
// as backprop needs (a Python list would raise IndexError; a C++ one would
// read past its end). Throws std::invalid_argument naming `who`.
void require_consistent_layers(const Network& net, const char* who);
