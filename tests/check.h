// A tiny test harness: no framework, just what our tests need.
//
//   TEST_CASE(matrix, dot_shape_mismatch, "") { ... }
//
// registers a case under its CTest name, "matrix.dot_shape_mismatch", written
// once (the function is matrix_dot_shape_mismatch), with labels
// (comma-separated, e.g. "mnist"). A test program built with tests/test_main.cpp runs the case named
// on its command line, or lists every case with --list; CMake reads that list
// to give each case its own CTest test.
//
// The CHECK macros print file, line and both values on failure and mark the
// case failed; the case then carries on, so one run shows every mismatch.
#pragma once

#include <cmath>
#include <cstddef>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace check {

struct Case {
    const char* name;
    const char* labels;
    void (*run)();
};

inline std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}

inline int& failures() {
    static int n = 0;
    return n;
}

struct Register {
    Register(const char* name, const char* labels, void (*run)()) {
        registry().push_back({name, labels, run});
    }
};

// Exit status that tells CTest a case was skipped (see SKIP_RETURN_CODE).
constexpr int kSkip = 77;

// Thrown by skip(): the runner turns it into kSkip.
struct Skipped {
    std::string why;
};
[[noreturn]] inline void skip(const std::string& why) { throw Skipped{why}; }

inline std::ostream& fail_at(const char* file, int line) {
    ++failures();
    return std::cerr << file << ":" << line << ": FAILED: ";
}

template <class T>
std::string show(const T& v) {
    std::ostringstream os;
    os.precision(17);
    os << v;
    return os.str();
}

// Bytes print as numbers, everything else as itself.
inline int printable(unsigned char b) { return b; }
template <class T>
const T& printable(const T& x) {
    return x;
}

template <class T>
std::string show(const std::vector<T>& v) {
    std::ostringstream os;
    os.precision(17);
    os << '[';
    for (std::size_t i = 0; i < v.size(); ++i) os << (i ? ", " : "") << printable(v[i]);
    os << ']';
    return os.str();
}

template <class T>
std::string show(const std::set<T>& s) {
    return show(std::vector<T>(s.begin(), s.end()));
}

// Largest |v[i] - w[i]| and where the first one beyond `tol` is, for any two
// indexable sequences of doubles.
template <class V, class W>
bool all_near(const V& v, const W& w, double tol, const char* file, int line, const char* expr) {
    if (v.size() != w.size()) {
        fail_at(file, line) << expr << ": sizes differ: " << v.size() << " vs " << w.size() << "\n";
        return false;
    }
    double worst = 0.0;
    std::size_t first_bad = v.size();
    for (std::size_t i = 0; i < v.size(); ++i) {
        const double d = std::fabs(static_cast<double>(v[i]) - static_cast<double>(w[i]));
        if (!(d <= tol) && first_bad == v.size()) first_bad = i;
        if (!(d <= worst)) worst = d;  // NaN propagates into the report
    }
    if (first_bad == v.size()) return true;
    fail_at(file, line) << expr << ": first mismatch at index " << first_bad << ": "
                        << show(v[first_bad]) << " vs " << show(w[first_bad])
                        << "; largest difference " << show(worst) << " > " << tol << "\n";
    return false;
}

}  // namespace check

#define TEST_CASE(area, behaviour, labels)                                              \
    static void area##_##behaviour();                                                   \
    static const check::Register area##_##behaviour##_registration(#area "." #behaviour, \
                                                                   labels, area##_##behaviour); \
    static void area##_##behaviour()

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) check::fail_at(__FILE__, __LINE__) << "CHECK(" #cond ")\n"; \
    } while (0)

#define CHECK_EQ(a, b)                                                                \
    do {                                                                              \
        const auto& check_a_ = (a);                                                   \
        const auto& check_b_ = (b);                                                   \
        if (!(check_a_ == check_b_))                                                  \
            check::fail_at(__FILE__, __LINE__) << "CHECK_EQ(" #a ", " #b "): "        \
                                               << check::show(check_a_) << " vs "      \
                                               << check::show(check_b_) << "\n";       \
    } while (0)

#define CHECK_NEAR(a, b, tol)                                                         \
    do {                                                                              \
        const double check_a_ = (a), check_b_ = (b), check_t_ = (tol);                \
        if (!(std::fabs(check_a_ - check_b_) <= check_t_))                            \
            check::fail_at(__FILE__, __LINE__)                                        \
                << "CHECK_NEAR(" #a ", " #b ", " #tol "): " << check::show(check_a_)   \
                << " vs " << check::show(check_b_) << " (difference "                  \
                << check::show(std::fabs(check_a_ - check_b_)) << ")\n";              \
    } while (0)

// |a - b| <= rel * |b|: for reference figures whose scale varies.
#define CHECK_REL(a, b, rel) CHECK_NEAR(a, b, (rel) * std::fabs(static_cast<double>(b)))

#define CHECK_ALL_NEAR(v, w, tol) \
    check::all_near((v), (w), (tol), __FILE__, __LINE__, "CHECK_ALL_NEAR(" #v ", " #w ")")

// `expr` must throw an exception derived from std::exception whose message
// contains `words`.
#define CHECK_THROWS(expr, words)                                                         \
    do {                                                                                  \
        bool check_threw_ = false;                                                        \
        try {                                                                             \
            (void)(expr);                                                                 \
        } catch (const std::exception& check_e_) {                                        \
            check_threw_ = true;                                                          \
            if (std::string(check_e_.what()).find(words) == std::string::npos)            \
                check::fail_at(__FILE__, __LINE__)                                        \
                    << "CHECK_THROWS(" #expr "): message \"" << check_e_.what()            \
                    << "\" does not contain \"" << (words) << "\"\n";                      \
        }                                                                                 \
        if (!check_threw_)                                                                \
            check::fail_at(__FILE__, __LINE__) << "CHECK_THROWS(" #expr "): no exception\n"; \
    } while (0)
