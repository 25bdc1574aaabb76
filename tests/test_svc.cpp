// One-vs-one SVM classification (chapter1/svm/svc.h): small problems, and
// mnist_svm.py's baseline on the first 2,000 MNIST training images.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "chapter1/mnist_loader.h"
#include "chapter1/svm/svc.h"
#include "tests/check.h"
#include "tests/mnist_fixture.h"

namespace {

Image image(std::vector<std::uint8_t> bytes) { return Image(std::move(bytes)); }

// The 2,000-image baseline, trained once for the cases that need it.
struct Baseline {
    MnistSet training, test;
    SVC clf;
};

const Baseline& baseline_2000(int threads = 2) {
    static Baseline baseline = [threads] {
        auto [training_data, validation_data, test_data] = load_data(mnist_dir_or_skip());
        training_data.images.resize(2000);
        training_data.labels.resize(2000);
        SvcSettings settings;
        settings.threads = threads;
        Baseline b{training_data, test_data, SVC(settings)};
        b.clf.fit(b.training.images, b.training.labels);
        return b;
    }();
    return baseline;
}

}  // namespace

TEST_CASE(svc, three_clusters, "") {
    // Three labels, each a tight cluster of 4-pixel images: every pair is
    // separable, and each image (and a new one near each cluster) gets its
    // cluster's label.
    std::vector<Image> images;
    std::vector<int> labels;
    const std::uint8_t centres[3][4] = {{200, 10, 10, 10}, {10, 200, 10, 10}, {10, 10, 10, 200}};
    for (int c = 0; c < 3; ++c)
        for (int k = 0; k < 5; ++k) {
            std::vector<std::uint8_t> bytes(centres[c], centres[c] + 4);
            bytes[static_cast<std::size_t>(k % 4)] =
                static_cast<std::uint8_t>(bytes[static_cast<std::size_t>(k % 4)] + 20);
            images.push_back(image(bytes));
            labels.push_back(c * 3 + 1);  // labels 1, 4, 7: not 0..n-1
        }
    SvcSettings settings;
    settings.gamma = 1.0 / 4;
    SVC clf(settings);
    clf.fit(images, labels);
    CHECK_EQ(clf.classes().size(), 3u);
    CHECK_EQ(clf.predict(images), labels);
    const std::vector<int> expected = {1, 4, 7};
    CHECK_EQ(
        clf.predict({image({190, 30, 0, 20}), image({0, 180, 20, 0}), image({20, 0, 30, 210})}),
        expected);
    const std::vector<double> values = clf.decision_function(images);
    CHECK_EQ(values.size(), 15u * 3);  // pairs (1,4), (1,7), (4,7) for each image
    CHECK(values[0 * 3 + 0] > 0);      // image 0: 1 beats 4
    CHECK(values[0 * 3 + 1] > 0);      // and 7
    CHECK(values[5 * 3 + 0] < 0);      // image 5: 4 beats 1
    CHECK(values[5 * 3 + 2] > 0);      // and 7
    CHECK(values[10 * 3 + 2] < 0);     // image 10: 7 beats 4
    CHECK(clf.predict({}).empty());
}

TEST_CASE(svc, zero_votes_second, "") {
    // A decision value of exactly 0 votes for the pair's second label (the
    // first needs a positive value): one image of each label, and a test
    // image exactly half-way between them.
    SvcSettings settings;
    settings.gamma = 1.0;
    SVC clf(settings);
    clf.fit({image({0}), image({2})}, {3, 5});
    CHECK_EQ(clf.decision_function({image({1})}), std::vector<double>{0.0});
    CHECK_EQ(clf.predict({image({1})}), std::vector<int>{5});
    CHECK_EQ(clf.predict({image({0}), image({2})}), (std::vector<int>{3, 5}));
}

TEST_CASE(svc, refit, "") {
    // A second fit replaces the first entirely; one that throws changes nothing.
    SvcSettings settings;
    settings.gamma = 1.0 / 100;
    SVC clf(settings), fresh(settings);
    clf.fit({image({0}), image({40}), image({80})}, {0, 1, 9});
    CHECK_THROWS(clf.fit({image({0}), image({40, 1})}, {0, 1}), "images of 2 and 1 pixels");
    CHECK_EQ(clf.classes(), (std::vector<int>{0, 1, 9}));
    CHECK_EQ(clf.predict({image({80}), image({0})}), (std::vector<int>{9, 0}));
    clf.fit({image({0}), image({40})}, {0, 1});
    fresh.fit({image({0}), image({40})}, {0, 1});
    CHECK_EQ(clf.classes(), (std::vector<int>{0, 1}));
    CHECK_EQ(clf.decision_function({image({10}), image({80})}), fresh.decision_function({image({10}), image({80})}));
}

