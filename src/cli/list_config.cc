// The configured lists ($SANCTIONS_HOME/lists.json) and loading the lists a command names.
//
// lists.json: {"version":1,"lists":[{"path":"/abs/sdn.csv","list":"us_ofac_sdn",
//   "format":"ofac_csv","published":"...","entities":N,"sha256":"...","added":"<UTC time>"}]}
// Only "path" is needed to load; the rest is what `lists show` prints without reloading.
// Concurrent writers: the last rename wins; the file is never half-written.
#include "cli/list_config.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "util/io.h"

namespace sanctions::cli {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// How many rejected records LoadListsForCommand prints per list.
constexpr size_t kRejectionsShown = 10;

std::string ConfigPath() {
  return SanctionsHome() + "/lists.json";
}

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The absolute, normalised form of a path as recorded in lists.json (no trailing '/').
std::string Canonical(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) p = fs::path(path);
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

// Reads lists.json; a missing file is an empty configuration.
Result<json> ReadConfig() {
  const std::string path = ConfigPath();
  std::error_code ec;
  if (!fs::exists(path, ec)) return json{{"version", 1}, {"lists", json::array()}};
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  json j = json::parse(*bytes, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || !j.contains("lists") || !j["lists"].is_array()) {
    return Status::Corruption(path + ": not a lists configuration (expected {\"lists\":[...]}); " +
                              "fix or delete it");
  }
  for (const json& entry : j["lists"]) {
    if (!entry.is_object() || !entry.contains("path") || !entry["path"].is_string()) {
      return Status::Corruption(path + ": a list entry has no \"path\" string; fix or delete it");
    }
  }
  return j;
}

// Writes lists.json atomically: a temp file beside it, flushed, then renamed over it.
Status WriteConfig(const json& config) {
  const std::string home = SanctionsHome();
  std::error_code ec;
  fs::create_directories(home, ec);
  if (ec) return Status::IoError(home + ": cannot create folder: " + ec.message());
  const std::string path = ConfigPath();
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(tmp + ": cannot write: " + std::strerror(errno));
    out << config.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      return Status::IoError(tmp + ": write failed");
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    return Status::IoError(path + ": cannot replace: " + ec.message());
  }
  return Status::Ok();
}

json EntryFor(const std::string& path, const ListData& data) {
  return {{"path", path},
          {"list", data.list},
          {"format", data.format},
          {"published", data.published},
          {"entities", data.entities.size()},
          {"sha256", data.sha256},
          {"added", UtcNow()}};
}

}  // namespace

std::string SanctionsHome() {
  const char* home = std::getenv("SANCTIONS_HOME");
  if (home != nullptr && *home != '\0') return home;
  const char* user_home = std::getenv("HOME");
  if (user_home != nullptr && *user_home != '\0') {
    return std::string(user_home) + "/.local/share/sanctions";
  }
  return ".sanctions";
}

Result<std::vector<std::string>> ConfiguredLists() {
  auto config = ReadConfig();
  if (!config.ok()) return config.status();
  std::vector<std::string> paths;
  for (const json& entry : (*config)["lists"]) paths.push_back(entry["path"].get<std::string>());
  return paths;
}

Status AddConfiguredLists(const std::vector<std::string>& paths) {
  if (paths.empty()) return Status::InvalidArgument("no list file given");
  auto config = ReadConfig();
  if (!config.ok()) return config.status();
  json& lists = (*config)["lists"];
  // Validate everything first: one bad list and nothing is saved.
  std::vector<json> entries;
  for (const std::string& given : paths) {
    auto data = LoadList(given);
    if (!data.ok()) {
      return Status(data.status()).WithContext("refused " + given + " (nothing saved)");
    }
    entries.push_back(EntryFor(Canonical(given), *data));
  }
  for (json& entry : entries) {
    bool replaced = false;
    for (json& existing : lists) {
      if (existing["path"] == entry["path"]) {  // idempotent: refresh the facts only
        existing = entry;
        replaced = true;
        break;
      }
    }
    if (!replaced) {
      // The same path given twice in one call is added once.
      lists.push_back(std::move(entry));
    }
  }
  return WriteConfig(*config);
}

Status RemoveConfiguredList(const std::string& path) {
  auto config = ReadConfig();
  if (!config.ok()) return config.status();
  json& lists = (*config)["lists"];
  const std::string canonical = Canonical(path);
  json kept = json::array();
  bool found = false;
  for (json& entry : lists) {
    const std::string p = entry["path"].get<std::string>();
    if (p == canonical || p == path) {
      found = true;
    } else {
      kept.push_back(std::move(entry));
    }
  }
  if (!found) {
    return Status::NotFound(path + ": not a configured list (see `sanctions lists show`)");
  }
  lists = std::move(kept);
  return WriteConfig(*config);
}

Result<std::vector<ListData>> LoadListsForCommand(const std::vector<std::string>& paths,
                                                  const LoadOptions& options, bool quiet) {
  std::vector<std::string> to_load = paths;
  if (to_load.empty()) {
    auto configured = ConfiguredLists();
    if (!configured.ok()) return configured.status();
    to_load = std::move(*configured);
    if (to_load.empty()) {
      return Status::InvalidArgument(
          "no list given and none configured: add one with `sanctions lists add FILE` "
          "(kept in " +
          ConfigPath() + ") or pass --list FILE");
    }
  }
  std::vector<ListData> out;
  out.reserve(to_load.size());
  for (const std::string& path : to_load) {
    auto data = LoadList(path, options);
    if (!data.ok()) {
      const std::string& msg = data.status().message();
      if (msg.find(BaseName(path)) == std::string::npos) {
        return Status(data.status()).WithContext(path);
      }
      return data.status();
    }
    if (!quiet && !data->rejections.empty()) {
      const auto& rej = data->rejections;
      std::cerr << "warning: " << path << ": " << rej.size() << " rejected record(s)\n";
      for (size_t i = 0; i < rej.size() && i < kRejectionsShown; ++i) {
        std::cerr << "  rejected: " << rej[i].ToString() << "\n";
      }
      if (rej.size() > kRejectionsShown) {
        std::cerr << "  ... " << (rej.size() - kRejectionsShown)
                  << " more (all of them: sanctions lists info --json " << path << ")\n";
      }
    }
    out.push_back(std::move(*data));
  }
  return out;
}

}  // namespace sanctions::cli
