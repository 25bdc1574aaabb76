// The threads the fast engine splits its work over, made once (the engine
// hands them a training epoch, then an evaluation, then the next epoch:
// starting threads each time would cost more than evaluating).
//
// run(task) calls task(t) once for every t in [0, size()): t = 0 on the
// calling thread, the others on the pool's threads, and returns when all
// have returned. Inside a task, barrier() waits until every task of the run
// has reached it, and wait_until(done) until a condition the tasks signal
// to each other holds. Between runs the threads wait: first spinning
// briefly, since the next run usually follows at once, then asleep.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

class WorkerPool {
public:
    // threads >= 1; 1 makes no thread and runs every task on the caller.
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int size() const { return static_cast<int>(threads_.size()) + 1; }
    void run(const std::function<void(int)>& task);
    void barrier();

    // Inside a task: waits until done() is true, as barrier() waits (for
    // waits on a condition the task's threads signal to each other).
    template <class Done>
    static void wait_until(Done done) {
        for (int spins = 0; !done(); ++spins) relax(spins);
    }

    // The cores this machine offers (at least 1).
    static int cores();

private:
    void work(int t);
    static void relax(int spins);  // one turn of a wait, the spins-th

    std::vector<std::thread> threads_;
    const std::function<void(int)>* task_ = nullptr;
    std::atomic<unsigned> generation_{0};  // bumped once per run
    std::atomic<int> running_{0};          // tasks of the current run not yet returned
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    // barrier(): how many have arrived, and which round it is.
    std::atomic<int> arrived_{0};
    std::atomic<unsigned> round_{0};
    // The first exception a task threw, rethrown by run() on the caller.
    std::mutex error_mutex_;
    std::exception_ptr error_;
};
