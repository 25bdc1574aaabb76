// The fast path of training (see training_engine.h): Network::SGD's
// arithmetic, operation for operation, over whole mini-batches at once and
// split between threads by neurons.
#include "chapter1/engine/training_engine.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <stdexcept>
#include <string>

#include "chapter1/epoch_time.h"
#include "common/numerics/kernels.h"

namespace {

// Most examples a part of a mini-batch holds: the whole of any usual
// mini-batch, while a batch of all 50,000 images still needs only a few
// megabytes.
constexpr std::size_t kMaxRows = 100;
// Test images a thread takes at a time in evaluate.
constexpr std::size_t kEvaluateRows = 50;

// sigmoid_prime(z) from s = sigmoid(z): the port's sigmoid(z) * (1 - sigmoid(z))
// with the same value both times, so the same bits.
double sigmoid_prime_of(double s) { return s * (1 - s); }

void write_row(const Vector& x, double* row) { std::copy(x.data(), x.data() + x.size(), row); }
void write_row(const Image& x, double* row) { to_pixels(x, row); }

std::string column_shape(std::size_t n) { return "(" + std::to_string(n) + ",1)"; }

// An x of `size` entries where the first layer's weights w expect w.cols():
// refused in the words of the port's np.dot, before any thread starts.
void require_input_size(const Matrix& w, std::size_t size) {
    if (size != w.cols())
        throw std::invalid_argument("dot: shapes " + w.shape() + " and " + column_shape(size) + " not aligned");
}

// Asks the memory system for an example's input before it is needed: the
// shuffled images are scattered over 39 MB, and reading one that is not in
// a cache stalls on each of its cache lines. Only a hint; no number changes.
void prefetch(const void* p, std::size_t bytes) {
#if defined(__GNUC__)
    const char* c = static_cast<const char*>(p);
    for (std::size_t k = 0; k < bytes; k += 64) __builtin_prefetch(c + k);
#else
    (void)p;
    (void)bytes;
#endif
}
void prefetch(const Image& x) { prefetch(x.bytes(), x.size()); }
void prefetch(const Vector& x) { prefetch(x.data(), x.size() * sizeof(double)); }

}  // namespace

TrainingEngine::TrainingEngine(Network& net, int threads)
    : net_(net), pool_(threads == 0 ? WorkerPool::cores() : threads) {}

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
        for (std::size_t k = 0; k < n; k += size) {
            for (std::size_t next = k + size; next < std::min(n, k + 2 * size); ++next) prefetch(training_data[next].first);
            update_mini_batch(MiniBatch(training_data.data() + k, std::min(size, n - k)), eta);
        }
        std::cout << "Epoch " << j;
        if (test_data)
            std::cout << ": " << evaluate(*test_data) << " / " << test_data->size();
        else
            std::cout << " complete";
        std::cout << " (" << seconds_since(start) << ")" << std::endl;
    }
}

void TrainingEngine::update_mini_batch(const MiniBatch& mini_batch, double eta) {
    require_examples(mini_batch);
    const std::size_t m = mini_batch.size();
    Batch& b = batch_for(m);
    // What the port would refuse, refused here, before any thread starts.
    const std::size_t outputs = net_.biases.back().size();
    for (std::size_t k = 0; k < m; ++k) {
        require_input_size(net_.weights[0], mini_batch.x_size(k));
        if (mini_batch.y(k).size() != outputs)
            throw std::invalid_argument("subtract: shapes " + column_shape(outputs) + " and " +
                                        mini_batch.y(k).shape() +
                                        " differ (element-wise operations need equal shapes)");
    }
    const std::size_t layers = net_.weights.size();
    const bool whole = m <= b.rows;  // one part: nabla_w need not be kept
    for (Vector& nb : b.nabla_b) nb.fill(0.0);
    if (!whole)
        for (Matrix& nw : b.nabla_w) nw.fill(0.0);
    const int threads = pool_.size();
    const double c = eta / static_cast<double>(m);  // eta/len(mini_batch)
    for (std::size_t k0 = 0; k0 < m; k0 += b.rows) {
        const std::size_t n = std::min(b.rows, m - k0);
        // Each thread: its neurons of every layer forward, its examples
        // backward, its neurons' sums and (for a batch in one part) their
        // update. A barrier wherever a thread reads what another wrote.
        pool_.run([&](int t) {
            load_inputs(mini_batch, k0, n, t);  // into its own copy: no wait for the others
            forward(0, {0, n}, share(0, t, threads), t);  // the big layer: split by neurons
            pool_.barrier();                                // its activations complete
            // The small layers after it, and the backward pass, example by
            // example: thread t's examples are j = t, t + threads, ...
            for (std::size_t j = static_cast<std::size_t>(t); j < n; j += static_cast<std::size_t>(threads)) {
                for (std::size_t l = 1; l < layers; ++l) forward(l, {j, j + 1}, {0, net_.weights[l].rows()}, t);
                backward(mini_batch, k0, j, t);
            }
            pool_.barrier();  // every delta
            for (std::size_t l = 0; l < layers; ++l) {
                const auto [first, last] = share(l, t, threads);
                for (std::size_t j = 0; j < n; ++j)  // nabla_b = [nb+dnb ...], example after example
                    for (std::size_t i = first; i < last; ++i) b.nabla_b[l][i] += b.delta[l](j, i);
                if (!whole) continue;
                subtract_outer_products(net_.weights[l], c, b.delta[l], l == 0 ? inputs(t) : b.a[l], n,
                                        {first, last});  // Eq. (20)
                for (std::size_t i = first; i < last; ++i)
                    net_.biases[l][i] = net_.biases[l][i] - c * b.nabla_b[l][i];  // Eq. (21)
            }
        });
        if (!whole)  // nabla_w kept between the parts of a large batch
            for (std::size_t l = 0; l < layers; ++l) add_outer_products(b.nabla_w[l], b.delta[l], b.a[l], n);
    }
    if (!whole) {
        for (std::size_t l = 0; l < layers; ++l) {
            subtract_scaled(net_.weights[l], c, b.nabla_w[l]);  // Eq. (20)
            subtract_scaled(net_.biases[l], c, b.nabla_b[l]);   // Eq. (21)
        }
    }
}

