# build/chapter1/hidden_units: each hidden neuron's weights as a tile (SVG).
nndl_program_test(NAME hidden_units_program.spaces PROGRAM hidden_units RC 0 LABELS mnist LINES 1
  EXPECT "^wrote ${nndl_spaced}/hidden units.svg: 30 tiles"
  FILE "${nndl_spaced}/hidden units.svg" FILE_EXPECT "data-nndl=\"hidden-units\""
  ARGS --load "${nndl_spaced}/net 1.json" --svg "${nndl_spaced}/hidden units.svg")
set_tests_properties(hidden_units_program.spaces PROPERTIES FIXTURES_REQUIRED spaced_network)
nndl_program_test(NAME hidden_units_program.load_not_mnist PROGRAM hidden_units RC 1 LINES 1
  EXPECT "^hidden_units: error: .*/net_2_1.json: expected a network with 784 inputs and a hidden layer, sizes 2-1"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/net_2_1.json --svg ${CMAKE_CURRENT_BINARY_DIR}/never.svg)
nndl_program_test(NAME hidden_units_program.svg GLIBC_EXP PROGRAM hidden_units RC 0 LABELS mnist LINES 1
  EXPECT "^wrote .*/hidden_units.svg: 30 tiles of 28 x 28 weights, colour scale -2.58 to 2.58\n$"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --svg ${CMAKE_CURRENT_BINARY_DIR}/hidden_units.svg)
set_tests_properties(hidden_units_program.svg PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME hidden_units_program.no_svg PROGRAM hidden_units RC 2 LINES 1
  EXPECT "^hidden_units: error: --svg OUT.svg is required" ARGS --load x.json)
nndl_program_test(NAME hidden_units_program.svg_folder PROGRAM hidden_units RC 1 LINES 1
  EXPECT "^hidden_units: error: --svg ${CMAKE_CURRENT_BINARY_DIR}: is a folder; expected a file name\n$"
  ARGS --load x.json --svg ${CMAKE_CURRENT_BINARY_DIR})
