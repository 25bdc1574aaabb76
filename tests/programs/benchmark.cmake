# build/chapter1/benchmark: its line for scripts (timings are printed, never asserted).
nndl_program_test(NAME benchmark_program.bench_line PROGRAM benchmark RC 0 LABELS mnist
  EXPECT "\nbench sizes=784,30,10 load_s=[0-9.]+ train_s=[0-9.]+ eval_s=[0-9.]+ gflops=[0-9.]+ peak_rss_mb=([0-9]+|n/a) trainer=engine threads=[0-9]+\n$"
  ARGS --epochs 1)
nndl_program_test(NAME benchmark_program.threads_table PROGRAM benchmark RC 0 LABELS mnist
  EXPECT "\nthreads      H=30     H=100     H=300\n      1  +[0-9.]+  +[0-9.]+  +[0-9.]+\n      2  +[0-9.]+  +[0-9.]+  +[0-9.]+\nbench sizes=784,10 .* trainer=engine threads=2\n$"
  ARGS --epochs 1 --threads 2 --sizes 784,10)
nndl_program_test(NAME benchmark_program.literal_threads PROGRAM benchmark RC 2 LINES 1
  EXPECT "^benchmark: error: --threads is the engine's" ARGS --literal --threads 2)
