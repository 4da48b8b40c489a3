#include "fuzz_common.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <zip.h>

#include "sanctions/json.h"
#include "sanctions/list.h"

namespace sanctions::fuzz {

namespace {

void RemoveTempDir() {
  std::error_code ec;
  std::filesystem::remove_all(TempDir(), ec);
}

}  // namespace

const std::string& TempDir() {
  // Never destroyed: RemoveTempDir runs at exit, after function-local statics are gone.
  static const std::string& dir = *new std::string([] {
    std::string tmpl = (std::filesystem::temp_directory_path() / "sanctions-fuzz-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    return tmpl;
  }());
  static const bool registered = (std::atexit(&RemoveTempDir), true);
  (void)registered;
  return dir;
}

std::string WriteTemp(const std::string& name, std::string_view bytes) {
  std::string path = TempDir() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::abort();
  }
  return path;
}

std::vector<std::string_view> SplitParts(std::string_view data, size_t max_parts) {
  static constexpr std::string_view kSep = "\n#--#\n";
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    size_t pos = data.find(kSep);
    if (pos == std::string_view::npos) break;
    parts.push_back(data.substr(0, pos));
    data.remove_prefix(pos + kSep.size());
  }
  parts.push_back(data);
  return parts;
}

std::string WriteZip(const std::string& name,
                     const std::vector<std::pair<std::string, std::string_view>>& entries) {
  std::string path = TempDir() + "/" + name;
  zipFile zf = zipOpen(path.c_str(), APPEND_STATUS_CREATE);
  if (zf == nullptr) {
    std::fprintf(stderr, "cannot create %s\n", path.c_str());
    std::abort();
  }
  for (const auto& [entry, bytes] : entries) {
    zip_fileinfo info{};
    if (zipOpenNewFileInZip(zf, entry.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                            Z_BEST_SPEED) != ZIP_OK ||
        zipWriteInFileInZip(zf, bytes.data(), static_cast<unsigned>(bytes.size())) != ZIP_OK ||
        zipCloseFileInZip(zf) != ZIP_OK) {
      std::fprintf(stderr, "cannot write entry %s of %s\n", entry.c_str(), path.c_str());
      std::abort();
    }
  }
  zipClose(zf, nullptr);
  return path;
}

void LoadAndTouch(const std::string& path, const std::string& format) {
  LoadOptions options;
  options.format = format;
  if (format == format::kUserCsv) {
    options.user_csv.list_name = "fuzz";
    options.user_csv.columns = {{"id", "id"},         {"name", "name"},      {"type", "type"},
                                {"alias", "aliases"}, {"birth_date", "dob"}, {"country", "country"},
                                {"imo", "imo"},       {"program", "program"}};
  }
  auto r = LoadList(path, options);
  if (!r.ok()) {
    // The message must be printable: building it must not crash either.
    volatile size_t n = r.status().ToString().size();
    (void)n;
    return;
  }
  // Serialise everything: the model promises UTF-8 strings, so a strict dump must not
  // throw; a violation is reported like a crash, naming the entity.
  // SANCTIONS_FUZZ_SKIP_UTF8=1 skips this check (to hunt memory errors past known ones).
  static const bool skip_utf8 = [] {
    const char* v = std::getenv("SANCTIONS_FUZZ_SKIP_UTF8");
    return v != nullptr && std::string_view(v) == "1";
  }();
  if (skip_utf8) {
    size_t total = 0;
    for (const Entity& e : r->entities) {
      total +=
          EntityToJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size();
    }
    volatile size_t sink = total;
    (void)sink;
    return;
  }
  size_t total = 0;
  const Entity* current = nullptr;
  try {
    total += ListSummaryToJson(*r, SIZE_MAX).dump().size();
    for (const Entity& e : r->entities) {
      current = &e;
      total += EntityToJson(e).dump().size();
    }
  } catch (const nlohmann::json::exception& ex) {
    std::fprintf(stderr, "model invariant broken (%s) in %s: %s\n", format.c_str(),
                 current ? current->id.c_str() : "the list summary", ex.what());
    std::abort();
  }
  volatile size_t sink = total;
  (void)sink;
}

}  // namespace sanctions::fuzz
