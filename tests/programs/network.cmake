# build/chapter1/network: the book's run and its flags, --save and --load,
# --curve, and every error a reader can meet.
# Usage errors exit 2 with a one-line message.
nndl_program_test(NAME network_program.bad_sizes PROGRAM network RC 2 LINES 1
  EXPECT "^network: error: --sizes: expected a list starting with 784" ARGS --sizes 700,30,10)
nndl_program_test(NAME network_program.bad_output_size PROGRAM network RC 2 LINES 1
  EXPECT "ending with 10" ARGS --sizes 784,30,9)
nndl_program_test(NAME network_program.bad_batch_size PROGRAM network RC 2 LINES 1
  EXPECT "--mini-batch-size: expected a whole number from 1" ARGS --mini-batch-size 0)
# --save and --load: a saved network loaded for evaluation scores what it
# scored when saved (the file written by one test is read by the next).
# (9041 with glibc's exp; another C library's exp scores near it.)
if(NNDL_GLIBC_EXP)
  set(nndl_epoch0 9041)
else()
  set(nndl_epoch0 "9[0-9][0-9][0-9]")
endif()
nndl_program_test(NAME network_program.save PROGRAM network RC 0 LABELS mnist
  EXPECT "\nEpoch 0: ${nndl_epoch0} / 10000 .*\nsaved to ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json\n$"
  ARGS --seed 0 --epochs 1 --save ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json)
nndl_program_test(NAME network_program.load PROGRAM network RC 0 LABELS mnist
  EXPECT "^Evaluation: ${nndl_epoch0} / 10000\n$"
  ARGS --epochs 0 --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json)
set_tests_properties(network_program.save PROPERTIES FIXTURES_SETUP saved_network)
set_tests_properties(network_program.load PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME network_program.curve_content PROGRAM network RC 0 LABELS mnist
  EXPECT "^seed: 0\nEpoch 0: 4775 / 10000 "
  FILE ${CMAKE_CURRENT_BINARY_DIR}/curve_content.svg
  FILE_EXPECT "data-label=\"eta 3, 5000 images\" data-accuracy=\"47.75 64.30\""
  ARGS --seed 0 --epochs 2 --training-size 5000 --curve ${CMAKE_CURRENT_BINARY_DIR}/curve_content.svg --curve-label "eta 3, 5000 images")
nndl_program_test(NAME network_program.curve_default_label PROGRAM network RC 0 LABELS mnist
  EXPECT "^seed: [0-9]+\nEpoch 0: "
  FILE ${CMAKE_CURRENT_BINARY_DIR}/curve_default.svg SEED "^seed: ([0-9]+)"
  FILE_EXPECT "data-label=\"784-30-10, eta 3, seed @SEED@\" data-accuracy=\"[0-9.]+\""
  ARGS --epochs 1 --training-size 100 --curve ${CMAKE_CURRENT_BINARY_DIR}/curve_default.svg)
# A chart written before pictures were marked with their kind (no data-nndl)
# is continued by --curve, its earlier run kept.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/unmarked_curve.svg
  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 410\" font-family=\"sans-serif\">\n<title>Test accuracy per epoch</title>\n<polyline points=\"70,350 490,50\" fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2\" data-label=\"earlier run\" data-accuracy=\"50.00 60.00\"/>\n</svg>\n")
nndl_program_test(NAME network_program.curve_continues_unmarked PROGRAM network RC 0 LABELS mnist KEEP_FILE
  EXPECT "\nEpoch 0: [0-9]+ / 10000 "
  FILE ${CMAKE_CURRENT_BINARY_DIR}/unmarked_curve.svg
  FILE_EXPECT "data-nndl=\"learning-curve\".*data-label=\"earlier run\" data-accuracy=\"50.00 60.00\".*data-label=\"this run\""
  ARGS --epochs 1 --training-size 100 --curve ${CMAKE_CURRENT_BINARY_DIR}/unmarked_curve.svg --curve-label "this run")
nndl_program_test(NAME network_program.spaces_save PROGRAM network RC 0 LABELS mnist
  EXPECT "\nsaved to ${nndl_spaced}/net 1.json\n$"
  ARGS --seed 0 --epochs 1 --training-size 100 --save "${nndl_spaced}/net 1.json")
nndl_program_test(NAME network_program.spaces_load PROGRAM network RC 0 LABELS mnist
  EXPECT "^Evaluation: [0-9]+ / 10000\n$"
  ARGS --epochs 0 --load "${nndl_spaced}/net 1.json")
