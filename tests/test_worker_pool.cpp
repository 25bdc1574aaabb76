// The fast engine's threads (chapter1/engine/worker_pool.h): every task runs
// once per run, a barrier holds every thread until all have arrived, a
// task's exception reaches the caller, and the pool can be used again.
#include <atomic>
#include <stdexcept>
#include <vector>

#include "chapter1/engine/worker_pool.h"
#include "tests/check.h"

TEST_CASE(worker_pool, runs_each_task_once, "") {
    for (int threads : {1, 2, 3, 5}) {
        WorkerPool pool(threads);
        CHECK_EQ(pool.size(), threads);
        for (int round = 0; round < 200; ++round) {
            std::vector<int> ran(static_cast<std::size_t>(threads), 0);
            pool.run([&](int t) { ++ran[static_cast<std::size_t>(t)]; });  // each t writes its own slot
            CHECK_EQ(ran, std::vector<int>(static_cast<std::size_t>(threads), 1));
        }
    }
    CHECK(WorkerPool::cores() >= 1);
    CHECK_THROWS(WorkerPool(0), "threads must be at least 1");
}

TEST_CASE(worker_pool, barrier_holds_until_all_arrive, "") {
    // Each thread adds to a counter, waits at the barrier, then reads it:
    // every read must see every thread's addition, round after round.
    for (int threads : {2, 3}) {
        WorkerPool pool(threads);
        for (int round = 0; round < 500; ++round) {
            std::atomic<int> arrived{0};
            std::vector<int> seen(static_cast<std::size_t>(threads), -1);
            pool.run([&](int t) {
                arrived.fetch_add(1);
                pool.barrier();
                seen[static_cast<std::size_t>(t)] = arrived.load();
                pool.barrier();  // twice in one run: the barrier is reusable
                arrived.fetch_add(1);
            });
            CHECK_EQ(seen, std::vector<int>(static_cast<std::size_t>(threads), threads));
            CHECK_EQ(arrived.load(), 2 * threads);
        }
    }
}

TEST_CASE(worker_pool, waits_for_every_task, "") {
    // run() returns only once the slowest task has finished.
    WorkerPool pool(3);
    for (int round = 0; round < 100; ++round) {
        std::vector<long> sums(3, 0);
        pool.run([&](int t) {
            long s = 0;
            for (long k = 0; k < 20000L * (t + 1); ++k) s += k % 7;
            sums[static_cast<std::size_t>(t)] = s;
        });
        for (int t = 0; t < 3; ++t) {
            long expected = 0;
            for (long k = 0; k < 20000L * (t + 1); ++k) expected += k % 7;
            CHECK_EQ(sums[static_cast<std::size_t>(t)], expected);
        }
    }
}

TEST_CASE(worker_pool, passes_on_an_exception, "") {
    WorkerPool pool(2);
    CHECK_THROWS(pool.run([](int t) {
        if (t == 1) throw std::runtime_error("task 1 failed");
    }),
                 "task 1 failed");
    int ran = 0;
    pool.run([&](int t) {
        if (t == 0) ++ran;  // still usable
    });
    CHECK_EQ(ran, 1);
}
