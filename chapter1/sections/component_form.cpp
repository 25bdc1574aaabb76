#include "chapter1/sections/component_form.h"

#include <cmath>
#include <stdexcept>

// Eq. (22) in components: row j of w holds the weights into neuron j, so
// w_jk links neuron k of the layer before to neuron j of this one; each
// neuron is then the sigmoid neuron of Eq. (4).
Vector layer_by_components(const Matrix& w, const Vector& b, const Vector& a) {
    if (w.cols() != a.size() || w.rows() != b.size())
        throw std::invalid_argument("layer_by_components: shapes " + w.shape() + ", " + b.shape() +
                                    " and " + a.shape() + " do not form a layer");
    Vector a_next(w.rows());
    for (std::size_t j = 0; j < w.rows(); ++j) {
        double z = 0.0;
        for (std::size_t k = 0; k < w.cols(); ++k) z += w(j, k) * a[k];
        z += b[j];
        a_next[j] = 1.0 / (1.0 + std::exp(-z));
    }
    return a_next;
}
