// The shared `main` of every program: --help, and errors turned into a
// one-line message and an exit status instead of a crash.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "common/cli/flags.h"

// Prints `usage` and returns 0 for --help; otherwise returns body(flags).
// A UsageError prints "<program>: error: <message>" and a hint to --help and
// returns 2; any other exception prints "<program>: error: <message>" and
// returns 1.
int run_program(const char* program, const std::string& usage, int argc, const char* const* argv,
                const std::vector<std::string>& valued, const std::vector<std::string>& switches,
                const std::function<int(const Flags&)>& body);

// The folder holding MNIST unless --data says otherwise: the project's data/,
// fixed at configure time so programs find it from any working directory.
std::string default_data_dir();

// The first of the four MNIST IDX files missing from `dir` (its path), or ""
// when all are there. Programs and tests share this one list of names.
std::string missing_mnist_file(const std::string& dir);

// Throws UsageError, naming the missing file and the command that fetches the
// data, unless `dir` holds the four MNIST IDX files.
void require_mnist_files(const std::string& dir);

// --sizes for a network on MNIST (default 784,30,10): a list of layer sizes
// that must start with 784 (the pixels) and end with 10 (the digits).
std::vector<int> mnist_sizes_from(const Flags& flags);

// --eta, the learning rate (default `fallback`): any finite number. One that
// cannot learn is allowed, as network.py allows it, but named: for 0 or a
// negative value it prints one warning line to stderr, "<program>: warning: ...".
double eta_from(const Flags& flags, double fallback, const char* program);

// The seed to use: --seed S if given (0 <= S < 2^32, what np.random.seed
// accepts), otherwise `fallback`, or without one a seed drawn from
// std::random_device.
std::uint32_t seed_from(const Flags& flags, std::optional<std::uint32_t> fallback = std::nullopt);

// For an output flag (`flag` names it, e.g. "--save"), checked before any
// work so that a long run is not lost at the end: throws std::runtime_error
// naming the flag and `path` if the path is a folder, its folder is missing
// or not writable, or the file exists, is not empty and has no `marker` in
// its first 512 bytes (it is something else than what the flag writes: not
// overwritten). Leaves no file behind that was not there.
void require_writable(const std::string& path, const std::string& flag, const std::string& marker);

// The peak resident memory of this process in MB: Linux's VmHWM
// (/proc/self/status), Windows' peak working set (GetProcessMemoryInfo),
// getrusage's ru_maxrss on macOS and the BSDs; "n/a" where none is known.
std::string peak_rss_mb();
