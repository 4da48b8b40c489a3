// Loading benchmark (issue 2, section 6): loads every list file under the shared lists
// folder once, as `sanctions` would, and prints per file the time, entities and rejections,
// then the total time and the peak memory (getrusage ru_maxrss). Build it Release:
//
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   ninja -C build-release load_bench && build-release/bench/load_bench [LISTS_DIR]
//
// An OFAC CSV set (a folder with sdn.csv or cons_prim.csv) is loaded once as a set; its
// companion files are not loaded again. schemas/ and derived/ are skipped, and so are files
// that are not lists (XSD, specs, companions without their main file), each with a note.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
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

}  // namespace

int main(int argc, char** argv) {
  const std::string root = argc > 1 ? argv[1] : std::string(SANCTIONS_SHARED_DIR) + "/lists";
  if (!fs::is_directory(root)) {
    std::fprintf(stderr, "load_bench: %s: not a folder\n", root.c_str());
    return 2;
  }
  std::vector<Item> items;
  Collect(root, &items);
  std::printf("%-72s %-18s %9s %9s %8s\n", "file", "format", "ms", "entities", "rejected");
  size_t files = 0, entities = 0, rejected = 0;
  double total_ms = 0;
  std::vector<std::string> notes;
  for (const Item& item : items) {
    std::string shown = item.path.substr(std::min(item.path.size(), root.size() + 1));
    if (!item.note.empty()) {
      notes.push_back(shown + ": " + item.note);
      continue;
    }
    auto start = std::chrono::steady_clock::now();
    auto r = sanctions::LoadList(item.path);
    double ms = Ms(std::chrono::steady_clock::now() - start);
    total_ms += ms;
    if (!r.ok()) {
      // Counted in the total time: a real load would spend it too.
      notes.push_back(shown + ": not loaded: " + r.status().message());
      std::printf("%-72s %-18s %9.1f %9s %8s\n", shown.c_str(), "(error)", ms, "-", "-");
      continue;
    }
    ++files;
    entities += r->entities.size();
    rejected += r->rejections.size();
    std::printf("%-72s %-18s %9.1f %9zu %8zu\n", shown.c_str(), r->format.c_str(), ms,
                r->entities.size(), r->rejections.size());
  }
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("\ntotal: %zu lists, %zu entities, %zu rejected, %.1f ms, peak memory %.1f MiB\n",
              files, entities, rejected, total_ms, usage.ru_maxrss / 1024.0);
  for (const std::string& n : notes) std::printf("note: %s\n", n.c_str());
  return 0;
}
