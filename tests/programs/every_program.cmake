# Every program answers --help and -h, and refuses a flag it does not know.
foreach(program network perceptrons sigmoid_neurons bitwise_output gradient_descent mnist_average_darkness mnist_svm classify hidden_units misclassified tiny_network benchmark)
  nndl_program_test(NAME ${program}_program.help PROGRAM ${program} RC 0 EXPECT "^usage: ${program}" ARGS --help)
  nndl_program_test(NAME ${program}_program.h PROGRAM ${program} RC 0 EXPECT "^usage: ${program}" ARGS -h)
  nndl_program_test(NAME ${program}_program.bad_flag PROGRAM ${program} RC 2 LINES 1
    EXPECT "^${program}: error: unknown flag --nope" ARGS --nope)
endforeach()
