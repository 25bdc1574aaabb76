// The whole of a file as bytes, for the readers that parse from memory
// (the PGM and network readers), with the one error message they share.
#pragma once

#include <string>

// Throws std::runtime_error "<filename>: cannot open (no such file, or not
// readable)" if the file cannot be opened.
std::string read_file(const std::string& filename);
