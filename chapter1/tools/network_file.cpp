// network2.py's save and load for the chapter 1 Network (see network_file.h).
#include "chapter1/tools/network_file.h"

#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "common/files/json.h"
#include "common/files/read_file.h"
#include "common/files/write_file.h"

namespace {

// The rows of a matrix as JSON: [[w00, w01, ...], [w10, ...], ...].
void write_rows(std::ostream& out, const double* data, std::size_t rows, std::size_t cols) {
    out << '[';
    for (std::size_t i = 0; i < rows; ++i) {
        out << (i ? ", [" : "[");
        for (std::size_t j = 0; j < cols; ++j)
            out << (j ? ", " : "") << json_number(data[i * cols + j]);
        out << ']';
    }
    out << ']';
}

class Reader {
public:
    explicit Reader(const std::string& filename) : filename_(filename) {}

    [[noreturn]] void fail(const JsonValue& at, const std::string& what) const {
        throw std::runtime_error(filename_ + ": " + at.where() + ": " + what);
    }

    const JsonValue& member(const JsonValue& object, const std::string& key,
                            JsonValue::Kind kind) const {
        const JsonValue* value = object.find(key);
        if (!value)
            fail(object, "missing the key \"" + key +
                             "\" (a network saved by network2.py has \"sizes\", "
                             "\"weights\", \"biases\" and \"cost\")");
        if (value->kind != kind)
            fail(*value, "\"" + key + "\" should be " + json_kind_name(kind) + ", found " +
                             json_kind_name(value->kind));
        return *value;
    }

    // A list of `rows` rows of `cols` numbers, into data (row-major), or only
    // checked when data is null.
    void read_rows(const JsonValue& value, const std::string& name, std::size_t rows,
                   std::size_t cols, double* data) const {
        const std::string shape = "(" + std::to_string(rows) + ", " + std::to_string(cols) + ")";
        if (value.kind != JsonValue::Kind::Array || value.array.size() != rows)
            fail(value, name + " should be a list of " + std::to_string(rows) + " rows, shape " +
                            shape + ", found " +
                            (value.kind == JsonValue::Kind::Array
                                 ? std::to_string(value.array.size()) + " rows"
                                 : json_kind_name(value.kind)));
        for (std::size_t i = 0; i < rows; ++i) {
            const JsonValue& row = value.array[i];
            const std::string row_name = name + "[" + std::to_string(i) + "]";
            if (row.kind != JsonValue::Kind::Array || row.array.size() != cols)
                fail(row, row_name + " should be a row of " + std::to_string(cols) +
                              " numbers, shape " + shape + ", found " +
                              (row.kind == JsonValue::Kind::Array
                                   ? std::to_string(row.array.size()) + " entries"
                                   : json_kind_name(row.kind)));
            for (std::size_t j = 0; j < cols; ++j) {
                const JsonValue& x = row.array[j];
                if (x.kind != JsonValue::Kind::Number)
                    fail(x, row_name + "[" + std::to_string(j) + "] should be a number, found " +
                                json_kind_name(x.kind));
                if (data) data[i * cols + j] = x.number;
            }
        }
    }

private:
    std::string filename_;
};

}  // namespace

void save(const Network& net, const std::string& filename) {
    std::ostringstream out;
    // json.dump's layout: ", " between items, ": " after a key, one line.
    out << "{\"sizes\": [";
    for (std::size_t l = 0; l < net.sizes.size(); ++l) out << (l ? ", " : "") << net.sizes[l];
    out << "], \"weights\": [";
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        out << (l ? ", " : "");
        write_rows(out, net.weights[l].data(), net.weights[l].rows(), net.weights[l].cols());
    }
    out << "], \"biases\": [";
    for (std::size_t l = 0; l < net.biases.size(); ++l) {
        out << (l ? ", " : "");
        write_rows(out, net.biases[l].data(), net.biases[l].rows(), 1);
    }
    out << "], \"cost\": \"QuadraticCost\"}";
    write_file(filename, out.str(), "network");
}

