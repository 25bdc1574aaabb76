// Saving and loading a Network in the format of the book's network2.py
// (chapter 3's program): one JSON object with "sizes" (a list of ints),
// "weights" and "biases" (lists of matrices, each a list of rows as numpy's
// tolist() writes them; a bias vector is a list of one-number rows) and
// "cost": "QuadraticCost". So network2.load opens a network trained here,
// and a reader can load one into numpy with json.load and np.array.
#pragma once

#include <string>

#include "chapter1/network.h"

// network2.py: Network.save. Every number is written in the shortest form
// that reads back to the same double, so load(save(net)) is net to the bit.
// Throws std::runtime_error naming the file if it cannot be written, or
// std::invalid_argument if a weight is not finite (JSON cannot hold it).
void save(const Network& net, const std::string& filename);

// network2.py: load. Validates everything: the keys, that "sizes" has at
// least two positive layer sizes, that every matrix has the shape the sizes
// give, that every entry is a finite number; throws std::runtime_error naming
// the file and the place of the first fault.
Network load(const std::string& filename);

// load's work on the file's text, `filename` naming it in errors (for tests
// and the fuzzer, which have the bytes in memory).
Network network_from_json(const std::string& text, const std::string& filename);

// load, for the programs that run a saved network on MNIST: also throws
// std::runtime_error naming the file unless the network has 784 inputs (the
// pixels) and 10 outputs (the digits).
Network load_for_mnist(const std::string& filename);

// A network's sizes as messages and pictures name them: "784-30-10".
std::string sizes_text(const Network& net);
