// Placeholder until the port of network.py lands: checks that the data reads.
#include <iostream>

#include "common/idx.h"
#include "common/program.h"

int main(int argc, char** argv) {
    const std::string usage = "usage: network [--data DIR]\n";
    return run_program("network", usage, argc, argv, {"data"}, {}, [](const Flags& flags) {
        const std::string dir = flags.get_string("data", default_data_dir());
        const IdxArray images = read_idx(dir + "/train-images-idx3-ubyte");
        std::cout << "read " << images.dims[0] << " training images; training arrives with step 2\n";
        return 0;
    });
}
