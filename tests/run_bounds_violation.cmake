# Runs bounds_violation CASE (cmake -P): in a Debug build it must be stopped
# by the bounds check's assertion, naming the check that failed. Inputs: EXE, CASE, CHECK (the
# asserted condition as the message shows it).
execute_process(COMMAND "${EXE}" "${CASE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR rc EQUAL 3 OR rc EQUAL 2)
  message(FATAL_ERROR "${EXE} ${CASE}: exit status ${rc}, expected to be stopped by an assertion\n${out}${err}")
endif()
if(NOT err MATCHES "Assertion `${CHECK}' failed")
  message(FATAL_ERROR "${EXE} ${CASE}: stopped (${rc}) without the assertion message for ${CHECK}:\n${out}${err}")
endif()
message("${CASE}: stopped (${rc}): ${err}")
