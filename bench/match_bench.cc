// Screening speed: loads OFAC 2024 sdn.csv + OFAC consolidated CSV + UN 2026 + UK 2020 +
// CSL 2022, builds the index, then screens a realistic query mix (perturbed listed names
// and yente negatives) and prints build time, single-thread p50/p99, 2-thread throughput
// and peak memory, for the index and for the linear-scan reference.
// Usage: match_bench [QUERIES [noref | dump FILE | verify]]   (Release build; docs/quality.md
// "Speed"). `verify` compares every query's hits with the linear-scan reference.
// Environment: MATCH_BENCH_WRK=1 also times each name of bench/wrk_search.lua alone;
// MATCH_BENCH_SLOWEST=N prints the N slowest single-thread queries; MATCH_BENCH_ASCII=1
// keeps only the queries written in ASCII, MATCH_BENCH_ASCII=0 only the others (profiling).
// `dump FILE` writes every query's hits (limit 10 with explanations, then all hits above the
// threshold) to FILE instead of timing, so optimisations can be checked byte for byte.
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "../tests/reference/linear_scan.h"
#include "sanctions/list.h"
#include "sanctions/screen.h"
#include "util/csv.h"
#include "util/io.h"

using namespace sanctions;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

long PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

// Resident memory now (/proc/self/statm), in MB; -1 when unreadable.
long CurrentRssMb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0;
  long resident = 0;
  if (!(statm >> pages >> resident)) return -1;
  return resident * (sysconf(_SC_PAGESIZE) / 1024) / 1024;
}

std::vector<Query> MakeQueries(const std::vector<ListData>& lists, size_t n,
                               const std::string& shared) {
  std::vector<Query> out;
  std::mt19937 rng(1234);
  std::vector<const Entity*> ents;
  for (const auto& l : lists) {
    for (const auto& e : l.entities) {
      if (!e.names.empty()) ents.push_back(&e);
    }
  }
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  // Half perturbed listed names (one typo, or a token swap), half negatives.
  for (size_t i = 0; i < n / 2; ++i) {
    const Entity* e = ents[rng() % ents.size()];
    std::string s = e->names[rng() % e->names.size()].full;
    if (!s.empty() && rng() % 2) s[rng() % s.size()] = letters[rng() % 26];
    Query q;
    q.name = s;
    out.push_back(q);
  }
  auto data = ReadFile(shared + "/eval/yente/candidate_generation_negatives_global.csv");
  if (data.ok()) {
    auto rows = ParseCsv(*data);
    for (size_t i = 1; i < rows.size() && out.size() < n; ++i) {
      Query q;
      q.name = rows[i][0];
      q.type = EntityType::kPerson;
      q.birth_date = rows[i].size() > 5 ? rows[i][5] : "";
      out.push_back(q);
    }
  }
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

struct Figures {
  double p50_us, p99_us, mean_us;
  std::vector<double> us;  // per query, in query order
};

template <typename F>
Figures Latency(const std::vector<Query>& qs, F&& screen) {
  std::vector<double> us;
  us.reserve(qs.size());
  for (const Query& q : qs) {
    auto t0 = Clock::now();
    auto hits = screen(q);
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    if (hits.size() > 1000000) std::puts("");  // keep the result alive
  }
  std::vector<double> sorted = us;
  std::sort(sorted.begin(), sorted.end());
  double sum = 0;
  for (double v : us) sum += v;
  return {sorted[sorted.size() / 2], sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)],
          sum / us.size(), std::move(us)};
}

template <typename F>
double Throughput(const std::vector<Query>& qs, int threads, F&& screen) {
  auto t0 = Clock::now();
  std::vector<std::thread> ts;
  for (int t = 0; t < threads; ++t) {
    ts.emplace_back([&, t] {
      for (size_t i = t; i < qs.size(); i += threads) screen(qs[i]);
    });
  }
  for (auto& th : ts) th.join();
  return qs.size() / std::chrono::duration<double>(Clock::now() - t0).count();
}

// The names of bench/wrk_search.lua (the HTTP benchmark).
const char* const kWrkNames[] = {"Kim Jong Un",
                                 "John Smith",
                                 "Vladimir Putin",
                                 "Maria Garcia",
                                 "Chon Ma San",
                                 "Banco Nacional de Cuba",
                                 "Wei Zhang",
                                 "Ali Hassan",
                                 "Mohammed Al Zawahiri",
                                 "Anna Schmidt",
                                 "Korea Achim Shipping",
                                 "Olga Ivanova",
                                 "Juan Perez",
                                 "Kim Yo Jong",
                                 "Rosneft",
                                 "Li Na",
                                 "Ahmed Ali",
                                 "David Brown",
                                 "Sberbank",
                                 "Emily Johnson"};

