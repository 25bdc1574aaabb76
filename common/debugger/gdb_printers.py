# GDB pretty-printers for nndl-cpp's Matrix, Vector and Image.
#
# The text comes from numpy_layout.py (the shape, then the values as numpy
# prints them), shared with the LLDB formatters; this file only finds the
# numbers in memory (VECTOR_LAYOUTS, in the core): in a std::vector of
# libstdc++ (Linux's g++), libc++ (macOS, clang++ -stdlib=libc++) or
# Microsoft's STL.
#
# The build embeds numpy_layout.py and this file in every program
# (.debug_gdb_scripts, see embed_gdb.cmake), so gdb loads them by itself once
# the build folder is trusted, e.g. with this line in ~/.gdbinit:
#   add-auto-load-safe-path /path/to/nndl-cpp
# (No double quotes or backslashes: embedded verbatim.)
import gdb
import gdb.printing


def member(value, path):
    for name in path.split('.'):
        value = value[name]
    return value


def storage(vector):
    # The first element and the length of a std::vector.
    for first, last in VECTOR_LAYOUTS:
        try:
            start = member(vector, first)
            return start, int(member(vector, last) - start)
        except gdb.error:
            continue
    raise gdb.error('unknown std::vector layout: ' + str(vector.type))


class MatrixPrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        data, n = storage(self.val['data_'])
        return describe_matrix(int(self.val['rows_']), int(self.val['cols_']), n,
                               lambda k: float(data[k]))


class VectorPrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        data, n = storage(self.val['data_'])
        return describe_vector(n, lambda k: float(data[k]))


class ImagePrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        data, n = storage(self.val['bytes_'])
        return describe_image(n, lambda k: int(data[k]))


class LibcxxVectorPrinter:
    # A libc++ std::vector of Matrix, Vector or Image (GDB brings printers
    # for libstdc++'s containers only): its elements, each shown as above.
    def __init__(self, val):
        self.start, self.n = storage(val)

    def to_string(self):
        return 'std::vector of length %d' % self.n

    def children(self):
        for i in range(self.n):
            yield '[%d]' % i, (self.start + i).dereference()

    def display_hint(self):
        return 'array'


def build():
    pp = gdb.printing.RegexpCollectionPrettyPrinter('nndl-cpp')
    pp.add_printer('Matrix', '^Matrix$', MatrixPrinter)
    pp.add_printer('Vector', '^Vector$', VectorPrinter)
    pp.add_printer('Image', '^Image$', ImagePrinter)
    pp.add_printer('libc++ vector', '^std::__1::vector<(Matrix|Vector|Image),', LibcxxVectorPrinter)
    return pp


gdb.printing.register_pretty_printer(gdb.current_objfile(), build(), replace=True)
