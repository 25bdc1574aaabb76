# build/chapter1/perceptrons: the section's examples, as its docs page shows them.
nndl_program_test(NAME perceptrons_program.output PROGRAM perceptrons RC 0
  DOC docs/chapter1/01-perceptrons.md EXPECT " 1  1 \\|   -1    \\|   0\n.* 1  1 \\|  0    1   \\|   1\n$")
