# build/chapter1/mnist_average_darkness: the naive baseline.
nndl_program_test(NAME mnist_average_darkness_program.output PROGRAM mnist_average_darkness RC 0
  DOC docs/chapter1/06-implementing.md LABELS mnist EXPECT "^Baseline classifier using average darkness of image.\n2225 of 10000 values correct.\n$")
