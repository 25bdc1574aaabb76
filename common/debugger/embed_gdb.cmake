# Turns common/gdb/printers.py into a header that puts the script in the
# .debug_gdb_scripts section of whatever object includes it (type 4: an inline
# Python script, first line its name), so gdb finds the printers in the
# program itself. Run with cmake -P; inputs IN (the .py) and OUT (the header).
file(READ "${IN}" script)
if(script MATCHES "[\"\\\\]")
  message(FATAL_ERROR "${IN}: must contain no double quote or backslash, so it embeds verbatim")
endif()
# Each line becomes one assembler string:     ".ascii \"LINE\\n\"\n"
# (built without CMake lists, whose brackets would mangle Python code).
string(REPLACE "\n" "\\\\n\\\"\\n\"\n    \".ascii \\\"" body "${script}")
set(body "    \".ascii \\\"${body}\\\\n\\\"\\n\"\n")
file(WRITE "${OUT}.tmp"
"// Generated from common/gdb/printers.py by common/gdb/embed.cmake: do not edit.
#if defined(__ELF__) && (defined(__GNUC__) || defined(__clang__))
__asm__(
    \".pushsection \\\".debug_gdb_scripts\\\", \\\"MS\\\",%progbits,1\\n\"
    \".byte 4\\n\"
    \".ascii \\\"nndl-cpp/printers.py\\\\n\\\"\\n\"
${body}    \".byte 0\\n\"
    \".popsection\\n\");
#endif
")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
