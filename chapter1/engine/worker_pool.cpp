#include "chapter1/engine/worker_pool.h"

#include <stdexcept>
#include <string>

namespace {

// How a thread waits: it checks kBusySpins times as fast as it can (a
// mini-batch's steps come microseconds apart), then gives its core away
// between checks (with more threads than cores, the one it waits for may
// need that core), and after kSpins checks it sleeps until woken.
constexpr int kBusySpins = 4000;
constexpr int kSpins = 200000;

}  // namespace

// Deliberately not the CPU's pause instruction: under a hypervisor (as on
// the test machine) a run of pauses can make the host take the virtual CPU
// away for a while.
void WorkerPool::relax(int spins) {
    if (spins < kBusySpins)
        std::atomic_signal_fence(std::memory_order_seq_cst);
    else
        std::this_thread::yield();
}

WorkerPool::WorkerPool(int threads) {
    if (threads < 1) throw std::invalid_argument("WorkerPool: threads must be at least 1, got " + std::to_string(threads));
    for (int t = 1; t < threads; ++t) threads_.emplace_back([this, t] { work(t); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stop_.store(true);
    }
    wake_.notify_all();
    for (std::thread& thread : threads_) thread.join();
}

int WorkerPool::cores() {
    const unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 1 : static_cast<int>(n);
}

void WorkerPool::run(const std::function<void(int)>& task) {
    if (threads_.empty()) {
        task(0);
        return;
    }
    task_ = &task;
    running_.store(size(), std::memory_order_release);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        generation_.fetch_add(1, std::memory_order_release);
    }
    wake_.notify_all();
    try {
        task(0);
    } catch (...) {
        std::lock_guard<std::mutex> lock(error_mutex_);
        if (!error_) error_ = std::current_exception();
    }
    running_.fetch_sub(1, std::memory_order_acq_rel);
    for (int spins = 0; running_.load(std::memory_order_acquire) != 0; ++spins)
        relax(spins);
    task_ = nullptr;
    std::exception_ptr error;
    {
        std::lock_guard<std::mutex> lock(error_mutex_);
        std::swap(error, error_);
    }
    if (error) std::rethrow_exception(error);
}

void WorkerPool::barrier() {
    if (threads_.empty()) return;
    const unsigned round = round_.load(std::memory_order_acquire);
    if (arrived_.fetch_add(1, std::memory_order_acq_rel) + 1 == size()) {
        arrived_.store(0, std::memory_order_relaxed);
        round_.fetch_add(1, std::memory_order_release);
    } else {
        for (int spins = 0; round_.load(std::memory_order_acquire) == round; ++spins)
            relax(spins);
    }
}

void WorkerPool::work(int t) {
    unsigned seen = 0;
    for (;;) {
        int spins = 0;
        while (generation_.load(std::memory_order_acquire) == seen && !stop_.load() && spins < kSpins) {
            relax(spins);
            ++spins;
        }
        if (generation_.load(std::memory_order_acquire) == seen && !stop_.load()) {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return stop_.load() || generation_.load() != seen; });
        }
        if (stop_.load()) return;
        seen = generation_.load(std::memory_order_acquire);
        try {
            (*task_)(t);
        } catch (...) {
            std::lock_guard<std::mutex> lock(error_mutex_);
            if (!error_) error_ = std::current_exception();
        }
        running_.fetch_sub(1, std::memory_order_acq_rel);
    }
}
