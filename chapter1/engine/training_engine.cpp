// The fast path of training (see training_engine.h): Network::SGD's
// arithmetic, operation for operation, without its allocations and with the
// weight gradients of a whole batch added in one pass.
#include "chapter1/engine/training_engine.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <stdexcept>
#include <string>

#include "chapter1/epoch_time.h"
#include "common/numerics/kernels.h"
#include "common/numerics/python_idioms.h"

namespace {

// Most examples whose delta_nabla_w factors update_mini_batch holds before
// summing them into nabla_w: the whole of any usual mini-batch, while a
// batch of all 50,000 images still needs only a few megabytes.
constexpr std::size_t kMaxHeldExamples = 100;

// sigmoid_prime(z) with sigmoid(z) worked out once: the port's
// sigmoid(z) * (1 - sigmoid(z)) with the same value both times, so the same bits.
double sigmoid_prime_once(double z) {
    const double s = sigmoid(z);
    return s * (1 - s);
}

}  // namespace

template <class Input>
void TrainingEngine::SGD(std::vector<std::pair<Input, Vector>>& training_data, int epochs, int mini_batch_size,
                         double eta, PythonRandom& random, const std::vector<std::pair<Input, int>>* test_data) {
    if (mini_batch_size < 1)
        throw std::invalid_argument("SGD: mini_batch_size must be at least 1, got " +
                                    std::to_string(mini_batch_size));
    const std::size_t n = training_data.size();
    const std::size_t size = static_cast<std::size_t>(mini_batch_size);
    for (int j = 0; j < epochs; ++j) {
        const auto start = std::chrono::steady_clock::now();
        random.shuffle(training_data);  // the port's shuffle, so the same batches
        for (std::size_t k = 0; k < n; k += size)
            update_mini_batch(MiniBatch(training_data.data() + k, std::min(size, n - k)), eta);
        std::cout << "Epoch " << j;
        if (test_data)
            std::cout << ": " << net_.evaluate(*test_data) << " / " << test_data->size();
        else
            std::cout << " complete";
        std::cout << " (" << seconds_since(start) << ")" << std::endl;
    }
}

void TrainingEngine::update_mini_batch(const MiniBatch& mini_batch, double eta) {
    require_examples(mini_batch);
    Workspace& ws = workspace_for(mini_batch.size());
    for (Vector& nb : ws.nabla_b) nb.fill(0.0);
    for (Matrix& nw : ws.nabla_w) nw.fill(0.0);
    const BackpropBuffers& example = ws.example;
    for (std::size_t k = 0; k < mini_batch.size(); ++k) {
        backprop(mini_batch.x(k, ws.x), mini_batch.y(k));
        for (std::size_t l = 0; l < ws.nabla_b.size(); ++l) ws.nabla_b[l] += example.deltas[l];  // nb+dnb
        // nw+dnw, deferred: this example's factors of dnw = delta a^T (BP4)
        // go into row `held`; after the batch's last example (or every 100)
        // the held outer products are added to nabla_w entry by entry in the
        // batch's order, the same additions in the same order as the port's.
        const std::size_t held = k % ws.rows;
        for (std::size_t l = 0; l < ws.nabla_w.size(); ++l) {
            set_row(ws.held_deltas[l], held, example.deltas[l]);
            set_row(ws.held_inputs[l], held, example.activations[l]);
        }
        if (held + 1 == ws.rows || k + 1 == mini_batch.size())
            for (std::size_t l = 0; l < ws.nabla_w.size(); ++l)
                add_outer_products(ws.nabla_w[l], ws.held_deltas[l], ws.held_inputs[l], held + 1);
    }
    const double m = static_cast<double>(mini_batch.size());
    for (std::size_t l = 0; l < net_.weights.size(); ++l) subtract_scaled(net_.weights[l], eta / m, ws.nabla_w[l]);  // Eq. (20)
    for (std::size_t l = 0; l < net_.biases.size(); ++l) subtract_scaled(net_.biases[l], eta / m, ws.nabla_b[l]);    // Eq. (21)
}

// Network::backprop, BP1-BP3, each product into its buffer. Every delta is
// what the port stores in nabla_b (BP3); BP4 is update_mini_batch's.
void TrainingEngine::backprop(const Vector& x, const Vector& y) {
    const Network& net = net_;
    BackpropBuffers& b = ws_.example;
    b.activations[0] = x;
    for (std::size_t l = 0; l < net.biases.size(); ++l) {
        dot(net.weights[l], b.activations[l], b.zs[l]);  // z = np.dot(w, activation) + b
        b.zs[l] += net.biases[l];
        apply(sigmoid, b.zs[l], b.activations[l + 1]);    // activation = sigmoid(z)
    }
    {
        Vector& delta = from_end(b.deltas, 1);
        Vector& sp = from_end(b.sps, 1);
        delta = from_end(b.activations, 1);  // BP1: cost_derivative(activations[-1], y) ...
        delta -= y;
        apply(sigmoid_prime_once, from_end(b.zs, 1), sp);
        delta *= sp;  // ... * sigmoid_prime(zs[-1])
    }
    for (std::size_t l = 2; l < net.num_layers; ++l) {
        Vector& sp = from_end(b.sps, l);
        apply(sigmoid_prime_once, from_end(b.zs, l), sp);
        Vector& delta = from_end(b.deltas, l);  // BP2: np.dot(weights[-l+1].transpose(), delta) * sp
        dot_transpose(from_end(net.weights, l - 1), from_end(b.deltas, l - 1), delta);
        delta *= sp;
    }
}

TrainingEngine::Workspace& TrainingEngine::workspace_for(std::size_t batch_size) {
    require_consistent_layers(net_, "update_mini_batch");
    const std::vector<Matrix>& weights = net_.weights;
    const std::vector<Vector>& biases = net_.biases;
    const std::size_t rows = std::min(std::max<std::size_t>(batch_size, 1), kMaxHeldExamples);
    Workspace& ws = ws_;
    bool fits = ws.rows >= rows && ws.nabla_w.size() == weights.size();
    for (std::size_t l = 0; fits && l < weights.size(); ++l)
        fits = ws.nabla_w[l].rows() == weights[l].rows() && ws.nabla_w[l].cols() == weights[l].cols() &&
               ws.nabla_b[l].size() == biases[l].size();
    if (fits) return ws;
    ws.nabla_b = zeros_like(biases);
    ws.nabla_w = zeros_like(weights);
    BackpropBuffers& b = ws.example;
    b = BackpropBuffers();
    b.activations.emplace_back(weights.at(0).cols());
    for (const Vector& bias : biases) {
        b.activations.emplace_back(bias.size());
        b.zs.emplace_back(bias.size());
        b.sps.emplace_back(bias.size());
        b.deltas.emplace_back(bias.size());
    }
    ws.held_deltas.clear();
    ws.held_inputs.clear();
    for (const Matrix& w : weights) {
        ws.held_deltas.emplace_back(rows, w.rows());
        ws.held_inputs.emplace_back(rows, w.cols());
    }
    ws.rows = rows;
    return ws;
}

template void TrainingEngine::SGD(std::vector<TrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<TestExample>*);
template void TrainingEngine::SGD(std::vector<MnistTrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<MnistTestExample>*);
