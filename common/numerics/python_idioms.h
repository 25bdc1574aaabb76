// Two Python idioms that network.py and mnist_loader.py lean on, spelled
// once for all ported code: negative list indices and zip.
//
// network.py counts layers from the end (`zs[-l]`, `self.weights[-l+1]`,
// `activations[-l-1]`). from_end(list, k) is `list[-k]`, so those read
//   from_end(zs, l), from_end(weights, l - 1), from_end(activations, l + 1).
// This is the only spelling of negative indices in the project.
#pragma once

#include <cassert>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// list[-k] for 1 <= k <= list.size(): from_end(list, 1) is the last element.
template <class T>
T& from_end(std::vector<T>& list, std::size_t k) {
    assert(k >= 1 && k <= list.size());
    return list[list.size() - k];
}

template <class T>
const T& from_end(const std::vector<T>& list, std::size_t k) {
    assert(k >= 1 && k <= list.size());
    return list[list.size() - k];
}

// zip(a, b) as Python 2 returns it: a list of pairs (a[i], b[i]). The items
// are moved out of `a` and `b` (the Python shares them instead of copying).
template <class A, class B>
std::vector<std::pair<A, B>> zip(std::vector<A>& a, std::vector<B>& b) {
    // Python's zip stops at the shorter list; every zip in the ported code
    // pairs lists of equal length, so a difference is a bug worth reporting.
    if (a.size() != b.size())
        throw std::invalid_argument("zip: lists of different lengths (" + std::to_string(a.size()) +
                                    " and " + std::to_string(b.size()) + ")");
    std::vector<std::pair<A, B>> out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) out.emplace_back(std::move(a[i]), std::move(b[i]));
    return out;
}
