#include "common/program.h"

#include <exception>
#include <fstream>
#include <random>
#include <iostream>

#ifndef NNDL_DATA_DIR
#define NNDL_DATA_DIR "data"
#endif

int run_program(const char* program, const std::string& usage, int argc, const char* const* argv,
                const std::vector<std::string>& valued, const std::vector<std::string>& switches,
                const std::function<int(const Flags&)>& body) {
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

void require_mnist_files(const std::string& dir) {
    for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                             "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
        const std::string path = dir + "/" + name;
        if (!std::ifstream(path))
            throw UsageError("MNIST not found: " + path +
                             " is missing; get it with `sh data/get_mnist.sh` or point --data at a folder holding it");
    }
}

std::uint32_t seed_from(const Flags& flags) {
    if (flags.has("seed")) return static_cast<std::uint32_t>(flags.get_int("seed", 0, 0, 4294967295LL));
    return std::random_device{}();
}
