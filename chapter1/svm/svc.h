// mnist_svm.py's classifier, scikit-learn's svm.SVC as the book ran it: a
// soft-margin SVM with the RBF kernel for each pair of digits (45 for ten),
// trained by SMO (chapter1/svm/smo.h), and a vote among the 45 to classify.
// fit and predict keep scikit-learn's names.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "common/files/image.h"
#include "chapter1/svm/rbf_kernel.h"

// What the book's SVC() used: C = 1, gamma = 1 / (number of pixels) (the
// library's default then, 'auto'; today's default 'scale' differs), and a
// stopping tolerance of 1e-3.
struct SvcSettings {
    double C = 1.0;
    double gamma = 1.0 / 784;
    double tol = 1e-3;
    std::size_t cache_bytes = std::size_t{1} << 30;  // kernel rows kept, for all threads together
    // Threads: the pairs (and the test images) are shared out among them, and
    // the result is the same for any number.
    int threads = 1;
};

// One trained pair, as reported while fit runs.
struct PairReport {
    int first = 0, second = 0;        // the digits: first is the +1 class, second the -1 class
    std::size_t examples = 0;         // training images of either digit
    long long iterations = 0;         // SMO steps
    long long kernel_rows = 0;        // kernel rows computed
    std::size_t support_vectors = 0;  // images with alpha > 0
    bool converged = true;            // false if SMO stopped before meeting its tolerance
    double seconds = 0;               // wall time for this pair
    std::size_t pairs_done = 0, pairs_total = 0;
};

class SVC {
public:
    explicit SVC(SvcSettings settings = {});

    // Trains one SVM per pair of labels. `progress`, if given, is called once
    // per pair as it finishes (one call at a time, from any thread). Throws
    // std::invalid_argument if the sizes differ, images differ in size, or
    // fewer than two labels occur.
    void fit(const std::vector<Image>& images, const std::vector<int>& labels,
             const std::function<void(const PairReport&)>& progress = nullptr);

    // The label each image gets from the vote of the pairs: the pair (a, b)
    // votes a when its decision value is positive, b otherwise, and a tie
    // between labels goes to the smallest, as in scikit-learn (whose LIBSVM
    // sorts the labels first).
    std::vector<int> predict(const std::vector<Image>& images) const;

    // The decision values of every pair for every image, as scikit-learn's
    // decision_function with decision_function_shape='ovo' for three or more
    // labels (with two, scikit-learn flips the sign): entry
    // [r * pairs + p] is pair p's sum_t alpha_t y_t K(x_t, x_r) + b, pairs in
    // the order (0,1), (0,2), ..., (0,9), (1,2), ..., (8,9).
    std::vector<double> decision_function(const std::vector<Image>& images) const;

    const std::vector<int>& classes() const { return classes_; }  // sorted labels seen by fit
    std::size_t support_vector_count() const { return support_vectors_.size(); }  // distinct images

private:
    struct Pair {
        int first = 0, second = 0;
        std::vector<std::size_t> sv;  // positions in support_vectors_
        std::vector<double> coef;     // alpha_t y_t for each
        double b = 0;
    };
    // Decision values of images [begin, end) of `test` for every pair into
    // out[(r - begin) * pairs_.size() + p]; K holds the kernel values.
    void decide(const ImageStack& test, std::size_t begin, std::size_t end, std::vector<double>& K,
                double* out) const;

    SvcSettings settings_;
    std::vector<int> classes_;
    std::vector<Pair> pairs_;
    ImageStack support_vectors_{1};
};
