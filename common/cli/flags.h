// Command-line flags of the form `--name value` or `--name=value`.
//
// Every program in the project parses its flags through this class, so all of
// them reject the same mistakes the same way: an unknown flag, a missing value,
// or a value that is not a number in range each throw UsageError with a
// message naming the flag and what was expected.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

// A mistake on the command line: the program exits with status 2.
struct UsageError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

class Flags {
public:
    // `valued` lists the flags that take a value, `switches` those that do not
    // (both without the leading "--"). "--help" and its short form "-h" are
    // always accepted.
    Flags(int argc, const char* const* argv, std::vector<std::string> valued,
          std::vector<std::string> switches = {});

    bool has(const std::string& name) const;  // given on the command line
    bool help() const { return has("help"); }

    std::string get_string(const std::string& name, const std::string& fallback) const;
    // A whole number in [min, max].
    long long get_int(const std::string& name, long long fallback, long long min,
                      long long max) const;
    // A finite number.
    double get_double(const std::string& name, double fallback) const;
    // A comma-separated list of whole numbers in [min, max], e.g. 784,30,10.
    std::vector<int> get_int_list(const std::string& name, std::vector<int> fallback, int min,
                                  int max) const;

private:
    std::map<std::string, std::string> values_;
};

// Parses `text` as a whole number in [min, max] for flag `flag`; throws
// UsageError otherwise. Shared with programs that read positional numbers.
long long parse_int(const std::string& flag, const std::string& text, long long min,
                    long long max);
