// Writing a whole file so that it is replaced whole or not at all.
#pragma once

#include <string>

// Writes `bytes` to `filename`: first to a new temporary file in the same
// folder, flushed to the disk, then renamed over `filename` in one step. A
// full disk, a Ctrl-C or a crash leaves the earlier file as it was (or no
// file), never half of the new one, and the temporary file is removed on
// failure. Throws std::runtime_error naming `filename`: "cannot open for
// writing" (no such folder, no permission) or "could not write the whole
// <what>" (the disk is full, the file too large).
void write_file(const std::string& filename, const std::string& bytes, const std::string& what);
