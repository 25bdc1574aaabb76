// network --curve's chart (chapter1/tools/learning_curve.h): drawn well-formed,
// read back exactly, shared between runs, and never written over a file
// that is not one.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>
#include <string>

#include "chapter1/tools/learning_curve.h"
#include "common/cli/program.h"
#include "tests/check.h"
#include "tests/xml_check.h"

namespace {

std::string temp_file(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("nndl_test_curve_" + name)).string();
}

}  // namespace

TEST_CASE(learning_curve, round_trip, "") {
    const std::string path = temp_file("round_trip.svg");
    std::remove(path.c_str());
    CHECK(read_curve(path).empty());  // no file yet: no series
    std::vector<CurveSeries> series = {{"784-30-10, eta 3 & \"more\" <x>", {90.41, 92.36, 93.08}},
                                       {"eta 1", {71.1, 81.35}}};
    curve_svg(series, "Test accuracy").save(path);
    const std::vector<CurveSeries> back = read_curve(path);
    CHECK_EQ(back.size(), 2u);
    CHECK_EQ(back[0].label, series[0].label);
    CHECK_EQ(back[0].accuracy, series[0].accuracy);
    CHECK_EQ(back[1].accuracy, series[1].accuracy);
    std::remove(path.c_str());
}

TEST_CASE(learning_curve, chart, "") {
    const std::vector<CurveSeries> series = {{"a", {90, 92, 93, 94}}, {"b", {80, 85}}, {"c", {}}};
    const std::string svg = curve_svg(series, "Test accuracy per epoch").str();
    const auto counts = check_xml(svg);
    CHECK_EQ(counts.at("polyline"), 3);  // one line per series
    CHECK_EQ(counts.at("circle"), 6);    // one point per epoch
    CHECK(svg.find(">epoch</text>") != std::string::npos);
    CHECK(svg.find(">test accuracy (%)</text>") != std::string::npos);
    // The y axis runs from 80 to 94, rounded out to ticks of 2: 80 ... 94.
    CHECK(svg.find(">80</text>") != std::string::npos);
    CHECK(svg.find(">94</text>") != std::string::npos);
    CHECK(svg.find(">78</text>") == std::string::npos);
    // x ticks at epochs 0 .. 3
    CHECK(svg.find(">3</text>") != std::string::npos);
    CHECK(check_xml(curve_svg({}, "empty").str()).count("polyline") == 0);
}

TEST_CASE(learning_curve, shared, "") {
    std::vector<CurveSeries> series = {{"a", {1}}, {"b", {2}}};
    put_series(series, {"b", {3, 4}});  // the same label: replaced in place
    put_series(series, {"c", {5}});     // a new one: added at the end
    CHECK_EQ(series.size(), 3u);
    CHECK_EQ(series[1].accuracy, (std::vector<double>{3, 4}));
    CHECK_EQ(series[2].label, std::string("c"));
}

TEST_CASE(learning_curve, refused, "") {
    const std::string other = temp_file("other.svg");
    std::ofstream(other, std::ios::binary) << "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n";
    CHECK_THROWS(
        read_curve(other),
        "nndl_test_curve_other.svg: exists and holds no learning curve written by network --curve");
    const std::string bad = temp_file("bad.svg");
    std::ofstream(bad, std::ios::binary)
        << "<svg><polyline data-label=\"x\" data-accuracy=\"90 abc\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "a malformed accuracy list in \"x\"");
    std::ofstream(bad, std::ios::binary)
        << "<svg><polyline data-label=\"x\" data-accuracy=\"90 120\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "an accuracy of 120");
    std::ofstream(bad, std::ios::binary) << "<svg><polyline data-label=\"x\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "a learning curve line without its data");
    std::remove(other.c_str());
    std::remove(bad.c_str());
}

namespace {

// The points of the chart's first polyline.
std::vector<std::pair<double, double>> first_line(const std::string& svg) {
    const std::string key = "points=\"";
    const std::size_t from = svg.find(key) + key.size();
    std::istringstream in(svg.substr(from, svg.find('"', from) - from));
    std::vector<std::pair<double, double>> points;
    double x = 0, y = 0;
    char comma = 0;
    while (in >> x >> comma >> y) points.emplace_back(x, y);
    return points;
}

}  // namespace