template <class Input>
int TrainingEngine::evaluate(const std::vector<std::pair<Input, int>>& test_data) {
    require_consistent_layers(net_, "evaluate");
    const int threads = pool_.size();
    const std::size_t layers = net_.weights.size();
    const std::size_t inputs = net_.weights[0].cols();
    for (const auto& [x, y] : test_data) require_input_size(net_.weights[0], x.size());
    std::vector<int> correct(static_cast<std::size_t>(threads), 0);
    pool_.run([&](int t) {
        Batch e;  // this thread's: kEvaluateRows images at a time
        e.a.push_back(Matrix::empty(kEvaluateRows, inputs));
        for (const Matrix& w : net_.weights) {
            e.z.push_back(Matrix::empty(kEvaluateRows, w.rows()));
            e.a.push_back(Matrix::empty(kEvaluateRows, w.rows()));
        }
        const std::size_t begin = test_data.size() * static_cast<std::size_t>(t) / static_cast<std::size_t>(threads);
        const std::size_t end = test_data.size() * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(threads);
        for (std::size_t k0 = begin; k0 < end; k0 += kEvaluateRows) {
            const std::size_t n = std::min(kEvaluateRows, end - k0);
            for (std::size_t j = 0; j < n; ++j) write_row(test_data[k0 + j].first, e.a[0].data() + j * inputs);
            for (std::size_t l = 0; l < layers; ++l) {  // feedforward, Eq. (22), for n images at once
                const Matrix& w = net_.weights[l];
                dot_rows(w, e.a[l], e.z[l], {0, n}, {0, w.rows()});
                for (std::size_t j = 0; j < n; ++j)
                    for (std::size_t i = 0; i < w.rows(); ++i)
                        e.a[l + 1](j, i) = sigmoid(e.z[l](j, i) + net_.biases[l][i]);
            }
            const Matrix& out = e.a[layers];
            for (std::size_t j = 0; j < n; ++j) {  // np.argmax: the first largest output
                std::size_t best = 0;
                for (std::size_t i = 1; i < out.cols(); ++i)
                    if (out(j, i) > out(j, best)) best = i;
                correct[static_cast<std::size_t>(t)] += static_cast<int>(best == static_cast<std::size_t>(test_data[k0 + j].second));
            }
        }
    });
    int total = 0;
    for (int c : correct) total += c;
    return total;
}

