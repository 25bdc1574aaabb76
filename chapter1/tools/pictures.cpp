#include "chapter1/tools/pictures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include "chapter1/tools/network_file.h"

namespace {

// The image's ink pixels as grey squares of side `pixel` from (x0, y0), on a
// white square; blank pixels are left to the white behind.
void draw_digit(Svg& svg, const Image& image, double x0, double y0, double pixel) {
    svg.rect(x0, y0, 28 * pixel, 28 * pixel, "#ffffff");
    for (std::size_t p = 0; p < 784; ++p)
        if (image.byte(p))
            svg.rect(x0 + static_cast<double>(p % 28) * pixel,
                     y0 + static_cast<double>(p / 28) * pixel, pixel, pixel, grey(image[p]));
    svg.line(x0, y0 + 28 * pixel, x0 + 28 * pixel, y0 + 28 * pixel, "#999999", 0.5);
}

// w on the diverging scale as one of 21 steps, -10 .. 10.
int level(double w, double limit) {
    return static_cast<int>(std::lround(std::clamp(w / limit, -1.0, 1.0) * 10));
}

}  // namespace

Svg digit_and_output_svg(const std::string& what, const Image& image, const Vector& output,
                         int prediction) {
    const double pixel = 8, left = 20, top = 50, bars_x = left + 28 * pixel + 50, bar_length = 200;
    const std::string heading = what + ": the network answers " + std::to_string(prediction);
    Svg svg(bars_x + bar_length + 70, top + 28 * pixel + 30, heading, kClassifyPicture);
    svg.text(left, 26, heading, 15);
    draw_digit(svg, image, left, top, pixel);
    svg.text(bars_x, top - 8, "output of each neuron", 11, "start", "#555555");
    const double step = 28 * pixel / 10;
    for (std::size_t d = 0; d < output.size(); ++d) {
        const double y = top + static_cast<double>(d) * step;
        const double v = std::fmin(std::fmax(output[d], 0.0), 1.0);
        svg.text(bars_x - 8, y + step * 0.7, std::to_string(d), 12, "end");
        svg.rect(bars_x, y + 2, bar_length, step - 4, "#eeeeee");
        svg.rect(bars_x, y + 2, bar_length * v, step - 4,
                 static_cast<int>(d) == prediction ? "#b2182b" : "#777777");
        char value[32];
        std::snprintf(value, sizeof value, "%.3f", output[d]);
        svg.text(bars_x + bar_length + 6, y + step * 0.7, value, 11);
    }
    return svg;
}

