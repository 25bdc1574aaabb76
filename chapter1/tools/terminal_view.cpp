#include "chapter1/tools/terminal_view.h"

#ifdef _WIN32
#include <windows.h>
#endif

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace {

constexpr int kBarWidth = 40;

// The shades of each alphabet, from no ink to full ink.
const std::vector<std::string> kAsciiShades = {" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"};
const std::vector<std::string> kUnicodeShades = {" ", "\u2591", "\u2592", "\u2593", "\u2588"};

bool names_utf8(const char* value) {
    std::string v = value;
    for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return v.find("utf-8") != std::string::npos || v.find("utf8") != std::string::npos;
}

}  // namespace

bool terminal_takes_unicode() {
#ifdef _WIN32
    // A Windows console shows UTF-8 only when its output code page is UTF-8
    // (chcp 65001, or Windows Terminal set so); elsewhere, as in Git Bash's
    // mintty, the locale variables below say it.
    if (GetConsoleOutputCP() == CP_UTF8) return true;
#endif
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return names_utf8(value);
    }
    return false;
}

std::string render_image(const Image& image, bool unicode) {
    const auto side =
        static_cast<std::size_t>(std::lround(std::sqrt(static_cast<double>(image.size()))));
    if (side == 0 || side * side != image.size() || side > 38)
        throw std::invalid_argument(
            "render_image: expected a square image of at most 38 x 38 pixels, got " +
            std::to_string(image.size()) + " pixels");
    const std::vector<std::string>& shades = unicode ? kUnicodeShades : kAsciiShades;
    std::string out;
    for (std::size_t row = 0; row < side; ++row) {
        for (std::size_t col = 0; col < side; ++col) {
            // Byte 0 (no ink) is the first shade, 255 the last, evenly between.
            const std::size_t shade = image.byte(row * side + col) * shades.size() / 256;
            out += shades[shade] + shades[shade];
        }
        out += '\n';
    }
    return out;
}

std::string render_bars(const Vector& values, bool unicode) {
    const std::string full = unicode ? "\u2588" : "#";
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = std::isnan(values[i]) ? 0.0 : std::fmin(std::fmax(values[i], 0.0), 1.0);
        const int length = static_cast<int>(std::lround(v * kBarWidth));
        char head[32], tail[48];
        std::snprintf(head, sizeof head, "%3zu |", i);
        std::snprintf(tail, sizeof tail, "| %.3f\n", values[i]);
        out += head;
        for (int k = 0; k < kBarWidth; ++k) out += k < length ? full : " ";
        out += tail;
    }
    return out;
}