Network load(const std::string& filename) {
    std::error_code error;
    if (std::filesystem::is_directory(filename, error))
        throw std::runtime_error(filename + ": is a folder; expected a network saved by network --save");
    return network_from_json(read_file(filename), filename);
}

Network network_from_json(const std::string& text, const std::string& filename) {
    const JsonValue data = parse_json(text, filename);
    const Reader reader(filename);
    if (data.kind != JsonValue::Kind::Object)
        reader.fail(
            data,
            std::string("expected an object {\"sizes\": ..., \"weights\": ..., ...}, found ") +
                json_kind_name(data.kind));

    const JsonValue& sizes_value = reader.member(data, "sizes", JsonValue::Kind::Array);
    const JsonValue& weights_value = reader.member(data, "weights", JsonValue::Kind::Array);
    const JsonValue& biases_value = reader.member(data, "biases", JsonValue::Kind::Array);
    const JsonValue& cost = reader.member(data, "cost", JsonValue::Kind::String);
    if (cost.string != "QuadraticCost")
        reader.fail(cost, "\"cost\" is \"" + cost.string +
                              "\"; chapter 1's network uses \"QuadraticCost\"");

    std::vector<int> sizes;
    for (const JsonValue& s : sizes_value.array) {
        // A layer of at most a million neurons: a bound that keeps every
        // shape's product far from overflow (the numbers must be in the file anyway).
        if (s.kind != JsonValue::Kind::Number || !(s.number >= 1 && s.number <= 1e6) ||
            s.number != static_cast<double>(static_cast<int>(s.number)))
            reader.fail(s, "\"sizes\" should list whole numbers of neurons from 1 to 1000000");
        sizes.push_back(static_cast<int>(s.number));
    }
    if (sizes.size() < 2)
        reader.fail(sizes_value, "\"sizes\" needs at least two layers (input and output)");
    const std::size_t layers = sizes.size() - 1;
    if (weights_value.array.size() != layers)
        reader.fail(weights_value, "\"weights\" should hold " + std::to_string(layers) +
                                       " matrices (one per layer "
                                       "after the input), found " +
                                       std::to_string(weights_value.array.size()));
    if (biases_value.array.size() != layers)
        reader.fail(biases_value, "\"biases\" should hold " + std::to_string(layers) +
                                      " vectors, found " +
                                      std::to_string(biases_value.array.size()));

    // Every shape is checked against the numbers actually in the file before
    // anything is allocated from the sizes.
    for (std::size_t l = 0; l < layers; ++l) {
        const auto rows = static_cast<std::size_t>(sizes[l + 1]),
                   cols = static_cast<std::size_t>(sizes[l]);
        reader.read_rows(weights_value.array[l], "weights[" + std::to_string(l) + "]", rows, cols,
                         nullptr);
        reader.read_rows(biases_value.array[l], "biases[" + std::to_string(l) + "]", rows, 1,
                         nullptr);
    }
    // As network2.load does: a network of these sizes, whose weights and
    // biases are then replaced by the file's.
    NumpyRandom np_random(0);
    Network net(sizes, np_random);
    for (std::size_t l = 0; l < layers; ++l) {
        const auto rows = static_cast<std::size_t>(sizes[l + 1]),
                   cols = static_cast<std::size_t>(sizes[l]);
        reader.read_rows(weights_value.array[l], "weights[" + std::to_string(l) + "]", rows, cols,
                         net.weights[l].data());
        reader.read_rows(biases_value.array[l], "biases[" + std::to_string(l) + "]", rows, 1,
                         net.biases[l].data());
    }
    return net;
}

std::string sizes_text(const Network& net) {
    std::string text;
    for (const int s : net.sizes) text += (text.empty() ? "" : "-") + std::to_string(s);
    return text;
}

Network load_for_mnist(const std::string& filename) {
    Network net = load(filename);
    if (net.sizes.front() != 784 || net.sizes.back() != 10)
        throw std::runtime_error(filename + ": a network of sizes " + sizes_text(net) +
                                 "; MNIST needs 784 inputs (the pixels) and 10 outputs (the digits)");
    return net;
}
