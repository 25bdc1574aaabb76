// Pictures for the terminal: an image as shades of grey in characters, and a
// vector of values as a labelled bar chart. Both stay within 80 columns.
#pragma once

#include <string>

#include "common/files/image.h"
#include "common/numerics/matrix.h"

// Whether the terminal takes Unicode: on Windows, when the console's output
// code page is UTF-8 (65001); everywhere, when LC_ALL, LC_CTYPE or LANG (the
// first one set) names UTF-8.
bool terminal_takes_unicode();

// A square image (28 x 28 for MNIST) as text, one line per row of pixels and
// two characters per pixel (so the picture is about as wide as it is tall),
// darker characters for more ink: " .:-=+*#%@" in ASCII, or " ░▒▓█" with
// Unicode. Throws std::invalid_argument unless the image is a square of at
// most 38 x 38 pixels (wider would not fit 80 columns).
std::string render_image(const Image& image, bool unicode);

// One line per entry of `values` (each in [0, 1], such as the output
// activations): its index, a bar 40 characters long at 1.0, and the value to
// three decimals. Values outside [0, 1] are drawn clipped to it.
std::string render_bars(const Vector& values, bool unicode);
