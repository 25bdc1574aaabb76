// The runner linked into every test program: `prog NAME` runs one case,
// `prog --list` prints "NAME LABELS" per line for CMake's discovery.
#include <cstring>
#include <exception>
#include <iostream>

#include "tests/check.h"

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "--list") == 0) {
        for (const auto& c : check::registry())
            std::cout << c.name << " " << (c.labels[0] ? c.labels : "-") << "\n";
        return 0;
    }
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " CASE | --list\n";
        return 2;
    }
    for (const auto& c : check::registry()) {
        if (std::strcmp(c.name, argv[1]) != 0) continue;
        try {
            c.run();
        } catch (const check::Skipped& s) {
            std::cout << "SKIPPED: " << s.why << "\n";
            return check::kSkip;
        } catch (const std::exception& e) {
            std::cerr << c.name << ": unexpected exception: " << e.what() << "\n";
            return 1;
        }
        if (check::failures() == 0) return 0;
        std::cerr << c.name << ": " << check::failures() << " check(s) failed\n";
        return 1;
    }
    std::cerr << argv[0] << ": no test case named '" << argv[1] << "'\n";
    return 2;
}
