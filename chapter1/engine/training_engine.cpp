// The fast path of training (see training_engine.h): Network::SGD's
// arithmetic, operation for operation, over whole mini-batches at once and
// split between threads by neurons.
#include "chapter1/engine/training_engine.h"

#include <algorithm>
#include <cmath>
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
// Test images a thread takes at a time in evaluate, and how far ahead of
// the one it reads it asks for the next.
constexpr std::size_t kEvaluateRows = 50, kPrefetchAhead = 8;

// sigmoid_prime(z) from s = sigmoid(z): the port's sigmoid(z) * (1 - sigmoid(z))
// with the same value both times, so the same bits.
double sigmoid_prime_of(double s) { return s * (1 - s); }

// a = sigmoid(z + b) entry by entry, z keeping z + b: the port's
// 1.0 / (1.0 + std::exp(-z)), the same bits, with libm's exp called once
// per entry and the rest left to the compiler's vector instructions.
void sigmoid_of_sum(double* z, const double* b, double* a, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) z[i] = z[i] + b[i];
    for (std::size_t i = 0; i < count; ++i) a[i] = std::exp(-z[i]);
    for (std::size_t i = 0; i < count; ++i) a[i] = 1.0 / (1.0 + a[i]);
}

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
// (Always written into its caller: g++ 12 judges a function that only
// prefetches to have no effect, and drops the calls to it.)
#if defined(__GNUC__)
#define NNDL_INLINE __attribute__((always_inline)) inline
NNDL_INLINE void prefetch(const void* p, std::size_t bytes) {
    const char* c = static_cast<const char*>(p);
    for (std::size_t b = 0; b < bytes; b += 64) __builtin_prefetch(c + b);
}
#else
#define NNDL_INLINE inline
void prefetch(const void*, std::size_t) {}
#endif
NNDL_INLINE void prefetch(const MiniBatch& mini_batch, std::size_t k) {
    const auto [p, bytes] = mini_batch.x_storage(k);
    prefetch(p, bytes);
    prefetch(mini_batch.y(k).data(), sizeof(double));  // and its y, in a block of its own
}
NNDL_INLINE void prefetch(const Image& x) { prefetch(x.bytes(), x.size()); }
NNDL_INLINE void prefetch(const Vector& x) { prefetch(x.data(), x.size() * sizeof(double)); }

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
    std::vector<MiniBatch> mini_batches;
    for (int j = 0; j < epochs; ++j) {
        const auto start = std::chrono::steady_clock::now();
        random.shuffle(training_data);  // the port's shuffle, so the same batches
        mini_batches.clear();
        for (std::size_t k = 0; k < n; k += size)
            mini_batches.emplace_back(training_data.data() + k, std::min(size, n - k));
        train(mini_batches, eta);
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
    train({mini_batch}, eta);
}

void TrainingEngine::train(const std::vector<MiniBatch>& batches, double eta) {
    std::size_t largest = 0;
    for (const MiniBatch& mini_batch : batches) largest = std::max(largest, mini_batch.size());
    prepare(largest, largest > kMaxRows);
    // What the port would refuse, refused here, before any thread starts:
    // once the threads run, none may stop while the others wait for it.
    const std::size_t outputs = net_.biases.back().size();
    for (const MiniBatch& mini_batch : batches)
        for (std::size_t k = 0; k < mini_batch.size(); ++k) {
            require_input_size(net_.weights[0], mini_batch.x_size(k));
            if (mini_batch.y(k).size() != outputs)
                throw std::invalid_argument("subtract: shapes " + column_shape(outputs) + " and " +
                                            mini_batch.y(k).shape() +
                                            " differ (element-wise operations need equal shapes)");
        }
    pool_.run([&](int t) { train_thread(batches, eta, t); });
    // Every thread's copies hold the same bits; the first's go back.
    const Worker& first = *workers_[0];
    for (std::size_t l = 0; l < net_.weights.size(); ++l) {
        if (l > 0) net_.weights[l] = first.weights[l];
        net_.biases[l] = first.biases[l];
    }
}

