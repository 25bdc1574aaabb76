// One-vs-one SVM classification, as scikit-learn's SVC (LIBSVM inside) does
// it for mnist_svm.py: see svc.h.
#include "chapter1/svm/svc.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include "chapter1/svm/smo.h"

namespace {

// Test images classified per block: the kernel between a block and 17,000
// support vectors is 64 x 17,000 doubles (8.7 MB).
constexpr std::size_t kTestBlock = 64;

// Runs work(k, w) for k = 0 .. count-1 on `threads` threads, each taking
// the next k as it becomes free; w (0 .. threads-1) names the thread, so that
// each can keep memory of its own from one k to the next. Every k writes
// only its own results, so the outcome does not depend on the number of
// threads. The first exception thrown is rethrown here.
void share_out(std::size_t count, int threads,
               const std::function<void(std::size_t, std::size_t)>& work) {
    if (count == 0) return;
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&](std::size_t w) {
        for (std::size_t k = next++; k < count; k = next++) {
            try {
                work(k, w);
            } catch (...) {
                const std::lock_guard<std::mutex> lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = count;  // stop handing out work
            }
        }
    };
    const std::size_t extra =
        std::min<std::size_t>(count, static_cast<std::size_t>(std::max(threads, 1))) - 1;
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < extra; ++t) pool.emplace_back(worker, t + 1);
    worker(0);  // the calling thread works too
    for (std::thread& thread : pool) thread.join();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace

SVC::SVC(SvcSettings settings) : settings_(settings) {
    if (settings_.threads < 1) throw std::invalid_argument("SVC: threads must be at least 1");
    for (const auto& [name, value] : {std::pair{"C", settings_.C}, std::pair{"gamma", settings_.gamma},
                                      std::pair{"tol", settings_.tol}})
        if (!(value > 0 && std::isfinite(value)))
            throw std::invalid_argument(std::string("SVC: ") + name + " must be a positive number");
}

