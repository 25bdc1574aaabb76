// The PGM reader (common/files/pgm.h) and the preparation of a picture as an MNIST
// digit (chapter1/tools/mnist_style.h).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "chapter1/tools/mnist_style.h"
#include "common/files/pgm.h"
#include "tests/check.h"

namespace {

std::string write_file(const std::string& name, const std::string& bytes) {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("nndl_test_pgm_" + name)).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

GrayImage picture(std::size_t width, std::size_t height, double fill) {
    GrayImage g;
    g.width = width;
    g.height = height;
    g.values.assign(width * height, fill);
    return g;
}

void paint(GrayImage& g, std::size_t top, std::size_t left, std::size_t h, std::size_t w,
           double value) {
    for (std::size_t r = top; r < top + h; ++r)
        for (std::size_t c = left; c < left + w; ++c) g.values[r * g.width + c] = value;
}

// The rows and columns holding ink in a 28 x 28 image: {top, bottom, left, right}, bottom and right
// excluded.
std::vector<std::size_t> ink_box(const Image& image) {
    std::size_t top = 28, bottom = 0, left = 28, right = 0;
    for (std::size_t r = 0; r < 28; ++r)
        for (std::size_t c = 0; c < 28; ++c)
            if (image.byte(r * 28 + c)) {
                top = std::min(top, r);
                bottom = std::max(bottom, r + 1);
                left = std::min(left, c);
                right = std::max(right, c + 1);
            }
    return {top, bottom, left, right};
}

}  // namespace

TEST_CASE(pgm, p2_and_p5, "") {
    const std::string p2 =
        write_file("a.pgm", "P2\n# a comment\n3 2 # another\n10\n0 5 10\n10 5 0\n");
    const GrayImage a = read_pgm(p2);
    CHECK_EQ(a.width, 3u);
    CHECK_EQ(a.height, 2u);
    CHECK_EQ(a.values, (std::vector<double>{0.0, 0.5, 1.0, 1.0, 0.5, 0.0}));
    const std::string p5 =
        write_file("b.pgm", std::string("P5 2 2 255\n") + std::string("\x00\x80\xff\x33", 4));
    const GrayImage b = read_pgm(p5);
    CHECK_EQ(b.values, (std::vector<double>{0.0, 128.0 / 255, 1.0, 51.0 / 255}));
    // maxval above 255: two bytes a sample, most significant first.
    const std::string wide =
        write_file("c.pgm", std::string("P5\n2 1\n1000\n") + std::string("\x03\xe8\x01\xf4", 4));
    CHECK_EQ(read_pgm(wide).values, (std::vector<double>{1.0, 0.5}));
    for (const std::string& path : {p2, p5, wide}) std::remove(path.c_str());
}

