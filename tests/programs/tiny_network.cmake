# build/chapter1/tiny_network: the debugger's network, as docs/debugging.md shows it.
nndl_program_test(NAME tiny_network_program.output PROGRAM tiny_network RC 0
  DOC docs/debugging.md DOC_LINES 68 EXPECT "after update_mini_batch \\(Eqs. \\(20\\)-\\(21\\)\\), cost 0.273256\n")
