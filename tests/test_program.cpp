// The shared program helpers (common/cli/program.h) that touch files:
// require_writable, which runs before any work and must leave no trace.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/cli/program.h"
#include "tests/check.h"

namespace {

namespace fs = std::filesystem;

std::string temp_path(const std::string& name) {
    return (fs::temp_directory_path() / ("nndl_test_program_" + name)).string();
}

std::string contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE(program, require_writable_leaves_no_trace, "") {
    // A new path: checked by creating it, then removed again.
    const std::string fresh = temp_path("fresh.svg");
    fs::remove(fresh);
    require_writable(fresh, "--svg", "<svg");
    CHECK(!fs::exists(fresh));
    // An existing picture: accepted, and not emptied by the check.
    const std::string old = temp_path("old.svg");
    std::ofstream(old, std::ios::binary) << "<svg>an earlier picture</svg>\n";
    require_writable(old, "--svg", "<svg");
    CHECK_EQ(contents(old), std::string("<svg>an earlier picture</svg>\n"));
    // An existing empty file: nothing to lose, accepted.
    const std::string empty = temp_path("empty.svg");
    std::ofstream{empty};
    require_writable(empty, "--svg", "<svg");
    CHECK(fs::exists(empty));
    // Something else: refused and untouched.
    const std::string notes = temp_path("notes.txt");
    std::ofstream(notes, std::ios::binary) << "notes\n";
    CHECK_THROWS(
        require_writable(notes, "--svg", "<svg"),
        "--svg " + notes + ": the file exists and is not what --svg writes; not overwriting it");
    CHECK_EQ(contents(notes), std::string("notes\n"));
    CHECK_THROWS(require_writable(fs::temp_directory_path().string(), "--save", "{"),
                 ": is a folder");
    CHECK_THROWS(
        require_writable("/nonexistent-folder/x.json", "--save", "{"),
        "--save /nonexistent-folder/x.json: cannot write there (no such folder, or no permission)");
    for (const std::string& p : {old, empty, notes}) fs::remove(p);
}

TEST_CASE(program, peak_memory, "") {
    // The peak resident memory in whole MB: on Linux, VmHWM of
    // /proc/self/status (kB) / 1024, rounded; elsewhere a number or "n/a".
    // 200 MB touched first, so that a wrong unit (1000 for 1024) shows.
    std::vector<char> big(200u << 20, 1);
    CHECK_EQ(big[big.size() / 2], 1);
    const std::string mb = peak_rss_mb();
#ifdef __linux__
    std::ifstream status("/proc/self/status", std::ios::binary);
    double kb = -1;
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0) kb = std::stod(line.substr(6));
    CHECK(kb > 0);
    CHECK_NEAR(std::stod(mb), kb / 1024.0, 0.5 + 1.0);  // 0.5: rounding; 1 MB: growth between the reads
#else
    CHECK(mb == "n/a" || std::stod(mb) >= 0);
#endif
}