Svg descent_svg(const std::vector<std::vector<double>>& path, const std::string& title) {
    // The view: a square around the origin holding every point. Ticks every
    // `unit`, a round number (1, 2, 5 times a power of ten) giving at most
    // about five ticks each side, so a walk that runs away (eta above 1, or
    // negative) still makes a picture of ordinary size.
    double reach = 1;
    for (std::size_t k = 0; k < path.size(); ++k) {
        for (double x : path[k])
            if (!std::isfinite(x) || std::fabs(x) > 1e300)
                throw std::invalid_argument("the walk leaves the range of a double at step " +
                                            std::to_string(k) + "; no picture of it");
        reach = std::max({reach, std::fabs(path[k][0]), std::fabs(path[k][1])});
    }
    reach *= 1.1;
    double unit = 1;
    while (reach / unit > 5) {
        const double mantissa = unit / std::pow(10.0, std::floor(std::log10(unit) + 1e-9));
        unit *= mantissa < 1.5 ? 2 : mantissa < 3 ? 2.5 : 2;  // 1 -> 2 -> 5 -> 10 -> ...
    }
    reach = std::ceil(reach / unit) * unit;
    const double left = 60, top = 50, side = 400;
    auto X = [&](double x) { return left + (x + reach) / (2 * reach) * side; };
    auto Y = [&](double y) { return top + (reach - y) / (2 * reach) * side; };
    Svg svg(left + side + 40, top + side + 60, title, kDescentPicture);
    svg.text(left, 26, title, 14);
    // Contours C = x^2 + y^2 = c are circles of radius sqrt(c): one at each
    // tick's radius, then half-way ones, so the valley's shape shows.
    const auto rings = static_cast<int>(std::lround(2 * reach / unit));
    for (int k = 1; k <= rings; ++k)
        svg.ring(X(0), Y(0), k * unit / 2 / (2 * reach) * side, k % 2 == 0 ? "#bbbbbb" : "#e3e3e3");
    // Axes with ticks at whole multiples of the unit.
    svg.line(left, top + side, left + side, top + side, "#000000");
    svg.line(left, top, left, top + side, "#000000");
    const auto ticks = static_cast<int>(std::lround(reach / unit));
    for (int k = -ticks; k <= ticks; ++k) {
        const double t = k * unit;
        char label[32];
        std::snprintf(label, sizeof label, "%g", t);
        svg.line(X(t), top + side, X(t), top + side + 5, "#000000");
        svg.text(X(t), top + side + 18, label, 11, "middle");
        svg.line(left - 5, Y(t), left, Y(t), "#000000");
        svg.text(left - 8, Y(t) + 4, label, 11, "end");
    }
    svg.text(left + side / 2, top + side + 38, "x (v\u2081)", 12, "middle");
    svg.text(left - 40, top - 10, "y (v\u2082)", 12, "start");
    // The walk: each step a segment, each position a dot, the start in red.
    std::vector<std::pair<double, double>> points;
    for (const auto& v : path) points.emplace_back(X(v[0]), Y(v[1]));
    svg.polyline(points, "#0072b2", 1.5);
    for (std::size_t k = 0; k < points.size(); ++k)
        svg.circle(points[k].first, points[k].second, k == 0 ? 4 : 2.5,
                   k == 0 ? "#d55e00" : "#0072b2");
    svg.text(points.front().first + 8, points.front().second - 6, "start", 11, "start", "#d55e00");
    return svg;
}

Svg hidden_units_svg(const Network& net, const std::string& name, double* limit_out) {
    if (net.sizes.front() != 784 || net.sizes.size() < 3)
        throw std::invalid_argument(
            name + ": expected a network with 784 inputs and a hidden layer, sizes " +
            sizes_text(net));
    constexpr double kPixel = 3, kTile = 28 * kPixel, kGap = 18, kMargin = 20;
    const Matrix& w = net.weights[0];  // (hidden, 784)
    const std::size_t hidden = w.rows();
    // The scale ends at the 99th percentile of |w|: a few large weights would
    // otherwise wash every tile out to white. Larger ones get full colour.
    std::vector<double> magnitudes(w.size());
    for (std::size_t k = 0; k < w.size(); ++k) magnitudes[k] = std::fabs(w.data()[k]);
    const std::size_t rank = (magnitudes.size() * 99) / 100;
    std::nth_element(magnitudes.begin(), magnitudes.begin() + static_cast<long>(rank),
                     magnitudes.end());
    const double limit = magnitudes[rank];
    if (limit_out) *limit_out = limit;

    const auto columns =
        static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(hidden))));
    const std::size_t rows = (hidden + columns - 1) / columns;
    const double width =
        std::max(2 * kMargin + static_cast<double>(columns) * (kTile + kGap) - kGap, 520.0);
    const double grid_top = 50;
    const double height = grid_top + static_cast<double>(rows) * (kTile + kGap) + 60;
    const std::string sizes = sizes_text(net);
    Svg svg(width, height,
            "Incoming weights of the " + std::to_string(hidden) + " hidden neurons (" + sizes +
                ", " + name + ")",
            kHiddenUnitsPicture);
    svg.text(kMargin, 24, "Incoming weights of each hidden neuron, " + sizes + " network", 15);
    svg.text(kMargin, 40, name, 11, "start", "#555555");
    for (std::size_t n = 0; n < hidden; ++n) {
        const double x0 = kMargin + static_cast<double>(n % columns) * (kTile + kGap);
        const double y0 = grid_top + static_cast<double>(n / columns) * (kTile + kGap);
        // The scale in 21 steps (10 each side of white), and each tile drawn
        // as one path per step, runs of equal pixels along a row merged: the
        // same picture to the eye in far fewer bytes than a square per pixel.
        std::map<int, std::string> runs;  // step -> path data
        for (std::size_t row = 0; row < 28; ++row)
            for (std::size_t col = 0; col < 28;) {
                const int step = level(w(n, row * 28 + col), limit);
                std::size_t end = col + 1;
                while (end < 28 && level(w(n, row * 28 + end), limit) == step) ++end;
                const std::string length = svg_number(static_cast<double>(end - col) * kPixel);
                runs[step] += "M" + svg_number(x0 + static_cast<double>(col) * kPixel) + "," +
                              svg_number(y0 + static_cast<double>(row) * kPixel) + "h" + length +
                              "v" + svg_number(kPixel) + "h-" + length + "z";
                col = end;
            }
        for (const auto& [step, d] : runs) svg.path(d, diverging(step / 10.0 * limit, limit));
        svg.text(x0 + kTile / 2, y0 + kTile + 12, "neuron " + std::to_string(n), 10, "middle");
    }
    // The colour scale: -limit (blue) .. 0 (white) .. +limit (red).
    const double scale_y = height - 40;
    for (int k = 0; k < 100; ++k)
        svg.rect(kMargin + k * 2.0, scale_y, 2, 12, diverging((k - 49.5) / 49.5 * limit, limit));
    char label[32];
    std::snprintf(label, sizeof label, "%.2f", -limit);
    svg.text(kMargin, scale_y + 26, label, 10, "start");
    svg.text(kMargin + 100, scale_y + 26, "0", 10, "middle");
    std::snprintf(label, sizeof label, "%.2f", limit);
    svg.text(kMargin + 200, scale_y + 26, label, 10, "end");
    svg.text(kMargin + 215, scale_y + 10, "weight; one scale for every tile, full colour beyond it",
             10);
    return svg;
}

