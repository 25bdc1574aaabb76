// An element access one past the end, for the Debug build's bounds checks:
// `bounds_violation matrix_row|matrix_col|vector` makes that access, which a
// Debug build must stop with an assertion message naming the check. A build
// with NDEBUG (Release) has no checks: the program then says so and exits 3.
#include <cstdio>
#include <cstring>

#include "common/numerics/matrix.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: bounds_violation matrix_row|matrix_col|vector\n");
        return 2;
    }
    Matrix m(2, 3);
    Vector v(4);
    volatile double x = 0;  // keeps the read from being optimised away
    if (std::strcmp(argv[1], "matrix_row") == 0) {
        x = m(2, 0);
    } else if (std::strcmp(argv[1], "matrix_col") == 0) {
        x = m(1, 3);
    } else if (std::strcmp(argv[1], "vector") == 0) {
        x = v[4];
    } else {
        std::fprintf(stderr, "bounds_violation: unknown case '%s'\n", argv[1]);
        return 2;
    }
    std::printf("not stopped (read %g): this build has no bounds checks\n", static_cast<double>(x));
    return 3;
}
