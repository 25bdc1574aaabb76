#include "common/cli/program.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "common/files/mnist_files.h"

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#include <windows.h>
// After windows.h, which it needs.
#include <psapi.h>
#elif !defined(__linux__) && (defined(__APPLE__) || defined(__unix__))
#include <sys/resource.h>
#endif

#ifndef NNDL_DATA_DIR
#define NNDL_DATA_DIR "data"
#endif

int run_program(const char* program, const std::string& usage, int argc, const char* const* argv,
                const std::vector<std::string>& valued, const std::vector<std::string>& switches,
                const std::function<int(const Flags&)>& body) {
#ifdef _WIN32
    // The same bytes as on Linux, "\n" and not "\r\n", whether the output
    // goes to a console, a file or a pipe: a reader can compare a run with
    // the README's transcript, and CI with another build's output.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    try {
        Flags flags(argc, argv, valued, switches);
        if (flags.help()) {
            std::cout << usage;
            return 0;
        }
        return body(flags);
    } catch (const UsageError& e) {
        std::cerr << program << ": error: " << e.what() << " (see " << program << " --help)\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << program << ": error: " << e.what() << "\n";
        return 1;
    }
}

std::string default_data_dir() { return NNDL_DATA_DIR; }

void require_writable(const std::string& path, const std::string& flag, const std::string& marker) {
    namespace fs = std::filesystem;
    const std::string what = flag + " " + path + ": ";
    std::error_code error;
    if (fs::is_directory(path, error)) throw std::runtime_error(what + "is a folder; expected a file name");
    const bool existed = fs::exists(path, error);
    if (existed) {
        std::ifstream old(path, std::ios::binary);
        char head[512];
        old.read(head, sizeof head);
        const std::string start(head, static_cast<std::size_t>(old.gcount()));
        if (!start.empty() && start.find(marker) == std::string::npos)
            throw std::runtime_error(what + "the file exists and is not what " + flag +
                                     " writes; not overwriting it (remove it or choose another name)");
    }
    {
        std::ofstream probe(path, std::ios::binary | std::ios::app);  // app: nothing is truncated
        if (!probe)
            throw std::runtime_error(what + "cannot write there (no such folder, or no permission)");
    }
    if (!existed) fs::remove(path, error);
}

std::string missing_mnist_file(const std::string& dir) {
    for (const char* name : kMnistFiles) {
        try {
            const std::string path = mnist_file(dir, name);
            if (!std::ifstream(path, std::ios::binary)) return path;
        } catch (const std::runtime_error&) {  // there, but gzipped
            return dir + "/" + name;
        }
    }
    return "";
}

void require_mnist_files(const std::string& dir) {
    for (const char* name : kMnistFiles) {
        std::string path;
        try {
            path = mnist_file(dir, name);
        } catch (const std::runtime_error& e) {
            throw UsageError(std::string("MNIST not ready: ") + e.what());
        }
        if (!std::ifstream(path, std::ios::binary))
            throw UsageError("MNIST not found: " + path +
                             " is missing; get it with `sh data/get_mnist.sh` or point --data at a folder holding it");
    }
}

std::vector<int> mnist_sizes_from(const Flags& flags) {
    const std::vector<int> sizes = flags.get_int_list("sizes", {784, 30, 10}, 1, 1000000);
    if (sizes.size() < 2 || sizes.front() != 784 || sizes.back() != 10)
        throw UsageError("--sizes: expected a list starting with 784 (the pixels) and ending with 10 (the digits), e.g. 784,30,10");
    return sizes;
}

double eta_from(const Flags& flags, double fallback, const char* program) {
    const double eta = flags.get_double("eta", fallback);
    if (eta == 0.0)
        std::cerr << program << ": warning: --eta 0 cannot learn: every gradient step is zero\n";
    else if (eta < 0.0)
        std::cerr << program << ": warning: --eta " << eta
                  << " is negative: every step climbs the cost instead of descending it\n";
    return eta;
}

std::uint32_t seed_from(const Flags& flags, std::optional<std::uint32_t> fallback) {
    if (flags.has("seed")) return static_cast<std::uint32_t>(flags.get_int("seed", 0, 0, 4294967295LL));
    return fallback ? *fallback : std::random_device{}();
}

std::string peak_rss_mb() {
    double mb = -1;
#if defined(_WIN32)
    PROCESS_MEMORY_COUNTERS counters;
    if (K32GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        mb = static_cast<double>(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
#elif defined(__linux__)
    std::ifstream status("/proc/self/status", std::ios::binary);
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) != 0) continue;
        std::istringstream in(line.substr(6));
        double kb = 0.0;
        if (in >> kb) mb = kb / 1024.0;
    }
#elif defined(__APPLE__) || defined(__unix__)
    struct rusage usage;
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
#if defined(__APPLE__)
        mb = static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);  // bytes on macOS
#else
        mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on the BSDs
#endif
    }
#endif
    if (mb < 0) return "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", mb);
    return buf;
}
