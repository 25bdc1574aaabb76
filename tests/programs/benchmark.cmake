# build/chapter1/benchmark: its line for scripts (timings are printed, never asserted).
nndl_program_test(NAME benchmark_program.bench_line PROGRAM benchmark RC 0 LABELS mnist
  EXPECT "\nbench sizes=784,30,10 load_s=[0-9.]+ train_s=[0-9.]+ eval_s=[0-9.]+ gflops=[0-9.]+ peak_rss_mb=([0-9]+|n/a) trainer=engine\n$"
  ARGS --epochs 1)
