// The SVG pictures of chapter1/tools/pictures.h: well-formed, and holding what
// they must (tiles, bars, captions), on small networks and synthetic images.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "chapter1/tools/pictures.h"
#include "common/drawing/svg.h"
#include "tests/check.h"
#include "tests/xml_check.h"

namespace {

// A 28 x 28 image with `ink` pixels of byte 200 (the first ones).
Image image_with_ink(std::size_t ink) {
    std::vector<std::uint8_t> bytes(784, 0);
    for (std::size_t p = 0; p < ink; ++p) bytes[p] = 200;
    return Image(bytes);
}

// A [784, 10] network that answers `digit` for every image, with output
// sigmoid(bias) for it: zero weights, biases -5 except one.
Network always(int digit, double bias) {
    NumpyRandom np_random(0);
    Network net({784, 10}, np_random);
    for (std::size_t k = 0; k < net.weights[0].size(); ++k) net.weights[0].data()[k] = 0;
    for (std::size_t d = 0; d < 10; ++d)
        net.biases[0][d] = static_cast<int>(d) == digit ? bias : -5.0;
    return net;
}

}  // namespace

TEST_CASE(pictures, digit_and_output, "") {
    const Vector output = {0.1, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.3};
    const std::string svg =
        digit_and_output_svg("test image 3, label 7", image_with_ink(50), output, 7).str();
    const auto counts = check_xml(svg);
    // The background, the digit's white square, its 50 ink pixels, and a
    // track and a bar for each of the 10 outputs.
    CHECK_EQ(counts.at("rect"), 1 + 1 + 50 + 20);
    CHECK_EQ(counts.at("text"), 1 + 1 + 10 + 10);  // heading, caption, digit labels, values
    CHECK(svg.find(">test image 3, label 7: the network answers 7</text>") != std::string::npos);
    CHECK(svg.find("width=\"180\" height=\"18.4\" fill=\"#b2182b\"") !=
          std::string::npos);  // 0.9 x 200, in red
    CHECK(svg.find(">0.300</text>") != std::string::npos);
}

TEST_CASE(pictures, hidden_units, "") {
    NumpyRandom np_random(1);
    const Network net({784, 6, 10}, np_random);
    double limit = 0;
    const std::string svg = hidden_units_svg(net, "net.json", &limit).str();
    const auto counts = check_xml(svg);
    CHECK_EQ(counts.at("rect"), 1 + 100);  // the background and the colour scale
    // Each tile one path per step of the scale it uses: at most 21.
    CHECK(counts.at("path") >= 6 && counts.at("path") <= 6 * 21);
    // Every pixel drawn once: the runs' lengths ("h" followed by a number,
    // the return "h-" not counted) add up to six tiles of 28 rows of 84 units.
    double covered = 0;
    for (std::size_t at = svg.find('h'); at != std::string::npos; at = svg.find('h', at + 1))
        if (svg[at - 1] >= '0' && svg[at - 1] <= '9' && svg[at + 1] != '-')
            covered += std::stod(svg.substr(at + 1));
    CHECK_EQ(covered, 6 * 784 * 3.0);
    CHECK(svg.find(">neuron 5</text>") != std::string::npos);
    CHECK(svg.find(">neuron 6</text>") == std::string::npos);
    CHECK(limit > 2.0 && limit < 3.0);  // the 99th percentile of |N(0, 1)| is 2.58
    CHECK(svg.find("784-6-10") != std::string::npos);
    NumpyRandom other(2);
    CHECK_THROWS(hidden_units_svg(Network({784, 10}, other), "flat.json"),
                 "flat.json: expected a network with 784 inputs and a hidden layer, sizes 784-10");
}

TEST_CASE(pictures, mistakes, "") {
    // A network that always answers 3: every image not labelled 3 is a
    // mistake, all equally confident, so they keep the test set's order.
    const std::vector<Image> images = {image_with_ink(10), image_with_ink(20), image_with_ink(30),
                                       image_with_ink(40)};
    const std::vector<int> labels = {3, 7, 1, 3};
    const std::vector<Mistake> wrong = mistakes_of(always(3, 1.0), images, labels);
    CHECK_EQ(wrong.size(), 2u);
    CHECK_EQ(wrong[0].index, 1u);
    CHECK_EQ(wrong[0].label, 7);
    CHECK_EQ(wrong[0].answer, 3);
    CHECK_NEAR(wrong[0].output, 0.7310585786300049, 1e-15);  // sigmoid(1)
    CHECK_EQ(wrong[1].index, 2u);
    const std::string svg = mistakes_svg(wrong, 100, images, 4, "net.json").str();
    const auto counts = check_xml(svg);
    CHECK_EQ(counts.at("rect"), 1 + 2 + 20 + 30);  // background, two white squares, their ink
    CHECK(svg.find(">7 \u2192 3 (0.73)</text>") != std::string::npos);
    CHECK(svg.find(">2 of 4 test images wrong; the 2 most confident mistakes</text>") !=
          std::string::npos);
    const std::string one = mistakes_svg(wrong, 1, images, 4, "net.json").str();
    const auto one_counts = check_xml(one);
    CHECK_EQ(one_counts.at("rect"), 1 + 1 + 20);
    CHECK(one.find("1 \u2192 3") == std::string::npos);
}

