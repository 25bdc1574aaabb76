// Where the four MNIST files are in a data folder, as readers really leave
// such folders: under the publishers' names (train-images-idx3-ubyte), under
// the dotted names some archives unpack to (train-images.idx3-ubyte), or
// still gzipped (train-images-idx3-ubyte.gz), which gets a message saying so.
#pragma once

#include <array>
#include <string>

// The four files, in the order the loader reads them.
inline constexpr std::array<const char*, 4> kMnistFiles = {
    "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte"};

// "train-images-idx3-ubyte" -> "train-images.idx3-ubyte".
std::string dotted_mnist_name(const std::string& name);

// The path of MNIST file `name` (one of kMnistFiles) in `dir`: dir/name if it
// is there, else the dotted spelling if that is there, else dir/name (whose
// reader then says it is missing). Throws std::runtime_error naming dir/name
// when neither is there but the file is, still gzipped, under either name:
// the message says to run gunzip or the data script.
std::string mnist_file(const std::string& dir, const std::string& name);
