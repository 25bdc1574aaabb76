# Runs tiny_network under LLDB in batch mode with the project's formatters
# (common/debugger/lldb_formatters.py) and checks what they show (cmake -P).
# Inputs: LLDB, EXE, SCRIPT (the formatters), BACKPROP (1 in Debug builds,
# where Network::backprop's locals can be read: the stop in backprop is
# checked too). Skips (SKIP_REGULAR_EXPRESSION) when lldb is absent.
if(NOT LLDB)
  if(DEFINED ENV{CI_NEEDS_LLDB})  # .ci/run installs lldb: not finding it is a failure there
    message(FATAL_ERROR "lldb not found, and CI_NEEDS_LLDB is set")
  endif()
  message("SKIPPED: lldb not found")
  return()
endif()
# Debian's LLDB packages look for their Python module in a folder that does
# not exist; point Python at the one beside the lldb binary when it is there.
get_filename_component(real_lldb "${LLDB}" REALPATH)
get_filename_component(prefix "${real_lldb}" DIRECTORY)
get_filename_component(prefix "${prefix}" DIRECTORY)
file(GLOB module_dirs "${prefix}/lib/python3*/dist-packages/lldb/embedded_interpreter.py")
if(module_dirs)
  list(GET module_dirs 0 module)
  get_filename_component(module_dir "${module}" DIRECTORY)
  get_filename_component(module_dir "${module_dir}" DIRECTORY)
  set(ENV{PYTHONPATH} "${module_dir}")
endif()
# Quoted: LLDB splits an unquoted path at its spaces.
set(commands -o "command script import \"${SCRIPT}\""
             -o "breakpoint set --name show_example" -o "run"
             -o "frame variable x" -o "frame variable net.weights")
if(BACKPROP)
  # docs/debugging.md's stop: the first mini-batch, backprop for its first
  # example, then the output layer's lines: BP1 makes delta, BP3 puts it
  # into nabla_b[-1], BP4 makes nabla_w[-1] (tiny_network prints them as
  # nabla_b[1] and nabla_w[1]).
  list(APPEND commands -o "breakpoint delete --force" -o "breakpoint set --name Network::update_mini_batch"
                       -o "continue" -o "breakpoint set --name Network::backprop" -o "continue"
                       -o "frame variable x" -o "frame variable weights"
                       -o "breakpoint set --file network.cpp --source-pattern-regexp '// BP1'"
                       -o "continue" -o "next" -o "next" -o "frame variable nabla_b"
                       -o "next" -o "frame variable nabla_w")
endif()
# Last (lldb's batch mode stops at the first error): a Vector's children end
# at its last entry.
list(APPEND commands -o "frame variable x[1]" -o "frame variable x[2]")
execute_process(COMMAND "${LLDB}" --batch --no-lldbinit ${commands} "${EXE}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(all "${out}${err}")
function(expect pattern)
  if(NOT all MATCHES "${pattern}")
    message(FATAL_ERROR "lldb output does not match '${pattern}':\n${all}")
  endif()
endfunction()
function(refuse pattern)
  if(all MATCHES "${pattern}")
    message(FATAL_ERROR "lldb output shows '${pattern}':\n${all}")
  endif()
endfunction()
expect("\\(lldb\\) frame variable x\\[1\\]\n\\(double\\) x\\[1\\] = 1\n")
expect("\\(lldb\\) frame variable x\\[2\\]\nerror: array index 2 is not valid")
string(FIND "${all}" "(lldb) frame variable x[2]" last)
string(SUBSTRING "${all}" 0 ${last} all)  # no error before the one asked for
refuse("Traceback|Error:|error:")  # a Python error, or lldb's; not a word in a listed source line
# Default seed 3: the first example is x = (1, 1); weights as in gdb_printers.cmake.
expect("\\(lldb\\) frame variable x\n\\(const Vector &\\) x = 0x[0-9a-f]+ \\(2,1\\)\n\\[\\[1\\.\\]\n \\[1\\.\\]\\]")
expect("\\[0\\] = \\(3,2\\)\n\\[\\[-0\\.2773882  -0\\.35475898\\]\n \\[-0\\.08274148 -0\\.62700068\\]\n \\[-0\\.04381817 -0\\.47721803\\]\\]")
expect("\\[1\\] = \\(1,3\\) \\[\\[-1\\.31386475  0\\.88462238  0\\.88131804\\]\\]")
if(BACKPROP)
  expect("stop reason = breakpoint 3")
  expect("\\(lldb\\) frame variable x\n\\(const Vector &\\) x = 0x[0-9a-f]+ \\(2,1\\)\n\\[\\[1\\.\\]\n \\[1\\.\\]\\][^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n\\(lldb\\) frame variable weights")
  # BP1's delta for x = (1, 1), y = 0: the nabla_b[1] tiny_network prints.
  expect("\\(lldb\\) frame variable nabla_b\n[^\n]*\n(.*\n)*  \\[1\\] = \\(1,1\\) \\[\\[0\\.01004642\\]\\]")
  # BP4's outer product of that delta with the hidden activations.
  expect("\\(lldb\\) frame variable nabla_w\n[^\n]*\n(.*\n)*  \\[1\\] = \\(1,3\\) \\[\\[0\\.00764224 0\\.00434119 0\\.00397267\\]\\]")
endif()
message(STATUS "lldb formatters ok:\n${out}")