std::vector<Mistake> mistakes_of(const Network& net, const std::vector<Image>& images,
                                 const std::vector<int>& labels) {
    std::vector<Mistake> mistakes;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Vector output = net.feedforward(to_vector(images[i]));
        const int answer = static_cast<int>(argmax(output));
        if (answer != labels[i])
            mistakes.push_back({i, labels[i], answer, output[static_cast<std::size_t>(answer)]});
    }
    std::stable_sort(mistakes.begin(), mistakes.end(),
                     [](const Mistake& a, const Mistake& b) { return a.output > b.output; });
    return mistakes;
}

Svg mistakes_svg(const std::vector<Mistake>& mistakes, std::size_t count,
                 const std::vector<Image>& images, std::size_t total, const std::string& name) {
    constexpr double kPixel = 2, kTile = 28 * kPixel, kGapX = 14, kGapY = 26, kMargin = 20;
    constexpr std::size_t kColumns = 10;
    const std::size_t shown = std::min(count, mistakes.size());
    const std::size_t rows = (shown + kColumns - 1) / kColumns;
    const double width = 2 * kMargin + kColumns * (kTile + kGapX) - kGapX;
    const double top = 56;
    const double height = top + static_cast<double>(rows) * (kTile + kGapY) + kMargin;
    const std::string title = std::to_string(mistakes.size()) + " of " + std::to_string(total) +
                              " test images wrong; the " + std::to_string(shown) +
                              " most confident mistakes";
    Svg svg(width, height, title + " (" + name + ")", kMisclassifiedPicture);
    svg.text(kMargin, 24, title, 15);
    svg.text(kMargin, 42, name + "; under each image: label \u2192 answer (output of that neuron)",
             11, "start", "#555555");
    for (std::size_t k = 0; k < shown; ++k) {
        const Mistake& m = mistakes[k];
        const double x0 = kMargin + static_cast<double>(k % kColumns) * (kTile + kGapX);
        const double y0 = top + static_cast<double>(k / kColumns) * (kTile + kGapY);
        draw_digit(svg, images[m.index], x0, y0, kPixel);
        char caption[64];
        std::snprintf(caption, sizeof caption, "%d \u2192 %d (%.2f)", m.label, m.answer, m.output);
        svg.text(x0 + kTile / 2, y0 + kTile + 14, caption, 10, "middle");
    }
    return svg;
}