TEST_CASE(pictures, mistakes_ranked, "") {
    // A network whose answer is always 5, with an output that grows with the
    // image's ink (weight 0.01 on every pixel into neuron 5): the mistakes
    // come most confident, so most ink, first.
    Network net = always(5, 0.0);
    for (std::size_t p = 0; p < 784; ++p) net.weights[0](5, p) = 0.01;
    const std::vector<Image> images = {image_with_ink(10), image_with_ink(30), image_with_ink(20),
                                       image_with_ink(5)};
    const std::vector<Mistake> wrong = mistakes_of(net, images, {0, 0, 5, 0});
    CHECK_EQ(wrong.size(), 3u);  // image 2 is labelled 5: right
    CHECK_EQ(wrong[0].index, 1u);
    CHECK_EQ(wrong[1].index, 0u);
    CHECK_EQ(wrong[2].index, 3u);
    CHECK(wrong[0].output > wrong[1].output && wrong[1].output > wrong[2].output);
}

TEST_CASE(pictures, descent, "") {
    // Three positions: a view of whole units reaching 4 (3 x 1.1, rounded
    // up), contour rings every half unit up to it (8), and the walk.
    const std::string svg = descent_svg({{1, 3}, {0.8, 2.4}, {0.64, 1.92}}, "walk").str();
    const auto counts = check_xml(svg);
    CHECK_EQ(counts.at("polyline"), 1);
    CHECK_EQ(counts.at("circle"), 8 + 3);
    CHECK(svg.find("points=\"310,100 300,130 292,154\"") !=
          std::string::npos);  // 50 units per unit, (0, 0) at (260, 250)
    CHECK(svg.find(">-4</text>") != std::string::npos);
    CHECK(svg.find(">4</text>") != std::string::npos);  // both ends of each axis
    CHECK(svg.find(">start</text>") != std::string::npos);
}

TEST_CASE(pictures, descent_runaway, "") {
    // A walk that runs away (eta -1 multiplies v by 3 each step) still gives
    // a picture of ordinary size: ticks at round numbers, five each side.
    std::vector<std::vector<double>> path = {{1, 3}};
    for (int k = 0; k < 10; ++k) path.push_back({path.back()[0] * 3, path.back()[1] * 3});
    const std::string svg = descent_svg(path, "runaway").str();
    const auto counts = check_xml(svg);
    // |v| reaches 3^11 = 177147 (x 1.1 = 194862): ticks every 50000 up to
    // 200000, rings every 25000.
    CHECK_EQ(counts.at("circle"), 8 + 11);
    CHECK(svg.find(">-200000</text>") != std::string::npos);
    CHECK(svg.find(">150000</text>") != std::string::npos);
    CHECK(svg.size() < 10000);
    // A point beyond a double's range: no picture, and the reason.
    path.push_back({HUGE_VAL, 0});
    CHECK_THROWS(descent_svg(path, "overflow"), "leaves the range of a double at step 11");
    // Finite but so large that the view's arithmetic would overflow: refused too.
    CHECK_THROWS(descent_svg({{1, 3}, {0, 1e301}}, "too far"), "leaves the range of a double at step 1");
    CHECK(check_xml(descent_svg({{1, 3}, {0, 1e299}}, "far").str()).at("polyline") == 1);
}

TEST_CASE(pictures, digit_placement, "") {
    // One ink pixel at row 2, column 5: an 8-unit square 5 across and 2 down
    // from the digit's corner (20, 50). And the bars' labels are the digits 0-9.
    std::vector<std::uint8_t> bytes(784, 0);
    bytes[2 * 28 + 5] = 255;
    const Vector output = {0.1, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.0, 0.3};
    const std::string svg = digit_and_output_svg("one pixel", Image(bytes), output, 7).str();
    CHECK(svg.find("<rect x=\"60\" y=\"66\" width=\"8\" height=\"8\"") != std::string::npos);
    CHECK(svg.find(">10</text>") == std::string::npos);
    // The labels run down in order: 0 above 1 above ... 9.
    std::size_t previous = 0;
    for (int d = 0; d <= 9; ++d) {
        const std::size_t at = svg.find(">" + std::to_string(d) + "</text>", previous);
        CHECK(at != std::string::npos && at >= previous);
        previous = at;
    }
}

