// Port of network.py. The functions appear in the Python's order and every
// Python statement has its counterpart here, in the same order, with the
// Python in the comment beside it where the two read differently. Where the
// C++ departs from the Python, a comment starting "Differs from network.py"
// says how and why.
#include "chapter1/network.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>

#include "chapter1/epoch_time.h"
#include "common/numerics/python_idioms.h"

const Vector& MiniBatch::x(std::size_t k, Vector& buffer) const {
    if (vectors_) return vectors_[k].first;
    to_vector(images_[k].first, buffer);  // byte b becomes b / 256.0
    return buffer;
}

void MiniBatch::x_into(std::size_t k, double* row) const {
    if (vectors_) {
        const Vector& x = vectors_[k].first;
        std::copy(x.data(), x.data() + x.size(), row);
    } else {
        to_pixels(images_[k].first, row);
    }
}

// network.py: Network.__init__. The first layer is the input, so it gets no
// biases. numpy draws every bias vector before any weight matrix, and each
// array row by row; the same order here gives the same numbers for a seed.
// Differs from network.py: numpy's generator is a parameter, not the global
// np.random, so that a seed fixes the weights; sizes that make no network
// (fewer than two layers, an empty layer) are refused here, not later.
Network::Network(const std::vector<int>& sizes, NumpyRandom& np_random)
    : num_layers(sizes.size()), sizes(sizes) {
    if (sizes.size() < 2)
        throw std::invalid_argument("Network: sizes needs at least two layers (input and output), got " +
                                    std::to_string(sizes.size()));
    for (int s : sizes)
        if (s < 1) throw std::invalid_argument("Network: every layer needs at least one neuron, got " + std::to_string(s));
    // [np.random.randn(y, 1) for y in sizes[1:]]
    for (std::size_t i = 1; i < sizes.size(); ++i)
        biases.push_back(np_random.randn(static_cast<std::size_t>(sizes[i])));
    // [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]
    for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
        weights.push_back(np_random.randn(static_cast<std::size_t>(sizes[i + 1]),
                                          static_cast<std::size_t>(sizes[i])));
}

// network.py: Network.feedforward. Eq. (22), a' = sigmoid(w a + b), applied
// layer after layer turns the input into the network's output.
Vector Network::feedforward(Vector a) const {
    for (std::size_t l = 0; l < biases.size(); ++l)        // for b, w in zip(biases, weights)
        a = sigmoid(dot(weights[l], a) + biases[l]);      // (y, x) . (x, 1) + (y, 1) -> (y, 1)
    return a;
}

// network.py: Network.SGD. Each epoch shuffles the data, cuts it into
// mini-batches and takes one gradient-descent step, Eqs. (20)-(21), per batch.
// Differs from network.py: Python's `random` is a parameter, not the global
// module, so that a seed fixes the shuffles; a mini-batch is a view of
// training_data, not a copied slice; each epoch's wall time is printed; a
// mini_batch_size below 1 is refused (network.py fails on 0 and trains
// nothing on a negative size).
template <class Input>
void Network::SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
                  double eta, PythonRandom& random, const std::vector<std::pair<Input, int>>* test_data) {
    if (mini_batch_size < 1)
        throw std::invalid_argument("SGD: mini_batch_size must be at least 1, got " +
                                    std::to_string(mini_batch_size));
    std::size_t n_test = 0;
    if (test_data) n_test = test_data->size();
    const std::size_t n = training_data.size();
    const std::size_t size = static_cast<std::size_t>(mini_batch_size);
    for (int j = 0; j < epochs; ++j) {
        const auto start = std::chrono::steady_clock::now();
        random.shuffle(training_data);
        // [training_data[k:k+mini_batch_size] for k in xrange(0, n, mini_batch_size)];
        // the last batch is shorter when n is not a multiple of the size.
        std::vector<MiniBatch> mini_batches;
        for (std::size_t k = 0; k < n; k += size)
            mini_batches.emplace_back(training_data.data() + k, std::min(size, n - k));
        for (const MiniBatch& mini_batch : mini_batches)
            update_mini_batch(mini_batch, eta);
        if (test_data) {
            std::cout << "Epoch " << j << ": " << evaluate(*test_data) << " / " << n_test;
        } else {
            std::cout << "Epoch " << j << " complete";
        }
        std::cout << " (" << seconds_since(start) << ")" << std::endl;  // endl: flushed as it goes
    }
}

// network.py: Network.update_mini_batch. Sums the gradients of C_x over the
// batch and moves every weight and bias against their mean: Eq. (20) for the
// weights, Eq. (21) for the biases, with m = len(mini_batch). The mean over a
// random mini-batch stands in for the gradient over all the training data,
// Eqs. (18)-(19); with one batch holding all n examples this would be the
// plain gradient step of Eqs. (16)-(17).
void Network::update_mini_batch(const MiniBatch& mini_batch, double eta) {
    require_examples(mini_batch);  // eta/len(mini_batch) raises ZeroDivisionError for none
    std::vector<Vector> nabla_b = zeros_like(biases);   // [np.zeros(b.shape) for b in self.biases]
    std::vector<Matrix> nabla_w = zeros_like(weights);  // [np.zeros(w.shape) for w in self.weights]
    for (const auto& [x, y] : mini_batch) {
        auto [delta_nabla_b, delta_nabla_w] = backprop(x, y);
        for (std::size_t l = 0; l < nabla_b.size(); ++l) nabla_b[l] = nabla_b[l] + delta_nabla_b[l];  // nb+dnb
        for (std::size_t l = 0; l < nabla_w.size(); ++l) nabla_w[l] = nabla_w[l] + delta_nabla_w[l];  // nw+dnw
    }
    const double m = static_cast<double>(mini_batch.size());  // len(mini_batch): short for the last batch
    for (std::size_t l = 0; l < weights.size(); ++l) weights[l] = weights[l] - (eta / m) * nabla_w[l];  // Eq. (20)
    for (std::size_t l = 0; l < biases.size(); ++l) biases[l] = biases[l] - (eta / m) * nabla_b[l];      // Eq. (21)
}

