// Admission control for CPU-bound work: at most N requests screen at once, and waiting
// requests are admitted in arrival order.
//
// The HTTP server keeps one thread per open connection (cpp-httplib), far more threads
// than cores. Without a limit, every request that has arrived competes for the CPU at once:
// each takes as long as all of them together, and on a machine shared with the client the
// client itself starves. With the limit, at most N requests run (N = cores by default); the
// others sleep in a FIFO queue, so latency grows with the queue in arrival order instead of
// at random, and p99 stays close to p50.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace sanctions {

class FairLimiter {
 public:
  // `slots` >= 1 requests may hold a slot at once.
  explicit FairLimiter(size_t slots);
  FairLimiter(const FairLimiter&) = delete;
  FairLimiter& operator=(const FairLimiter&) = delete;

  // Blocks until a slot is free and every earlier caller has been admitted.
  void Acquire();
  // Frees a slot, handing it to the longest waiter if any.
  void Release();

  size_t slots() const { return slots_; }
  // Requests waiting now (for metrics and tests).
  size_t waiting() const;

  // Holds a slot for a scope.
  class Slot {
   public:
    explicit Slot(FairLimiter* l) : l_(l) {
      if (l_) l_->Acquire();
    }
    ~Slot() {
      if (l_) l_->Release();
    }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

   private:
    FairLimiter* l_;
  };

 private:
  struct Waiter {
    std::condition_variable cv;
    bool admitted = false;
  };
  const size_t slots_;
  mutable std::mutex mu_;
  size_t busy_ = 0;
  std::deque<Waiter*> queue_;  // oldest first
};

}  // namespace sanctions