TEST_CASE(pictures, hidden_unit_placement, "") {
    // One hidden neuron, every weight 0.5 but the one from pixel (row 1,
    // column 3), -0.5: that pixel alone is full blue, a 3-unit square at
    // (20 + 3 x 3, 50 + 1 x 3), the rest of its row in runs of red.
    NumpyRandom np_random(0);
    Network net({784, 1, 10}, np_random);
    for (std::size_t p = 0; p < 784; ++p) net.weights[0](0, p) = 0.5;
    net.weights[0](0, 1 * 28 + 3) = -0.5;
    const std::string svg = hidden_units_svg(net, "net.json").str();
    CHECK(svg.find("d=\"M29,53h3v3h-3z\"") != std::string::npos);
    CHECK(svg.find("M20,53h9v3h-9z") != std::string::npos);   // columns 0-2 of row 1
    CHECK(svg.find("M32,53h72v3h-72z") != std::string::npos);  // columns 4-27
}

TEST_CASE(pictures, mistakes_layout, "") {
    // 11 mistakes at 10 a row: two rows, and the picture tall enough for both
    // (56 above, 82 a row, 20 below).
    std::vector<Image> images(11, image_with_ink(30));
    std::vector<Mistake> mistakes;
    for (std::size_t i = 0; i < 11; ++i) mistakes.push_back({i, 1, 2, 0.5});
    const std::string svg = mistakes_svg(mistakes, 100, images, 10000, "net.json").str();
    CHECK(svg.find("height=\"240\"") != std::string::npos);
    CHECK(svg.find(">11 of 10000 test images wrong; the 11 most confident mistakes</text>") != std::string::npos);
    // Equal outputs keep the test set's order (a stable sort), however many.
    const Network net = always(5, 0.0);
    const std::vector<Image> same(40, image_with_ink(10));
    const std::vector<Mistake> wrong = mistakes_of(net, same, std::vector<int>(40, 1));
    CHECK_EQ(wrong.size(), 40u);
    for (std::size_t i = 0; i < wrong.size(); ++i) CHECK_EQ(wrong[i].index, i);
}

TEST_CASE(pictures, kinds, "") {
    // Each program's picture carries its own kind, and no other's: an --svg
    // of one program never overwrites another's picture (require_writable).
    const std::vector<Image> images = {image_with_ink(10), image_with_ink(20)};
    const std::vector<Mistake> wrong = mistakes_of(always(3, 1.0), images, {7, 3});
    double limit = 0;
    NumpyRandom np_random(0);
    const std::pair<std::string, std::string> pictures[] = {
        {kClassifyPicture, digit_and_output_svg("t", image_with_ink(5), Vector(10), 0).str()},
        {kHiddenUnitsPicture, hidden_units_svg(Network({784, 3, 10}, np_random), "n", &limit).str()},
        {kMisclassifiedPicture, mistakes_svg(wrong, 10, images, 2, "n").str()},
        {kDescentPicture, descent_svg({{1, 3}, {0.8, 2.4}}, "walk").str()}};
    for (const auto& [kind, svg] : pictures)
        for (const auto& [other, ignored] : pictures)
            CHECK_EQ(svg.find(svg_marker(other)) != std::string::npos, kind == other);
}

TEST_CASE(pictures, hidden_unit_colours, "") {
    // Weights of exactly +2 and -2 (the 99th percentile, so the scale's ends),
    // 1 and 0: their pixels are painted with the scale's red end, blue end,
    // half red and white, the colours diverging() gives for them.
    NumpyRandom np_random(0);
    Network net({784, 1, 10}, np_random);
    for (std::size_t k = 0; k < 784; ++k)
        net.weights[0](0, k) = k < 300 ? 2.0 : k < 600 ? -2.0 : k < 700 ? 1.0 : 0.0;
    double limit = 0;
    const std::string svg = hidden_units_svg(net, "n", &limit).str();
    CHECK_EQ(limit, 2.0);
    for (const double w : {2.0, -2.0, 1.0, 0.0})
        CHECK(svg.find("\" fill=\"" + diverging(w, 2.0) + "\"/>") != std::string::npos);
    CHECK_EQ(diverging(0.0, 1.0), std::string("#ffffff"));
}
