// The SVG writer (common/drawing/svg.h), and the XML checker the picture tests use.
#include <string>

#include "common/drawing/svg.h"
#include "tests/check.h"
#include "tests/xml_check.h"

TEST_CASE(svg, document, "") {
    Svg svg(200, 100, "A & B <test>");
    svg.rect(1, 2, 3.456, 4, grey(0.5));
    svg.line(0, 0, 10, 10, "#000000");
    svg.polyline({{0, 0}, {1.5, 2.25}}, "#ff0000");
    svg.circle(5, 5, 2, "#00ff00");
    svg.text(10, 20, "label \"7\" < 8", 11, "middle");
    const std::string text = svg.str();
    const auto counts = check_xml(text);
    CHECK_EQ(counts.at("svg"), 1);
    CHECK_EQ(counts.at("rect"), 2);  // the white background and ours
    CHECK_EQ(counts.at("line"), 1);
    CHECK_EQ(counts.at("polyline"), 1);
    CHECK_EQ(counts.at("circle"), 1);
    CHECK_EQ(counts.at("text"), 1);
    CHECK(text.find("viewBox=\"0 0 200 100\"") != std::string::npos);
    CHECK(text.find("<title>A &amp; B &lt;test&gt;</title>") != std::string::npos);
    CHECK(text.find("width=\"3.46\"") != std::string::npos);
    CHECK(text.find("points=\"0,0 1.5,2.25\"") != std::string::npos);
    CHECK(text.find(">label &quot;7&quot; &lt; 8</text>") != std::string::npos);
    CHECK(text.find("<script") == std::string::npos);
    CHECK_EQ(svg.str(), text);  // deterministic
}

TEST_CASE(svg, numbers_and_colours, "") {
    CHECK_EQ(svg_number(12.5), std::string("12.5"));
    CHECK_EQ(svg_number(3.0), std::string("3"));
    CHECK_EQ(svg_number(-0.001), std::string("0"));
    CHECK_EQ(svg_number(-0.25), std::string("-0.25"));
    CHECK_EQ(svg_number(1.005), std::string("1"));  // 1.005 is 1.00499... in binary
    CHECK_EQ(grey(0.0), std::string("#ffffff"));
    CHECK_EQ(grey(1.0), std::string("#000000"));
    CHECK_EQ(grey(2.0), std::string("#000000"));
    CHECK_EQ(diverging(0.0, 1.0), std::string("#ffffff"));
    CHECK_EQ(diverging(1.0, 1.0), std::string("#b2182b"));
    CHECK_EQ(diverging(-5.0, 1.0), std::string("#2166ac"));
    CHECK_EQ(diverging(0.3, 0.0), std::string("#ffffff"));
}

TEST_CASE(svg, xml_checker, "") {
    // The checker the picture tests rely on refuses what is not well-formed.
    const auto counts = check_xml("<a><b x=\"1\"/><b/></a>");
    CHECK_EQ(counts.at("b"), 2);
    CHECK_THROWS(check_xml("<a><b></a>"), "</a> closes <b>");
    CHECK_THROWS(check_xml("<a>"), "<a> is never closed");
    CHECK_THROWS(check_xml("<a x=1/>"), "without quotes");
    CHECK_THROWS(check_xml("<a>x & y</a>"), "a stray '&'");
    CHECK_THROWS(check_xml("<a/><b/>"), "a second root element");
    CHECK_THROWS(check_xml("text"), "text outside the root");
    CHECK_THROWS(check_xml(""), "no root element");
}

TEST_CASE(svg, lines_and_save, "") {
    Svg svg(100, 50, "t");
    svg.polyline({{1, 2}, {3, 4}}, "#000000", 1.5);
    // A polyline is a line, never a filled shape.
    CHECK(svg.str().find("<polyline points=\"1,2 3,4\" fill=\"none\" stroke=\"#000000\"") != std::string::npos);
    CHECK_THROWS(svg.save("/nonexistent-folder/picture.svg"), "/nonexistent-folder/picture.svg: cannot open for writing");
}
