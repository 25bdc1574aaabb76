# Runs a program and checks its exit status and output (cmake -P, no other tools).
# Inputs: EXE, optional EMULATOR (what runs EXE when cross-compiling, its
# words separated by |), optional MNIST_DIR (the data the program needs), ARGS (the arguments separated by |), EXPECT_RC (the exit status), EXPECT (a regular
# expression the combined stdout and stderr must match, or EXPECT_FILE, a file
# holding it), optional EXPECT_LINES
# (how many lines the output must have), optional DOC (a Markdown file that
# must contain the program's standard output verbatim, or its first DOC_LINES
# lines when that is given), optional FILE and FILE_EXPECT (a file the
# program writes, removed first unless KEEP_FILE is true, and a regular
# expression it must match, or FILE_EXPECT_FILE, a file holding it: for
# pictures and charts, whose content the output does not show), optional
# SEED (a regular expression on the output whose first group replaces @SEED@
# in FILE_EXPECT: what the program printed must be what it wrote).
# A program that needs MNIST (MNIST_DIR given): skipped with a hint when the
# data is missing, except under CI, where that is a failure.
cmake_minimum_required(VERSION 3.16)  # new policies: "@SEED@" below is text, not a variable
include("${CMAKE_CURRENT_LIST_DIR}/mnist_or_skip.cmake")
if(DEFINED MNIST_DIR)
  nndl_mnist_missing("${MNIST_DIR}" why)
  if(why)
    message("${why}")
    return()
  endif()
endif()
if(DEFINED FILE AND NOT KEEP_FILE)
  file(REMOVE "${FILE}")
endif()
# A long pattern kept in a file (tests/programs/expected/): the file's text
# is the pattern, without the line break that ends the file.
foreach(option EXPECT FILE_EXPECT)
  if(DEFINED ${option}_FILE)
    file(READ "${${option}_FILE}" ${option})
    string(REGEX REPLACE "\n$" "" ${option} "${${option}}")
  endif()
endforeach()
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" emulator "${EMULATOR}")  # Wine, for a Windows .exe built on Linux
execute_process(COMMAND ${emulator} "${EXE}" ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
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
if(DEFINED DOC)
  file(READ "${DOC}" doc)
  set(shown "${out}")
  if(DEFINED DOC_LINES)
    # Keep the first DOC_LINES lines, without CMake lists (brackets would mangle them).
    set(shown "")
    set(rest "${out}")
    foreach(i RANGE 1 ${DOC_LINES})
      string(FIND "${rest}" "\n" nl)
      if(nl EQUAL -1)
        break()
      endif()
      math(EXPR nl "${nl} + 1")
      string(SUBSTRING "${rest}" 0 ${nl} line)
      string(APPEND shown "${line}")
      string(SUBSTRING "${rest}" ${nl} -1 rest)
    endforeach()
  endif()
  string(FIND "${doc}" "${shown}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${DOC} does not show what ${EXE} ${ARGS} prints now:\n${shown}")
  endif()
endif()
if(DEFINED FILE)
  if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "${EXE} ${ARGS}: wrote no ${FILE}")
  endif()
  if(DEFINED SEED)
    if(NOT out MATCHES "${SEED}")
      message(FATAL_ERROR "${EXE} ${ARGS}: output does not match '${SEED}':\n${out}")
    endif()
    string(REPLACE "@SEED@" "${CMAKE_MATCH_1}" FILE_EXPECT "${FILE_EXPECT}")
  endif()
  file(READ "${FILE}" written)
  if(NOT written MATCHES "${FILE_EXPECT}")
    message(FATAL_ERROR "${FILE} does not match '${FILE_EXPECT}':\n${written}")
  endif()
endif()
message(STATUS "ok: ${EXE} ${ARGS}")