void SVC::fit(const std::vector<Image>& images, const std::vector<int>& labels,
              const std::function<void(const PairReport&)>& progress) {
    if (images.size() != labels.size())
        throw std::invalid_argument("SVC::fit: " + std::to_string(images.size()) + " images but " +
                                    std::to_string(labels.size()) + " labels");
    // Everything is built in locals and assigned at the end, so that a fit
    // that throws leaves a trained SVC as it was.
    std::vector<int> classes = labels;
    std::sort(classes.begin(), classes.end());
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    if (classes.size() < 2)
        throw std::invalid_argument(
            "SVC::fit: the training images must carry at least two labels, found " +
            std::to_string(classes.size()));
    const std::size_t dim = images.front().size();
    for (const Image& image : images)
        if (image.size() != dim)
            throw std::invalid_argument("SVC::fit: images of " + std::to_string(image.size()) +
                                        " and " + std::to_string(dim) + " pixels");

    // by_class[c]: the training images of classes[c], in their order.
    std::vector<std::vector<std::size_t>> by_class(classes.size());
    for (std::size_t k = 0; k < labels.size(); ++k) {
        const auto c =
            std::lower_bound(classes.begin(), classes.end(), labels[k]) - classes.begin();
        by_class[static_cast<std::size_t>(c)].push_back(k);
    }
    // The pairs in scikit-learn's order (its LIBSVM sorts the labels): (0,1),
    // (0,2), ..., (1,2), ...
    std::vector<std::pair<std::size_t, std::size_t>> pair_classes;
    for (std::size_t a = 0; a < classes.size(); ++a)
        for (std::size_t b = a + 1; b < classes.size(); ++b) pair_classes.emplace_back(a, b);

    // Each pair's support vectors as indexes into `images`, with alpha_t y_t.
    struct Trained {
        std::vector<std::size_t> image;
        std::vector<double> coef;
        double b = 0;
    };
    std::vector<Trained> trained(pair_classes.size());
    std::mutex progress_mutex;
    std::size_t done = 0;
    SmoSettings smo_settings;
    smo_settings.C = settings_.C;
    smo_settings.tol = settings_.tol;
    smo_settings.cache_bytes = settings_.cache_bytes / static_cast<std::size_t>(settings_.threads);

    std::vector<KernelRowMemory> memory(static_cast<std::size_t>(settings_.threads));
    share_out(pair_classes.size(), settings_.threads, [&](std::size_t p, std::size_t w) {
        const auto start = std::chrono::steady_clock::now();
        // The pair's images, first class then second, labelled +1 and -1.
        std::vector<std::size_t> members = by_class[pair_classes[p].first];
        const std::size_t n_first = members.size();
        members.insert(members.end(), by_class[pair_classes[p].second].begin(),
                       by_class[pair_classes[p].second].end());
        ImageStack stack(dim);
        stack.reserve(members.size());
        std::vector<int> y(members.size());
        for (std::size_t t = 0; t < members.size(); ++t) {
            stack.push_back(images[members[t]]);
            y[t] = t < n_first ? 1 : -1;
        }
        // K(x, x) = exp(0) = 1.
        const std::vector<double> diag(members.size(), rbf_kernel(0, settings_.gamma));
        const KernelRow kernel_row = [&](std::size_t i, double* row) {
            rbf_kernel_row(stack, i, settings_.gamma, row);
        };
        const SmoSolution solution = smo_solve(y, diag, kernel_row, smo_settings, &memory[w]);

        Trained& result = trained[p];
        result.b = solution.b;
        for (std::size_t t = 0; t < members.size(); ++t)
            if (solution.alpha[t] > 0) {
                result.image.push_back(members[t]);
                result.coef.push_back(solution.alpha[t] * y[t]);
            }
        if (progress) {
            PairReport report;
            report.first = classes[pair_classes[p].first];
            report.second = classes[pair_classes[p].second];
            report.examples = members.size();
            report.iterations = solution.iterations;
            report.kernel_rows = solution.kernel_rows;
            report.support_vectors = result.image.size();
            report.converged = solution.converged;
            report.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            report.pairs_total = pair_classes.size();
            const std::lock_guard<std::mutex> lock(progress_mutex);
            report.pairs_done = ++done;
            progress(report);
        }
    });

    // The support vectors of all pairs, each image once (the kernel with a
    // test image is then computed once however many pairs share it).
    std::vector<std::size_t> all;
    for (const Trained& result : trained)
        all.insert(all.end(), result.image.begin(), result.image.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    ImageStack support_vectors(dim);
    support_vectors.reserve(all.size());
    for (const std::size_t k : all) support_vectors.push_back(images[k]);
    std::vector<Pair> pairs;
    for (std::size_t p = 0; p < trained.size(); ++p) {
        Pair pair;
        pair.first = classes[pair_classes[p].first];
        pair.second = classes[pair_classes[p].second];
        pair.b = trained[p].b;
        pair.coef = trained[p].coef;
        for (const std::size_t k : trained[p].image)
            pair.sv.push_back(static_cast<std::size_t>(std::lower_bound(all.begin(), all.end(), k) -
                                                       all.begin()));
        pairs.push_back(std::move(pair));
    }
    classes_ = std::move(classes);
    pairs_ = std::move(pairs);
    support_vectors_ = std::move(support_vectors);
}

// Eq. (SVM5) for every pair, from the kernel between the images and all the
// support vectors (each computed once, however many pairs share it).
void SVC::decide(const ImageStack& test, std::size_t begin, std::size_t end, std::vector<double>& K,
                 double* out) const {
    const std::size_t n_sv = support_vectors_.size();
    K.resize((end - begin) * n_sv);  // K[r * n_sv + s] = K(test r, support vector s)
    rbf_kernel_block(test, begin, end, support_vectors_, settings_.gamma, K.data());
    for (std::size_t r = 0; r < end - begin; ++r) {
        const double* K_r = K.data() + r * n_sv;
        for (std::size_t p = 0; p < pairs_.size(); ++p) {
            const Pair& pair = pairs_[p];
            double sum = 0;
            for (std::size_t k = 0; k < pair.sv.size(); ++k) sum += pair.coef[k] * K_r[pair.sv[k]];
            out[r * pairs_.size() + p] = sum + pair.b;
        }
    }
}

std::vector<double> SVC::decision_function(const std::vector<Image>& images) const {
    if (pairs_.empty()) throw std::logic_error("SVC::decision_function: call fit first");
    ImageStack test(support_vectors_.dim());
    test.reserve(images.size());
    for (const Image& image : images) test.push_back(image);
    const std::size_t n = images.size(), P = pairs_.size();
    std::vector<double> values(n * P);
    const std::size_t blocks = (n + kTestBlock - 1) / kTestBlock;
    // Kernel values, one buffer per thread.
    std::vector<std::vector<double>> K(static_cast<std::size_t>(settings_.threads));
    share_out(blocks, settings_.threads, [&](std::size_t block, std::size_t w) {
        const std::size_t begin = block * kTestBlock, end = std::min(begin + kTestBlock, n);
        decide(test, begin, end, K[w], values.data() + begin * P);
    });
    return values;
}

// Eq. (SVM10): the vote of the pairs.
std::vector<int> SVC::predict(const std::vector<Image>& images) const {
    if (pairs_.empty()) throw std::logic_error("SVC::predict: call fit first");
    const std::vector<double> values = decision_function(images);
    const std::size_t n = images.size(), P = pairs_.size();
    std::vector<int> predictions(n);
    for (std::size_t r = 0; r < n; ++r) {
        std::vector<int> votes(classes_.size(), 0);
        for (std::size_t p = 0; p < P; ++p) {
            const int winner = values[r * P + p] > 0 ? pairs_[p].first : pairs_[p].second;
            ++votes[static_cast<std::size_t>(
                std::lower_bound(classes_.begin(), classes_.end(), winner) - classes_.begin())];
        }
        // The first maximum: a tie goes to the smallest label.
        predictions[r] = classes_[static_cast<std::size_t>(
            std::max_element(votes.begin(), votes.end()) - votes.begin())];
    }
    return predictions;
}
