// What a fuzz target is here: one function that feeds arbitrary bytes to a
// reader. A reader may refuse the bytes with std::runtime_error (that is its
// job); anything else (a crash, a sanitizer report, another exception, a
// result that breaks the reader's promises) is a finding.
//
// Built two ways: with -DNNDL_FUZZ=ON (clang), libFuzzer calls the function
// with inputs it invents; in every build, replay_main.cpp calls it on each
// file kept under tests/fuzz/corpus/, so the seeds and every input the fuzzer
// ever found stay checked.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// A broken promise: report it and abort, which libFuzzer and the replay both
// count as a failure.
#define FUZZ_REQUIRE(cond)                                                                  \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            std::fprintf(stderr, "%s:%d: promise broken: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                   \
        }                                                                                   \
    } while (0)