TEST_CASE(pgm, refused, "") {
    struct Case {
        std::string name, bytes, words;
    };
    const Case cases[] = {
        {"png", "\x89PNG\r\n\x1a\n....",
         "this is a PNG image; only PGM images are read: convert with ImageMagick"},
        {"jpeg", "\xff\xd8\xff\xe0....", "this is a JPEG image; only PGM images are read"},
        {"ppm", "P6 1 1 255\n\x01\x02\x03", "this is a colour PPM image (P6); only PGM images are read: convert with ImageMagick (convert digit.ppm"},
        {"ppm_text", "P3 1 1 255\n1 2 3\n", "(ppmtopgm digit.ppm > digit.pgm)"},
        {"jpeg_hint", "\xff\xd8\xff\xe0....", "(jpegtopnm digit.jpg | ppmtopgm > digit.pgm)"},
        {"not_pgm", "GIF89a", "not a PGM image (expected P2 or P5 at the start)"},
        {"empty", "", "not a PGM image"},
        {"no_height", "P2 3\n",
         "expected the height in the header (a whole number), found the end of the file"},
        {"text_size", "P2 3 x 255\n",
         "expected the height in the header (a whole number), found 'x'"},
        {"zero", "P2 0 3 255\n", "an image of no pixels"},
        {"maxval", "P5 1 1 70000\n\x01", "maxval 70000; expected 1 to 65535"},
        {"huge", "P5 100000 100000 255\n\x01", "this reader takes at most 64 million"},
        {"short_p5", std::string("P5 3 3 255\n") + std::string(8, '\x01'),
         "a 3 x 3 image with maxval 255 needs 9 bytes of pixels, found 8"},
        {"long_p5", std::string("P5 1 1 255\n") + std::string(2, '\x01'),
         "needs 1 bytes of pixels, found 2"},
        {"short_wide", std::string("P5 2 1 1000\n") + std::string(3, '\x01'),
         "needs 4 bytes of pixels, found 3"},
        {"above_maxval", std::string("P5 1 1 100\n") + "\xc8", "pixel 0 is 200, above maxval 100"},
        {"short_p2", "P2 2 2 9\n1 2 3", "a 2 x 2 image needs 4 numbers"},
        {"text_p2", "P2 2 1 9\n1 z", "expected pixel 1 (a whole number), found 'z'"},
        {"long_p2", "P2 1 1 9\n1 2", "more than the 1 numbers a 1 x 1 image holds, found '2'"},
        {"above_p2", "P2 1 1 9\n10", "pixel 0 is 10, above maxval 9"},
        {"no_space", "P5 1 1 255\x01", "expected one whitespace character after maxval"},
        {"maxval_zero", "P2 1 1 0\n0\n", "maxval 0; expected 1 to 65535"},
        {"maxval_65536", "P5 1 1 65536\n\x01\x01", "maxval 65536; expected 1 to 65535"},
        {"ten_digits", "P2 1234567890 1 255\n1\n", "the width in the header has more than 9 digits"},
        // Exactly 2^26 pixels is allowed: the data is what is missing.
        {"at_limit", "P5 8192 8192 255\n\x01",
         "a 8192 x 8192 image with maxval 255 needs 67108864 bytes of pixels, found 1"},
    };
    for (const Case& c : cases) {
        const std::string path = write_file("bad_" + c.name + ".pgm", c.bytes);
        CHECK_THROWS(read_pgm(path), c.words);
        CHECK_THROWS(read_pgm(path), "nndl_test_pgm_bad_" + c.name + ".pgm: ");
        std::remove(path.c_str());
    }
    CHECK_THROWS(read_pgm("/nonexistent/digit.pgm"), "/nonexistent/digit.pgm: cannot open");
}

TEST_CASE(mnist_style, prepare_drawing, "") {
    // Dark ink on white paper, 100 x 50: a solid stroke 20 wide and 40 tall.
    // Inverted, boxed (20 x 40), scaled by 1/2 to 10 x 20, and centred: its
    // centre of mass (5, 10) moves to (14, 14), so columns 9-18, rows 4-23.
    GrayImage g = picture(100, 50, 1.0);
    paint(g, 5, 10, 40, 20, 0.0);
    const PreparedDigit d = prepare_like_mnist(g);
    CHECK(d.inverted);
    CHECK_EQ(d.image.size(), 784u);
    CHECK_EQ(ink_box(d.image), (std::vector<std::size_t>{4, 24, 9, 19}));
    CHECK_EQ(d.image.byte(4 * 28 + 9), 255);
    CHECK_EQ(d.image.byte(23 * 28 + 18), 255);
}

TEST_CASE(mnist_style, prepare_mnist_like, "") {
    // Bright ink on black, a 4 x 4 block in a corner of grey-free 28 x 28:
    // scaled up 5 times to fill the 20 x 20 box, centred at rows/columns 4-23.
    GrayImage g = picture(28, 28, 0.0);
    paint(g, 0, 1, 4, 4, 1.0);
    const PreparedDigit d = prepare_like_mnist(g);
    CHECK(!d.inverted);
    CHECK_EQ(ink_box(d.image), (std::vector<std::size_t>{4, 24, 4, 24}));
    // A thin vertical line, 1 x 10: the aspect ratio is kept (2 x 20).
    GrayImage line = picture(30, 30, 0.0);
    paint(line, 10, 15, 10, 1, 1.0);
    CHECK_EQ(ink_box(prepare_like_mnist(line).image), (std::vector<std::size_t>{4, 24, 13, 15}));
}

