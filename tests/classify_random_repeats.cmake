# classify --random without --seed prints the seed it drew; given back with
# --seed, that seed must pick the same test image (cmake -P). Inputs: EXE,
# NETWORK (a saved network), MNIST_DIR.
include("${CMAKE_CURRENT_LIST_DIR}/mnist_or_skip.cmake")
nndl_mnist_missing("${MNIST_DIR}" why)
if(why)
  message("${why}")
  return()
endif()
set(pattern "random test image \\(seed ([0-9]+)\\): ([0-9]+)\n")
string(REPLACE "|" ";" emulator "${EMULATOR}")  # Wine, for a Windows .exe built on Linux
execute_process(COMMAND ${emulator} "${EXE}" --load "${NETWORK}" --random --ascii RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "${pattern}")
  message(FATAL_ERROR "classify --random: exit ${rc}, output:\n${out}")
endif()
set(seed "${CMAKE_MATCH_1}")
set(image "${CMAKE_MATCH_2}")
execute_process(COMMAND ${emulator} "${EXE}" --load "${NETWORK}" --random --seed "${seed}" --ascii RESULT_VARIABLE rc OUTPUT_VARIABLE again)
if(NOT again MATCHES "random test image \\(seed ${seed}\\): ${image}\n")
  message(FATAL_ERROR "the printed seed ${seed} picked image ${image}, but --seed ${seed} gives:\n${again}")
endif()
message("seed ${seed} picks test image ${image} both times")
