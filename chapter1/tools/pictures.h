// The pictures the chapter 1 programs draw, as SVG (common/drawing/svg.h): kept apart
// from the programs so that tests can check what each picture holds.
#pragma once

#include <string>
#include <vector>

#include "chapter1/network.h"
#include "common/files/image.h"
#include "common/drawing/svg.h"

// Each program's kind of picture, marked in the file (svg_marker): its
// --svg overwrites only a picture of its own kind, never another's.
inline const char* const kClassifyPicture = "classify";
inline const char* const kHiddenUnitsPicture = "hidden-units";
inline const char* const kMisclassifiedPicture = "misclassified";
inline const char* const kDescentPicture = "gradient-descent";

// classify --svg: the digit as grey squares, the ten outputs as bars (the
// answer's bar in red), `what` and the answer in the heading.
Svg digit_and_output_svg(const std::string& what, const Image& image, const Vector& output,
                         int prediction);

// hidden_units --svg: one 28 x 28 tile per neuron of the first hidden layer,
// its incoming weights on one diverging scale of 21 steps that ends at the
// 99th percentile of |w| (returned in *limit if given). `name` names the network.
// Throws std::invalid_argument unless the network has 784 inputs and a hidden layer.
Svg hidden_units_svg(const Network& net, const std::string& name, double* limit = nullptr);

// gradient_descent --svg: the ball's walk on the chapter's valley
// C(x, y) = x^2 + y^2, seen from above: the path's points joined, over
// contour lines of C, with axes and ticks. `path` holds (x, y) points. The
// view grows to hold a walk that runs away, its ticks at round numbers.
// Throws std::invalid_argument if a point is not finite (or beyond 1e300).
Svg descent_svg(const std::vector<std::vector<double>>& path, const std::string& title);

// A test image the network gets wrong.
struct Mistake {
    std::size_t index;  // in the test set
    int label, answer;
    double output;  // of the neuron answered with
};

// Every test image net gets wrong, the most confident mistakes (highest
// output for the wrong answer) first; ties keep the test set's order.
std::vector<Mistake> mistakes_of(const Network& net, const std::vector<Image>& images,
                                 const std::vector<int>& labels);

// misclassified --svg: the first `count` mistakes as a grid, each with
// "label -> answer (output)" under it; `total` is the number of test images.
Svg mistakes_svg(const std::vector<Mistake>& mistakes, std::size_t count,
                 const std::vector<Image>& images, std::size_t total, const std::string& name);
