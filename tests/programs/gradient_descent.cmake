# build/chapter1/gradient_descent: the ball rolling down the valley, and its picture.
nndl_program_test(NAME gradient_descent_program.svg_content PROGRAM gradient_descent RC 0
  EXPECT "  20   0.011529   0.034588 "
  FILE ${CMAKE_CURRENT_BINARY_DIR}/descent_content.svg
  FILE_EXPECT_FILE gradient_descent_program.svg_content.txt
  ARGS --eta 0.1 --steps 20 --svg ${CMAKE_CURRENT_BINARY_DIR}/descent_content.svg)
nndl_program_test(NAME gradient_descent_program.svg_over_other_file PROGRAM gradient_descent RC 1 LINES 1
  EXPECT "^gradient_descent: error: --svg .*/notes.txt: the file exists and is not what --svg writes; not overwriting it"
  ARGS --svg ${CMAKE_CURRENT_BINARY_DIR}/notes.txt)
nndl_program_test(NAME gradient_descent_program.output PROGRAM gradient_descent RC 0
  DOC docs/chapter1/05-gradient-descent.md EXPECT "   1   0.980000   2.940000   9.6040000 .*   2   0.960400   2.881200   9.2236816 ")
nndl_program_test(NAME gradient_descent_program.svg PROGRAM gradient_descent RC 0
  EXPECT "  20   0.011529   0.034588 " ARGS --eta 0.1 --steps 20 --svg ${CMAKE_CURRENT_BINARY_DIR}/descent.svg)
nndl_program_test(NAME gradient_descent_program.svg_overflow PROGRAM gradient_descent RC 1
  EXPECT "\ngradient_descent: error: --svg: the walk leaves the range of a double at step 1; no picture of it; try a smaller --eta\n$"
  ARGS --eta 1e308 --steps 3 --svg ${CMAKE_CURRENT_BINARY_DIR}/descent_overflow.svg)
