# LLDB formatters for nndl-cpp's Matrix, Vector and Image: a summary with
# the shape and the values as numpy prints them (the same text as the GDB
# printers: both come from numpy_layout.py beside this file), and synthetic
# children, so that expanding a Matrix in an IDE shows its rows and a Vector
# its entries.
#
# Load them once per session, or from ~/.lldbinit:
#   command script import /path/to/nndl-cpp/common/debugger/lldb_formatters.py
# Then `frame variable x` (or `v x`) in Network::backprop shows
#   (const Vector &) x = 0x... (2,1)
#   [[1.]
#    [1.]] {...}
# Works with libstdc++ (g++, Linux), libc++ (clang++ on macOS) and
# Microsoft's STL, whichever std::vector holds the numbers.
import os
import struct
import sys

import lldb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_layout  # noqa: E402  (found beside this file)

def member(value, path):
    for name in path.split('.'):
        value = value.GetChildMemberWithName(name)
        if not value.IsValid():
            return None
    return value


def storage(vector, element_size):
    # (address of the first element, number of elements) of a std::vector,
    # read from its own members, past LLDB's built-in std::vector formatter.
    raw = vector.GetNonSyntheticValue()
    for first, last in numpy_layout.VECTOR_LAYOUTS:
        start, end = member(raw, first), member(raw, last)
        if start is not None and end is not None:
            address = start.GetValueAsUnsigned()
            return address, (end.GetValueAsUnsigned() - address) // element_size
    return 0, 0


def read(valobj, address, count, code, size):
    # count values of struct format `code` (size bytes each) from memory.
    if count == 0:
        return ()
    error = lldb.SBError()
    data = valobj.GetProcess().ReadMemory(address, count * size, error)
    if not error.Success():
        return None
    return struct.unpack('<%d%s' % (count, code), data)


def fields(valobj):
    return valobj.GetNonSyntheticValue()


def matrix_summary(valobj, internal_dict):
    m = fields(valobj)
    rows = m.GetChildMemberWithName('rows_').GetValueAsUnsigned()
    cols = m.GetChildMemberWithName('cols_').GetValueAsUnsigned()
    address, n = storage(m.GetChildMemberWithName('data_'), 8)
    values = read(valobj, address, n, 'd', 8)
    if values is None:
        return '(unreadable)'
    return numpy_layout.describe_matrix(rows, cols, n, lambda k: values[k])


def summary_of(valobj, member, code, size, describe):
    # The text of an object whose numbers are the std::vector `member`.
    address, n = storage(fields(valobj).GetChildMemberWithName(member), size)
    values = read(valobj, address, n, code, size)
    if values is None:
        return '(unreadable)'
    return describe(n, lambda k: values[k])


def vector_summary(valobj, internal_dict):
    return summary_of(valobj, 'data_', 'd', 8, numpy_layout.describe_vector)


def image_summary(valobj, internal_dict):
    return summary_of(valobj, 'bytes_', 'B', 1, numpy_layout.describe_image)


class ArrayChildren:
    # Synthetic children: `count` items of type `item_type` laid end to end
    # from an address, named [0], [1], ... (a Matrix's rows, a Vector's
    # entries, an Image's rows of pixels).
    def __init__(self, valobj, internal_dict):
        self.valobj = valobj
        self.address, self.count, self.item_type = 0, 0, None

    def num_children(self):
        return self.count

    def get_child_index(self, name):
        try:
            return int(name.lstrip('[').rstrip(']'))
        except ValueError:
            return -1

    def get_child_at_index(self, index):
        if index < 0 or index >= self.count:
            return None
        offset = index * self.item_type.GetByteSize()
        return self.valobj.CreateValueFromAddress('[%d]' % index, self.address + offset,
                                                  self.item_type)

    def has_children(self):
        return True

    def basic_type(self, kind):
        return self.valobj.GetTarget().GetBasicType(kind)


class MatrixChildren(ArrayChildren):
    def update(self):
        m = fields(self.valobj)
        rows = m.GetChildMemberWithName('rows_').GetValueAsUnsigned()
        cols = m.GetChildMemberWithName('cols_').GetValueAsUnsigned()
        self.address, n = storage(m.GetChildMemberWithName('data_'), 8)
        self.count = rows if n == rows * cols and cols > 0 else 0
        self.item_type = self.basic_type(lldb.eBasicTypeDouble).GetArrayType(cols)
        return False


class VectorChildren(ArrayChildren):
    def update(self):
        self.address, self.count = storage(fields(self.valobj).GetChildMemberWithName('data_'), 8)
        self.item_type = self.basic_type(lldb.eBasicTypeDouble)
        return False


class ImageChildren(ArrayChildren):
    # An Image's rows, each as the book's pixels k/256: doubles made from its
    # bytes (shown as bytes, a row would print as a string of characters).
    def update(self):
        self.address, n = storage(fields(self.valobj).GetChildMemberWithName('bytes_'), 1)
        self.side = numpy_layout.image_side(n)
        self.count = self.side
        self.item_type = self.basic_type(lldb.eBasicTypeDouble).GetArrayType(self.side)
        return False

    def get_child_at_index(self, index):
        if index < 0 or index >= self.count:
            return None
        row = read(self.valobj, self.address + index * self.side, self.side, 'B', 1)
        if row is None:
            return None
        target = self.valobj.GetTarget()
        data = lldb.SBData.CreateDataFromDoubleArray(target.GetByteOrder(), target.GetAddressByteSize(),
                                                     [k / 256.0 for k in row])
        return self.valobj.CreateValueFromData('[%d]' % index, data, self.item_type)


def __lldb_init_module(debugger, internal_dict):
    module = __name__
    for type_name, kind in (('Matrix', 'matrix'), ('Vector', 'vector'), ('Image', 'image')):
        debugger.HandleCommand('type summary add --category nndl-cpp -F %s.%s_summary %s'
                               % (module, kind, type_name))
        debugger.HandleCommand('type synthetic add --category nndl-cpp -l %s.%sChildren %s'
                               % (module, kind.capitalize(), type_name))
    debugger.HandleCommand('type category enable nndl-cpp')
