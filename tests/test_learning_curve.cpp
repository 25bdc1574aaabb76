// network --curve's chart (chapter1/learning_curve.h): drawn well-formed,
// read back exactly, shared between runs, and never written over a file
// that is not one.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "chapter1/learning_curve.h"
#include "tests/check.h"
#include "tests/xml_check.h"

namespace {

std::string temp_file(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("nndl_test_curve_" + name)).string();
}

}  // namespace

TEST_CASE(round_trip, "learning_curve.round_trip", "") {
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

TEST_CASE(chart, "learning_curve.chart", "") {
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

TEST_CASE(shared, "learning_curve.shared", "") {
    std::vector<CurveSeries> series = {{"a", {1}}, {"b", {2}}};
    put_series(series, {"b", {3, 4}});  // the same label: replaced in place
    put_series(series, {"c", {5}});     // a new one: added at the end
    CHECK_EQ(series.size(), 3u);
    CHECK_EQ(series[1].accuracy, (std::vector<double>{3, 4}));
    CHECK_EQ(series[2].label, std::string("c"));
}

TEST_CASE(refused, "learning_curve.refused", "") {
    const std::string other = temp_file("other.svg");
    std::ofstream(other) << "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>\n";
    CHECK_THROWS(
        read_curve(other),
        "nndl_test_curve_other.svg: exists and holds no learning curve written by network --curve");
    const std::string bad = temp_file("bad.svg");
    std::ofstream(bad)
        << "<svg><polyline data-label=\"x\" data-accuracy=\"90 abc\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "a malformed accuracy list in \"x\"");
    std::ofstream(bad)
        << "<svg><polyline data-label=\"x\" data-accuracy=\"90 120\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "an accuracy of 120");
    std::ofstream(bad) << "<svg><polyline data-label=\"x\" points=\"\"/></svg>\n";
    CHECK_THROWS(read_curve(bad), "a learning curve line without its data");
    std::remove(other.c_str());
    std::remove(bad.c_str());
}
