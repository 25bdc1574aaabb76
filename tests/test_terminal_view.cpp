// Terminal pictures (chapter1/tools/terminal_view.h): shades, sizes, bars.
#include <cstdlib>
#include <string>
#include <vector>

#include "chapter1/tools/terminal_view.h"
#include "tests/check.h"

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::string line;
    for (const char c : text) {
        if (c == '\n') {
            lines.push_back(line);
            line.clear();
        } else {
            line += c;
        }
    }
    CHECK(line.empty());  // every line ends with a newline
    return lines;
}

// Characters, not bytes: a Unicode block takes three bytes in UTF-8.
std::size_t columns(const std::string& line) {
    std::size_t n = 0;
    for (const char c : line) n += (static_cast<unsigned char>(c) & 0xc0) != 0x80;
    return n;
}

}  // namespace

TEST_CASE(terminal_view, image_shades, "") {
    // A 28 x 28 image: row r holds byte 0 except pixel r, which holds 255,
    // and the last row is a ramp.
    std::vector<std::uint8_t> bytes(784, 0);
    for (std::size_t r = 0; r < 27; ++r) bytes[r * 28 + r] = 255;
    for (std::size_t c = 0; c < 28; ++c)
        bytes[27 * 28 + c] = static_cast<std::uint8_t>(c * 255 / 27);
    const Image image(bytes);
    const std::vector<std::string> ascii = lines_of(render_image(image, false));
    CHECK_EQ(ascii.size(), 28u);
    for (std::size_t r = 0; r < 27; ++r) {
        CHECK_EQ(ascii[r].size(), 56u);  // two characters a pixel
        CHECK_EQ(ascii[r].substr(2 * r, 2), std::string("@@"));
        CHECK_EQ(ascii[r].find_first_not_of(' '), 2 * r);
    }
    CHECK_EQ(ascii[27].substr(0, 2), std::string("  "));  // byte 0: no ink
    CHECK_EQ(ascii[27].substr(28, 2),
             std::string("++"));  // byte 132: shade 132 x 10 / 256 = 5 of 0-9
    CHECK_EQ(ascii[27].substr(54, 2), std::string("@@"));  // byte 255: full ink
    const std::vector<std::string> blocks = lines_of(render_image(image, true));
    CHECK_EQ(blocks.size(), 28u);
    CHECK_EQ(columns(blocks[0]), 56u);
    CHECK_EQ(blocks[0].substr(0, 6), std::string("\u2588\u2588"));
}

TEST_CASE(terminal_view, image_sizes, "") {
    CHECK_EQ(lines_of(render_image(Image(std::vector<std::uint8_t>(38 * 38, 9)), false))[0].size(),
             76u);
    CHECK_THROWS(render_image(Image(std::vector<std::uint8_t>(39 * 39)), false),
                 "at most 38 x 38 pixels, got 1521");
    CHECK_THROWS(render_image(Image(std::vector<std::uint8_t>(783)), false), "a square image");
    CHECK_THROWS(render_image(Image(), false), "got 0 pixels");
}

TEST_CASE(terminal_view, bars, "") {
    const Vector values = {0.0, 0.5, 1.0, 1.5, -0.25, 0.0123};
    const std::vector<std::string> ascii = lines_of(render_bars(values, false));
    CHECK_EQ(ascii.size(), 6u);
    CHECK_EQ(ascii[0], "  0 |" + std::string(40, ' ') + "| 0.000");
    CHECK_EQ(ascii[1], "  1 |" + std::string(20, '#') + std::string(20, ' ') + "| 0.500");
    CHECK_EQ(ascii[2], "  2 |" + std::string(40, '#') + "| 1.000");
    CHECK_EQ(ascii[3],
             "  3 |" + std::string(40, '#') + "| 1.500");  // drawn clipped, printed as it is
    CHECK_EQ(ascii[4], "  4 |" + std::string(40, ' ') + "| -0.250");
    CHECK_EQ(ascii[5].substr(0, 6), std::string("  5 | "));  // 0.0123 x 40 rounds to no block
    // 0.49 x 40 = 19.6 rounds to 20 blocks, 0.51 x 40 = 20.4 to 20.
    const std::vector<std::string> near_half = lines_of(render_bars(Vector{0.49, 0.51}, false));
    CHECK_EQ(near_half.at(0), "  0 |" + std::string(20, '#') + std::string(20, ' ') + "| 0.490");
    CHECK_EQ(near_half.at(1), "  1 |" + std::string(20, '#') + std::string(20, ' ') + "| 0.510");
    for (const std::string& line : lines_of(render_bars(values, true))) CHECK(columns(line) <= 80);
}

// setenv and unsetenv are POSIX; Windows' C runtime has _putenv_s, which
// removes a variable given an empty value.
void set_env(const char* name, const char* value, int) {
#ifdef _WIN32
    _putenv_s(name, value);
#else
    ::setenv(name, value, 1);
#endif
}
void unset_env(const char* name) {
#ifdef _WIN32
    _putenv_s(name, "");
#else
    ::unsetenv(name);
#endif
}

TEST_CASE(terminal_view, unicode_from_locale, "") {
    unset_env("LC_ALL");
    unset_env("LC_CTYPE");
    set_env("LANG", "en_GB.UTF-8", 1);
    CHECK(terminal_takes_unicode());
    set_env("LC_CTYPE", "C", 1);  // the first one set decides
    CHECK(!terminal_takes_unicode());
    set_env("LC_ALL", "de_DE.utf8", 1);
    CHECK(terminal_takes_unicode());
    unset_env("LC_ALL");
    unset_env("LC_CTYPE");
    unset_env("LANG");
    CHECK(!terminal_takes_unicode());
}

TEST_CASE(terminal_view, unicode_empty_variable, "") {
    // A variable set to nothing counts as not set: the next one decides.
    set_env("LC_ALL", "", 1);
    set_env("LC_CTYPE", "", 1);
    set_env("LANG", "en_GB.UTF-8", 1);
    CHECK(terminal_takes_unicode());
    unset_env("LC_ALL");
    unset_env("LC_CTYPE");
    unset_env("LANG");
}
