// Saving and loading a network in network2.py's JSON format
// (chapter1/tools/network_file.h): bit-for-bit round trips, and a clear error
// naming the file and the place for every malformed file.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "chapter1/tools/network_file.h"
#include "tests/check.h"

namespace {

namespace fs = std::filesystem;

std::string temp_file(const std::string& name) {
    return (fs::temp_directory_path() / ("nndl_test_network_file_" + name)).string();
}

std::string write_file(const std::string& name, const std::string& text) {
    const std::string path = temp_file(name);
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// A [2, 3, 1] network as network2.py would save it, with `edit` applied.
std::string small_network_text() {
    return "{\"sizes\": [2, 3, 1], "
           "\"weights\": [[[0.5, -1.25], [2.0, 0.1], [-0.3, 1e-05]], [[1.5, -2.5, 0.75]]], "
           "\"biases\": [[[0.1], [0.2], [-0.3]], [[1.0]]], \"cost\": \"QuadraticCost\"}";
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

}  // namespace

TEST_CASE(network_file, round_trip, "") {
    // A randomly initialised 784-30-10 network, saved and loaded: every
    // weight and bias the same double.
    NumpyRandom np_random(3);
    const Network net({784, 30, 10}, np_random);
    const std::string path = temp_file("round_trip.json");
    save(net, path);
    const Network back = load(path);
    CHECK_EQ(back.sizes, net.sizes);
    CHECK_EQ(back.num_layers, net.num_layers);
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        CHECK_EQ(back.weights[l].rows(), net.weights[l].rows());
        CHECK_EQ(back.weights[l].cols(), net.weights[l].cols());
        int differ = 0;
        for (std::size_t k = 0; k < net.weights[l].size(); ++k)
            differ += back.weights[l].data()[k] != net.weights[l].data()[k];
        for (std::size_t k = 0; k < net.biases[l].size(); ++k)
            differ += back.biases[l].data()[k] != net.biases[l].data()[k];
        CHECK_EQ(differ, 0);
    }
    // And the file reads as network2.py writes it: keys in its order.
    const std::string expected = "{\"sizes\": [784, 30, 10], \"weights\": [[[";
    std::ifstream file(path, std::ios::binary);
    std::string head(expected.size(), '\0');
    file.read(&head[0], static_cast<std::streamsize>(head.size()));
    CHECK_EQ(head, expected);
    std::remove(path.c_str());
}

TEST_CASE(network_file, reads_network2_layout, "") {
    // The layout of network2.py's files: a (3, 2) matrix as three rows of
    // two, a bias vector as rows of one number.
    const std::string path = write_file("small.json", small_network_text());
    const Network net = load(path);
    CHECK_EQ(net.sizes, (std::vector<int>{2, 3, 1}));
    CHECK_EQ(net.weights[0](2, 1), 1e-05);
    CHECK_EQ(net.weights[1](0, 2), 0.75);
    CHECK_EQ(net.biases[0][2], -0.3);
    CHECK_EQ(net.biases[1][0], 1.0);
    std::remove(path.c_str());
}

TEST_CASE(network_file, malformed, "") {
    const std::string good = small_network_text();
    struct Case {
        std::string name, text, words;
    };
    const Case cases[] = {
        {"truncated", good.substr(0, good.size() / 2), "line 1, column"},
        {"empty", "", "bad_empty.json: line 1, column 1: expected a value"},
        {"not_object", "[1, 2]", "expected an object"},
        {"missing_key", replaced(good, "\"biases\"", "\"biasses\""), "missing the key \"biases\""},
        {"wrong_kind", replaced(good, "\"sizes\": [2, 3, 1]", "\"sizes\": 3"),
         "\"sizes\" should be an array, found a number"},
        {"nan", replaced(good, "0.5", "NaN"),
         "line 1, column 36: found 'NaN,', which JSON does not allow"},
        {"text_in_number", replaced(good, "2.0", "2.0abc"),
         "expected ',' or ']' in an array, found 'abc,'"},
        {"string_number", replaced(good, "2.0", "\"2.0\""),
         "weights[0][1][0] should be a number, found a string"},
        {"row_short", replaced(good, "[2.0, 0.1]", "[2.0]"),
         "weights[0][1] should be a row of 2 numbers, shape (3, 2), found 1 entries"},
        {"rows_missing", replaced(good, ", [-0.3, 1e-05]]", "]"),
         "weights[0] should be a list of 3 rows, shape (3, 2), found 2 rows"},
        {"bias_shape", replaced(good, "[[1.0]]", "[[1.0, 2.0]]"),
         "biases[1][0] should be a row of 1 numbers"},
        {"layers", replaced(good, "[2, 3, 1]", "[2, 3, 1, 4]"),
         "\"weights\" should hold 3 matrices"},
        {"one_layer", replaced(good, "[2, 3, 1]", "[2]"), "\"sizes\" needs at least two layers"},
        {"size_zero", replaced(good, "[2, 3, 1]", "[2, 0, 1]"),
         "\"sizes\" should list whole numbers of neurons from 1 to 1000000"},
        {"size_fraction", replaced(good, "[2, 3, 1]", "[2, 3.5, 1]"), "whole numbers of neurons"},
        // Sizes far beyond the numbers present: refused without allocating.
        {"size_huge", replaced(good, "[2, 3, 1]", "[1000000, 1000000, 1]"),
         "weights[0] should be a list of 1000000 rows"},
        {"cost", replaced(good, "QuadraticCost", "CrossEntropyCost"),
         "chapter 1's network uses \"QuadraticCost\""},
        {"trailing", good + " {}", "expected the end of the file after the value, found '{}'"},
        {"deep", std::string(5000, '['), "nesting deeper than 64 levels"},
        {"beyond_double", replaced(good, "0.5", "1e400"),
         "the number 1e400 is beyond the range of a double"},
    };
    for (const Case& c : cases) {
        const std::string path = write_file("bad_" + c.name + ".json", c.text);
        CHECK_THROWS(load(path), c.words);
        CHECK_THROWS(load(path),
                     "nndl_test_network_file_bad_" + c.name + ".json: ");  // names the file
        std::remove(path.c_str());
    }
    CHECK_THROWS(load(temp_file("does_not_exist.json")), "does_not_exist.json: cannot open");
    CHECK_THROWS(load(NNDL_SOURCE_DIR), ": is a folder; expected a network saved by network --save");
}

TEST_CASE(network_file, load_for_mnist, "") {
    NumpyRandom np_random(0);
    save(Network({2, 3, 1}, np_random), temp_file("small.json"));
    CHECK_THROWS(load_for_mnist(temp_file("small.json")),
                 "small.json: a network of sizes 2-3-1; MNIST needs 784 inputs (the pixels) and 10 outputs");
    save(Network({784, 5, 7}, np_random), temp_file("seven_outputs.json"));
    CHECK_THROWS(load_for_mnist(temp_file("seven_outputs.json")), "a network of sizes 784-5-7; MNIST needs");
    std::remove(temp_file("seven_outputs.json").c_str());
    save(Network({784, 5, 10}, np_random), temp_file("mnist.json"));
    CHECK_EQ(sizes_text(load_for_mnist(temp_file("mnist.json"))), std::string("784-5-10"));
    std::remove(temp_file("small.json").c_str());
    std::remove(temp_file("mnist.json").c_str());
}

TEST_CASE(network_file, save_refuses, "") {
    NumpyRandom np_random(0);
    Network net({2, 2}, np_random);
    CHECK_THROWS(save(net, "/nonexistent-folder/net.json"),
                 "/nonexistent-folder/net.json: cannot open for writing");
    net.weights[0](1, 1) = std::nan("");
    CHECK_THROWS(save(net, temp_file("nan.json")), "JSON cannot hold");
}
