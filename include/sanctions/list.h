// Loading official list files into the entity model.
//
//   sanctions::LoadOptions opts;                    // format detected from content
//   auto r = sanctions::LoadList("../shared/lists/un/consolidated_2026-02-27.xml", opts);
//   if (!r.ok()) { std::cerr << r.status().ToString(); }
//   for (const Entity& e : r->entities) ...
//
// A file that is not a list, is empty, truncated or has broken encoding fails the whole
// load with one Status naming the file and the reason. A malformed record inside a good
// file is rejected: reported (file, line or element, field, reason), skipped, counted,
// and the rest loads. With `strict`, any rejection fails the load.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "sanctions/entity.h"
#include "sanctions/status.h"

namespace sanctions {

// One record that could not be loaded.
struct Rejection {
  std::string file;
  uint32_t line = 0;    // 1-based, 0 if not line-oriented
  std::string element;  // element path or record number, when not line-oriented
  std::string field;    // the offending field, "" for the whole record
  std::string reason;
  std::string ToString() const;  // "sdn.csv:12: field 'ent_num': not a number"
};

// Non-fatal remarks about a file: an alias naming an unknown entity, an unknown id label.
struct Warning {
  std::string file;
  uint32_t line = 0;
  std::string element;
  std::string message;
  std::string ToString() const;
};

// Receives rejected records and warnings as a reader goes. The default collects them
// into the ListData; a caller may also pass a callback to stream them (e.g. to stderr).
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Reject(Rejection r) = 0;
  virtual void Warn(Warning w) = 0;
};

// Formats, as names for `--format` and in `lists info`.
namespace format {
inline constexpr const char* kOfacCsv = "ofac_csv";  // sdn.csv/add/alt/comments, cons_*.csv
inline constexpr const char* kOfacXml = "ofac_xml";  // classic sdnList XML (old & new ns)
inline constexpr const char* kOfacAdvancedXml = "ofac_advanced_xml";
inline constexpr const char* kOfacEnhancedXml = "ofac_enhanced_xml";  // also inside *_ENHANCED.ZIP
inline constexpr const char* kUnXml = "un_xml";
inline constexpr const char* kEuXml = "eu_fsf_xml";
inline constexpr const char* kUkCsv = "uk_ofsi_csv";
inline constexpr const char* kCslCsv = "us_csl_csv";  // also .csv.gz
inline constexpr const char* kBisDpl = "us_bis_dpl";
inline constexpr const char* kCaSemaXml = "ca_sema_xml";
inline constexpr const char* kAuDfatXlsx = "au_dfat_xlsx";
inline constexpr const char* kChSecoXml = "ch_seco_xml";
inline constexpr const char* kFtmJson = "ftm_json";  // OpenSanctions FollowTheMoney lines
inline constexpr const char* kUserCsv = "user_csv";
}  // namespace format

// Column mapping of a user's own CSV list (format::kUserCsv). Keys are model fields,
// values are header names in the file. See docs/user-lists.md.
struct UserCsvMapping {
  std::map<std::string, std::string> columns;  // "id"->"Customer ID", "name"->"Full name", ...
  std::string list_name = "user";
  char delimiter = ',';
  char multi_value_separator = ';';  // for alias, identifier and country columns
};

struct LoadOptions {
  std::string format;            // "" = detect from content
  std::string list_name;         // "" = the format's own list id (e.g. "us_ofac_sdn")
  bool strict = false;           // any rejected record fails the load
  UserCsvMapping user_csv;       // used by format::kUserCsv
  Reporter* reporter = nullptr;  // optional: also told of every rejection and warning
};

struct ListData {
  std::string file;                // the path given (for a CSV set: the main file or folder)
  std::vector<std::string> files;  // every file read (companions of an OFAC CSV set)
  std::string list;                // "us_ofac_sdn", "un_sc", ...
  std::string format;              // one of format::
  std::string published;           // ISO date or date-time the file states, "" if none
  std::string sha256;              // of the main file's bytes
  std::vector<Entity> entities;
  std::vector<Rejection> rejections;
  std::vector<Warning> warnings;
};

// Reads one list. `path` may be a file or (for an OFAC CSV set) a folder.
Result<ListData> LoadList(const std::string& path, const LoadOptions& options = {});

// Detects the format of `path` from its content (and, for containers, its entries).
// Returns one of format::, or a Corruption status saying why nothing fits.
Result<std::string> DetectFormat(const std::string& path);

// The formats LoadList understands.
std::vector<std::string> SupportedFormats();

}  // namespace sanctions
