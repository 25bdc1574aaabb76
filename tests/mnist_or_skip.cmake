# For the cmake -P scripts of the tests: nndl_mnist_missing(DIR OUT) sets OUT
# to "" when DIR holds the four MNIST files; otherwise it fails under CI (the
# environment variable CI set), or sets OUT to the line that skips the test.
function(nndl_mnist_missing dir out)
  foreach(name train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
    if(NOT EXISTS "${dir}/${name}")
      if(DEFINED ENV{CI})
        message(FATAL_ERROR "${dir}/${name} is missing (CI is set, so this fails); get the data with: sh data/get_mnist.sh")
      endif()
      set(${out} "SKIPPED: ${dir}/${name} is missing; get the data with: sh data/get_mnist.sh" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  set(${out} "" PARENT_SCOPE)
endfunction()