TEST_CASE(learning_curve, chart_geometry, "") {
    // The plot spans x 70-490 (epoch 0 to the last) and y 50-350 (top to
    // bottom); a top value between ticks (96.3) still lies inside it.
    const std::string svg = curve_svg({{"a", {90.0, 92.5, 96.3}}}, "t").str();
    const auto points = first_line(svg);
    CHECK_EQ(points.size(), 3u);
    CHECK_EQ(points.front().first, 70.0);
    CHECK_EQ(points.back().first, 490.0);
    for (const auto& [x, y] : points) CHECK(y >= 50.0 && y <= 350.0);
    CHECK(points[2].second < points[1].second && points[1].second < points[0].second);  // rising
    // 100% is an accuracy like any other: drawn and read back.
    const std::string path = temp_file("perfect.svg");
    curve_svg({{"perfect", {99.5, 100.0}}}, "t").save(path);
    const std::vector<CurveSeries> back = read_curve(path);
    CHECK_EQ(back.size(), 1u);
    CHECK_EQ(back.at(0).accuracy, (std::vector<double>{99.5, 100.0}));
    std::remove(path.c_str());
}

TEST_CASE(learning_curve, two_runs_at_once, "") {
    // Two runs drawing on one chart, their epochs interleaved (two
    // terminals): each write keeps the other's line.
    const std::string path = temp_file("two_runs.svg");
    std::remove(path.c_str());
    CurveSeries a{"run a", {}}, b{"run b", {}};
    for (int epoch = 0; epoch < 3; ++epoch) {
        a.accuracy.push_back(90 + epoch);
        add_to_curve(path, a, "t");
        b.accuracy.push_back(80 + epoch);
        add_to_curve(path, b, "t");
    }
    const std::vector<CurveSeries> both = read_curve(path);
    CHECK_EQ(both.size(), 2u);
    CHECK_EQ(both.at(0).label, std::string("run a"));
    CHECK_EQ(both.at(0).accuracy, (std::vector<double>{90, 91, 92}));
    CHECK_EQ(both.at(1).accuracy, (std::vector<double>{80, 81, 82}));
    std::remove(path.c_str());
}

TEST_CASE(learning_curve, kinds_not_mixed, "") {
    // A chart is marked as one: another program's --svg refuses to write
    // over it (hidden_units once overwrote a curve that took minutes), while
    // --curve continues it.
    const std::string path = temp_file("marked.svg");
    curve_svg({{"a", {90}}}, "t").save(path);
    CHECK_THROWS(require_writable(path, "--svg", svg_marker("hidden-units")),
                 "the file exists and is not what --svg writes");
    require_writable(path, "--curve", svg_marker(kCurvePicture));
    std::remove(path.c_str());
}

TEST_CASE(learning_curve, line_without_data, "") {
    // A labelled line whose accuracies sit in another element is not one of
    // ours: refused, not read as that element's numbers.
    const std::string path = temp_file("split.svg");
    std::ofstream(path, std::ios::binary)
        << "<svg><polyline data-label=\"x\"/><polyline data-accuracy=\"90.00\"/></svg>\n";
    CHECK_THROWS(read_curve(path), "a learning curve line without its data");
    std::remove(path.c_str());
}

TEST_CASE(learning_curve, line_missing_a_quote, "") {
    // A label or an accuracy list without its closing quote: refused, each.
    const std::string path = temp_file("unclosed.svg");
    std::ofstream(path, std::ios::binary) << "<svg><polyline data-accuracy=\"90.00\" data-label=\"x/></svg>\n";
    CHECK_THROWS(read_curve(path), "a learning curve line without its data");
    std::ofstream(path, std::ios::binary) << "<svg><polyline data-label=\"x\" data-accuracy=\"90.00/></svg>\n";
    CHECK_THROWS(read_curve(path), "a learning curve line without its data");
    std::remove(path.c_str());
}
