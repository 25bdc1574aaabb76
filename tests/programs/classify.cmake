# build/chapter1/classify: a saved network's answer to one test image, a
# random one, or a reader's own drawing (the network saved by
# network_program.save; fixture saved_network).
# A test image, the output bars and the answer of the saved network (after
# one epoch, it gets test image 8 wrong), and a PGM drawing of a 7 (tests/fixtures/seven.pgm, 12 x 12, dark on light).
nndl_program_test(NAME classify_program.test_image GLIBC_EXP PROGRAM classify RC 0 LABELS mnist LINES 41
  EXPECT_FILE classify_program.test_image.txt
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --test 8 --ascii)
nndl_program_test(NAME classify_program.random PROGRAM classify RC 0 LABELS mnist LINES 42
  EXPECT "^random test image \\(seed 5\\): 3411\ntest image 3411, label 9:\n"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --random --seed 5 --ascii)
nndl_program_test(NAME classify_program.image PROGRAM classify RC 0 LABELS mnist LINES 41
  EXPECT_FILE classify_program.image.txt
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --image ${PROJECT_SOURCE_DIR}/tests/fixtures/seven.pgm --ascii)
nndl_program_test(NAME classify_program.image_not_pgm PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT "^classify: error: .*README.md: not a PGM image \\(expected P2 or P5 at the start\\); only PGM images are read: convert with ImageMagick"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --image ${PROJECT_SOURCE_DIR}/README.md)
nndl_program_test(NAME classify_program.image_png PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT_FILE classify_program.image_png.txt
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --image ${PROJECT_SOURCE_DIR}/tests/fixtures/cross.png)
# (start_of.jpg: the first bytes of a JPEG file, its JFIF header and end marker.)
nndl_program_test(NAME classify_program.image_jpeg PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT "^classify: error: .*start_of.jpg: this is a JPEG image; only PGM images are read: convert with ImageMagick \\(convert digit.jpg -colorspace Gray digit.pgm\\)"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --image ${PROJECT_SOURCE_DIR}/tests/fixtures/start_of.jpg)
set_tests_properties(classify_program.image_png classify_program.image_jpeg PROPERTIES FIXTURES_REQUIRED saved_network)
add_test(NAME classify_program.random_repeats
  COMMAND ${CMAKE_COMMAND} -D "EXE=$<TARGET_FILE:classify>" -D "EMULATOR=${nndl_emulator}" -D "NETWORK=${CMAKE_CURRENT_BINARY_DIR}/saved_network.json"
          -D "MNIST_DIR=${NNDL_DATA_DIR}" -P "${PROJECT_SOURCE_DIR}/tests/classify_random_repeats.cmake")
set_tests_properties(classify_program.random_repeats PROPERTIES LABELS mnist SKIP_REGULAR_EXPRESSION "SKIPPED: ")
set_tests_properties(classify_program.random_repeats PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME classify_program.load_not_mnist PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT "^classify: error: .*/net_2_1.json: a network of sizes 2-1; MNIST needs"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/net_2_1.json --test 0)
# The picture programs on the same saved network (what the pictures hold is
# tested in tests/test_pictures.cpp).
nndl_program_test(NAME classify_program.svg GLIBC_EXP PROGRAM classify RC 0 LABELS mnist
  EXPECT "\nprediction: 6 \\(wrong\\)\n$"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --test 8 --ascii --svg ${CMAKE_CURRENT_BINARY_DIR}/classify_8.svg)
set_tests_properties(classify_program.test_image classify_program.random classify_program.image classify_program.image_not_pgm classify_program.svg PROPERTIES FIXTURES_REQUIRED saved_network)
nndl_program_test(NAME classify_program.no_load PROGRAM classify RC 2 LINES 1
  EXPECT "^classify: error: --load FILE is required" ARGS --test 3)
# Two choices given: "only one of" (Step 9 changed the message from "give one of").
nndl_program_test(NAME classify_program.test_and_random PROGRAM classify RC 2 LINES 1
  EXPECT "^classify: error: give only one of --test N, --random or --image FILE.pgm" ARGS --load x.json --test 3 --random)
nndl_program_test(NAME classify_program.none_chosen PROGRAM classify RC 2 LINES 1
  EXPECT "^classify: error: give one of --test N, --random or --image FILE.pgm" ARGS --load x.json)
nndl_program_test(NAME classify_program.test_range PROGRAM classify RC 2 LINES 1
  EXPECT "^classify: error: --test: expected a whole number from 0 to 9999" ARGS --load x.json --test 10000)
nndl_program_test(NAME classify_program.load_missing PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT "^classify: error: ${CMAKE_CURRENT_BINARY_DIR}/no_such_network.json: cannot open" ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/no_such_network.json --test 0)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/blank.pgm "P2 3 2 255\n200 200 200\n200 200 200\n")
# Checked before the network is even read: an unwritable --svg or --curve
# stops the run first (no epoch trained, no network loaded).
nndl_program_test(NAME classify_program.svg_unwritable PROGRAM classify RC 1 LINES 1
  EXPECT "^classify: error: --svg /nonexistent-folder/x.svg: cannot write there"
  ARGS --load no_such_network.json --test 3 --svg /nonexistent-folder/x.svg)
nndl_program_test(NAME classify_program.blank_image PROGRAM classify RC 1 LINES 1 LABELS mnist
  EXPECT "^classify: error: .*/blank.pgm: no ink found"
  ARGS --load ${CMAKE_CURRENT_BINARY_DIR}/saved_network.json --image ${CMAKE_CURRENT_BINARY_DIR}/blank.pgm)
set_tests_properties(classify_program.blank_image PROPERTIES FIXTURES_REQUIRED saved_network)
