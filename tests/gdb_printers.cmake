# Runs tiny_network under gdb in batch mode and checks what the Matrix and
# Vector pretty-printers show (cmake -P). Inputs: GDB, EXE, FIXTURE (numpy's
# own print() output, tests/fixtures/numpy_print.txt), BACKPROP (1 in Debug
# builds: the stop in backprop is checked too) and SOURCE (network.cpp). Skips (exit code
# 77 through CTest's SKIP_REGULAR_EXPRESSION) when gdb is absent.
if(NOT GDB)
  message("SKIPPED: gdb not found")
  return()
endif()
get_filename_component(dir "${EXE}" DIRECTORY)
set(backprop_stop "")
if(BACKPROP)
  # docs/debugging.md's walk through the first example, in a Debug build
  # (where the library's locals can be read): into backprop, on to the line
  # after BP1 (the first line marked BP3, found in the source), one example's
  # sums in update_mini_batch.
  file(STRINGS "${SOURCE}" lines)
  set(n 0)
  set(bp3 "")
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "// BP3$" AND bp3 STREQUAL "")
      set(bp3 ${n})
    endif()
  endforeach()
  set(backprop_stop -ex "delete" -ex "break Network::update_mini_batch" -ex "continue" -ex "break Network::backprop"
                    -ex "continue" -ex "advance network.cpp:${bp3}" -ex "print delta" -ex "next 2"
                    -ex "print nabla_w" -ex "finish" -ex "next 3" -ex "print nabla_w")
endif()
execute_process(
  COMMAND "${GDB}" -batch -nx
          -iex "add-auto-load-safe-path ${dir}"
          -ex "break show_example" -ex "run"
          -ex "print x" -ex "print net.weights"
          -ex "python print(layout(30, 784, lambda i, j: i * 784 + j))"
          -ex "python print(layout(2, 12, lambda i, j: ((i * 12 + j) * 37 % 101 - 50) / 7.0))"
          -ex "python print(layout(1, 12, lambda i, j: ((i * 12 + j) * 37 % 101 - 50) / 7.0))"
          -ex "python print(layout(2, 1, lambda i, j: [1.0, 1000.0][i]))"
          -ex "python print(layout(2, 1, lambda i, j: [0.0, 1.4039329937174115e-255][i]))"
          -ex "python print(describe_image(4, lambda k: [0, 64, 128, 255][k]))"
          ${backprop_stop}
          "${EXE}"
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(all "${out}${err}")
function(expect pattern)  # one call per pattern: CMake lists would split on brackets
  if(NOT all MATCHES "${pattern}")
    message(FATAL_ERROR "gdb output does not match '${pattern}':\n${all}")
  endif()
endfunction()
# Default seed 3: the first example of the first shuffled mini-batch is
# x = (1, 1), and weights[0] holds numpy's draws 4 to 9 for np.random.seed(3).
expect("\\$1 = \\(2,1\\)\n\\[\\[1\\.\\]\n \\[1\\.\\]\\]")
expect("\\(3,2\\)\n\\[\\[-0\\.2773882  -0\\.35475898\\]\n \\[-0\\.08274148 -0\\.62700068\\]\n \\[-0\\.04381817 -0\\.47721803\\]\\]")
expect("\\(1,3\\) \\[\\[-1\\.31386475  0\\.88462238  0\\.88131804\\]\\]")
# A large array is summarised: three rows and columns at each edge; as in
# numpy, the shown values decide the notation (0 to 23519 span more than
# 1e3: scientific, what numpy 1.24 prints for np.arange(30 * 784.) shaped so).
expect("\\(30,784\\)\n\\[\\[0\\.0000e\\+00 1\\.0000e\\+00 2\\.0000e\\+00 \\.\\.\\. 7\\.8100e\\+02 7\\.8200e\\+02 7\\.8300e\\+02\\]\n \\[7\\.8400e\\+02")
expect("\n \\.\\.\\.\n")
# numpy's edges, as operator<< has them (tests/test_matrix.cpp): a ratio of
# exactly 1000 stays fixed; every exponent as wide as the widest.
expect("\\(2,1\\)\n\\[\\[   1\\.\\]\n \\[1000\\.\\]\\]")
expect("\\(2,1\\)\n\\[\\[0\\.00000000e\\+000\\]\n \\[1\\.40393299e-255\\]\\]")
# An Image: drawn as the picture it is, in classify --ascii's shades (bytes
# 0, 64, 128, 255: blank, ':', '+', '@').
expect("Image 2 x 2 \\(pixel k/256, the \\(4,1\\) column x in training; shades: blank 0 to @ 1\\)\n\\|  ::\\|\n\\|\\+\\+@@\\|")
if(BACKPROP)
  # BP1's delta for x = (1, 1), y = 0; BP4 fills nabla_w[-1] while
  # nabla_w[0] is still zeros; after the first example update_mini_batch's
  # nabla_w is that example's gradient (tiny_network prints the same numbers).
  expect("\\$3 = \\(1,1\\) \\[\\[0\\.01004642\\]\\]")
  expect("\\$4 = std::vector of length 2, capacity 2 = {\\(3,2\\)\n\\[\\[0\\. 0\\.\\]\n \\[0\\. 0\\.\\]\n \\[0\\. 0\\.\\]\\], \\(1,3\\) \\[\\[0\\.00764224 0\\.00434119 0\\.00397267\\]\\]}")
  expect("\\$6 = std::vector of length 2, capacity 2 = {\\(3,2\\)\n\\[\\[-0\\.00240285 -0\\.00240285\\]\n \\[ 0\\.00218086  0\\.00218086\\]\n \\[ 0\\.00211671  0\\.00211671\\]\\], \\(1,3\\) \\[\\[0\\.00764224 0\\.00434119 0\\.00397267\\]\\]}")
endif()
# Rows wider than numpy's line wrap where numpy's print() wraps them: the
# text must appear as numpy printed it (tests/fixtures/numpy_print.txt).
file(READ "${FIXTURE}" fixture)
foreach(case "2 12 7" "1 12 7")
  string(FIND "${fixture}" "case ${case}\n" start)
  if(start EQUAL -1)
    message(FATAL_ERROR "${FIXTURE} has no case ${case}")
  endif()
  string(SUBSTRING "${fixture}" ${start} -1 rest)
  string(FIND "${rest}" "\n" first_newline)
  math(EXPR after "${first_newline} + 1")
  string(SUBSTRING "${rest}" ${after} -1 rest)
  string(FIND "${rest}" "\ncase " end)
  string(SUBSTRING "${rest}" 0 ${end} numpy_text)
  # The shape, then the array from the start of a line, as numpy lays it out.
  string(REGEX REPLACE "^([0-9]+) ([0-9]+) .*" "(\\1,\\2)" shape "${case}")
  string(FIND "${all}" "${shape}\n${numpy_text}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "gdb's layout of case ${case} is not numpy's:\n${numpy_text}\ngdb printed:\n${all}")
  endif()
endforeach()
message(STATUS "gdb printers ok:\n${out}")
