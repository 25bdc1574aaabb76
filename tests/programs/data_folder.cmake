# Data folders as readers leave them: MNIST under the dotted names some
# archives unpack to is read; files still gzipped get told to gunzip.
foreach(name train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
  string(REGEX REPLACE "-idx" ".idx" dotted ${name})
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/dotted_data ${CMAKE_CURRENT_BINARY_DIR}/gzipped_data)
  file(CREATE_LINK ${NNDL_DATA_DIR}/${name} ${CMAKE_CURRENT_BINARY_DIR}/dotted_data/${dotted} SYMBOLIC)
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/gzipped_data/${name}.gz "not really gzip")
endforeach()
nndl_program_test(NAME data_folder.dotted_names PROGRAM mnist_average_darkness RC 0 LABELS mnist
  EXPECT "^Baseline classifier using average darkness of image.\n2225 of 10000 values correct.\n$"
  ARGS --data ${CMAKE_CURRENT_BINARY_DIR}/dotted_data)
nndl_program_test(NAME data_folder.gzipped PROGRAM network RC 2 LINES 1
  EXPECT_FILE data_folder.gzipped.txt
  ARGS --data ${CMAKE_CURRENT_BINARY_DIR}/gzipped_data)
