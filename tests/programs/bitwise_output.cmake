# build/chapter1/bitwise_output: the exercise's four-bit output layer.
nndl_program_test(NAME bitwise_output_program.worst_case PROGRAM bitwise_output RC 0
  DOC docs/chapter1/04-simple-network.md EXPECT "every bit right with margin \\(1 bits >= 0.99, 0 bits < 0.01\\): yes\n$" ARGS --epochs 0)
