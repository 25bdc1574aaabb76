#include "common/files/json.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <optional>
#include <system_error>

#include "common/numerics/number_text.h"

namespace {

// Deeper nesting than any file of ours holds is refused before it can
// exhaust the stack (the reader recurses once per level).
constexpr int kMaxDepth = 64;

class Parser {
public:
    Parser(const std::string& text, const std::string& source) : text_(text), source_(source) {}

    JsonValue document() {
        // Some Windows editors start a file with one; JSON (RFC 8259) and
        // Python's json.loads refuse it.
        if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0)
            fail(
                "the file starts with a UTF-8 byte-order mark, which JSON does not allow; "
                "save it as UTF-8 without a BOM");
        skip_space();
        JsonValue value = parse_value(0);
        skip_space();
        if (pos_ != text_.size())
            fail("expected the end of the file after the value, found " + found());
        return value;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(source_ + ": line " + std::to_string(line_) + ", column " +
                                 std::to_string(column_) + ": " + what);
    }

    // What is at the current position, for messages.
    std::string found() const {
        if (pos_ >= text_.size()) return "the end of the file";
        const unsigned char c = static_cast<unsigned char>(text_[pos_]);
        if (c < 0x20 || c >= 0x7f) return "byte " + std::to_string(c);
        std::size_t end = pos_;
        while (end < text_.size() && end - pos_ < 12 &&
               !std::isspace(static_cast<unsigned char>(text_[end])))
            ++end;
        return "'" + text_.substr(pos_, end - pos_) + "'";
    }

