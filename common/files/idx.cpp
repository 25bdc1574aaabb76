#include "common/files/idx.h"

#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace {

constexpr std::uint8_t kUnsignedByte = 0x08;
constexpr int kMaxDims = 4;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw std::runtime_error(path + ": " + what);
}

std::string hex_byte(unsigned b) {
    const char* digits = "0123456789abcdef";
    return std::string("0x") + digits[(b >> 4) & 15] + digits[b & 15];
}

// The reader proper: `in` holds `file_size` bytes, `path` names them in errors.
IdxArray read_idx_from(std::istream& in, std::streamoff file_size, const std::string& path) {
    unsigned char magic[4];
    if (file_size < 4 || !in.read(reinterpret_cast<char*>(magic), 4))
        fail(path, "expected an IDX header of at least 4 bytes, the file has " +
                       std::to_string(file_size));
    if (magic[0] != 0 || magic[1] != 0)
        fail(path, "not an IDX file: expected the first two bytes to be zero, found " +
                       hex_byte(magic[0]) + " " + hex_byte(magic[1]));
    if (magic[2] != kUnsignedByte)
        fail(path, "expected an IDX file of unsigned bytes (type 0x08), found type " +
                       hex_byte(magic[2]));
    const int ndims = magic[3];
    if (ndims < 1 || ndims > kMaxDims)
        fail(path, "expected 1 to " + std::to_string(kMaxDims) + " dimensions, found " +
                       std::to_string(ndims));

    const std::streamoff header_size = 4 + 4 * static_cast<std::streamoff>(ndims);
    if (file_size < header_size)
        fail(path, "header declares " + std::to_string(ndims) + " dimensions (" +
                       std::to_string(header_size) + " bytes of header) but the file has only " +
                       std::to_string(file_size) + " bytes");

    IdxArray out;
    std::uint64_t count = 1;
    for (int d = 0; d < ndims; ++d) {
        unsigned char b[4];
        if (!in.read(reinterpret_cast<char*>(b), 4)) fail(path, "read error in the header");
        const std::uint32_t size = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
                                   (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]};
        out.dims.push_back(size);
        // Each size is below 2^32, so checking against the largest 64-bit
        // product keeps `count` exact; in practice the length check below
        // rejects an absurd header long before that.
        if (size != 0 && count > std::numeric_limits<std::uint64_t>::max() / size)
            fail(path, "dimension sizes overflow when multiplied");
        count *= size;
    }

    // Compare with the file's real length before allocating anything.
    const std::uint64_t data_size = static_cast<std::uint64_t>(file_size - header_size);
    if (count != data_size) {
        std::string shape;
        for (std::uint32_t d : out.dims) shape += (shape.empty() ? "" : " x ") + std::to_string(d);
        fail(path, "header declares " + shape + " = " + std::to_string(count) +
                       " bytes of data, but the file holds " + std::to_string(data_size) +
                       (count > data_size ? " (truncated)" : " (trailing bytes)"));
    }

    out.data.resize(static_cast<std::size_t>(count));
    if (count > 0 && !in.read(reinterpret_cast<char*>(out.data.data()),
                              static_cast<std::streamsize>(count)))
        fail(path, "read error in the data");
    return out;
}

}  // namespace

IdxArray read_idx(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) fail(path, "cannot open the file (missing or unreadable)");
    const std::streamoff file_size = in.tellg();
    if (file_size < 0) fail(path, "cannot determine the file's size");
    in.seekg(0);
    return read_idx_from(in, file_size, path);
}

IdxArray parse_idx(const std::string& bytes, const std::string& source) {
    std::istringstream in(bytes);
    return read_idx_from(in, static_cast<std::streamoff>(bytes.size()), source);
}
