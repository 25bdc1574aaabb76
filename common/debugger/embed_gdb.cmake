# Turns the GDB printers (common/debugger/numpy_layout.py, the formatting core,
# then gdb_printers.py) into a header that puts them, as one script, in the
# .debug_gdb_scripts section of whatever object includes it (type 4: an inline
# Python script, first line its name), so gdb finds the printers in the
# program itself. Run with cmake -P; inputs IN (the .py files, separated by
# '|') and OUT (the header).
string(REPLACE "|" ";" inputs "${IN}")
set(script "")
foreach(input IN LISTS inputs)
  file(READ "${input}" part)
  if(part MATCHES "[\"\\\\]")
    message(FATAL_ERROR "${input}: must contain no double quote or backslash, so it embeds verbatim")
  endif()
  string(APPEND script "${part}")
endforeach()
# Each line becomes one assembler string:     ".ascii \"LINE\\n\"\n"
# (built without CMake lists, whose brackets would mangle Python code).
string(REPLACE "\n" "\\\\n\\\"\\n\"\n    \".ascii \\\"" body "${script}")
set(body "    \".ascii \\\"${body}\\\\n\\\"\\n\"\n")
file(WRITE "${OUT}.tmp"
"// Generated from common/debugger/numpy_layout.py and gdb_printers.py by
// common/debugger/embed_gdb.cmake: do not edit.
#if defined(__ELF__) && (defined(__GNUC__) || defined(__clang__))
__asm__(
    \".pushsection \\\".debug_gdb_scripts\\\", \\\"MS\\\",%progbits,1\\n\"
    \".byte 4\\n\"
    \".ascii \\\"nndl-cpp/gdb_printers.py\\\\n\\\"\\n\"
${body}    \".byte 0\\n\"
    \".popsection\\n\");
#endif
")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
