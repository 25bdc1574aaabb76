// The generators against numbers printed by numpy 1.24 and CPython 3.11,
// asserted exactly, since the port must start from the very weights and
// shuffles network.py sees.
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

#include "common/numerics/random.h"
#include "tests/check.h"

namespace {

std::vector<int> shuffled_range(int n, std::uint64_t seed) {
    std::vector<int> x(static_cast<std::size_t>(n));
    std::iota(x.begin(), x.end(), 0);
    PythonRandom random(seed);
    random.shuffle(x);
    return x;
}

}  // namespace

TEST_CASE(random, mt19937_matches_std, "") {
    // std::mt19937's output is fixed by the C++ standard: the 10000th draw
    // from the default seed is 4123659995.
    MT19937 mine;
    std::uint32_t last = 0;
    for (int i = 0; i < 10000; ++i) last = mine.next_uint32();
    CHECK_EQ(last, 4123659995u);
    MT19937 seeded(12345u);
    std::mt19937 standard(12345u);
    for (int i = 0; i < 2000; ++i) CHECK_EQ(seeded.next_uint32(), static_cast<std::uint32_t>(standard()));
}

TEST_CASE(random, mt19937_init_by_array, "") {
    // mt19937ar.c's own test: init_by_array({0x123, 0x234, 0x345, 0x456})
    // starts 1067595299 955945823 477289528 4107218783 4228976476.
    MT19937 mt;
    mt.seed_by_array({0x123, 0x234, 0x345, 0x456});
    for (std::uint32_t expected : {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u})
        CHECK_EQ(mt.next_uint32(), expected);
}

TEST_CASE(random, numpy_randn_seed0, "") {
    NumpyRandom np_random(0);
    for (double expected : {1.764052345967664, 0.4001572083672233, 0.9787379841057392,
                            2.240893199201458, 1.8675579901499675})
        CHECK_EQ(np_random.randn(), expected);
}

TEST_CASE(random, numpy_randn_seed42, "") {
    NumpyRandom np_random(42);
    for (double expected : {0.4967141530112327, -0.13826430117118466, 0.6476885381006925})
        CHECK_EQ(np_random.randn(), expected);
}

TEST_CASE(random, numpy_randn_matrix, "") {
    NumpyRandom np_random(1);
    Matrix m = np_random.randn(2, 3);  // filled row by row
    CHECK_EQ(m.shape(), std::string("(2,3)"));
    const std::vector<double> expected{1.6243453636632417, -0.6117564136500754, -0.5281717522634557,
                                       -1.0729686221561705, 0.8654076293246785, -2.3015386968802827};
    CHECK_ALL_NEAR(std::vector<double>(m.data(), m.data() + 6), expected, 0.0);
}

TEST_CASE(random, numpy_reseed, "") {
    // seed() must also drop the spare normal of the polar method.
    NumpyRandom np_random(0);
    np_random.randn();  // leaves a spare
    np_random.seed(42);
    CHECK_EQ(np_random.randn(), 0.4967141530112327);
    Vector v = NumpyRandom(0).randn(2);  // np.random.randn(2, 1)
    CHECK_EQ(v.shape(), std::string("(2,1)"));
    CHECK_EQ(v[1], 0.4001572083672233);
}

TEST_CASE(random, python_random_seed0, "") {
    PythonRandom random(0);
    CHECK_EQ(random.random(), 0.8444218515250481);
}

TEST_CASE(random, python_shuffle_small, "") {
    CHECK_EQ(shuffled_range(10, 0), (std::vector<int>{7, 8, 1, 5, 3, 4, 2, 0, 9, 6}));
    CHECK_EQ(shuffled_range(10, 42), (std::vector<int>{7, 3, 2, 8, 5, 6, 9, 4, 0, 1}));
    // A seed above 2^32 is keyed by two 32-bit words.
    CHECK_EQ(shuffled_range(10, (std::uint64_t{1} << 40) + 5),
             (std::vector<int>{1, 2, 3, 6, 7, 0, 5, 4, 9, 8}));
}

TEST_CASE(random, python_shuffle_50000, "") {
    const std::vector<int> x = shuffled_range(50000, 1);
    CHECK_EQ(std::vector<int>(x.begin(), x.begin() + 10),
             (std::vector<int>{6795, 21588, 48095, 14907, 6883, 29592, 48984, 12277, 21455, 36598}));
    CHECK_EQ(std::vector<int>(x.end() - 3, x.end()), (std::vector<int>{4135, 37303, 8805}));
}

TEST_CASE(random, python_randbelow, "") {
    PythonRandom random(7);
    for (std::uint64_t n : {1ull, 2ull, 3ull, 10ull, 50000ull, (1ull << 33) + 1})
        for (int i = 0; i < 200; ++i) CHECK(random.randbelow(n) < n);
    CHECK_THROWS(random.randbelow(0), "randbelow");
    CHECK_THROWS(random.getrandbits(0), "getrandbits");
}
