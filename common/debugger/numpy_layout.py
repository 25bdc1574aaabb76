# How nndl-cpp's debugger helpers show a Matrix, Vector or Image: the shape,
# then the values laid out as numpy prints an array, starting on a new line
# when there is more than one row:
#   (2,3)
#   [[ 1.   2.  -0.5]
#    [ 4.   5.   6. ]]
# Arrays of more than 100 entries show their first and last three rows and
# columns around '...' (numpy waits until 1000, too long for a debugger);
# rows wider than numpy's 75 characters wrap where numpy wraps them.
#
# This is the one formatting core of the GDB printers (gdb_printers.py) and
# the LLDB formatters (lldb_formatters.py): each reads the object's storage
# its own way and hands the numbers here, so the two debuggers cannot show
# different text. Pure Python, no debugger module.
# (No double quotes or backslashes: it is embedded verbatim in every program
# for GDB, see embed_gdb.cmake.)

# A std::vector's first element and one past its last, per standard library:
# the debugger glue reads a Matrix's numbers through these members.
VECTOR_LAYOUTS = (
    ('_M_impl._M_start', '_M_impl._M_finish'),              # libstdc++
    ('__begin_', '__end_'),                                  # libc++
    ('_Mypair._Myval2._Myfirst', '_Mypair._Myval2._Mylast'),  # Microsoft STL
)

SUMMARY_THRESHOLD = 100
EDGE_ITEMS = 3
LINE_WIDTH = 75  # numpy's: rows longer than this wrap, as print() wraps them


def shown(n, summarise):
    # Indices to show along an axis of length n; None marks the gap.
    if not summarise or n <= 2 * EDGE_ITEMS:
        return list(range(n))
    return list(range(EDGE_ITEMS)) + [None] + list(range(n - EDGE_ITEMS, n))


def number(x, scientific):
    # One number as numpy prints it at precision 8: trailing zeros dropped
    # but the point kept (1., 0.5), or in scientific notation when the array
    # calls for it.
    if x != x:
        return 'nan'
    if x in (float('inf'), float('-inf')):
        return 'inf' if x > 0 else '-inf'
    text = ('%.8e' if scientific else '%.8f') % x
    mantissa, e, exponent = text.partition('e')
    return mantissa.rstrip('0') + e + exponent


def wants_scientific(values):
    # numpy's rule for the whole array: scientific when the largest magnitude
    # reaches 1e8, the smallest non-zero one is below 1e-4, or they span more
    # than 1e3.
    sizes = [abs(x) for x in values if x == x and abs(x) != float('inf') and x != 0]
    if not sizes:
        return False
    return max(sizes) >= 1e8 or min(sizes) < 1e-4 or max(sizes) / min(sizes) > 1e3


def texts(values):
    # Each value's text as numpy prints it within this array: in scientific
    # notation every mantissa has the digits of the longest and every
    # exponent the digits of the widest (at least two: 0.00000000e+000 beside
    # 1.40393299e-255).
    scientific = wants_scientific(values)
    if not scientific:
        return [number(x, False) for x in values]
    finite = [x for x in values if x == x and abs(x) != float('inf')]
    digits = 0
    for x in finite:
        mantissa = number(x, True).split('e')[0]
        if '.' in mantissa:
            digits = max(digits, len(mantissa) - mantissa.index('.') - 1)

    def raw(x):
        s = '%.*e' % (digits, x)
        return s.replace('e', '.e') if digits == 0 else s  # numpy keeps the point: 1.e+00

    width = max([2] + [len(raw(x).split('e')[1]) - 1 for x in finite])
    out = []
    for x in values:
        if x != x or abs(x) == float('inf'):
            out.append(number(x, True))
            continue
        mantissa, exponent = raw(x).split('e')
        out.append(mantissa + 'e' + exponent[0] + exponent[1:].rjust(width, '0'))
    return out


def layout(rows, cols, at):
    # The numpy-style text of a rows x cols array whose entry (i, j) is at(i, j).
    summarise = rows * cols > SUMMARY_THRESHOLD
    row_idx, col_idx = shown(rows, summarise), shown(cols, summarise)
    keys = [(i, j) for i in row_idx for j in col_idx if i is not None and j is not None]
    values = [float(at(i, j)) for (i, j) in keys]
    cells = dict(zip(keys, texts(values)))
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


def describe_matrix(rows, cols, n, at):
    # A Matrix of shape (rows, cols) with n stored values; at(k) is value k.
    if n != rows * cols:
        return 'Matrix (%d,%d) with %d stored values (corrupt?)' % (rows, cols, n)
    return layout(rows, cols, lambda i, j: at(i * cols + j))


def describe_vector(n, at):
    # A Vector: numpy's (n, 1) column.
    return layout(n, 1, lambda i, j: at(i))


def image_side(n):
    # The side of a square image of n pixels (28 for MNIST), or 0.
    side = int(round(n ** 0.5))
    return side if side * side == n and n > 0 else 0


def describe_image(n, byte):
    # An Image holds bytes k; the book's pixel is k/256. A square one (28 x 28
    # for MNIST) is drawn as the picture it is, in the shades of classify
    # --ascii (byte 0 the first, 255 the last, evenly between; two characters
    # a pixel), since 784 numbers summarised to their corners show nothing of
    # the digit. Its values: image.byte(k) in GDB (k/256 is the pixel), the
    # rows of doubles k/256 that LLDB lists as its children.
    side = image_side(n)
    if side == 0:
        return 'Image of %d pixels k/256 ' % n + layout(n, 1, lambda i, j: int(byte(i)) / 256.0)
    shades = ' .:-=+*#%@'
    rows = []
    for r in range(side):
        row = ''
        for c in range(side):
            row += shades[int(byte(r * side + c)) * len(shades) // 256] * 2
        rows.append('|' + row + '|')
    heading = ('Image %d x %d (pixel k/256, the (%d,1) column x in training; ' % (side, side, n) +
               'shades: blank 0 to @ 1)')
    return chr(10).join([heading] + rows)
