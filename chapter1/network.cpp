// Port of network.py. The functions appear in the Python's order and every
// Python statement has its counterpart here, in the same order; where the C++
// departs from the Python, a comment starting "Differs from network.py" says
// how and why.
#include "chapter1/network.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

#include "common/python_idioms.h"

namespace {

// Wall time since `start`, as "0.93 s".
std::string seconds_since(std::chrono::steady_clock::time_point start) {
    const std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", d.count());
    return buf;
}

// Most examples whose delta_nabla_w factors update_mini_batch holds before
// summing them into nabla_w: the whole of any usual mini-batch, while a
// batch of all 50,000 images still needs only a few megabytes.
constexpr std::size_t kMaxHeldExamples = 100;  // "every 100" in update_mini_batch

// backprop indexes its lists by layer; they must all agree on the number of
// layers before it does (the shapes inside are checked by every product).
void require_layers(const Network& net, const Backprop& out) {
    const std::size_t n = net.num_layers;
    if (net.biases.size() + 1 != n || net.weights.size() + 1 != n)
        throw std::invalid_argument("backprop: num_layers is " + std::to_string(n) + " but there are " +
                                    std::to_string(net.biases.size()) + " bias vectors and " +
                                    std::to_string(net.weights.size()) + " weight matrices");
    if (out.activations.size() != n || out.zs.size() + 1 != n || out.sps.size() + 1 != n ||
        out.nabla_b.size() + 1 != n)
        throw std::invalid_argument("backprop: the Backprop buffers are shaped for " +
                                    std::to_string(out.activations.size()) + " layers, the network has " +
                                    std::to_string(n));
}

}  // namespace

Backprop::Backprop(const std::vector<int>& sizes) {
    for (std::size_t l = 0; l < sizes.size(); ++l)
        activations.emplace_back(static_cast<std::size_t>(sizes[l]));
    for (std::size_t l = 1; l < sizes.size(); ++l) {
        zs.emplace_back(static_cast<std::size_t>(sizes[l]));
        sps.emplace_back(static_cast<std::size_t>(sizes[l]));
        nabla_b.emplace_back(static_cast<std::size_t>(sizes[l]));
    }
}

Matrix Backprop::nabla_w(std::size_t l) const { return outer(nabla_b.at(l), activations.at(l)); }

// network.py: Network.__init__. The first layer is the input, so it gets no
// biases. numpy draws every bias vector before any weight matrix, and each
// array row by row; the same order here gives the same numbers for a seed.
// Differs from network.py: numpy's generator is a parameter, not the global
// np.random, so that a seed fixes the weights.
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
// training_data, not a copied slice.
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
        const auto start = std::chrono::steady_clock::now();  // Differs from network.py: times the epoch
        random.shuffle(training_data);
        // [training_data[k:k+mini_batch_size] for k in range(0, n, mini_batch_size)];
        // the last batch is shorter when n is not a multiple of the size.
        std::vector<MiniBatch<std::pair<Input, Vector>>> mini_batches;
        for (std::size_t k = 0; k < n; k += size)
            mini_batches.emplace_back(training_data.data() + k, std::min(size, n - k));
        for (const auto& mini_batch : mini_batches)
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
template <class Input>
void Network::update_mini_batch(const MiniBatch<std::pair<Input, Vector>>& mini_batch, double eta) {
    Workspace& ws = workspace_for(mini_batch.size());
    // Differs from network.py: nabla_b and nabla_w are buffers made once
    // (see workspace_for) and zeroed here, not new arrays for every batch.
    std::vector<Vector>& nabla_b = ws.nabla_b;  // [np.zeros(b.shape) for b in self.biases]
    std::vector<Matrix>& nabla_w = ws.nabla_w;  // [np.zeros(w.shape) for w in self.weights]
    for (Vector& nb : nabla_b) nb.fill(0.0);
    for (Matrix& nw : nabla_w) nw.fill(0.0);
    Backprop& delta_nabla = ws.example;
    for (std::size_t k = 0; k < mini_batch.size(); ++k) {  // for x, y in mini_batch:
        const auto& [x, y] = mini_batch[k];
        // Differs from network.py: an Image's bytes become the book's (784, 1)
        // vector of pixels k/256 here (exactly; see common/image.h).
        backprop(as_vector(x, ws.x), y, delta_nabla);  // delta_nabla_b, delta_nabla_w = self.backprop(x, y)
        for (std::size_t l = 0; l < nabla_b.size(); ++l) nabla_b[l] += delta_nabla.nabla_b[l];  // nb+dnb
        // nabla_w = [nw+dnw ...]. Differs from network.py: adding a (30, 784)
        // delta_nabla_w per example would stream that whole matrix through
        // memory for every image. Instead this example's two factors of it
        // (BP4: dnw = delta a^T, delta its nabla_b, a its activations) are
        // copied into row `held` of ws.deltas and ws.inputs ...
        const std::size_t held = k % ws.rows;
        for (std::size_t l = 0; l < nabla_w.size(); ++l) {
            set_row(ws.deltas[l], held, delta_nabla.nabla_b[l]);
            set_row(ws.inputs[l], held, delta_nabla.activations[l]);
        }
        // ... and after the batch's last example (or every 100, for a very
        // large batch) nabla_w[l] += the sum of the held outer products,
        // added entry by entry in the batch's order: the same additions in
        // the same order as nw+dnw example after example, so the same bits.
        // Until then nabla_w holds what the earlier examples added.
        if (held + 1 == ws.rows || k + 1 == mini_batch.size())
            for (std::size_t l = 0; l < nabla_w.size(); ++l)
                add_outer_products(nabla_w[l], ws.deltas[l], ws.inputs[l], held + 1);
    }
    const double m = static_cast<double>(mini_batch.size());  // len(mini_batch): short for the last batch
    // Differs from network.py: w - (eta/m)*nw is written into w in place.
    for (std::size_t l = 0; l < weights.size(); ++l) subtract_scaled(weights[l], eta / m, nabla_w[l]);  // Eq. (20)
    for (std::size_t l = 0; l < biases.size(); ++l) subtract_scaled(biases[l], eta / m, nabla_b[l]);    // Eq. (21)
}

