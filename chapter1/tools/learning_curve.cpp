#include "chapter1/tools/learning_curve.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "common/numerics/number_text.h"

namespace {

// Okabe and Ito's colours, distinct for colour-blind readers (yellow left out:
// too pale on white).
const char* const kColours[] = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                "#e69f00", "#56b4e9", "#000000"};

std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::pair<const char*, char> entities[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
        bool known = false;
        for (const auto& [entity, c] : entities)
            if (text.compare(i, std::char_traits<char>::length(entity), entity) == 0) {
                out += c;
                i += std::char_traits<char>::length(entity) - 1;
                known = true;
                break;
            }
        if (!known) out += '&';
    }
    return out;
}

// A step of 1, 2 or 5 times a power of ten giving at most about 8 ticks over `span`.
double tick_step(double span) {
    const double raw = span / 8;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw) return m * power;
    return 10 * power;
}

std::string tick_label(double v, double step) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, step < 1 ? "%.1f" : "%.0f", v);
    return buffer;
}

}  // namespace

std::vector<CurveSeries> read_curve(const std::string& filename) {
    std::ifstream file(filename, std::ios::binary);
    if (!file) return {};
    std::ostringstream buffer;
    buffer << file.rdbuf();
    const std::string text = buffer.str();
    std::vector<CurveSeries> series;
    const std::string label_key = "data-label=\"", accuracy_key = "data-accuracy=\"";
    for (std::size_t at = text.find(label_key); at != std::string::npos;
         at = text.find(label_key, at + 1)) {
        const std::size_t label_start = at + label_key.size();
        const std::size_t label_end = text.find('"', label_start);
        const std::size_t acc = text.find(accuracy_key, at);
        const std::size_t acc_end =
            acc == std::string::npos ? acc : text.find('"', acc + accuracy_key.size());
        if (label_end == std::string::npos || acc_end == std::string::npos ||
            acc > text.find('>', at))
            throw std::runtime_error(filename +
                                     ": a learning curve line without its data; write a new file");
        CurveSeries one;
        one.label = unescape(text.substr(label_start, label_end - label_start));
        // Each accuracy is a plain decimal between spaces; anything else in
        // the list (a word, a sign, "nan") means the file was not ours.
        std::istringstream numbers(
            text.substr(acc + accuracy_key.size(), acc_end - acc - accuracy_key.size()));
        for (std::string token; numbers >> token;) {
            const std::optional<double> v = parse_decimal(token);
            if (!v)
                throw std::runtime_error(filename + ": a malformed accuracy list in \"" +
                                         one.label + "\"");
            if (!(*v >= 0 && *v <= 100))
                throw std::runtime_error(filename + ": an accuracy of " + std::to_string(*v) +
                                         "% in \"" + one.label + "\"");
            one.accuracy.push_back(*v);
        }
        series.push_back(std::move(one));
    }
    if (series.empty())
        throw std::runtime_error(filename +
                                 ": exists and holds no learning curve written by network --curve; "
                                 "give another file name (or delete this one)");
    return series;
}

void put_series(std::vector<CurveSeries>& series, const CurveSeries& one) {
    for (CurveSeries& s : series)
        if (s.label == one.label) {
            s = one;
            return;
        }
    series.push_back(one);
}

std::vector<CurveSeries> add_to_curve(const std::string& filename, const CurveSeries& run,
                                      const std::string& title) {
    std::vector<CurveSeries> series = read_curve(filename);
    put_series(series, run);
    curve_svg(series, title).save(filename);
    return series;
}

Svg curve_svg(const std::vector<CurveSeries>& series, const std::string& title) {
    const double left = 70, top = 50, plot_w = 420, plot_h = 300, legend_x = left + plot_w + 20;
    std::size_t epochs = 1;
    double lo = 100, hi = 0;
    for (const CurveSeries& s : series) {
        epochs = std::max(epochs, s.accuracy.size());
        for (const double v : s.accuracy) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (lo > hi) lo = 0, hi = 100;  // no points yet
    const double y_step = tick_step(std::max(hi - lo, 0.5));
    lo = std::floor(lo / y_step) * y_step;
    hi = std::max(std::ceil(hi / y_step) * y_step, lo + y_step);
    const double x_max = std::max<double>(1, static_cast<double>(epochs - 1));
    const double x_step = std::max(1.0, tick_step(x_max));
    auto X = [&](double epoch) { return left + epoch / x_max * plot_w; };
    auto Y = [&](double v) { return top + (hi - v) / (hi - lo) * plot_h; };

    Svg svg(legend_x + 230, top + plot_h + 60, title, kCurvePicture);
    svg.text(left, 26, title, 15);
    // Grid lines and ticks.
    for (double v = lo; v <= hi + 1e-9; v += y_step) {
        svg.line(left, Y(v), left + plot_w, Y(v), "#e5e5e5");
        svg.text(left - 8, Y(v) + 4, tick_label(v, y_step), 11, "end");
    }
    for (double e = 0; e <= x_max + 1e-9; e += x_step) {
        svg.line(X(e), top + plot_h, X(e), top + plot_h + 5, "#000000");
        svg.text(X(e), top + plot_h + 19, tick_label(e, 1), 11, "middle");
    }
    svg.line(left, top, left, top + plot_h, "#000000");
    svg.line(left, top + plot_h, left + plot_w, top + plot_h, "#000000");
    svg.text(left + plot_w / 2, top + plot_h + 40, "epoch", 12, "middle");
    svg.text(left - 52, top - 12, "test accuracy (%)", 12, "start");
    // One line per series, with its data for the next run to read.
    for (std::size_t k = 0; k < series.size(); ++k) {
        const CurveSeries& s = series[k];
        const std::string colour = kColours[k % (sizeof kColours / sizeof kColours[0])];
        std::vector<std::pair<double, double>> points;
        std::string data = "data-label=\"" + xml_escape(s.label) + "\" data-accuracy=\"";
        for (std::size_t e = 0; e < s.accuracy.size(); ++e) {
            points.emplace_back(X(static_cast<double>(e)), Y(s.accuracy[e]));
            char v[32];
            std::snprintf(v, sizeof v, "%s%.2f", e ? " " : "", s.accuracy[e]);
            data += v;
        }
        svg.polyline(points, colour, 2, data + "\"");
        for (const auto& [x, y] : points) svg.circle(x, y, 2.5, colour);
        const double ly = top + 10 + static_cast<double>(k) * 18;
        svg.line(legend_x, ly - 4, legend_x + 18, ly - 4, colour, 2);
        svg.text(legend_x + 24, ly, s.label, 11);
    }
    return svg;
}