// network.py: Network.backprop. The four equations of backpropagation
// (BP1-BP4, chapter 2) give the gradient of the cost C_x of one example, the
// quantity Eqs. (20)-(21) average over a mini-batch. Layers are counted from
// the end as in the Python: from_end(zs, l) is zs[-l], so l = 1 is the output
// layer, l = 2 the one before it, and so on.
std::pair<std::vector<Vector>, std::vector<Matrix>> Network::backprop(const Vector& x, const Vector& y) const {
    require_consistent_layers(*this, "backprop");
    std::vector<Vector> nabla_b = zeros_like(biases);
    std::vector<Matrix> nabla_w = zeros_like(weights);
    // feedforward, keeping every weighted input z and activation: Eq. (22)
    Vector activation = x;
    std::vector<Vector> activations = {x};  // list to store all the activations, layer by layer
    std::vector<Vector> zs;                 // list to store all the z vectors, layer by layer
    for (std::size_t l = 0; l < biases.size(); ++l) {  // for b, w in zip(self.biases, self.weights)
        Vector z = dot(weights[l], activation) + biases[l];
        zs.push_back(z);
        activation = sigmoid(z);
        activations.push_back(activation);
    }
    // backward pass
    Vector delta = cost_derivative(from_end(activations, 1), y) * sigmoid_prime(from_end(zs, 1));  // BP1
    from_end(nabla_b, 1) = delta;                                                     // BP3
    from_end(nabla_w, 1) = dot(delta, from_end(activations, 2).transpose());          // BP4
    for (std::size_t l = 2; l < num_layers; ++l) {
        const Vector& z = from_end(zs, l);
        Vector sp = sigmoid_prime(z);
        delta = dot(from_end(weights, l - 1).transpose(), delta) * sp;                // BP2
        from_end(nabla_b, l) = delta;                                                 // BP3
        from_end(nabla_w, l) = dot(delta, from_end(activations, l + 1).transpose());  // BP4
    }
    return {std::move(nabla_b), std::move(nabla_w)};  // return (nabla_b, nabla_w), without a copy
}

// network.py: Network.evaluate. The answer is the index of the most active
// output neuron (the first one on a tie, as np.argmax picks).
// Differs from network.py: an Image's bytes become the book's (784, 1)
// vector (as_vector; see MiniBatch).
template <class Input>
int Network::evaluate(const std::vector<std::pair<Input, int>>& test_data) const {
    std::vector<std::pair<std::size_t, int>> test_results;
    for (const auto& [x, y] : test_data) test_results.emplace_back(argmax(feedforward(as_vector(x))), y);
    int correct = 0;  // sum(int(x == y) for (x, y) in test_results)
    for (const auto& [x, y] : test_results) correct += static_cast<int>(x == static_cast<std::size_t>(y));
    return correct;
}

// network.py: Network.cost_derivative. For the quadratic cost of Eq. (6),
// C_x = ||y - a||^2 / 2, the partial derivatives with respect to a are a - y.
Vector Network::cost_derivative(const Vector& output_activations, const Vector& y) const {
    return output_activations - y;
}

// network.py: sigmoid. Eq. (3). Written as the book writes it: for very
// negative z, exp(-z) overflows to inf and 1/inf is exactly 0, so the result
// is 0 or 1 at the extremes, never NaN.
double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

Vector sigmoid(const Vector& z) { return apply(sigmoid, z); }

// network.py: sigmoid_prime. The derivative of Eq. (3).
double sigmoid_prime(double z) { return sigmoid(z) * (1 - sigmoid(z)); }

Vector sigmoid_prime(const Vector& z) { return apply(sigmoid_prime, z); }

void require_examples(const MiniBatch& mini_batch) {
    if (mini_batch.size() == 0)
        throw std::invalid_argument("update_mini_batch: an empty mini-batch (its step divides by len(mini_batch))");
}

void require_consistent_layers(const Network& net, const char* who) {
    const std::size_t n = net.num_layers;
    if (net.biases.size() + 1 != n || net.weights.size() + 1 != n)
        throw std::invalid_argument(std::string(who) + ": num_layers is " + std::to_string(n) + " but there are " +
                                    std::to_string(net.biases.size()) + " bias vectors and " +
                                    std::to_string(net.weights.size()) + " weight matrices");
}

// The two kinds of data SGD and evaluate are compiled for: x a Vector (any
// data) or an Image (MNIST).
template void Network::SGD(std::vector<TrainingExample>&, int, int, double, PythonRandom&,
                           const std::vector<TestExample>*);
template void Network::SGD(std::vector<MnistTrainingExample>&, int, int, double, PythonRandom&,
                           const std::vector<MnistTestExample>*);
template int Network::evaluate(const std::vector<TestExample>&) const;
template int Network::evaluate(const std::vector<MnistTestExample>&) const;
