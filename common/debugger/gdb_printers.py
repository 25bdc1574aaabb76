# GDB pretty-printers for nndl-cpp's Matrix, Vector and Image.
#
# They show the shape, then the values laid out as numpy prints an array,
# starting on a new line when there is more than one row:
#   $1 = (2,3)
#   [[ 1.   2.  -0.5]
#    [ 4.   5.   6. ]]
# Arrays of more than 100 entries show their first and last three rows and
# columns around '...' (numpy waits until 1000, too long for a debugger);
# rows wider than numpy's 75 characters wrap where numpy wraps them.
#
# The build embeds this file in every program (.debug_gdb_scripts, see
# common/gdb/embed.cmake), so gdb loads it by itself once the build folder is
# trusted, e.g. with this line in ~/.gdbinit:
#   add-auto-load-safe-path /path/to/nndl-cpp
# (This file avoids double quotes and backslashes so that it embeds verbatim.)
import gdb
import gdb.printing

SUMMARY_THRESHOLD = 100
EDGE_ITEMS = 3
LINE_WIDTH = 75  # numpy's: rows longer than this wrap, as print() wraps them


def shown(n, summarise):
    # Indices to show along an axis of length n; None marks the gap.
    if not summarise or n <= 2 * EDGE_ITEMS:
        return list(range(n))
    return list(range(EDGE_ITEMS)) + [None] + list(range(n - EDGE_ITEMS, n))


def number(x):
    # numpy's style: 8 decimals with trailing zeros dropped but the point
    # kept (1., 0.5); scientific notation for very large or small values.
    if x != x:
        return 'nan'
    if x in (float('inf'), float('-inf')):
        return 'inf' if x > 0 else '-inf'
    scientific = abs(x) >= 1e8 or (x != 0 and abs(x) < 1e-4)
    text = ('%.8e' if scientific else '%.8f') % x
    mantissa, e, exponent = text.partition('e')
    return mantissa.rstrip('0') + e + exponent


def layout(rows, cols, at):
    # The numpy-style text of a rows x cols array whose entry (i, j) is at(i, j).
    summarise = rows * cols > SUMMARY_THRESHOLD
    row_idx, col_idx = shown(rows, summarise), shown(cols, summarise)
    cells = {}
    for i in row_idx:
        for j in col_idx:
            if i is not None and j is not None:
                cells[(i, j)] = number(float(at(i, j)))
    left = max([len(s.split('.')[0]) for s in cells.values()] or [0])
    right = max([len(s) - len(s.split('.')[0]) for s in cells.values()] or [0])

    def cell(s):
        head = s.split('.')[0]
        return ' ' * (left - len(head)) + s + ' ' * (right - (len(s) - len(head)))

    newline = chr(10)
    lines = []
    for i in row_idx:
        if i is None:
            lines.append('...')
            continue
        parts = ['...' if j is None else cell(cells[(i, j)]) for j in col_idx]
        lines.append('[' + wrap(parts) + ']')
    shape = '(%d,%d)' % (rows, cols)
    array = '[' + (newline + ' ').join(lines) + ']'
    return shape + (newline if newline in array else ' ') + array


def wrap(parts):
    # One row's cells as numpy lays them out: the row, as if indented by the
    # two characters of its opening brackets, fills lines of LINE_WIDTH less
    # two (its closing brackets); a cell that does not fit starts a new line
    # indented by two spaces, unless the line holds no cell yet.
    indent = '  '
    text, line = '', indent
    for k, part in enumerate(parts):
        if line != indent and len(line) + len(part) > LINE_WIDTH - 2:
            text += line.rstrip() + chr(10)
            line = indent
        line += part
        if k + 1 < len(parts):
            line += ' '
    return (text + line)[len(indent):]


def storage(vector):
    # The first element and length of a std::vector (libstdc++'s layout).
    impl = vector['_M_impl']
    return impl['_M_start'], int(impl['_M_finish'] - impl['_M_start'])


class MatrixPrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        rows, cols = int(self.val['rows_']), int(self.val['cols_'])
        data, n = storage(self.val['data_'])
        if n != rows * cols:
            return 'Matrix (%d,%d) with %d stored values (corrupt?)' % (rows, cols, n)
        return layout(rows, cols, lambda i, j: data[i * cols + j])


class VectorPrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        data, n = storage(self.val['data_'])
        return layout(n, 1, lambda i, j: data[i])


class ImagePrinter:
    # An Image holds bytes k; show the pixel values k/256 the book uses, as
    # the (n, 1) column vector training reads it as.
    def __init__(self, val):
        self.val = val

    def to_string(self):
        data, n = storage(self.val['bytes_'])
        return 'Image ' + layout(n, 1, lambda i, j: int(data[i]) / 256.0)


def build():
    pp = gdb.printing.RegexpCollectionPrettyPrinter('nndl-cpp')
    pp.add_printer('Matrix', '^Matrix$', MatrixPrinter)
    pp.add_printer('Vector', '^Vector$', VectorPrinter)
    pp.add_printer('Image', '^Image$', ImagePrinter)
    return pp


gdb.printing.register_pretty_printer(gdb.current_objfile(), build(), replace=True)
