#include "eval/metrics.h"

#include <algorithm>

namespace sanctions::eval {

Prf AtThreshold(const std::vector<Scored>& v, double threshold) {
  Prf r;
  r.threshold = threshold;
  for (const Scored& s : v) {
    bool pred = s.score + 1e-12 >= threshold;
    if (pred && s.truth) ++r.tp;
    if (pred && !s.truth) ++r.fp;
    if (!pred && s.truth) ++r.fn;
    if (!pred && !s.truth) ++r.tn;
  }
  r.precision = r.tp + r.fp ? static_cast<double>(r.tp) / (r.tp + r.fp) : 1.0;
  r.recall = r.tp + r.fn ? static_cast<double>(r.tp) / (r.tp + r.fn) : 1.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0;
  r.accuracy = v.empty() ? 0 : static_cast<double>(r.tp + r.tn) / v.size();
  return r;
}

Prf BestF1(const std::vector<Scored>& v) {
  std::vector<double> ts;
  for (const Scored& s : v) ts.push_back(s.score);
  std::sort(ts.begin(), ts.end());
  ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
  Prf best;
  for (double t : ts) {
    Prf p = AtThreshold(v, t);
    if (p.f1 > best.f1 + 1e-12) best = p;
  }
  return best;
}

}  // namespace sanctions::eval