TEST_CASE(svc, bad_input, "") {
    SVC clf;
    CHECK_THROWS(clf.predict({image({1, 2})}), "call fit first");
    CHECK_THROWS(clf.decision_function({image({1, 2})}), "call fit first");
    CHECK_THROWS(clf.fit({image({1, 2})}, {1, 2}), "1 images but 2 labels");
    CHECK_THROWS(clf.fit({image({1, 2}), image({3, 4})}, {5, 5}), "at least two labels, found 1");
    CHECK_THROWS(clf.fit({image({1, 2}), image({3, 4, 5})}, {0, 1}), "images of 3 and 2 pixels");
    SvcSettings settings;
    settings.threads = 0;
    CHECK_THROWS(SVC{settings}, "threads must be at least 1");
    settings.threads = 1;
    settings.gamma = std::numeric_limits<double>::infinity();
    CHECK_THROWS(SVC{settings}, "gamma must be a positive number");
    settings.gamma = 1;
    settings.C = 0;
    CHECK_THROWS(SVC{settings}, "C must be a positive number");
    settings.C = 1;
    settings.tol = -1;
    CHECK_THROWS(SVC{settings}, "tol must be a positive number");
}

TEST_CASE(svc, mnist_2000, "mnist") {
    // scikit-learn's SVC(C=1, gamma=1/784) trained on the first 2,000
    // training images classifies 8,812 of the 10,000 test images correctly
    // (measured with scikit-learn 1.2). A different SMO stops at a slightly
    // different point, hence the margin of 10.
    const Baseline& b = baseline_2000();
    const std::vector<int> predictions = b.clf.predict(b.test.images);
    int num_correct = 0;
    for (std::size_t i = 0; i < predictions.size(); ++i)
        num_correct += predictions[i] == b.test.labels[i];
    std::cout << num_correct << " of " << predictions.size() << " correct, "
              << b.clf.support_vector_count() << " support vectors\n";
    CHECK(std::abs(num_correct - 8812) <= 10);
}

TEST_CASE(svc, votes, "mnist") {
    // predict is the vote of the 45 decision values: pair (a, b) votes a when
    // its value is positive, b otherwise; a tie goes to the smallest digit.
    // Recomputed here for the first 2,000 test images, among which ties occur.
    const Baseline& b = baseline_2000();
    const std::vector<Image> images(b.test.images.begin(), b.test.images.begin() + 2000);
    const std::vector<int> predictions = b.clf.predict(images);
    const std::vector<double> values = b.clf.decision_function(images);
    CHECK_EQ(values.size(), images.size() * 45);
    int ties = 0;
    for (std::size_t i = 0; i < images.size(); ++i) {
        int votes[10] = {};
        std::size_t p = i * 45;
        for (int first = 0; first < 10; ++first)
            for (int second = first + 1; second < 10; ++second)
                ++votes[values[p++] > 0 ? first : second];
        const int most = *std::max_element(votes, votes + 10);
        ties += std::count(votes, votes + 10, most) > 1;
        CHECK_EQ(predictions[i], static_cast<int>(std::find(votes, votes + 10, most) - votes));
    }
    std::cout << ties << " ties among " << images.size() << " images\n";
    CHECK(ties > 0);
}

TEST_CASE(svc, threads_do_not_matter, "mnist") {
    // One thread is the reference; three threads share out the pairs and
    // the test images differently and must give the same bits.
    const Baseline& b = baseline_2000();  // two threads
    SvcSettings settings;
    settings.threads = 1;
    SVC one(settings);
    settings.threads = 3;
    SVC three(settings);
    one.fit(b.training.images, b.training.labels);
    three.fit(b.training.images, b.training.labels);
    const std::vector<Image> images(b.test.images.begin(), b.test.images.begin() + 500);
    CHECK_EQ(one.support_vector_count(), b.clf.support_vector_count());
    CHECK_EQ(three.support_vector_count(), b.clf.support_vector_count());
    CHECK_EQ(one.predict(images), b.clf.predict(images));
    CHECK_EQ(three.predict(images), b.clf.predict(images));
    CHECK_EQ(one.decision_function(images), b.clf.decision_function(images));
    CHECK_EQ(three.decision_function(images), b.clf.decision_function(images));
}
