// Format detection from content: the root element of XML files, the header of CSV and
// tab-delimited files, the first object of JSON lines, the entries of zip archives.
// File names are used only for OFAC CSV sets, whose files have no header.
#include <filesystem>
#include <regex>

#include "sanctions/list.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

namespace fs = std::filesystem;

// The local name of the first element of an XML document ("sdnList"), or "".
std::string XmlRootName(std::string_view head) {
  size_t pos = 0;
  while ((pos = head.find('<', pos)) != std::string_view::npos) {
    if (pos + 1 >= head.size()) return "";
    char c = head[pos + 1];
    if (c == '?' || c == '!') {
      ++pos;
      continue;
    }
    size_t end = head.find_first_of(" \t\r\n>/", pos + 1);
    if (end == std::string_view::npos) return "";
    std::string name(head.substr(pos + 1, end - pos - 1));
    size_t colon = name.find(':');
    if (colon != std::string::npos) name = name.substr(colon + 1);
    return name;
  }
  return "";
}

bool IsOfacCsvName(const std::string& base) {
  static const char* kNames[] = {"sdn.csv",          "add.csv",          "alt.csv",
                                 "sdn_comments.csv", "cons_prim.csv",    "cons_add.csv",
                                 "cons_alt.csv",     "cons_comments.csv"};
  std::string lower = AsciiLower(base);
  for (const char* n : kNames)
    if (lower == n) return true;
  return false;
}

// OFAC legacy CSV rows look like: 36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",...
bool LooksOfacCsvRow(std::string_view line) {
  static const std::regex kRow(R"(^\s*[0-9]+,("[^"]*"|-0- ?),)");
  return std::regex_search(std::string(line.substr(0, 200)), kRow);
}

Result<std::string> DetectText(const std::string& path, std::string_view head) {
  head = StripBom(head);
  std::string_view t = Trim(head);
  if (t.empty()) return Status::Corruption(path + ": empty file");
  if (t.front() == '<') {
    std::string root = XmlRootName(t);
    if (root == "sdnList") return std::string(format::kOfacXml);
    if (root == "Sanctions") return std::string(format::kOfacAdvancedXml);
    if (root == "sanctionsData") return std::string(format::kOfacEnhancedXml);
    if (root == "CONSOLIDATED_LIST") return std::string(format::kUnXml);
    if (root == "export") return std::string(format::kEuXml);
    if (root == "data-set") return std::string(format::kCaSemaXml);
    if (root == "swiss-sanctions-list") return std::string(format::kChSecoXml);
    return Status::Corruption(path + ": XML root element <" + root +
                              "> is not a known sanctions list format");
  }
  if (t.front() == '{') {
    if (t.find("\"schema\"") != std::string_view::npos) return std::string(format::kFtmJson);
    return Status::Corruption(path + ": JSON without a FollowTheMoney \"schema\" field");
  }
  std::string_view first_line = t.substr(0, t.find('\n'));
  if (StartsWithIgnoreCase(first_line, "Last Updated") ||
      FindIgnoreCase(first_line, "Group ID") != std::string_view::npos) {
    return std::string(format::kUkCsv);
  }
  if (StartsWithIgnoreCase(first_line, "_id,source,") ||
      FindIgnoreCase(first_line, "entity_number") != std::string_view::npos) {
    return std::string(format::kCslCsv);
  }
  if (first_line.find('\t') != std::string_view::npos &&
      FindIgnoreCase(first_line, "Street_Address") != std::string_view::npos) {
    return std::string(format::kBisDpl);
  }
  if (LooksOfacCsvRow(first_line)) return std::string(format::kOfacCsv);
  return Status::Corruption(path + ": not a recognised sanctions list format (first line: '" +
                            std::string(first_line.substr(0, 60)) + "')");
}

}  // namespace

Result<std::string> DetectFormat(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const char* n : {"sdn.csv", "SDN.CSV", "cons_prim.csv", "CONS_PRIM.CSV"}) {
      if (fs::exists(fs::path(path) / n, ec)) return std::string(format::kOfacCsv);
    }
    return Status::Corruption(path + ": folder holds no sdn.csv or cons_prim.csv");
  }
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  if (raw->empty()) return Status::Corruption(path + ": empty file");
  if (LooksZip(*raw)) {
    auto entries = ZipEntries(path);
    if (!entries.ok()) return entries.status();
    for (const std::string& e : *entries) {
      if (e == "xl/workbook.xml") return std::string(format::kAuDfatXlsx);
    }
    for (const std::string& e : *entries) {
      std::string lower = AsciiLower(e);
      if (lower.size() > 4 && lower.substr(lower.size() - 4) == ".xml") {
        auto body = ReadZipEntry(path, e);
        if (!body.ok()) return body.status();
        auto f = DetectText(path + "!" + e, std::string_view(*body).substr(0, 4096));
        if (f.ok()) return f;
      }
    }
    return Status::Corruption(path + ": zip archive holds no known sanctions list");
  }
  if (LooksGzip(*raw)) {
    auto body = ReadGzipFile(path);
    if (!body.ok()) return body.status();
    return DetectText(path, std::string_view(*body).substr(0, 4096));
  }
  if (IsOfacCsvName(BaseName(path))) return std::string(format::kOfacCsv);
  return DetectText(path, std::string_view(*raw).substr(0, 4096));
}

}  // namespace sanctions
