// FairLimiter: a counting semaphore that admits waiters in FIFO order (see limiter.h).
#include "api/limiter.h"

#include <algorithm>

namespace sanctions {

FairLimiter::FairLimiter(size_t slots) : slots_(std::max<size_t>(1, slots)) {}

void FairLimiter::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  if (busy_ < slots_ && queue_.empty()) {
    ++busy_;
    return;
  }
  Waiter w;
  queue_.push_back(&w);
  w.cv.wait(lock, [&] { return w.admitted; });
  // Release() counted this request as busy when it admitted it.
}

void FairLimiter::Release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (!queue_.empty()) {
    // The slot passes straight to the oldest waiter: busy_ is unchanged.
    Waiter* w = queue_.front();
    queue_.pop_front();
    w->admitted = true;
    w->cv.notify_one();
    return;
  }
  if (busy_ > 0) --busy_;
}

size_t FairLimiter::waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size();
}

}  // namespace sanctions