// network.py: Network.backprop. The four equations of backpropagation
// (BP1-BP4, chapter 2) give the gradient of the cost C_x of one example, the
// quantity Eqs. (20)-(21) average over a mini-batch. Layers are counted from
// the end as in the Python: from_end(zs, l) is zs[-l], so l = 1 is the output
// layer, l = 2 the one before it, and so on.
void Network::backprop(const Vector& x, const Vector& y, Backprop& out) const {
    require_layers(*this, out);
    // Differs from network.py: its backprop starts by making nabla_b and
    // nabla_w, zeros shaped like biases and weights, and lists for zs and
    // activations; here all of them are the caller's buffers in `out`, and
    // every entry is overwritten below. (nabla_w is not among them: see BP4.)
    std::vector<Vector>& nabla_b = out.nabla_b;
    std::vector<Vector>& activations = out.activations;  // all the activations, layer by layer
    std::vector<Vector>& zs = out.zs;                    // all the z vectors, layer by layer
    std::vector<Vector>& sps = out.sps;                  // sigmoid_prime(z), layer by layer
    // feedforward, keeping every weighted input z and activation: Eq. (22)
    activations[0] = x;  // activation = x; activations = [x]
    for (std::size_t l = 0; l < biases.size(); ++l) {  // for b, w in zip(biases, weights)
        Vector& z = zs[l];
        dot(weights[l], activations[l], z);  // z = np.dot(w, activation)+b ...
        z += biases[l];                      // ... written into zs[l] in two steps
        sigmoid(z, activations[l + 1]);      // activation = sigmoid(z), appended to activations
    }
    // backward pass. Each layer's delta is written straight into nabla_b,
    // which is what BP3 makes of it (nabla_b[-l] = delta). Differs from
    // network.py: BP4's nabla_w[-l] = np.dot(delta, activations[-l-1].transpose())
    // is not multiplied out here; its two factors, nabla_b[-l] and
    // activations[-l-1], are what update_mini_batch sums for the whole batch
    // (Backprop::nabla_w multiplies one out).
    {
        Vector& delta = from_end(nabla_b, 1);  // nabla_b[-1] = delta
        Vector& sp = from_end(sps, 1);
        cost_derivative(from_end(activations, 1), y, delta);  // BP1: delta = self.cost_derivative(activations[-1], y) ...
        sigmoid_prime(from_end(zs, 1), sp);
        delta *= sp;                                          // ... * sigmoid_prime(zs[-1])
    }
    for (std::size_t l = 2; l < num_layers; ++l) {
        const Vector& z = from_end(zs, l);
        Vector& sp = from_end(sps, l);
        sigmoid_prime(z, sp);                  // sp = sigmoid_prime(z)
        Vector& delta = from_end(nabla_b, l);  // nabla_b[-l] = delta
        // BP2: delta = np.dot(self.weights[-l+1].transpose(), delta) * sp,
        // where the delta on the right, the layer after this one's, is nabla_b[-l+1].
        dot_transpose(from_end(weights, l - 1), from_end(nabla_b, l - 1), delta);
        delta *= sp;
    }
}