set_tests_properties(network_program.spaces_save PROPERTIES FIXTURES_SETUP spaced_network)
set_tests_properties(network_program.spaces_load PROPERTIES FIXTURES_REQUIRED spaced_network)
nndl_program_test(NAME network_program.load_not_mnist PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: .*/net_2_1.json: a network of sizes 2-1; MNIST needs 784 inputs \\(the pixels\\) and 10 outputs \\(the digits\\)\n$"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/net_2_1.json --epochs 0)
# --curve: the same counts as without it (SGD one epoch at a time trains
# exactly as one call), and the chart written.
nndl_program_test(NAME network_program.curve PROGRAM network RC 0 LABELS mnist LINES 3
  EXPECT "^seed: 0\nEpoch 0: 4775 / 10000 .*\nEpoch 1: 6430 / 10000 "
  ARGS --seed 0 --epochs 2 --training-size 5000 --curve ${CMAKE_CURRENT_BINARY_DIR}/curve_test.svg --curve-label "eta 3, 5000 images")
nndl_program_test(NAME network_program.curve_not_ours PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: .*README.md: exists and holds no learning curve written by network --curve" ARGS --curve ${PROJECT_SOURCE_DIR}/README.md)
nndl_program_test(NAME network_program.curve_label_alone PROGRAM network RC 2 LINES 1 LABELS mnist
  EXPECT "^network: error: --curve-label goes with --curve" ARGS --curve-label x)
nndl_program_test(NAME network_program.save_unwritable PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: --save ${CMAKE_CURRENT_BINARY_DIR}/no_such_folder/net.json: cannot write there \\(no such folder, or no permission\\)\n$"
  ARGS --epochs 1 --save ${CMAKE_CURRENT_BINARY_DIR}/no_such_folder/net.json)
nndl_program_test(NAME network_program.save_over_other_file PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: --save .*/notes.txt: the file exists and is not what --save writes; not overwriting it"
  ARGS --epochs 1 --save ${CMAKE_CURRENT_BINARY_DIR}/notes.txt)
nndl_program_test(NAME network_program.curve_no_epochs PROGRAM network RC 2 LINES 1 LABELS mnist
  EXPECT "^network: error: --curve draws epochs: give --epochs 1 or more"
  ARGS --epochs 0 --curve ${CMAKE_CURRENT_BINARY_DIR}/curve_none.svg)
nndl_program_test(NAME network_program.curve_unwritable PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: --curve /nonexistent-folder/c.svg: cannot write there"
  ARGS --epochs 1 --training-size 100 --curve /nonexistent-folder/c.svg)
# A loaded network that trains still prints its seed (the shuffles use it).
nndl_program_test(NAME network_program.load_and_train PROGRAM network RC 0 LINES 2 LABELS mnist
  EXPECT "^seed: 4\nEpoch 0: [0-9]+ / 10000 "
  ARGS --seed 4 --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --epochs 1 --training-size 100)
set_tests_properties(network_program.load_and_train PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME network_program.load_missing PROGRAM network RC 1 LINES 1 LABELS mnist
  EXPECT "^network: error: ${CMAKE_CURRENT_BINARY_DIR}/no_such_network.json: cannot open" ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/no_such_network.json)
nndl_program_test(NAME network_program.load_and_sizes PROGRAM network RC 2 LINES 1
  EXPECT "^network: error: --sizes and --load: a loaded network has the sizes it was saved with" ARGS --sizes 784,30,10 --load x.json)
nndl_program_test(NAME network_program.bad_eta PROGRAM network RC 2 LINES 1
  EXPECT "--eta: expected a finite number, got 'inf'" ARGS --eta inf)
# A learning rate that cannot learn runs, with one warning line on stderr
# (the check sees stdout, then stderr).
nndl_program_test(NAME network_program.eta_zero_warns PROGRAM network RC 0 LABELS mnist LINES 3
  EXPECT "^seed: 1\nEpoch 0: [0-9]+ / 10000 [^\n]*\nnetwork: warning: --eta 0 cannot learn: every gradient step is zero\n$"
  ARGS --seed 1 --epochs 1 --training-size 100 --eta 0)
nndl_program_test(NAME network_program.eta_negative_warns PROGRAM network RC 0 LABELS mnist LINES 3
  EXPECT "\nnetwork: warning: --eta -3 is negative: every step climbs the cost instead of descending it\n$"
  ARGS --seed 1 --epochs 1 --training-size 100 --eta -3)
nndl_program_test(NAME network_program.eta_100_silent PROGRAM network RC 0 LABELS mnist
  EXPECT "^seed: 1\nEpoch 0: [0-9]+ / 10000 [^\n]*\n$" ARGS --seed 1 --epochs 1 --training-size 100 --eta 100)
# Far too large learning rates and no hidden layer: the runs end and print
# their counts (tests/test_numerics.cpp checks that no NaN is made).
nndl_program_test(NAME network_program.eta_1e6 PROGRAM network RC 0 LABELS mnist LINES 3
  EXPECT "^seed: 0\nEpoch 0: [0-9]+ / 10000 [^\n]*\nEpoch 1: [0-9]+ / 10000 [^\n]*\n$" ARGS --seed 0 --epochs 2 --training-size 1000 --eta 1e6)
nndl_program_test(NAME network_program.no_hidden_layer PROGRAM network RC 0 LABELS mnist LINES 2
  EXPECT "^seed: 0\nEpoch 0: [0-9]+ / 10000 [^\n]*\n$" ARGS --seed 0 --epochs 1 --training-size 1000 --sizes 784,10)
nndl_program_test(NAME network_program.unknown_flag PROGRAM network RC 2 LINES 1
  EXPECT "unknown flag --epoch" ARGS --epoch 3)
nndl_program_test(NAME network_program.missing_data PROGRAM network RC 2 LINES 1
  EXPECT "nowhere/train-images-idx3-ubyte is missing; get it with `sh data/get_mnist.sh`"
  ARGS --data ${CMAKE_CURRENT_BINARY_DIR}/nowhere)
nndl_program_test(NAME network_program.one_epoch PROGRAM network RC 0 LABELS mnist
  EXPECT "^seed: 1\nEpoch 0: 75[0-9][0-9] / 10000 \\([0-9.]+ s\\)\n$"
  ARGS --seed 1 --epochs 1 --training-size 10000)
# --checksum pins the bits of training: this command printed this line with
# the summation order of common/numerics/products.cpp (g++ 12 and clang++ 14, Release
# and Debug, alike). A change of the order of any floating-point operation in
# training changes the hash; CI compares builds with the same command.
nndl_program_test(NAME network_program.checksum GLIBC_EXP PROGRAM network RC 0 LABELS mnist
  EXPECT "\nEpoch 1: 6430 / 10000 [^\n]*\nchecksum: sum -38.73995020075315, fnv1a 5d0ba1f12610a2b9\n$"
  ARGS --seed 0 --epochs 2 --training-size 5000 --checksum)
# network trains with the fast engine, network --literal with the port: the
# same transcript and the same checksum, to the last digit.
add_test(NAME network_program.literal_same_transcript
  COMMAND ${CMAKE_COMMAND} -D "EXE=$<TARGET_FILE:network>" -D "EMULATOR=${nndl_emulator}" -D "MNIST_DIR=${NNDL_DATA_DIR}"
          -D "ARGS=--seed|0|--epochs|2|--training-size|5000|--checksum" -D "EXTRA=--literal"
          -P "${PROJECT_SOURCE_DIR}/tests/same_transcript.cmake")
set_tests_properties(network_program.literal_same_transcript PROPERTIES LABELS mnist SKIP_REGULAR_EXPRESSION "SKIPPED: ")
# The engine on 1, 2 or 3 threads: the same numbers (each is computed by
# one thread, by the same instructions, whatever the number of threads).
foreach(threads 1 3)
  add_test(NAME network_program.threads_${threads}_same_transcript
    COMMAND ${CMAKE_COMMAND} -D "EXE=$<TARGET_FILE:network>" -D "EMULATOR=${nndl_emulator}" -D "MNIST_DIR=${NNDL_DATA_DIR}"
            -D "ARGS=--seed|0|--epochs|2|--training-size|5000|--checksum" -D "EXTRA=--threads|${threads}"
            -P "${PROJECT_SOURCE_DIR}/tests/same_transcript.cmake")
  set_tests_properties(network_program.threads_${threads}_same_transcript PROPERTIES LABELS mnist SKIP_REGULAR_EXPRESSION "SKIPPED: ")
endforeach()
nndl_program_test(NAME network_program.literal_threads PROGRAM network RC 2 LINES 1
  EXPECT "^network: error: --threads is the engine's" ARGS --literal --threads 2)
nndl_program_test(NAME network_program.bad_threads PROGRAM network RC 2 LINES 1
  EXPECT "^network: error: --threads: expected a whole number from 1 to 256" ARGS --threads 0)
