// The JSON reader (common/files/json.h): what it accepts, and a clear message with
// file, line and column for everything it must refuse.
#include <cmath>
#include <limits>
#include <string>

#include "common/files/json.h"
#include "tests/check.h"

TEST_CASE(json, values, "") {
    const JsonValue v = parse_json(
        " {\"a\": [1, -2.5, 3e2, 0.125E-1], \"b\": {\"c\": \"x\\ty\\u0041\"},\n \"t\": true, "
        "\"f\": false, \"n\": null} ",
        "test.json");
    CHECK(v.kind == JsonValue::Kind::Object);
    const JsonValue* a = v.find("a");
    CHECK(a && a->kind == JsonValue::Kind::Array && a->array.size() == 4);
    CHECK_EQ(a->array[1].number, -2.5);
    CHECK_EQ(a->array[2].number, 300.0);
    CHECK_EQ(a->array[3].number, 0.0125);
    CHECK_EQ(v.find("b")->find("c")->string, std::string("x\tyA"));
    CHECK(v.find("t")->boolean);
    CHECK(v.find("f")->kind == JsonValue::Kind::Bool && !v.find("f")->boolean);
    CHECK(v.find("n")->kind == JsonValue::Kind::Null);
    CHECK(v.find("missing") == nullptr);
    CHECK_EQ(v.find("t")->where(), std::string("line 2, column 7"));
}

TEST_CASE(json, numbers_round_trip, "") {
    // The shortest form that reads back to the same double, written as a float.
    for (const double x : {0.1, -1.0485529650670926, 1.0, 0.0, -0.0, 1e-300, 5e-324,
                           1.7976931348623157e308, 2.0 / 3, 123456789.0, 1e16}) {
        const std::string text = json_number(x);
        CHECK_EQ(parse_json(text, "n").number, x);
        CHECK(text.find_first_of(".e") != std::string::npos);
    }
    CHECK_EQ(json_number(0.1), std::string("0.1"));
    CHECK_EQ(json_number(1.0), std::string("1.0"));
    CHECK_THROWS(json_number(std::nan("")), "JSON cannot hold");
    CHECK_THROWS(json_number(std::numeric_limits<double>::infinity()), "JSON cannot hold");
}

TEST_CASE(json, refused, "") {
    CHECK_THROWS(parse_json("", "f.json"), "f.json: line 1, column 1: expected a value");
    CHECK_THROWS(
        parse_json("[1, 2", "f.json"),
        "f.json: line 1, column 6: expected ',' or ']' in an array, found the end of the file");
    CHECK_THROWS(parse_json("[1, NaN]", "f.json"),
                 "line 1, column 5: found 'NaN]', which JSON does not allow");
    CHECK_THROWS(parse_json("[Infinity]", "f.json"), "which JSON does not allow");
    CHECK_THROWS(parse_json("[-Infinity]", "f.json"), "expected a digit in a number");
    CHECK_THROWS(parse_json("[1.5x]", "f.json"),
                 "line 1, column 5: expected ',' or ']' in an array, found 'x]'");
    CHECK_THROWS(parse_json("[1e999]", "f.json"),
                 "line 1, column 2: the number 1e999 is beyond the range of a double");
    CHECK_THROWS(parse_json("[-1e999]", "f.json"), "the number -1e999 is beyond the range");
    CHECK_THROWS(parse_json("\xEF\xBB\xBF[1]", "f.json"),
                 "f.json: line 1, column 1: the file starts with a UTF-8 byte-order mark");
    CHECK_THROWS(parse_json("[01]", "f.json"), "expected ',' or ']'");
    CHECK_THROWS(parse_json("[1.]", "f.json"), "expected a digit after the decimal point");
    CHECK_THROWS(parse_json("{\"a\": 1} x", "f.json"),
                 "line 1, column 10: expected the end of the file after the value, found 'x'");
    CHECK_THROWS(parse_json("{\"a\" 1}", "f.json"), "expected ':' after a member name");
    CHECK_THROWS(parse_json("{a: 1}", "f.json"), "expected a member name in double quotes");
    CHECK_THROWS(parse_json("[\"abc", "f.json"), "a string runs to the end of the file");
    CHECK_THROWS(parse_json("[tru]", "f.json"), "expected a value");
    CHECK_THROWS(parse_json("\n\n  [1,,2]", "f.json"), "line 3, column 6: expected a value");
    // Deep nesting is refused, not followed until the stack runs out.
    CHECK_THROWS(parse_json(std::string(100000, '['), "f.json"), "nesting deeper than 64 levels");
    CHECK(parse_json(std::string(64, '[') + std::string(64, ']'), "f.json").kind ==
          JsonValue::Kind::Array);
}

TEST_CASE(json, underflow, "") {
    // As Python's json reads them: too small for a double is zero (with its
    // sign), the smallest subnormal is kept.
    const JsonValue v = parse_json("[1e-400, -1e-400, 5e-324, 2.5e-308]", "f.json");
    CHECK_EQ(v.array.at(0).number, 0.0);
    CHECK(!std::signbit(v.array.at(0).number));
    CHECK_EQ(v.array.at(1).number, 0.0);
    CHECK(std::signbit(v.array.at(1).number));
    CHECK_EQ(v.array.at(2).number, std::numeric_limits<double>::denorm_min());
    CHECK_EQ(v.array.at(3).number, 2.5e-308);
}

TEST_CASE(json, limits, "") {
    // Nesting: 64 levels read, 65 refused.
    CHECK(parse_json(std::string(64, '[') + std::string(64, ']'), "f.json").kind == JsonValue::Kind::Array);
    CHECK_THROWS(parse_json(std::string(65, '[') + std::string(65, ']'), "f.json"),
                 "nesting deeper than 64 levels");
    // Raw control characters are not allowed in a string (0x1f is the last one).
    CHECK_THROWS(parse_json(std::string("[\"a\x1f\"]"), "f.json"), "f.json: line 1, column 4");
    const JsonValue printable = parse_json("[\" ~\"]", "f.json");  // kept: CHECK_EQ binds a reference
    CHECK_EQ(printable.array.at(0).string, std::string(" ~"));
    // Every one-character escape decodes to its own character.
    const JsonValue v = parse_json(R"(["\b\f\n\r\t\"\\\/"])", "f.json");
    CHECK_EQ(v.array.at(0).string, std::string("\b\f\n\r\t\"\\/"));
}
