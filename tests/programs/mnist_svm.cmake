# build/chapter1/mnist_svm: the SVM baseline.
# The SVM baseline on 2,000 training images (about a second): the book's
# two lines on stdout, then one progress line per pair and a summary on stderr.
nndl_program_test(NAME mnist_svm_program.output_2000 PROGRAM mnist_svm RC 0
  DOC docs/chapter1/06-svm-baseline.md LABELS mnist
  EXPECT_FILE mnist_svm_program.output_2000.txt
  ARGS --training-size 2000)
# (The sum is written in its shortest round-trip form, the same text on every
# platform; until Step 9 it was "%.17g", -60324.230031279971, the same double.)
# The 45 decision values of all 10,000 test images, to the bit: the line
# .ci/run compares across g++ and clang++, Release and Debug, with and without
# -march=native.
nndl_program_test(NAME mnist_svm_program.checksum GLIBC_EXP PROGRAM mnist_svm RC 0 LABELS mnist
  EXPECT "^Baseline classifier using an SVM.\n8812 of 10000 values correct.\nchecksum: sum -60324.23003127997, fnv1a 851976cf5cb2e929\n"
  ARGS --training-size 2000 --checksum)
nndl_program_test(NAME mnist_svm_program.one_digit PROGRAM mnist_svm RC 2 LINES 1 LABELS mnist
  EXPECT "^mnist_svm: error: --training-size 1: the first training image shows only the digit 5; an SVM needs at least two digits"
  ARGS --training-size 1)
# Five images hold five digits: the run goes on, and says which digits it can never answer.
nndl_program_test(NAME mnist_svm_program.missing_digits PROGRAM mnist_svm RC 0 LABELS mnist
  EXPECT_FILE mnist_svm_program.missing_digits.txt
  ARGS --training-size 5)
nndl_program_test(NAME mnist_svm_program.tiny_tol PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --tol: expected a number from 1e-06 up" ARGS --tol 1e-20)
# With one thread the pairs finish in order; the counts on each line are the
# same for any number of threads and any cache that holds every row: the
# largest pair here, 7-9, needs 278 rows of 434 doubles (0.9 MB), and 2 MB
# holds them (a cache a thousand times smaller would recompute rows).
nndl_program_test(NAME mnist_svm_program.progress_lines GLIBC_EXP PROGRAM mnist_svm RC 0 LABELS mnist
  EXPECT_FILE mnist_svm_program.progress_lines.txt
  ARGS --training-size 2000 --threads 1 --cache-mb 2)
nndl_program_test(NAME mnist_svm_program.zero_tol PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --tol: expected a number from 1e-06 up" ARGS --tol 0)
nndl_program_test(NAME mnist_svm_program.zero_gamma PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --gamma: expected a positive number" ARGS --gamma 0)
nndl_program_test(NAME mnist_svm_program.bad_C PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --C: expected a positive number" ARGS --C 0)
nndl_program_test(NAME mnist_svm_program.bad_gamma PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --gamma: expected a finite number, got 'nan'" ARGS --gamma nan)
nndl_program_test(NAME mnist_svm_program.bad_threads PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --threads: expected a whole number from 1 to 256" ARGS --threads 0)
nndl_program_test(NAME mnist_svm_program.bad_training_size PROGRAM mnist_svm RC 2 LINES 1
  EXPECT "^mnist_svm: error: --training-size: expected a whole number from 1 to 50000" ARGS --training-size 50001)
# The chapter's experiments in full: ctest -L experiments (not in the default run).
# The SVM baseline on all 50,000 training images (about 25 s on one core, 13 s
# on two): within 5 of the book's 9,435.
nndl_program_test(NAME experiments.mnist_svm_full PROGRAM mnist_svm RC 0 LABELS mnist experiments
  EXPECT "^Baseline classifier using an SVM.\n94(3[0-9]|40) of 10000 values correct.\n")
