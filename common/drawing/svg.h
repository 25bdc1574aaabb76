// SVG pictures written with the standard library: a viewBox, shapes, text in
// a generic font family, no scripts and nothing external. Numbers are written
// with at most two decimals, so the same inputs always give the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

class Svg {
public:
    // A picture `width` x `height` units; `title` is shown as its heading
    // and is also its <title> (what a browser tab and a screen reader show).
    // `kind`, if given, names the program's kind of picture in the root
    // element (svg_marker), so that a program overwrites only its own kind.
    Svg(double width, double height, const std::string& title, const std::string& kind = "");

    void rect(double x, double y, double w, double h, const std::string& fill);
    void line(double x1, double y1, double x2, double y2, const std::string& stroke,
              double width = 1);
    // `data`, if given, is written as data-* attributes (already escaped),
    // for a program that reads its own picture back.
    void polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke,
                  double width = 1.5, const std::string& data = "");
    void circle(double cx, double cy, double r, const std::string& fill);
    void ring(double cx, double cy, double r, const std::string& stroke,
              double width = 1);  // a circle's outline
    void path(const std::string& d, const std::string& fill);  // d: SVG path data
    // anchor: "start", "middle" or "end".
    void text(double x, double y, const std::string& text, double size = 12,
              const std::string& anchor = "start", const std::string& fill = "#000000");

    std::string str() const;  // the whole document
    // Writes str() to `filename`, replacing it whole or not at all
    // (write_file); throws std::runtime_error naming it on failure.
    void save(const std::string& filename) const;

private:
    std::string body_;
    double width_, height_;
    std::string title_;
    std::string kind_;
};

// The attribute that marks a picture of `kind` ("learning-curve",
// "hidden-units", ...): data-nndl="kind". Output flags check for it
// (require_writable) before they overwrite a file.
std::string svg_marker(const std::string& kind);

// Two decimals at most, no trailing zeros: "12.5", "3", "-0.25".
std::string svg_number(double x);

// Text made safe for XML: & < > " escaped.
std::string xml_escape(const std::string& text);

// A grey for ink in [0, 1]: 0 white, 1 black (dark ink on light paper, as
// the book draws digits). Values outside are clipped.
std::string grey(double ink);

// A diverging colour for v in [-limit, limit]: blue for negative, white for
// zero, red for positive, in steps of equal lightness change.
std::string diverging(double v, double limit);