    void advance() {
        if (text_[pos_] == '\n') {
            ++line_;
            column_ = 1;
        } else {
            ++column_;
        }
        ++pos_;
    }

    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                       text_[pos_] == '\n' || text_[pos_] == '\r'))
            advance();
    }

    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    void expect(char c, const char* what) {
        if (!at(c)) fail(std::string("expected ") + what + ", found " + found());
        advance();
    }

    JsonValue parse_value(int depth) {
        JsonValue value;
        value.line = line_;
        value.column = column_;
        if (pos_ >= text_.size()) fail("expected a value, found the end of the file");
        const char c = text_[pos_];
        if (c == '{' || c == '[') {
            if (depth >= kMaxDepth)
                fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels");
            c == '{' ? parse_object(value, depth + 1) : parse_array(value, depth + 1);
        } else if (c == '"') {
            value.kind = JsonValue::Kind::String;
            value.string = parse_string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            value.kind = JsonValue::Kind::Number;
            value.number = parse_number();
        } else if (literal("true")) {
            value.kind = JsonValue::Kind::Bool;
            value.boolean = true;
        } else if (literal("false")) {
            value.kind = JsonValue::Kind::Bool;
        } else if (literal("null")) {
            value.kind = JsonValue::Kind::Null;
        } else if (text_.compare(pos_, 3, "NaN") == 0 || text_.compare(pos_, 8, "Infinity") == 0) {
            fail("found " + found() + ", which JSON does not allow: every number must be finite");
        } else {
            fail("expected a value (a number, string, array, object, true, false or null), found " +
                 found());
        }
        return value;
    }

    bool literal(const char* word) {
        const std::string w = word;
        if (text_.compare(pos_, w.size(), w) != 0) return false;
        for (std::size_t k = 0; k < w.size(); ++k) advance();
        return true;
    }

    void parse_object(JsonValue& value, int depth) {
        value.kind = JsonValue::Kind::Object;
        advance();  // {
        skip_space();
        if (at('}')) return advance();
        for (;;) {
            skip_space();
            if (!at('"')) fail("expected a member name in double quotes, found " + found());
            std::string key = parse_string();
            skip_space();
            expect(':', "':' after a member name");
            skip_space();
            value.object.emplace_back(std::move(key), parse_value(depth));
            skip_space();
            if (at('}')) return advance();
            expect(',', "',' or '}' in an object");
        }
    }

    void parse_array(JsonValue& value, int depth) {
        value.kind = JsonValue::Kind::Array;
        advance();  // [
        skip_space();
        if (at(']')) return advance();
        for (;;) {
            skip_space();
            value.array.push_back(parse_value(depth));
            skip_space();
            if (at(']')) return advance();
            expect(',', "',' or ']' in an array");
        }
    }

    // Strings hold names here ("sizes", "QuadraticCost"): plain characters
    // and the simple escapes; \u escapes are kept only for ASCII.
    std::string parse_string() {
        advance();  // "
        std::string out;
        for (;;) {
            if (pos_ >= text_.size()) fail("a string runs to the end of the file");
            const char c = text_[pos_];
            if (c == '"') {
                advance();
                return out;
            }
            if (static_cast<unsigned char>(c) < 0x20) fail("a control character inside a string");
            if (c != '\\') {
                out += c;
                advance();
                continue;
            }
            advance();
            if (pos_ >= text_.size()) fail("a string runs to the end of the file");
            const char e = text_[pos_];
            const std::string simple = "\"\\/bfnrt", meaning = "\"\\/\b\f\n\r\t";
            const std::size_t k = simple.find(e);
            if (k != std::string::npos) {
                out += meaning[k];
                advance();
            } else if (e == 'u') {
                advance();
                if (pos_ + 4 > text_.size()) fail("a \\u escape needs four hex digits");
                unsigned code = 0;
                const auto [end, ec] =
                    std::from_chars(text_.data() + pos_, text_.data() + pos_ + 4, code, 16);
                if (ec != std::errc() || end != text_.data() + pos_ + 4)
                    fail("a \\u escape needs four hex digits");
                for (int d = 0; d < 4; ++d) advance();
                out += code < 0x80 ? static_cast<char>(code) : '?';
            } else {
                fail("an unknown escape in a string, found " + found());
            }
        }
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    double parse_number() {
        const std::size_t start = pos_;
        const std::size_t start_column = column_;
        auto digits = [&] {
            const std::size_t from = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') advance();
            return pos_ - from;
        };
        if (at('-')) advance();
        if (at('0')) {
            advance();
        } else if (digits() == 0) {
            fail("expected a digit in a number, found " + found());
        }
        if (at('.')) {
            advance();
            if (digits() == 0) fail("expected a digit after the decimal point, found " + found());
        }
        if (at('e') || at('E')) {
            advance();
            if (at('+') || at('-')) advance();
            if (digits() == 0) fail("expected a digit in the exponent, found " + found());
        }
        // The grammar is checked above; what is left is a double's range.
        const std::optional<double> x = parse_decimal(text_.substr(start, pos_ - start));
        if (!x) {
            column_ = start_column;
            fail("the number " + text_.substr(start, pos_ - start) +
                 " is beyond the range of a double");
        }
        return *x;
    }

    const std::string& text_;
    const std::string& source_;
    std::size_t pos_ = 0, line_ = 1, column_ = 1;
};

}  // namespace

const JsonValue* JsonValue::find(const std::string& key) const {
    for (const auto& [name, value] : object)
        if (name == key) return &value;
    return nullptr;
}

std::string JsonValue::where() const {
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

const char* json_kind_name(JsonValue::Kind kind) {
    switch (kind) {
        case JsonValue::Kind::Null:
            return "null";
        case JsonValue::Kind::Bool:
            return "true or false";
        case JsonValue::Kind::Number:
            return "a number";
        case JsonValue::Kind::String:
            return "a string";
        case JsonValue::Kind::Array:
            return "an array";
        case JsonValue::Kind::Object:
            return "an object";
    }
    return "a value";
}

JsonValue parse_json(const std::string& text, const std::string& source) {
    return Parser(text, source).document();
}

std::string json_number(double x) {
    if (!std::isfinite(x))
        throw std::invalid_argument("json_number: JSON cannot hold " + std::to_string(x));
    std::string out = shortest_double(x);
    // Written as a float, as Python writes 1.0: numpy then reads every entry
    // of a list as a float, whatever its value.
    if (out.find_first_of(".e") == std::string::npos && out.find("inf") == std::string::npos)
        out += ".0";
    return out;
}
