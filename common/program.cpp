#include "common/program.h"

#include <exception>
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
