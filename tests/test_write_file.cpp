// Files replaced whole or not at all (common/files/write_file.h), also when the
// write fails half way.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "chapter1/network.h"
#include "chapter1/tools/network_file.h"
#include "common/numerics/random.h"
#include "common/files/read_file.h"
#include "common/files/write_file.h"
#include "tests/check.h"

#ifndef _WIN32
#include <csignal>
#include <sys/resource.h>
#endif

namespace fs = std::filesystem;

namespace {

fs::path fresh_folder(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("nndl_test_write_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The names in `dir`, one per line: nothing may be left beside the file.
std::string listing(const fs::path& dir) {
    std::string names;
    for (const auto& entry : fs::directory_iterator(dir)) names += entry.path().filename().string() + "\n";
    return names;
}

// Until destroyed, no file this process writes may grow past `bytes`: the
// system refuses the write (EFBIG) as it would on a full disk. POSIX only.
class FileSizeLimit {
public:
    explicit FileSizeLimit(std::size_t bytes) {
#ifdef _WIN32
        (void)bytes;
        check::skip("a write made to fail needs setrlimit (POSIX)");
#else
        std::signal(SIGXFSZ, SIG_IGN);  // a failed write, not a killed process
        getrlimit(RLIMIT_FSIZE, &saved_);
        rlimit small = saved_;
        small.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &small);
#endif
    }
    ~FileSizeLimit() {
#ifndef _WIN32
        setrlimit(RLIMIT_FSIZE, &saved_);
#endif
    }

private:
#ifndef _WIN32
    rlimit saved_{};
#endif
};

}  // namespace

TEST_CASE(write_file, replaces_whole, "") {
    const fs::path dir = fresh_folder("replace");
    const std::string file = (dir / "picture.svg").string();
    write_file(file, "first\n", "picture");
    CHECK_EQ(read_file(file), std::string("first\n"));
    write_file(file, "second, longer\n", "picture");
    CHECK_EQ(read_file(file), std::string("second, longer\n"));
    write_file(file, "", "picture");
    CHECK_EQ(read_file(file), std::string(""));
    CHECK_EQ(listing(dir), std::string("picture.svg\n"));
}

TEST_CASE(write_file, no_folder, "") {
    const fs::path dir = fresh_folder("nofolder");
    const std::string file = (dir / "missing" / "net.json").string();
    CHECK_THROWS(write_file(file, "x", "network"), file + ": cannot open for writing");
    CHECK_EQ(listing(dir), std::string(""));
}

TEST_CASE(write_file, failed_write_keeps_old, "") {
    const fs::path dir = fresh_folder("full");
    const std::string file = (dir / "chart.svg").string();
    const std::string old = "<svg>the earlier chart</svg>\n";
    write_file(file, old, "picture");
    {
        FileSizeLimit limit(1000);
        CHECK_THROWS(write_file(file, std::string(5000, 'x'), "picture"),
                     file + ": could not write the whole picture");
    }
    CHECK_EQ(read_file(file), old);
    CHECK_EQ(listing(dir), std::string("chart.svg\n"));  // no temporary file left
}

TEST_CASE(write_file, failed_save_keeps_network, "") {
    // network --save over an earlier network with the disk full: the earlier
    // network loads as before (it was truncated until Step 9).
    const fs::path dir = fresh_folder("save");
    const std::string file = (dir / "net.json").string();
    NumpyRandom np_random(1);
    const Network small({2, 3, 1}, np_random);
    save(small, file);
    const std::string before = read_file(file);
    const Network big({784, 40, 10}, np_random);
    {
        FileSizeLimit limit(before.size() + 100);
        CHECK_THROWS(save(big, file), file + ": could not write the whole network");
    }
    CHECK_EQ(read_file(file), before);
    CHECK_EQ(load(file).sizes.size(), 3u);
    CHECK_EQ(listing(dir), std::string("net.json\n"));
}

TEST_CASE(write_file, rename_fails, "") {
    // The target is a folder: the rename cannot replace it. The error names
    // the file, and the temporary file is gone.
    const fs::path dir = fresh_folder("rename");
    fs::create_directories(dir / "net.json");
    const std::string file = (dir / "net.json").string();
    CHECK_THROWS(write_file(file, "{}", "network"), file + ": could not replace the file");
    CHECK_EQ(listing(dir), std::string("net.json\n"));
    CHECK(fs::is_directory(file));
}
