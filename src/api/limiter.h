// Admission control for CPU-bound work: at most N requests screen at once, and waiting
// requests are admitted in arrival order.
//
// The HTTP server (server.cc) runs requests on its I/O threads, one at a time each, so by
// default (--engine-threads = --threads) it needs no limiter. When --engine-threads is set
// below --threads, this caps the screening requests: at most N run, the others sleep in a
// FIFO queue, so latency grows with the queue in arrival order instead of at random.
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
