#include "chapter1/tools/mnist_style.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace {

constexpr std::size_t kField = 28;
constexpr double kBox = 20.0;
constexpr double kInkThreshold = 0.1;

// The average of `ink` over the border pixels of a width x height picture.
double border_mean(const std::vector<double>& ink, std::size_t width, std::size_t height) {
    double sum = 0;
    std::size_t count = 0;
    for (std::size_t r = 0; r < height; ++r)
        for (std::size_t c = 0; c < width; ++c)
            if (r == 0 || c == 0 || r + 1 == height || c + 1 == width) {
                sum += ink[r * width + c];
                ++count;
            }
    return sum / static_cast<double>(count);
}

// The length of [a, b) within [k, k + 1).
double overlap(double a, double b, std::size_t k) {
    return std::max(0.0,
                    std::min(b, static_cast<double>(k) + 1) - std::max(a, static_cast<double>(k)));
}

}  // namespace

PreparedDigit prepare_like_mnist(const GrayImage& picture) {
    const std::size_t width = picture.width, height = picture.height;
    PreparedDigit out;
    // 1. Ink bright, as in MNIST.
    std::vector<double> ink = picture.values;
    out.inverted = border_mean(ink, width, height) > 0.5;
    if (out.inverted)
        for (double& v : ink) v = 1.0 - v;
    // 2. The background off, and the strongest ink stretched to 1.
    const double background = border_mean(ink, width, height);
    const double strongest = *std::max_element(ink.begin(), ink.end());
    if (!(strongest - background > kInkThreshold))
        throw std::invalid_argument("no ink found: the picture looks blank");
    for (double& v : ink) v = std::clamp((v - background) / (strongest - background), 0.0, 1.0);
    // 3. The bounding box of the ink (never empty: step 2 made the strongest pixel 1).
    std::size_t top = height, bottom = 0, left = width, right = 0;
    for (std::size_t r = 0; r < height; ++r)
        for (std::size_t c = 0; c < width; ++c)
            if (ink[r * width + c] > kInkThreshold) {
                top = std::min(top, r);
                bottom = std::max(bottom, r + 1);
                left = std::min(left, c);
                right = std::max(right, c + 1);
            }
    const std::size_t w = right - left, h = bottom - top;
    // 4. Scaled into the 20 x 20 box, longer side 20; each new pixel averages
    // the area of the old ones it covers.
    const double scale = kBox / static_cast<double>(std::max(w, h));
    const auto W =
        static_cast<std::size_t>(std::max(1L, std::lround(static_cast<double>(w) * scale)));
    const auto H =
        static_cast<std::size_t>(std::max(1L, std::lround(static_cast<double>(h) * scale)));
    std::vector<double> box(W * H, 0.0);
    for (std::size_t r = 0; r < H; ++r) {
        const double y0 = static_cast<double>(r) * static_cast<double>(h) / static_cast<double>(H);
        const double y1 =
            static_cast<double>(r + 1) * static_cast<double>(h) / static_cast<double>(H);
        for (std::size_t c = 0; c < W; ++c) {
            const double x0 =
                static_cast<double>(c) * static_cast<double>(w) / static_cast<double>(W);
            const double x1 =
                static_cast<double>(c + 1) * static_cast<double>(w) / static_cast<double>(W);
            double sum = 0, area = 0;
            for (auto y = static_cast<std::size_t>(y0); static_cast<double>(y) < y1 && y < h; ++y)
                for (auto x = static_cast<std::size_t>(x0); static_cast<double>(x) < x1 && x < w;
                     ++x) {
                    const double a = overlap(y0, y1, y) * overlap(x0, x1, x);
                    sum += a * ink[(top + y) * width + left + x];
                    area += a;
                }
            box[r * W + c] = area > 0 ? sum / area : 0.0;
        }
    }
    // 5. Centre of mass (pixel i covers [i, i + 1), so its centre is i + 0.5)
    // moved to the field's centre by a whole-pixel shift.
    double mass = 0, cy = 0, cx = 0;
    for (std::size_t r = 0; r < H; ++r)
        for (std::size_t c = 0; c < W; ++c) {
            mass += box[r * W + c];
            cy += box[r * W + c] * (static_cast<double>(r) + 0.5);
            cx += box[r * W + c] * (static_cast<double>(c) + 0.5);
        }
    const long dy = std::lround(kField / 2.0 - cy / mass),
               dx = std::lround(kField / 2.0 - cx / mass);
    std::vector<std::uint8_t> bytes(kField * kField, 0);
    for (std::size_t r = 0; r < H; ++r)
        for (std::size_t c = 0; c < W; ++c) {
            const long y = static_cast<long>(r) + dy, x = static_cast<long>(c) + dx;
            if (y < 0 || x < 0 || y >= static_cast<long>(kField) || x >= static_cast<long>(kField))
                continue;
            bytes[static_cast<std::size_t>(y) * kField + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(std::lround(box[r * W + c] * 255.0));
        }
    out.image = Image(bytes);
    return out;
}