TrainingEngine::Batch& TrainingEngine::batch_for(std::size_t examples) {
    require_consistent_layers(net_, "update_mini_batch");
    const std::vector<Matrix>& weights = net_.weights;
    for (std::size_t l = 0; l < weights.size(); ++l) {
        if (net_.biases[l].size() != weights[l].rows())
            throw std::invalid_argument("add: shapes " + column_shape(weights[l].rows()) + " and " +
                                        net_.biases[l].shape() + " differ (element-wise operations need equal shapes)");
        if (l > 0 && weights[l].cols() != weights[l - 1].rows())
            throw std::invalid_argument("dot: shapes " + weights[l].shape() + " and " +
                                        column_shape(weights[l - 1].rows()) + " not aligned");
    }
    const std::size_t rows = std::min(std::max<std::size_t>(examples, 1), kMaxRows);
    Batch& b = batch_;
    bool fits = b.rows >= rows && b.a.size() == weights.size() + 1 && b.a[0].cols() == weights[0].cols();
    for (std::size_t l = 0; fits && l < weights.size(); ++l) fits = b.z[l].cols() == weights[l].rows();
    if (fits && (examples <= b.rows || b.nabla_w.size() == weights.size())) return b;
    // Made again: for these shapes, as many rows as asked (and no fewer
    // than before, so that batches of changing sizes do not remake them).
    const std::size_t keep = fits ? b.rows : 0;
    b = Batch();
    b.rows = std::max(rows, keep);
    b.a.push_back(Matrix::empty(b.rows, weights[0].cols()));
    std::size_t widest = 0;
    for (const Matrix& w : weights) {
        b.z.push_back(Matrix::empty(b.rows, w.rows()));
        b.a.push_back(Matrix::empty(b.rows, w.rows()));
        b.delta.push_back(Matrix::empty(b.rows, w.rows()));
        widest = std::max(widest, w.cols());
    }
    for (int t = 1; t < pool_.size(); ++t) b.x.push_back(Matrix::empty(b.rows, weights[0].cols()));
    b.nabla_b = zeros_like(net_.biases);
    if (examples > b.rows) b.nabla_w = zeros_like(weights);
    b.back.assign(static_cast<std::size_t>(pool_.size()), Vector(widest));
    return b;
}

Range TrainingEngine::share(std::size_t l, int t, int n) const {
    const std::size_t rows = net_.weights[l].rows();
    return {rows * static_cast<std::size_t>(t) / static_cast<std::size_t>(n),
            rows * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(n)};
}

Matrix& TrainingEngine::inputs(int t) { return t == 0 ? batch_.a[0] : batch_.x[static_cast<std::size_t>(t - 1)]; }

// Example k0 + j's x into row j of thread t's own copy of the inputs: each
// thread reads every example, and converting them costs less than passing
// 50 KB from one core's cache to another's for every mini-batch.
void TrainingEngine::load_inputs(const MiniBatch& mini_batch, std::size_t k0, std::size_t n, int t) {
    Matrix& x = inputs(t);
    for (std::size_t j = 0; j < n; ++j) mini_batch.x_into(k0 + j, x.data() + j * x.cols());
}

// Eq. (22) for some neurons of layer l + 1 and some examples:
// z = np.dot(w, a) + b, then a' = sigmoid(z), as the port's backprop.
void TrainingEngine::forward(std::size_t l, Range examples, Range rows, int t) {
    Batch& b = batch_;
    dot_rows(net_.weights[l], l == 0 ? inputs(t) : b.a[l], b.z[l], examples, rows);
    const Vector& bias = net_.biases[l];
    for (std::size_t j = examples.first; j < examples.last; ++j)
        for (std::size_t i = rows.first; i < rows.last; ++i) {
            double& z = b.z[l](j, i);
            z = z + bias[i];
            b.a[l + 1](j, i) = sigmoid(z);
        }
}

// BP1 and BP2 for example j of the part (row j of each matrix), as the
// port's backprop; `back` is thread t's.
void TrainingEngine::backward(const MiniBatch& mini_batch, std::size_t k0, std::size_t j, int t) {
    Batch& b = batch_;
    Vector& back = b.back[static_cast<std::size_t>(t)];
    const std::size_t layers = net_.weights.size();
    const Vector& y = mini_batch.y(k0 + j);
    const Matrix& out = b.a[layers];
    Matrix& delta = b.delta[layers - 1];
    for (std::size_t i = 0; i < out.cols(); ++i)  // BP1: (a - y) * sigmoid_prime(z)
        delta(j, i) = (out(j, i) - y[i]) * sigmoid_prime_of(out(j, i));
    for (std::size_t l = layers - 1; l-- > 0;) {  // BP2: np.dot(w.transpose(), delta) * sp
        dot_transpose(net_.weights[l + 1], b.delta[l + 1].data() + j * b.delta[l + 1].cols(), back.data());
        for (std::size_t i = 0; i < b.delta[l].cols(); ++i)
            b.delta[l](j, i) = back[i] * sigmoid_prime_of(b.a[l + 1](j, i));
    }
}

template void TrainingEngine::SGD(std::vector<TrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<TestExample>*);
template void TrainingEngine::SGD(std::vector<MnistTrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<MnistTestExample>*);
template int TrainingEngine::evaluate(const std::vector<TestExample>&);
template int TrainingEngine::evaluate(const std::vector<MnistTestExample>&);