// network.py: Network.evaluate. The answer is the index of the most active
// output neuron (the first one on a tie, as np.argmax picks).
template <class Input>
int Network::evaluate(const std::vector<std::pair<Input, int>>& test_data) const {
    std::vector<std::pair<std::size_t, int>> test_results;
    // Differs from network.py: an Image's bytes become the book's (784, 1)
    // vector (as_vector), and sum(int(x == y) ...) is a loop.
    for (const auto& [x, y] : test_data) test_results.emplace_back(argmax(feedforward(as_vector(x))), y);
    int correct = 0;
    for (const auto& [x, y] : test_results) correct += static_cast<int>(x == static_cast<std::size_t>(y));
    return correct;
}

// network.py: Network.cost_derivative. For the quadratic cost of Eq. (6),
// C_x = ||y - a||^2 / 2, the partial derivatives with respect to a are a - y.
Vector Network::cost_derivative(const Vector& output_activations, const Vector& y) const {
    return output_activations - y;
}

void Network::cost_derivative(const Vector& output_activations, const Vector& y, Vector& out) const {
    out = output_activations;  // copied into out's storage: no allocation when the sizes agree
    out -= y;
}

// The buffers of update_mini_batch, shaped for this network and for up to
// `batch_size` held examples; made again only when a shape changes.
Network::Workspace& Network::workspace_for(std::size_t batch_size) {
    const std::size_t rows = std::min(std::max<std::size_t>(batch_size, 1), kMaxHeldExamples);
    Workspace& ws = workspace_;
    bool fits = ws.rows >= rows && ws.nabla_w.size() == weights.size();
    for (std::size_t l = 0; fits && l < weights.size(); ++l)
        fits = ws.nabla_w[l].rows() == weights[l].rows() && ws.nabla_w[l].cols() == weights[l].cols() &&
               ws.nabla_b[l].size() == biases[l].size();
    if (fits) return ws;
    std::vector<int> layer_sizes = {static_cast<int>(weights.at(0).cols())};
    for (const Vector& b : biases) layer_sizes.push_back(static_cast<int>(b.size()));
    ws.nabla_b = zeros_like(biases);
    ws.nabla_w = zeros_like(weights);
    ws.example = Backprop(layer_sizes);
    ws.deltas.clear();
    ws.inputs.clear();
    for (const Matrix& w : weights) {
        ws.deltas.emplace_back(rows, w.rows());
        ws.inputs.emplace_back(rows, w.cols());
    }
    ws.rows = rows;
    return ws;
}

// network.py: sigmoid. Eq. (3). Written as the book writes it: for very
// negative z, exp(-z) overflows to inf and 1/inf is exactly 0, so the result
// is 0 or 1 at the extremes, never NaN.
double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

Vector sigmoid(const Vector& z) { return apply(sigmoid, z); }

void sigmoid(const Vector& z, Vector& out) { apply(sigmoid, z, out); }

// network.py: sigmoid_prime. The derivative of Eq. (3), sigmoid(z) * (1 - sigmoid(z)).
// Differs from network.py: sigmoid(z) is worked out once, not twice (the
// same value both times, so the same bits, for half the calls to exp).
double sigmoid_prime(double z) {
    const double s = sigmoid(z);
    return s * (1.0 - s);
}

Vector sigmoid_prime(const Vector& z) { return apply(sigmoid_prime, z); }

void sigmoid_prime(const Vector& z, Vector& out) { apply(sigmoid_prime, z, out); }

// The two kinds of data SGD, update_mini_batch and evaluate are compiled for:
// x a Vector (any data) or an Image (MNIST).
template void Network::SGD(std::vector<TrainingExample>&, int, int, double, PythonRandom&,
                           const std::vector<TestExample>*);
template void Network::SGD(std::vector<MnistTrainingExample>&, int, int, double, PythonRandom&,
                           const std::vector<MnistTestExample>*);
template void Network::update_mini_batch(const MiniBatch<TrainingExample>&, double);
template void Network::update_mini_batch(const MiniBatch<MnistTrainingExample>&, double);
template int Network::evaluate(const std::vector<TestExample>&) const;
template int Network::evaluate(const std::vector<MnistTestExample>&) const;
