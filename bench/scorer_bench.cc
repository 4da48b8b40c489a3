// Google Benchmark of the pairwise scorer: prepared names (what the index scores per
// candidate), full CompareNames (normalisation included), and the token distances.
// Reports pairs per second ("items_per_second"). Release build; docs/quality.md "Speed".
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "match/distance.h"
#include "match/name_match.h"
#include "match/score.h"
#include "sanctions/screen.h"

namespace {

using namespace sanctions;

const std::vector<std::pair<std::string, std::string>>& Pairs() {
  static const std::vector<std::pair<std::string, std::string>> p = {
      {"Kim Chong-un", "KIM, Jong Un"},
      {"Vladimir Vladimirovich Putin", "PUTIN, Vladimir Vladimirovich"},
      {"Mohammed Hassan al-Tikriti", "MUHAMMAD HASAN AL-TIKRITI"},
      {"Korea Achim Shipping Co Ltd", "KOREA ACHIM SHIPPING CO."},
      {"Patricia Lucas Wheeler", "ABU BAKR AL-BAGHDADI"},
      {"Olaf Scholze", "Olaf Scholz"},
      {"YU JONG 2", "YU JONG 3"},
      {"China State Construction Engineering Corporation",
       "China Railway Construction Corporation"},
  };
  return p;
}

void BM_AlignPrepared(benchmark::State& state) {
  std::vector<std::pair<PreparedName, PreparedName>> prepared;
  for (const auto& [a, b] : Pairs()) {
    prepared.emplace_back(PrepareName(a, EntityType::kUnknown),
                          PrepareName(b, EntityType::kUnknown));
  }
  size_t i = 0;
  for (auto _ : state) {
    const auto& p = prepared[i++ % prepared.size()];
    benchmark::DoNotOptimize(AlignNames(p.first, p.second, false).score);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AlignPrepared);

void BM_ScoreEntityPrepared(benchmark::State& state) {
  std::vector<Entity> entities;
  std::vector<PreparedQuery> queries;
  for (const auto& [a, b] : Pairs()) {
    Query q;
    q.name = a;
    q.birth_date = "1984";
    queries.push_back(PrepareQuery(q));
    Entity e;
    e.names.push_back(Name{b, {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
    entities.push_back(e);
  }
  std::vector<std::vector<PreparedName>> names;
  for (const auto& e : entities) names.push_back(PrepareEntityNames(e));
  std::vector<std::vector<const PreparedName*>> ptrs(names.size());
  for (size_t k = 0; k < names.size(); ++k) ptrs[k].push_back(&names[k][0]);
  size_t i = 0;
  for (auto _ : state) {
    size_t k = i++ % queries.size();
    benchmark::DoNotOptimize(ScoreEntity(queries[k], entities[k], ptrs[k], false).score);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreEntityPrepared);

void BM_CompareNames(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) {
    const auto& p = Pairs()[i++ % Pairs().size()];
    benchmark::DoNotOptimize(CompareNames(p.first, p.second, EntityType::kUnknown));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompareNames);

void BM_CompareNamesOtherScript(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(CompareNames("김정은", "KIM, Jong Un", EntityType::kPerson));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompareNamesOtherScript);

void BM_BoundedOsa(benchmark::State& state) {
  const char* words[] = {"vladimirovich", "vladimirovic", "muhammad",
                         "mohammed",      "scholz",       "scholze"};
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(BoundedOsa(words[i % 6], words[(i + 1) % 6], 2));
    ++i;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BoundedOsa);

void BM_JaroWinkler(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(JaroWinkler("vladimirovich", "vladimirovic"));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_JaroWinkler);

}  // namespace

BENCHMARK_MAIN();
