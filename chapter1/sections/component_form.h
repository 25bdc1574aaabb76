// The exercise of section "Implementing our network to classify digits":
// Eq. (22) written out in components.
#pragma once

#include "common/numerics/matrix.h"

// One layer computed neuron by neuron with explicit loops,
//   a'_j = sigma(sum_k w_jk a_k + b_j),
// which is Eq. (4) for neuron j. Gives what Eq. (22), sigmoid(w a + b),
// gives for the whole layer.
Vector layer_by_components(const Matrix& w, const Vector& b, const Vector& a);
