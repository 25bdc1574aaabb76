# Run at build time (cmake -P) after a test program is linked: asks it for its
# cases (`--list`) and writes one add_test per case into OUT, which CTest
# includes. Each case so becomes its own CTest test, named as in TEST_CASE.
# Inputs: EXE (the test program), OUT (the file to write), TIMEOUT (seconds),
# optional EMULATOR (what runs EXE when cross-compiling, e.g. Wine for a
# Windows .exe; its words separated by |).
string(REPLACE "|" ";" emulator "${EMULATOR}")
execute_process(COMMAND ${emulator} "${EXE}" --list OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
string(REPLACE "\r" "" listing "${listing}")
set(command "")
foreach(word IN LISTS emulator)
  string(APPEND command "[=[${word}]=] ")
endforeach()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --list failed (${rc})")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(script "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(REPLACE " " ";" fields "${line}")
  list(GET fields 0 name)
  list(GET fields 1 labels)
  string(APPEND script "add_test([=[${name}]=] ${command}[=[${EXE}]=] [=[${name}]=])\n")
  string(APPEND script "set_tests_properties([=[${name}]=] PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT ${TIMEOUT}")
  if(NOT labels STREQUAL "-")
    string(REPLACE "," ";" label_list "${labels}")
    string(APPEND script " LABELS [=[${label_list}]=]")
  endif()
  string(APPEND script ")\n")
endforeach()
file(WRITE "${OUT}" "${script}")
