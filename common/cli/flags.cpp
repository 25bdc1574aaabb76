#include "common/cli/flags.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

Flags::Flags(int argc, const char* const* argv, std::vector<std::string> valued,
             std::vector<std::string> switches) {
    switches.push_back("help");
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-h") arg = "--help";  // argparse's short form, in every program
        if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
            // "--sizes 784 30 10": the second number lands here.
            const bool list = i >= 3 && std::string(argv[i - 2]) == "--sizes";
            throw UsageError("unexpected argument '" + arg + "' (flags look like --name value" +
                             (list ? "; a list takes commas: --sizes 784,30,10)" : ")"));
        }
        std::string name = arg.substr(2), value;
        const std::size_t eq = name.find('=');
        const bool inline_value = eq != std::string::npos;
        if (inline_value) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (contains(switches, name)) {
            if (inline_value) throw UsageError("--" + name + " takes no value");
        } else if (contains(valued, name)) {
            if (!inline_value) {
                if (i + 1 >= argc) throw UsageError("--" + name + " needs a value");
                value = argv[++i];
            }
        } else {
            throw UsageError("unknown flag --" + name);
        }
        if (values_.count(name)) throw UsageError("--" + name + " given twice");
        values_[name] = value;
    }
}

bool Flags::has(const std::string& name) const { return values_.count(name) != 0; }

std::string Flags::get_string(const std::string& name, const std::string& fallback) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    if (it->second.empty()) throw UsageError("--" + name + " needs a non-empty value");
    return it->second;
}

long long parse_int(const std::string& flag, const std::string& text, long long min,
                    long long max) {
    const std::string expected = "expected a whole number from " + std::to_string(min) +
                                 " to " + std::to_string(max);
    errno = 0;
    char* end = nullptr;
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || v < min || v > max)
        throw UsageError(flag + ": " + expected + ", got '" + text + "'");
    return v;
}

long long Flags::get_int(const std::string& name, long long fallback, long long min,
                         long long max) const {
    auto it = values_.find(name);
    return it == values_.end() ? fallback : parse_int("--" + name, it->second, min, max);
}

double Flags::get_double(const std::string& name, double fallback) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    const std::string& text = it->second;
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
        throw UsageError("--" + name + ": expected a finite number, got '" + text + "'");
    return v;
}

std::vector<int> Flags::get_int_list(const std::string& name, std::vector<int> fallback,
                                     int min, int max) const {
    auto it = values_.find(name);
    if (it == values_.end()) return fallback;
    std::vector<int> out;
    std::string rest = it->second;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = rest.find(',', start);
        const std::string item = rest.substr(start, comma - start);
        out.push_back(static_cast<int>(parse_int("--" + name, item, min, max)));
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}