// Writes one block per query: the query, then per hit its entity, exact score (%a, so
// any bit of difference shows), matched name and explanation summary.
int Dump(const Index& index, const std::vector<Query>& qs, const std::string& path) {
  std::ofstream out(path);
  if (!out) {
    std::fprintf(stderr, "match_bench: cannot write %s\n", path.c_str());
    return 2;
  }
  std::vector<Query> all = qs;
  for (const char* name : kWrkNames) {
    for (EntityType t : {EntityType::kUnknown, EntityType::kPerson, EntityType::kOrganization,
                         EntityType::kVessel}) {
      Query q;
      q.name = name;
      q.type = t;
      all.push_back(q);
    }
  }
  char buf[64];
  for (const Query& q : all) {
    out << "Q " << q.name << " | " << EntityTypeName(q.type) << " | " << q.birth_date << "\n";
    ScreenOptions top;
    for (const Hit& h : index.Screen(q, top)) {
      std::snprintf(buf, sizeof buf, "%a", h.score);
      out << "  " << h.entity->id << " " << buf << " " << h.explanation.matched_name
          << " :: " << h.explanation.summary << "\n";
    }
    ScreenOptions every;
    every.limit = 0;
    for (const Hit& h : index.Screen(q, every)) {
      std::snprintf(buf, sizeof buf, "%a", h.score);
      out << "  * " << h.entity->id << " " << buf << "\n";
    }
  }
  // Free-text scanning over the query names joined into sentences.
  for (size_t i = 0; i + 20 <= qs.size() && i < 4000; i += 20) {
    std::string text = "Report.";
    for (size_t j = i; j < i + 20; ++j) text += " The board met " + qs[j].name + " on Monday.";
    out << "S " << i << "\n";
    for (const Mention& m : index.Scan(text, ScreenOptions{})) {
      std::snprintf(buf, sizeof buf, "%a", m.hit.score);
      out << "  " << m.begin << "-" << m.end << " " << m.hit.entity->id << " " << buf << "\n";
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t n = argc > 1 ? std::stoul(argv[1]) : 20000;
  std::string shared = SANCTIONS_SHARED_DIR;
  const char* files[] = {
      "/lists/ofac/sdn_csv_2024-05-03/sdn.csv", "/lists/ofac/consolidated_nonsdn_csv",
      "/lists/un/consolidated_2026-02-27.xml", "/lists/uk/ofsi_conlist_2020-04-27.csv",
      "/lists/us_csl/consolidated_2022-05.csv.gz"};
  std::vector<ListData> lists;
  size_t entities = 0;
  auto t0 = Clock::now();
  for (const char* f : files) {
    auto r = LoadList(shared + f);
    if (!r.ok()) {
      std::fprintf(stderr, "match_bench: %s\n", r.status().ToString().c_str());
      return 2;
    }
    entities += r->entities.size();
    std::printf("loaded %-45s %6zu entities\n", f, r->entities.size());
    lists.push_back(std::move(*r));
  }
  std::printf("load: %.0f ms, %zu entities, peak RSS %ld MB\n", Ms(Clock::now() - t0), entities,
              PeakRssMb());
  auto t1 = Clock::now();
  auto built = Index::Build(lists);
  if (!built.ok()) return 2;
  std::shared_ptr<const Index> index = *built;
  double build_ms = Ms(Clock::now() - t1);
  IndexStats st = index->stats();
  std::printf("index build: %.0f ms (%zu names, %zu distinct units), peak RSS %ld MB\n", build_ms,
              st.names, st.tokens, PeakRssMb());

  std::vector<Query> qs = MakeQueries(lists, n, shared);
  if (const char* ascii = std::getenv("MATCH_BENCH_ASCII")) {
    // Profiling aid: only the queries written in ASCII (no transliteration), or with 0
    // only the others.
    const bool keep_ascii = std::strcmp(ascii, "0") != 0;
    std::erase_if(qs, [&](const Query& q) {
      return keep_ascii == std::any_of(q.name.begin(), q.name.end(), [](char c) {
               return static_cast<unsigned char>(c) >= 0x80;
             });
    });
  }
  if (argc > 3 && std::strcmp(argv[2], "dump") == 0) return Dump(*index, qs, argv[3]);
  if (argc > 2 && std::strcmp(argv[2], "verify") == 0) {
    // Every query against the linear-scan reference: same entities, same scores (all hits
    // above the threshold, no limit).
    reference::LinearScan ref(lists);
    ScreenOptions every;
    every.limit = 0;
    size_t bad = 0;
    for (const Query& q : qs) {
      std::vector<Hit> got = index->Screen(q, every);
      std::vector<Hit> want = ref.Screen(q, every);
      bool same = got.size() == want.size();
      for (size_t i = 0; same && i < got.size(); ++i) {
        same = got[i].entity->id == want[i].entity->id && got[i].score == want[i].score;
      }
      if (!same) {
        ++bad;
        std::printf("MISMATCH %s: index %zu hits, linear scan %zu\n", q.name.c_str(), got.size(),
                    want.size());
      }
    }
    std::printf("verify: %zu queries, %zu mismatches\n", qs.size(), bad);
    return bad == 0 ? 0 : 1;
  }
  ScreenOptions opt;
  auto screen = [&](const Query& q) { return index->Screen(q, opt); };
  screen(qs[0]);
  auto cpu_now = [] {
    rusage ru{};
    getrusage(RUSAGE_THREAD, &ru);
    return ru.ru_utime.tv_sec * 1e6 + ru.ru_utime.tv_usec + ru.ru_stime.tv_sec * 1e6 +
           ru.ru_stime.tv_usec;
  };
  double cpu0 = cpu_now();
  Figures f = Latency(qs, screen);
  double cpu_per_query = (cpu_now() - cpu0) / qs.size();
  std::printf(
      "index, 1 thread, %zu queries: p50 %.1f us, p99 %.1f us, mean %.1f us "
      "(CPU time per query %.1f us: the wall figures include waiting for a busy CPU)\n",
      qs.size(), f.p50_us, f.p99_us, f.mean_us, cpu_per_query);
  if (std::getenv("MATCH_BENCH_WRK")) {
    // The HTTP benchmark's names one by one (type unknown, default options), 200 times each.
    std::printf("wrk_search.lua names (median of 200 runs each):");
    for (const char* name : kWrkNames) {
      Query q;
      q.name = name;
      std::vector<Query> rep(200, q);
      std::printf(" %s %.0f us;", name, Latency(rep, screen).p50_us);
    }
    std::printf("\n");
    // In rotation, as wrk sends them: each query finds the caches holding the others' data.
    std::vector<Query> rot;
    for (int round = 0; round < 200; ++round) {
      for (const char* name : kWrkNames) {
        Query q;
        q.name = name;
        rot.push_back(q);
      }
    }
    Figures fr = Latency(rot, screen);
    std::printf("wrk_search.lua names in rotation: p50 %.1f us, p99 %.1f us, mean %.1f us\n",
                fr.p50_us, fr.p99_us, fr.mean_us);
  }
  if (std::getenv("MATCH_BENCH_SLOWEST")) {
    // The slowest queries, to see what the tail is made of.
    std::vector<size_t> order(qs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    size_t k = std::min<size_t>(order.size(), std::stoul(std::getenv("MATCH_BENCH_SLOWEST")));
    std::partial_sort(order.begin(), order.begin() + k, order.end(),
                      [&](size_t a, size_t b) { return f.us[a] > f.us[b]; });
    for (size_t i = 0; i < k; ++i) {
      const Query& q = qs[order[i]];
      std::printf("  slow %8.0f us  %s [%s]\n", f.us[order[i]], q.name.c_str(),
                  std::string(EntityTypeName(q.type)).c_str());
    }
  }
  double tput = Throughput(qs, 2, screen);
  std::printf("index, 2 threads: %.0f screenings/s\n", tput);
  std::printf("peak RSS after index runs: %ld MB\n", PeakRssMb());

  if (argc > 2 && std::string(argv[2]) == "noref") return 0;
  // The linear-scan reference on a subset (it is slow by design).
  size_t ref_n = std::min<size_t>(qs.size(), 200);
  std::vector<Query> ref_qs(qs.begin(), qs.begin() + ref_n);
  Figures fi = Latency(ref_qs, screen);  // the index on the same queries, for the ratio
  // The index is released before the reference is built: each runs with the process to
  // itself, as each would in service (peak memory is then the larger of the two).
  index.reset();
  *built = nullptr;
  malloc_trim(0);
  auto t2 = Clock::now();
  reference::LinearScan ref(lists);
  double ref_build_ms = Ms(Clock::now() - t2);
  const long ref_rss_mb = CurrentRssMb();
  auto ref_screen = [&](const Query& q) { return ref.Screen(q, opt); };
  Figures rf = Latency(ref_qs, ref_screen);
  double ref_tput = Throughput(ref_qs, 2, ref_screen);
  std::printf(
      "linear scan: prepare %.0f ms; 1 thread, %zu queries: p50 %.0f us, p99 %.0f us; "
      "2 threads: %.0f screenings/s; resident memory with it %ld MB\n",
      ref_build_ms, ref_n, rf.p50_us, rf.p99_us, ref_tput, ref_rss_mb);
  std::printf("ratio linear/index on the same %zu queries: p50 %.0fx, p99 %.0fx, mean %.0fx\n",
              ref_n, rf.p50_us / fi.p50_us, rf.p99_us / fi.p99_us, rf.mean_us / fi.mean_us);
  std::printf("peak RSS (ru_maxrss, whole run): %ld MB\n", PeakRssMb());
  return 0;
}
