# The files the program tests read: a folder whose name has spaces, a saved
# network that is not for MNIST, a file that is not ours to overwrite.
# Paths with spaces (as under "C:\Users\Ada Lovelace\Documents"): a network
# saved into such a folder and loaded from it, a picture drawn there.
set(nndl_spaced "${CMAKE_CURRENT_BINARY_DIR}/a folder with spaces")
file(MAKE_DIRECTORY "${nndl_spaced}")
# A saved network that is not for MNIST (2 inputs, 1 output): every program
# that runs a network on MNIST refuses it, naming the file and its sizes.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/net_2_1.json
  "{\"sizes\": [2, 1], \"weights\": [[[0.5, -0.5]]], \"biases\": [[[0.1]]], \"cost\": \"QuadraticCost\"}\n")
# Output files are checked before the work whose result they would hold; a
# file that is something else is never overwritten.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/notes.txt "A reader's notes, not a network.\n")