TEST_CASE(mnist_style, prepare_grey_and_blank, "") {
    // Grey paper (0.8) with grey ink (0.2): the background is taken off and
    // the contrast stretched, so the stroke becomes full ink and the paper none.
    GrayImage g = picture(40, 40, 0.8);
    paint(g, 10, 10, 20, 20, 0.2);
    const PreparedDigit d = prepare_like_mnist(g);
    CHECK(d.inverted);
    CHECK_EQ(ink_box(d.image), (std::vector<std::size_t>{4, 24, 4, 24}));
    CHECK_EQ(d.image.byte(14 * 28 + 14), 255);
    // Anti-aliasing: a 30 x 30 square of ink with a blank column 15, scaled
    // by 2/3: new column 10 covers old columns 15 to 16.5, two thirds of it
    // blank, and comes out grey (255 / 3 = 85); the others stay full.
    GrayImage split = picture(60, 60, 0.0);
    paint(split, 10, 10, 30, 30, 1.0);
    paint(split, 10, 25, 30, 1, 0.0);
    const PreparedDigit s = prepare_like_mnist(split);
    CHECK_EQ(ink_box(s.image), (std::vector<std::size_t>{4, 24, 4, 24}));
    CHECK_EQ(s.image.byte(14 * 28 + 14), 85);  // box column 10 lands on field column 14
    CHECK_EQ(s.image.byte(14 * 28 + 13), 255);
    CHECK_EQ(s.image.byte(14 * 28 + 15), 255);
    CHECK_THROWS(prepare_like_mnist(picture(10, 10, 1.0)), "no ink found");
    CHECK_THROWS(prepare_like_mnist(picture(10, 10, 0.0)), "no ink found");
}

TEST_CASE(pgm, edges, "") {
    // maxval 65535, the largest: two bytes a sample.
    const std::string path = write_file("max.pgm", std::string("P5 1 1 65535\n") + "\xff\xff");
    CHECK_EQ(read_pgm(path).values, (std::vector<double>{1.0}));
    std::remove(path.c_str());
    CHECK_EQ(parse_pgm("P2 2 1 1\n0 1\n", "one.pgm").values, (std::vector<double>{0.0, 1.0}));
}

TEST_CASE(mnist_style, prepare_rounding, "") {
    // A 30 x 7 bar scaled by 2/3: 20 x 4.67, rounded to 5 rows (not cut to 4).
    GrayImage bar = picture(60, 60, 0.0);
    paint(bar, 20, 10, 7, 30, 1.0);
    const std::vector<std::size_t> box = ink_box(prepare_like_mnist(bar).image);
    CHECK_EQ(box[1] - box[0], 5u);
    CHECK_EQ(box[3] - box[2], 20u);
    // A 40 x 40 square with one blank column, scaled by 1/2: the new column
    // covering it is half ink, 127.5, which rounds to 128.
    GrayImage half = picture(60, 60, 0.0);
    paint(half, 10, 10, 40, 40, 1.0);
    paint(half, 10, 35, 40, 1, 0.0);
    const PreparedDigit d = prepare_like_mnist(half);
    CHECK_EQ(ink_box(d.image), (std::vector<std::size_t>{4, 24, 4, 24}));
    CHECK_EQ(d.image.byte(14 * 28 + 4 + 12), 128);
}

TEST_CASE(mnist_style, prepare_lighter_than_paper, "") {
    // Paper lighter than the border's average is no ink (clamped at 0), not
    // negative ink wrapped round to bright pixels: a patch of it changes nothing.
    GrayImage plain = picture(60, 60, 0.8);
    paint(plain, 15, 20, 30, 6, 0.0);
    GrayImage patched = plain;
    paint(patched, 40, 40, 10, 10, 0.95);
    const PreparedDigit a = prepare_like_mnist(plain), b = prepare_like_mnist(patched);
    for (std::size_t p = 0; p < 784; ++p) CHECK_EQ(a.image.byte(p), b.image.byte(p));
}
