// Loading benchmark (issue 2, section 6): loads every list file under the shared lists
// folder once, as `sanctions` would, and prints per file the time, entities and rejections,
// then the total time and the peak memory (getrusage ru_maxrss). Build it Release:
//
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   ninja -C build-release load_bench && build-release/bench/load_bench [--repeat N] [LISTS_DIR]
//
// With --repeat N the whole set is loaded N times; per file and in total the fastest pass
// is printed (the machine is shared: the minimum is the least disturbed measurement), with
// the CPU time (user + system) of the whole run beside it.
// An OFAC CSV set (a folder with sdn.csv or cons_prim.csv) is loaded once as a set; its
// companion files are not loaded again. schemas/ and derived/ are skipped, and so are files
// that are not lists (XSD, specs, companions without their main file), each with a note.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "sanctions/list.h"
#include "util/text.h"

namespace {

namespace fs = std::filesystem;

struct Item {
  std::string path;  // a file, or an OFAC CSV folder
  std::string note;  // non-empty: skipped, with the reason
};

bool IsOfacMain(const std::string& name) {
  std::string l = sanctions::AsciiLower(name);
  return l == "sdn.csv" || l == "cons_prim.csv";
}

bool IsOfacCompanion(const std::string& name) {
  std::string l = sanctions::AsciiLower(name);
  return l == "add.csv" || l == "alt.csv" || l == "sdn_comments.csv" || l == "cons_add.csv" ||
         l == "cons_alt.csv" || l == "cons_comments.csv";
}

// Walks `dir` in name order, deciding what to load and what to skip.
void Collect(const fs::path& dir, std::vector<Item>* items) {
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  bool has_main = false;
  for (const fs::path& p : entries) {
    if (fs::is_regular_file(p) && IsOfacMain(p.filename().string())) has_main = true;
  }
  if (has_main) {  // one OFAC CSV set: load the folder once
    items->push_back({dir.string(), ""});
    return;
  }
  for (const fs::path& p : entries) {
    const std::string name = p.filename().string();
    if (fs::is_directory(p)) {
      if (name == "schemas" || name == "derived") {
        items->push_back({p.string(), "skipped: " + name + "/ holds no list files"});
      } else {
        Collect(p, items);
      }
      continue;
    }
    std::string ext = sanctions::AsciiLower(p.extension().string());
    if (ext == ".xsd" || ext == ".md") {
      items->push_back({p.string(), "skipped: not a list (" + ext + ")"});
    } else if (IsOfacCompanion(name)) {
      items->push_back({p.string(), "skipped: OFAC companion file without its sdn.csv"});
    } else {
      items->push_back({p.string(), ""});
    }
  }
}

double Ms(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

double CpuMs() {
  struct rusage u {};
  getrusage(RUSAGE_SELF, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
         (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 1;
  std::string root = std::string(SANCTIONS_SHARED_DIR) + "/lists";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      root = a;
    }
  }
  if (!fs::is_directory(root)) {
    std::fprintf(stderr, "load_bench: %s: not a folder\n", root.c_str());
    return 2;
  }
  std::vector<Item> items;
  Collect(root, &items);

  struct Row {
    std::string shown, format, error;
    double best_ms = 1e300;
    size_t entities = 0, rejected = 0;
  };
  std::vector<Row> rows(items.size());
  std::vector<double> pass_ms;
  std::vector<std::string> notes;
  for (int pass = 0; pass < repeat; ++pass) {
    double total = 0;
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      Row& row = rows[i];
      row.shown = item.path.substr(std::min(item.path.size(), root.size() + 1));
      if (!item.note.empty()) {
        if (pass == 0) notes.push_back(row.shown + ": " + item.note);
        continue;
      }
      auto start = std::chrono::steady_clock::now();
      auto r = sanctions::LoadList(item.path);
      double ms = Ms(std::chrono::steady_clock::now() - start);
      total += ms;  // a failed load counts too: a real load would spend it
      row.best_ms = std::min(row.best_ms, ms);
      if (!r.ok()) {
        row.format = "(error)";
        if (pass == 0) notes.push_back(row.shown + ": not loaded: " + r.status().message());
        continue;
      }
      row.format = r->format;
      row.entities = r->entities.size();
      row.rejected = r->rejections.size();
    }
    pass_ms.push_back(total);
  }

  std::printf("%-72s %-18s %9s %9s %8s\n", "file", "format", "ms", "entities", "rejected");
  size_t files = 0, entities = 0, rejected = 0;
  double best_sum = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    const Row& row = rows[i];
    if (!items[i].note.empty()) continue;
    best_sum += row.best_ms;
    if (row.format == "(error)") {
      std::printf("%-72s %-18s %9.1f %9s %8s\n", row.shown.c_str(), "(error)", row.best_ms, "-",
                  "-");
      continue;
    }
    ++files;
    entities += row.entities;
    rejected += row.rejected;
    std::printf("%-72s %-18s %9.1f %9zu %8zu\n", row.shown.c_str(), row.format.c_str(), row.best_ms,
                row.entities, row.rejected);
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  double best_pass = *std::min_element(pass_ms.begin(), pass_ms.end());
  std::printf("\ntotal: %zu lists, %zu entities, %zu rejected\n", files, entities, rejected);
  std::printf(
      "time: fastest pass %.1f ms (of %d; sum of per-file minima %.1f ms); "
      "CPU %.1f ms per pass on average\n",
      best_pass, repeat, best_sum, CpuMs() / repeat);
  std::printf("peak memory (ru_maxrss): %.1f MiB\n", usage.ru_maxrss / 1024.0);
  for (const std::string& n : notes) std::printf("note: %s\n", n.c_str());
  return 0;
}
