// Doubles to text and back, giving the same characters on every platform
// (glibc, macOS's libc++, Windows' C runtime) and in any locale.
#pragma once

#include <optional>
#include <string>

// x in the shortest form that reads back as the same double, laid out as
// std::to_chars lays it out: fixed or scientific, whichever is shorter
// ("0.1", "-38.73995020075315", "1e+22", "1.5e-07"). As Python's repr, but
// for the layout of exponents. NaN and infinity give "nan", "inf", "-inf".
std::string shortest_double(double x);

// The same text found without std::to_chars (which some standard libraries,
// such as libc++ before macOS 13.3, lack): the shortest "%.*e" that reads
// back, laid out as above. shortest_double uses it where to_chars is missing;
// the tests compare the two wherever both exist.
std::string shortest_double_portable(double x);

// Whether this build uses the standard library's std::to_chars and
// std::from_chars for doubles (true where they exist, as CMake found).
bool uses_standard_to_chars();
bool uses_standard_from_chars();

// The double nearest to the decimal number `text`, which must be all of
// -?[0-9]+(.[0-9]+)?([eE][+-]?[0-9]+)? (no spaces, no "nan", no hex). A number
// too small for a double reads as 0 or a subnormal, as in Python; one too
// large for a double gives nullopt, and so does anything that is not a number.
std::optional<double> parse_decimal(const std::string& text);
