# build/chapter1/sigmoid_neurons: the two exercises, as the docs page shows them.
nndl_program_test(NAME sigmoid_neurons_program.output PROGRAM sigmoid_neurons RC 0
  DOC docs/chapter1/02-sigmoid-neurons.md EXPECT "0.5 \\(c = 1000\\)\n$")
