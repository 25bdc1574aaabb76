// The files editors and IDEs read (CMakePresets.json, .vscode/launch.json and
// tasks.json, common/debugger/nndl.natvis): each parses, and names what the
// README and docs/debugging.md say it does. None can be run on Linux (Visual
// Studio, VS Code), so what can be checked without them is checked here.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/files/json.h"
#include "common/files/read_file.h"
#include "tests/check.h"
#include "tests/xml_check.h"

namespace {

const std::string kSource = NNDL_SOURCE_DIR;

JsonValue json_file(const std::string& relative) {
    return parse_json(read_file(kSource + "/" + relative), relative);
}

std::string text_of(const JsonValue& object, const std::string& key) {
    const JsonValue* v = object.find(key);
    return v && v->kind == JsonValue::Kind::String ? v->string : "";
}

std::set<std::string> names_of(const JsonValue& list) {
    std::set<std::string> names;
    for (const JsonValue& item : list.array) names.insert(text_of(item, "name"));
    return names;
}

// "${workspaceFolder}/x/y" -> "x/y"; "${sourceDir}/x" -> "x".
std::string relative_to_root(const std::string& path) {
    for (const std::string prefix : {"${workspaceFolder}/", "${sourceDir}/"})
        if (path.rfind(prefix, 0) == 0) return path.substr(prefix.size());
    return path;
}

}  // namespace

TEST_CASE(editor_files, presets, "") {
    const JsonValue presets = json_file("CMakePresets.json");
    // Version 5 or lower: what Visual Studio 2022 17.5 and CMake 3.24 read.
    CHECK(presets.find("version") && presets.find("version")->number <= 5);
    std::map<std::string, std::string> binary_dir;
    for (const JsonValue& p : presets.find("configurePresets")->array)
        binary_dir[text_of(p, "name")] = relative_to_root(text_of(p, "binaryDir"));
    // The README's build folders, one preset each.
    CHECK_EQ(binary_dir["release"], std::string("build"));
    CHECK_EQ(binary_dir["debug"], std::string("build-debug"));
    CHECK_EQ(binary_dir["asan"], std::string("build-asan"));
    CHECK_EQ(binary_dir["fuzz"], std::string("build-fuzz"));
    CHECK_EQ(binary_dir["mingw"], std::string("build-mingw"));
    CHECK_EQ(binary_dir["libcxx"], std::string("build-libcxx"));
    CHECK_EQ(binary_dir["msvc"], std::string("build-msvc"));
    const std::set<std::string> build = names_of(*presets.find("buildPresets"));
    const std::set<std::string> test = names_of(*presets.find("testPresets"));
    for (const std::string name : {"release", "debug", "asan", "fuzz", "mingw", "libcxx"}) {
        CHECK(build.count(name) == 1);
        CHECK(test.count(name) == 1);
    }
    for (const std::string name : {"msvc-release", "msvc-debug"}) {
        CHECK(build.count(name) == 1);
        CHECK(test.count(name) == 1);
    }
    // The MinGW preset's toolchain file exists.
    for (const JsonValue& p : presets.find("configurePresets")->array)
        if (text_of(p, "name") == "mingw")
            CHECK(std::filesystem::exists(kSource + "/" + relative_to_root(text_of(p, "toolchainFile"))));
}

TEST_CASE(editor_files, vscode_launch, "") {
    const JsonValue launch = json_file(".vscode/launch.json");
    const JsonValue tasks = json_file(".vscode/tasks.json");  // kept: find() points into it
    std::set<std::string> labels;
    for (const JsonValue& t : tasks.find("tasks")->array)
        labels.insert(text_of(t, "label"));
    std::map<std::string, int> per_debugger;
    for (const JsonValue& c : launch.find("configurations")->array) {
        const std::string type = text_of(c, "type"), name = text_of(c, "name");
        const std::string program = relative_to_root(text_of(c, "program"));
        ++per_debugger[type];
        // Each runs tiny_network or network from a build the presets make.
        CHECK(program == "build-debug/chapter1/tiny_network" ||
              program == "build-debug/chapter1/network" ||
              program == "build-msvc/chapter1/Debug/tiny_network.exe" ||
              program == "build-msvc/chapter1/Debug/network.exe");
        CHECK(labels.count(text_of(c, "preLaunchTask")) == 1);
        // ... and loads the project's printers for its debugger.
        std::string loads;
        if (type == "cppdbg") {
            CHECK_EQ(text_of(c, "MIMode"), std::string("gdb"));
            for (const JsonValue& s : c.find("setupCommands")->array) loads += text_of(s, "text") + "\n";
            CHECK(loads.find("add-auto-load-safe-path ${workspaceFolder}") != std::string::npos);
        } else if (type == "lldb") {
            for (const JsonValue& s : c.find("initCommands")->array) loads += s.string + "\n";
            // Quoted, so that a folder with spaces in its name works.
            CHECK(loads.find("command script import \"${workspaceFolder}/common/debugger/lldb_formatters.py\"") !=
                  std::string::npos);
        } else if (type == "cppvsdbg") {
            CHECK_EQ(relative_to_root(text_of(c, "visualizerFile")), std::string("common/debugger/nndl.natvis"));
        } else {
            CHECK_EQ(type, std::string("cppdbg, lldb or cppvsdbg"));
        }
        // The run docs/debugging.md describes: 100 images, one epoch, seed 0,
        // through the port (--literal), where breakpoints in network.cpp land.
        std::string args;
        for (const JsonValue& a : c.find("args")->array) args += a.string + " ";
        if (name.find("100 images") != std::string::npos)
            CHECK_EQ(args, std::string("--training-size 100 --epochs 1 --seed 0 --literal "));
        else
            CHECK_EQ(args, std::string(""));
    }
    // GDB (Linux), LLDB (macOS), Visual Studio (Windows): tiny_network and
    // network on 100 images for each.
    CHECK_EQ(per_debugger["cppdbg"], 2);
    CHECK_EQ(per_debugger["lldb"], 2);
    CHECK_EQ(per_debugger["cppvsdbg"], 2);
    CHECK(std::filesystem::exists(kSource + "/common/debugger/lldb_formatters.py"));
}

TEST_CASE(editor_files, natvis, "") {
    const std::string natvis = read_file(kSource + "/common/debugger/nndl.natvis");
    const std::map<std::string, int> counts = check_xml(natvis);
    CHECK_EQ(counts.at("Type"), 3);
    // A Matrix is row-major: the first index runs over rows_.
    CHECK(natvis.find("<Size>$i == 0 ? rows_ : cols_</Size>") != std::string::npos);
    for (const std::string type : {"Matrix", "Vector", "Image"})
        CHECK(natvis.find("<Type Name=\"" + type + "\">") != std::string::npos);
    // The members it reads are the classes' own (common/numerics/matrix.h, image.h).
    const std::string matrix_h = read_file(kSource + "/common/numerics/matrix.h");
    const std::string image_h = read_file(kSource + "/common/files/image.h");
    for (const std::string member : {"rows_", "cols_", "data_"})
        CHECK(matrix_h.find(member) != std::string::npos && natvis.find(member) != std::string::npos);
    CHECK(image_h.find("bytes_") != std::string::npos && natvis.find("bytes_") != std::string::npos);
    // Linked into MSVC programs.
    CHECK(read_file(kSource + "/common/CMakeLists.txt").find("debugger/nndl.natvis") != std::string::npos);
}
