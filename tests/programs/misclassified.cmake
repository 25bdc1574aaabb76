# build/chapter1/misclassified: a saved network's mistakes, most confident first (SVG).
# What the picture programs write, not only what they print (FILE and
# FILE_EXPECT), and a random pick that can be repeated.
nndl_program_test(NAME misclassified_program.svg_content GLIBC_EXP PROGRAM misclassified RC 0 LABELS mnist
  EXPECT "^wrote .*misclassified_12.svg: 12 of 959 mistakes"
  FILE ${CMAKE_CURRENT_BINARY_DIR}/misclassified_12.svg
  FILE_EXPECT ">959 of 10000 test images wrong; the 12 most confident mistakes</text>"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --svg ${CMAKE_CURRENT_BINARY_DIR}/misclassified_12.svg --count 12)
set_tests_properties(misclassified_program.svg_content PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME misclassified_program.load_not_mnist PROGRAM misclassified RC 1 LINES 1 LABELS mnist
  EXPECT "^misclassified: error: .*/net_2_1.json: a network of sizes 2-1; MNIST needs"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/net_2_1.json --svg ${CMAKE_CURRENT_BINARY_DIR}/never.svg)
nndl_program_test(NAME misclassified_program.svg GLIBC_EXP PROGRAM misclassified RC 0 LABELS mnist LINES 1
  EXPECT "^wrote .*/misclassified.svg: 100 of 959 mistakes, most confident first\n$"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --svg ${CMAKE_CURRENT_BINARY_DIR}/misclassified.svg)
set_tests_properties(misclassified_program.svg PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME misclassified_program.no_load PROGRAM misclassified RC 2 LINES 1
  EXPECT "^misclassified: error: --load FILE is required" ARGS --svg x.svg)
nndl_program_test(NAME misclassified_program.bad_count PROGRAM misclassified RC 2 LINES 1
  EXPECT "^misclassified: error: --count: expected a whole number from 1 to 10000" ARGS --load x.json --svg x.svg --count 0)
nndl_program_test(NAME misclassified_program.svg_unwritable PROGRAM misclassified RC 1 LINES 1
  EXPECT "^misclassified: error: --svg /nonexistent-folder/x.svg: cannot write there"
  ARGS --load no_such_network.json --svg /nonexistent-folder/x.svg)
