#include "common/drawing/svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "common/files/write_file.h"

Svg::Svg(double width, double height, const std::string& title, const std::string& kind)
    : width_(width), height_(height), title_(title), kind_(kind) {}

std::string svg_marker(const std::string& kind) { return "data-nndl=\"" + kind + "\""; }

void Svg::rect(double x, double y, double w, double h, const std::string& fill) {
    body_ += "<rect x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" +
             svg_number(w) + "\" height=\"" + svg_number(h) + "\" fill=\"" + fill + "\"/>\n";
}

void Svg::line(double x1, double y1, double x2, double y2, const std::string& stroke,
               double width) {
    body_ += "<line x1=\"" + svg_number(x1) + "\" y1=\"" + svg_number(y1) + "\" x2=\"" +
             svg_number(x2) + "\" y2=\"" + svg_number(y2) + "\" stroke=\"" + stroke +
             "\" stroke-width=\"" + svg_number(width) + "\"/>\n";
}

void Svg::polyline(const std::vector<std::pair<double, double>>& points, const std::string& stroke,
                   double width, const std::string& data) {
    std::string list;
    for (const auto& [x, y] : points)
        list += (list.empty() ? "" : " ") + svg_number(x) + "," + svg_number(y);
    body_ += "<polyline" + (data.empty() ? "" : " " + data) + " points=\"" + list +
             "\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"" + svg_number(width) +
             "\"/>\n";
}

void Svg::circle(double cx, double cy, double r, const std::string& fill) {
    body_ += "<circle cx=\"" + svg_number(cx) + "\" cy=\"" + svg_number(cy) + "\" r=\"" +
             svg_number(r) + "\" fill=\"" + fill + "\"/>\n";
}

void Svg::ring(double cx, double cy, double r, const std::string& stroke, double width) {
    body_ += "<circle cx=\"" + svg_number(cx) + "\" cy=\"" + svg_number(cy) + "\" r=\"" +
             svg_number(r) + "\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"" +
             svg_number(width) + "\"/>\n";
}

void Svg::path(const std::string& d, const std::string& fill) {
    body_ += "<path d=\"" + d + "\" fill=\"" + fill + "\"/>\n";
}

void Svg::text(double x, double y, const std::string& text, double size, const std::string& anchor,
               const std::string& fill) {
    body_ += "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" font-size=\"" +
             svg_number(size) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill + "\">" +
             xml_escape(text) + "</text>\n";
}

std::string Svg::str() const {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + svg_number(width_) + " " +
           svg_number(height_) + "\" width=\"" + svg_number(width_) + "\" height=\"" +
           svg_number(height_) + "\" font-family=\"sans-serif\"" +
           (kind_.empty() ? "" : " " + svg_marker(kind_)) + ">\n<title>" + xml_escape(title_) +
           "</title>\n<rect width=\"" + svg_number(width_) + "\" height=\"" + svg_number(height_) +
           "\" fill=\"#ffffff\"/>\n" + body_ + "</svg>\n";
}

void Svg::save(const std::string& filename) const { write_file(filename, str(), "picture"); }

std::string svg_number(double x) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f",
                  std::round(x * 100) / 100 + 0.0);  // + 0.0: no "-0"
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

std::string xml_escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

namespace {

std::string hex(int r, int g, int b) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r, g, b);
    return buffer;
}

int channel(double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 255.0))); }

}  // namespace

std::string grey(double ink) {
    const int level = channel(255.0 * (1.0 - std::clamp(ink, 0.0, 1.0)));
    return hex(level, level, level);
}

std::string diverging(double v, double limit) {
    const double t = limit > 0 ? std::clamp(v / limit, -1.0, 1.0) : 0.0;
    // White at 0, towards a strong red (178, 24, 43) or blue (33, 102, 172).
    const double s = std::fabs(t);
    const double r = t >= 0 ? 178 : 33, g = t >= 0 ? 24 : 102, b = t >= 0 ? 43 : 172;
    return hex(channel(255 + (r - 255) * s), channel(255 + (g - 255) * s),
               channel(255 + (b - 255) * s));
}
