#include "api/limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace sanctions {
namespace {

// Never more than `slots` holders at once, whatever the contention.
TEST(FairLimiter, NeverMoreThanSlots) {
  FairLimiter lim(2);
  std::atomic<int> inside{0};
  std::atomic<int> max_inside{0};
  std::vector<std::thread> ts;
  for (int t = 0; t < 8; ++t) {
    ts.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        FairLimiter::Slot s(&lim);
        int now = ++inside;
        int prev = max_inside.load();
        while (now > prev && !max_inside.compare_exchange_weak(prev, now)) {
        }
        std::this_thread::yield();
        --inside;
      }
    });
  }
  for (auto& t : ts) t.join();
  EXPECT_LE(max_inside.load(), 2);
  EXPECT_GE(max_inside.load(), 1);
  EXPECT_EQ(lim.waiting(), 0u);
}

// Waiters are admitted in the order they started waiting.
TEST(FairLimiter, AdmitsInArrivalOrder) {
  FairLimiter lim(1);
  lim.Acquire();  // hold the only slot
  std::mutex mu;
  std::vector<int> order;
  std::vector<std::thread> ts;
  for (int i = 0; i < 5; ++i) {
    ts.emplace_back([&, i] {
      lim.Acquire();
      {
        std::lock_guard<std::mutex> g(mu);
        order.push_back(i);
      }
      lim.Release();
    });
    // Wait until thread i is queued before starting the next one.
    while (lim.waiting() < static_cast<size_t>(i + 1)) std::this_thread::yield();
  }
  lim.Release();
  for (auto& t : ts) t.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(FairLimiter, ZeroSlotsMeansOne) {
  FairLimiter lim(0);
  EXPECT_EQ(lim.slots(), 1u);
  lim.Acquire();
  lim.Release();
}

}  // namespace
}  // namespace sanctions
