#include "common/files/pgm.h"

#include <cctype>
#include <stdexcept>

#include "common/files/read_file.h"

namespace {

// At most 64 million pixels: far more than any photo of a digit needs.
constexpr std::size_t kMaxPixels = std::size_t{1} << 26;

// How to make a PGM of a picture in another format, named by its extension.
std::string convert_hint(const std::string& ext, const char* netpbm) {
    return std::string("; only PGM images are read: convert with ImageMagick (convert digit.") +
           ext + " -colorspace Gray digit.pgm) or Netpbm (" + netpbm +
           "), or save as PGM from GIMP";
}

class Header {
public:
    Header(const std::string& bytes, const std::string& filename)
        : bytes_(bytes), filename_(filename) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(filename_ + ": " + what);
    }

    // Skips whitespace and comments (# to the end of the line).
    void skip() {
        while (pos_ < bytes_.size()) {
            if (bytes_[pos_] == '#') {
                while (pos_ < bytes_.size() && bytes_[pos_] != '\n') ++pos_;
            } else if (std::isspace(static_cast<unsigned char>(bytes_[pos_]))) {
                ++pos_;
            } else {
                return;
            }
        }
    }

    // A whole number of at most 9 digits: `what` names it in messages.
    std::size_t number(const std::string& what) {
        skip();
        std::size_t value = 0, digits = 0;
        while (pos_ < bytes_.size() && std::isdigit(static_cast<unsigned char>(bytes_[pos_]))) {
            if (++digits > 9) fail(what + " has more than 9 digits");
            value = value * 10 + static_cast<std::size_t>(bytes_[pos_++] - '0');
        }
        if (digits == 0) fail("expected " + what + " (a whole number), found " + found());
        return value;
    }

    std::string found() const {
        if (pos_ >= bytes_.size()) return "the end of the file";
        const unsigned char c = static_cast<unsigned char>(bytes_[pos_]);
        return std::isprint(c) ? std::string("'") + bytes_[pos_] + "'"
                               : "byte " + std::to_string(c);
    }

    std::size_t pos_ = 2;  // after the magic number

private:
    const std::string& bytes_;
    const std::string& filename_;
};

}  // namespace

GrayImage read_pgm(const std::string& filename) { return parse_pgm(read_file(filename), filename); }

GrayImage parse_pgm(const std::string& bytes, const std::string& filename) {
    if (bytes.compare(0, 4, "\x89PNG") == 0)
        throw std::runtime_error(filename + ": this is a PNG image" +
                                 convert_hint("png", "pngtopnm digit.png | ppmtopgm > digit.pgm"));
    if (bytes.compare(0, 3, "\xff\xd8\xff") == 0)
        throw std::runtime_error(filename + ": this is a JPEG image" +
                                 convert_hint("jpg", "jpegtopnm digit.jpg | ppmtopgm > digit.pgm"));
    if (bytes.size() >= 2 && bytes[0] == 'P' && (bytes[1] == '3' || bytes[1] == '6'))
        throw std::runtime_error(filename + ": this is a colour PPM image (P" + bytes[1] + ")" +
                                 convert_hint("ppm", "ppmtopgm digit.ppm > digit.pgm"));
    if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '2' && bytes[1] != '5'))
        throw std::runtime_error(filename + ": not a PGM image (expected P2 or P5 at the start)" +
                                 convert_hint("png", "pngtopnm digit.png | ppmtopgm > digit.pgm"));
    const bool binary = bytes[1] == '5';

    Header header(bytes, filename);
    GrayImage image;
    image.width = header.number("the width in the header");
    image.height = header.number("the height in the header");
    const std::size_t maxval = header.number("maxval in the header");
    if (image.width == 0 || image.height == 0) header.fail("an image of no pixels");
    if (maxval == 0 || maxval > 65535)
        header.fail("maxval " + std::to_string(maxval) + "; expected 1 to 65535");
    if (image.width > kMaxPixels / image.height)
        header.fail("an image of " + std::to_string(image.width) + " x " +
                    std::to_string(image.height) + " pixels; this reader takes at most 64 million");
    const std::size_t n = image.width * image.height;
    const std::string size = std::to_string(image.width) + " x " + std::to_string(image.height);

    if (binary) {
        // Exactly one whitespace character separates maxval from the samples.
        std::size_t pos = header.pos_;
        if (pos >= bytes.size() || !std::isspace(static_cast<unsigned char>(bytes[pos])))
            header.fail("expected one whitespace character after maxval");
        ++pos;
        const std::size_t width = maxval > 255 ? 2 : 1;
        const std::size_t present = bytes.size() - pos;
        if (present != n * width)
            header.fail("a " + size + " image with maxval " + std::to_string(maxval) + " needs " +
                        std::to_string(n * width) + " bytes of pixels, found " +
                        std::to_string(present));
        image.values.resize(n);
        for (std::size_t k = 0; k < n; ++k) {
            const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + pos + k * width);
            const std::size_t sample = width == 2 ? (std::size_t{p[0]} << 8) | p[1] : p[0];
            if (sample > maxval)
                header.fail("pixel " + std::to_string(k) + " is " + std::to_string(sample) +
                            ", above maxval " + std::to_string(maxval));
            image.values[k] = static_cast<double>(sample) / static_cast<double>(maxval);
        }
        return image;
    }
    // P2: each sample takes at least two characters (a digit and a separator).
    if (n > (bytes.size() - header.pos_ + 1) / 2)
        header.fail("a " + size + " image needs " + std::to_string(n) +
                    " numbers; the file is too short to hold them");
    image.values.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        header.skip();
        if (header.pos_ >= bytes.size())
            header.fail("a " + size + " image needs " + std::to_string(n) + " numbers, found " +
                        std::to_string(k));
        const std::size_t sample = header.number("pixel " + std::to_string(k));
        if (sample > maxval)
            header.fail("pixel " + std::to_string(k) + " is " + std::to_string(sample) +
                        ", above maxval " + std::to_string(maxval));
        image.values[k] = static_cast<double>(sample) / static_cast<double>(maxval);
    }
    header.skip();
    if (header.pos_ != bytes.size())
        header.fail("more than the " + std::to_string(n) + " numbers a " + size +
                    " image holds, found " + header.found());
    return image;
}
