// How SGD (the port's and the engine's) writes an epoch's wall time on its
// "Epoch j" line: "0.93 s". A departure from network.py, which prints none.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

inline std::string seconds_since(std::chrono::steady_clock::time_point start) {
    const std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", d.count());
    return buf;
}
