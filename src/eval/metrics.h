// Binary classification metrics for the quality harness.
#pragma once

#include <cstddef>
#include <vector>

namespace sanctions::eval {

struct Scored {
  double score;
  bool truth;
};

struct Prf {
  size_t tp = 0, fp = 0, fn = 0, tn = 0;
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
  double threshold = 0;
};

// Metrics when score >= threshold predicts a match.
Prf AtThreshold(const std::vector<Scored>& v, double threshold);
// The threshold (among the scores seen) with the best F1, ties to the lower threshold.
Prf BestF1(const std::vector<Scored>& v);

}  // namespace sanctions::eval
