# Runs a program and checks its exit status and output (cmake -P, no other tools).
# Inputs: EXE, ARGS (the arguments separated by |), EXPECT_RC (the exit status), EXPECT (a regular
# expression the combined stdout and stderr must match), optional EXPECT_LINES
# (how many lines the output must have).
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${EXE}" ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(NOT rc STREQUAL "${EXPECT_RC}")
  message(FATAL_ERROR "${EXE} ${ARGS}: exit status ${rc}, expected ${EXPECT_RC}\n${all}")
endif()
if(NOT all MATCHES "${EXPECT}")
  message(FATAL_ERROR "${EXE} ${ARGS}: output does not match '${EXPECT}':\n${all}")
endif()
if(DEFINED EXPECT_LINES)
  string(REGEX MATCHALL "\n" newlines "${all}")
  list(LENGTH newlines n)
  if(NOT n EQUAL EXPECT_LINES)
    message(FATAL_ERROR "${EXE} ${ARGS}: ${n} lines of output, expected ${EXPECT_LINES}:\n${all}")
  endif()
endif()
message(STATUS "ok: ${EXE} ${ARGS}")