// Thread t's share of every mini-batch. Of the first layer's weights, the
// big matrix, it reads and updates only its own neurons' rows, so those stay
// in its core's cache; everything after the first layer is small, and every
// thread works it all out for itself rather than wait for another's results.
// The threads meet once per part of a batch: each needs all of the first
// layer's activations.
void TrainingEngine::train_thread(const std::vector<MiniBatch>& batches, double eta, int t) {
    Worker& w = *workers_[static_cast<std::size_t>(t)];
    const std::size_t layers = net_.weights.size();
    const Range own = share(0, t, pool_.size());
    std::size_t part = 0;  // parts of batches done, counted over the whole run
    for (std::size_t k = 0; k < batches.size(); ++k) {
        const MiniBatch& mini_batch = batches[k];
        const std::size_t m = mini_batch.size();
        const bool whole = m <= w.rows;  // one part: nabla_w need not be kept
        const double c = eta / static_cast<double>(m);  // eta/len(mini_batch)
        if (k + 1 < batches.size())  // the next batch's images, on their way into the cache
            for (std::size_t j = 0; j < batches[k + 1].size(); ++j) prefetch(batches[k + 1], j);
        for (Vector& nb : w.nabla_b) nb.fill(0.0);
        if (!whole)
            for (Matrix& nw : w.nabla_w) nw.fill(0.0);
        std::size_t n = 0;
        for (std::size_t k0 = 0; k0 < m; k0 += n, ++part) {
            n = std::min(w.rows, m - k0);
            Matrix& x = w.a[0];
            for (std::size_t j = 0; j < n; ++j) mini_batch.x_into(k0 + j, x.data() + j * x.cols());
            first_layer(w, n, t, part);
            later_layers(w, n);
            for (std::size_t j = 0; j < n; ++j) backward(w, mini_batch, k0, j);
            for (std::size_t l = 0; l < layers; ++l)  // nabla_b = [nb+dnb ...], example after example
                for (std::size_t j = 0; j < n; ++j)
                    for (std::size_t i = 0; i < w.nabla_b[l].size(); ++i) w.nabla_b[l][i] += w.delta[l](j, i);
            if (whole) continue;
            add_outer_products(w.nabla_w[0], w.delta[0], w.a[0], n, own);
            for (std::size_t l = 1; l < layers; ++l) add_outer_products(w.nabla_w[l], w.delta[l], w.a[l], n);
        }
        // Eq. (20): the first layer's rows of this thread, then its own
        // copies of the other layers.
        if (whole) {
            subtract_outer_products(net_.weights[0], c, w.delta[0], w.a[0], n, own);
            for (std::size_t l = 1; l < layers; ++l)
                subtract_outer_products(w.weights[l], c, w.delta[l], w.a[l], n, {0, w.weights[l].rows()});
        } else {
            subtract_scaled(net_.weights[0], c, w.nabla_w[0], own);
            for (std::size_t l = 1; l < layers; ++l) subtract_scaled(w.weights[l], c, w.nabla_w[l]);
        }
        for (std::size_t l = 0; l < layers; ++l) subtract_scaled(w.biases[l], c, w.nabla_b[l]);  // Eq. (21)
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
    make_workers();
    for (const auto& worker : workers_) {  // each thread's buffers: kEvaluateRows images at a time
        bool fits = worker->test_a.size() == layers + 1 && worker->test_a[0].cols() == inputs;
        for (std::size_t l = 0; fits && l < layers; ++l) fits = worker->test_z[l].cols() == net_.weights[l].rows();
        if (fits) continue;
        worker->test_a.assign(1, Matrix::empty(kEvaluateRows, inputs));
        worker->test_z.clear();
        for (const Matrix& w : net_.weights) {
            worker->test_z.push_back(Matrix::empty(kEvaluateRows, w.rows()));
            worker->test_a.push_back(Matrix::empty(kEvaluateRows, w.rows()));
        }
    }
    pool_.run([&](int t) {
        std::vector<Matrix>& a = workers_[static_cast<std::size_t>(t)]->test_a;
        std::vector<Matrix>& z = workers_[static_cast<std::size_t>(t)]->test_z;
        int mine = 0;
        const std::size_t begin = test_data.size() * static_cast<std::size_t>(t) / static_cast<std::size_t>(threads);
        const std::size_t end = test_data.size() * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(threads);
        for (std::size_t k0 = begin; k0 < end; k0 += kEvaluateRows) {
            const std::size_t n = std::min(kEvaluateRows, end - k0);
            for (std::size_t j = 0; j < n; ++j) {
                if (k0 + j + kPrefetchAhead < end) prefetch(test_data[k0 + j + kPrefetchAhead].first);
                write_row(test_data[k0 + j].first, a[0].data() + j * inputs);
            }
            for (std::size_t l = 0; l < layers; ++l) {  // feedforward, Eq. (22), for n images at once
                const Matrix& w = net_.weights[l];
                dot_rows(w, a[l], z[l], {0, n}, {0, w.rows()});
                for (std::size_t j = 0; j < n; ++j)
                    sigmoid_of_sum(&z[l](j, 0), net_.biases[l].data(), &a[l + 1](j, 0), w.rows());
            }
            const Matrix& out = a[layers];
            for (std::size_t j = 0; j < n; ++j) {  // np.argmax: the first largest output
                std::size_t best = 0;
                for (std::size_t i = 1; i < out.cols(); ++i)
                    if (out(j, i) > out(j, best)) best = i;
                mine += static_cast<int>(best == static_cast<std::size_t>(test_data[k0 + j].second));
            }
        }
        correct[static_cast<std::size_t>(t)] = mine;  // once: the counts share a cache line
    });
    int total = 0;
    for (int c : correct) total += c;
    return total;
}

void TrainingEngine::prepare(std::size_t examples, bool keep_nabla_w) {
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
    const int threads = pool_.size();
    make_workers();
    for (int t = 0; t < threads; ++t) {
        Worker& w = *workers_[static_cast<std::size_t>(t)];
        bool fits = w.rows >= rows && w.a.size() == weights.size() + 1 && w.a[0].cols() == weights[0].cols();
        for (std::size_t l = 0; fits && l < weights.size(); ++l) fits = w.z[l].cols() == weights[l].rows();
        if (!fits) {
            w.nabla_w.clear();
            // Made again: for these shapes, as many rows as asked (and no
            // fewer than before, so that batches of changing sizes do not
            // remake them).
            const std::size_t keep = w.a.size() == weights.size() + 1 ? w.rows : 0;
            w.rows = std::max(rows, keep);
            w.a.assign(1, Matrix::empty(w.rows, weights[0].cols()));
            w.z.clear();
            w.delta.clear();
            std::size_t widest = 0;
            for (const Matrix& wl : weights) {
                w.z.push_back(Matrix::empty(w.rows, wl.rows()));
                w.a.push_back(Matrix::empty(w.rows, wl.rows()));
                w.delta.push_back(Matrix::empty(w.rows, wl.rows()));
                widest = std::max(widest, wl.cols());
            }
            w.back = Vector(widest);
            const Range own = share(0, t, threads);
            for (Matrix& p : w.published) p = Matrix::empty(w.rows, own.last - own.first);
            w.nabla_b = zeros_like(net_.biases);
        }
        if (keep_nabla_w && w.nabla_w.size() != weights.size()) w.nabla_w = zeros_like(weights);
        if (!keep_nabla_w) w.nabla_w.clear();
        // The copies: the network's now, whatever happened to it since.
        w.weights.resize(weights.size());
        for (std::size_t l = 1; l < weights.size(); ++l) w.weights[l] = weights[l];
        w.biases = net_.biases;
        w.parts.store(0, std::memory_order_relaxed);  // pool_.run publishes it to the threads
    }
}
void TrainingEngine::make_workers() {
    while (workers_.size() < static_cast<std::size_t>(pool_.size())) workers_.push_back(std::make_unique<Worker>());
}

Range TrainingEngine::share(std::size_t l, int t, int n) const {
    const std::size_t rows = net_.weights[l].rows();
    return {rows * static_cast<std::size_t>(t) / static_cast<std::size_t>(n),
            rows * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(n)};
}

// Eq. (22) for the first layer, z = np.dot(w, a) + b and a' = sigmoid(z) as
// the port's backprop, for thread t's neurons; then the others' neurons,
// copied from what their threads published for this part.
void TrainingEngine::first_layer(Worker& w, std::size_t n, int t, std::size_t part) {
    const int threads = pool_.size();
    const Range own = share(0, t, threads);
    dot_rows(net_.weights[0], w.a[0], w.z[0], {0, n}, own);
    // Row j of z[0] and a[1] from column own.first, and of the published
    // block: pointers, since a thread may own no neuron (more threads than
    // neurons), and then no entry may be asked for.
    const std::size_t count = own.last - own.first, width = w.a[1].cols();
    double* mine = w.published[part % 2].data();
    for (std::size_t j = 0; j < n; ++j) {
        double* a = w.a[1].data() + j * width + own.first;
        sigmoid_of_sum(w.z[0].data() + j * width + own.first, w.biases[0].data() + own.first, a, count);
        std::copy(a, a + count, mine + j * count);
    }
    if (threads == 1) return;
    w.parts.store(part + 1, std::memory_order_release);
    for (int u = 0; u < threads; ++u) {
        if (u == t) continue;
        const Worker& other = *workers_[static_cast<std::size_t>(u)];
        WorkerPool::wait_until([&] { return other.parts.load(std::memory_order_acquire) > part; });
        const Matrix& theirs = other.published[part % 2];
        const Range rows = share(0, u, threads);
        for (std::size_t j = 0; j < n; ++j)
            for (std::size_t i = rows.first; i < rows.last; ++i) w.a[1](j, i) = theirs(j, i - rows.first);
    }
}

// Eq. (22) for every layer after the first, all n examples at once, with
// this thread's copies of the weights and biases.
void TrainingEngine::later_layers(Worker& w, std::size_t n) {
    for (std::size_t l = 1; l < w.weights.size(); ++l) {
        const Matrix& weights = w.weights[l];
        dot_rows(weights, w.a[l], w.z[l], {0, n}, {0, weights.rows()});
        for (std::size_t j = 0; j < n; ++j)
            sigmoid_of_sum(&w.z[l](j, 0), w.biases[l].data(), &w.a[l + 1](j, 0), weights.rows());
    }
}

// BP1 and BP2 for example j of the part (row j of each matrix), as the
// port's backprop.
void TrainingEngine::backward(Worker& w, const MiniBatch& mini_batch, std::size_t k0, std::size_t j) {
    const std::size_t layers = w.delta.size();
    const Vector& y = mini_batch.y(k0 + j);
    const Matrix& out = w.a[layers];
    Matrix& delta = w.delta[layers - 1];
    for (std::size_t i = 0; i < out.cols(); ++i)  // BP1: (a - y) * sigmoid_prime(z)
        delta(j, i) = (out(j, i) - y[i]) * sigmoid_prime_of(out(j, i));
    for (std::size_t l = layers - 1; l-- > 0;) {  // BP2: np.dot(w.transpose(), delta) * sp
        dot_transpose(w.weights[l + 1], w.delta[l + 1].data() + j * w.delta[l + 1].cols(), w.back.data());
        for (std::size_t i = 0; i < w.delta[l].cols(); ++i)
            w.delta[l](j, i) = w.back[i] * sigmoid_prime_of(w.a[l + 1](j, i));
    }
}

template void TrainingEngine::SGD(std::vector<TrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<TestExample>*);
template void TrainingEngine::SGD(std::vector<MnistTrainingExample>&, int, int, double, PythonRandom&,
                                  const std::vector<MnistTestExample>*);
template int TrainingEngine::evaluate(const std::vector<TestExample>&);
template int TrainingEngine::evaluate(const std::vector<MnistTestExample>&);
