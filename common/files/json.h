// A small JSON reader, and the number format for writing JSON: enough for
// the files the project reads and writes (networks saved as the book's
// network2.py saves them), with errors that name the file, the line and the
// column of a fault.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0.0;
    std::string string;
    std::vector<JsonValue> array;
    std::vector<std::pair<std::string, JsonValue>> object;  // members in the file's order
    std::size_t line = 1, column = 1;                       // where the value starts

    // The member named `key` of an object, or nullptr.
    const JsonValue* find(const std::string& key) const;
    // "line 3, column 14": for error messages.
    std::string where() const;
};

// The name of a kind for messages: "a number", "an array", ...
const char* json_kind_name(JsonValue::Kind kind);

// Parses `text` (the whole of one JSON document). `source` names it in
// errors: throws std::runtime_error "<source>: line L, column C: <what was
// expected and what was found>" for any fault, including NaN and Infinity
// (which Python's json module writes but JSON does not allow), numbers beyond
// a double's range, trailing text, and nesting deeper than 64 levels.
JsonValue parse_json(const std::string& text, const std::string& source);

// x in the shortest form that reads back to the same double (as Python's
// repr and json.dump write floats). Throws std::invalid_argument for NaN or
// infinity, which JSON cannot hold.
std::string json_number(double x);
