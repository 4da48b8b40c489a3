// BIS Denied Persons List (dpl.txt): tab-delimited, every field quoted, one header row
// "Name" "Street_Address" "City" "State" "Country" "Postal_Code" "Effective_Date"
// "Expiration_Date" "Standard_Order" "Last_Update" "Action" "FR_Citation".
//
// Decisions:
// - One entity per row (list id "us_bis_dpl"). The same party appears on several rows
//   when it has several addresses; rows are not merged because the list gives no id.
// - Source id: the list has no id of its own. A row number would change whenever BIS
//   inserts a row, so the id is the first 12 hex digits of SHA-256 over
//   "Name|Street_Address|City|Country|Effective_Date" — stable across versions while the
//   row is unchanged. Rows identical in those fields (the 2023-11 file has two exact
//   duplicates) get "-2", "-3"... in file order.
// - Type: organization when the name holds a legal form or organisation word (INC, LTD,
//   LLC, CORP, GMBH, CO, COMPANY, SA, AIRLINES, TRADING... see HasLegalForm), else
//   unknown: the list does not say, and most rows without such a word are persons but
//   some are trading names.
// - Effective_Date (MM/DD/YYYY) -> listed_on. Expiration_Date, Standard_Order,
//   Last_Update, Action and FR_Citation -> extra, as listed. A date that cannot be read
//   (the real file's Last_Update "3033-09-30") keeps its text and raises a warning; the
//   row still loads.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "sanctions/entity.h"
#include "sources/list_facts.h"
#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/csv.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {
namespace {

constexpr const char* kList = "us_bis_dpl";
const char* const kColumns[] = {
    "Name",           "Street_Address",  "City",           "State",       "Country", "Postal_Code",
    "Effective_Date", "Expiration_Date", "Standard_Order", "Last_Update", "Action",  "FR_Citation"};

std::string JoinNonEmpty(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

}  // namespace

Status ReadBisDpl(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  ctx.out().sha256 = Sha256Hex(*bytes);
  std::string text = DecodeListText(*bytes);
  if (Trim(text).empty()) return Status::Corruption(path + ": empty file");
  const std::string file = BaseName(path);

  CsvReader::Options opts;
  opts.delimiter = '\t';
  CsvReader reader(text, opts);
  std::vector<std::string> row;
  if (!reader.Next(&row)) return Status::Corruption(path + ": empty file");
  // Map header names to positions; every expected column must be present.
  std::map<std::string, size_t> col;
  for (size_t i = 0; i < row.size(); ++i) col[TrimCopy(row[i])] = i;
  for (const char* name : kColumns) {
    if (!col.count(name)) {
      return Status::Corruption(path + ": not a BIS Denied Persons List (no column '" +
                                std::string(name) + "' in the header)");
    }
  }
  // Fields are found by header position; a row must reach the right-most one (the header
  // may hold extra or reordered columns).
  size_t needed = 0;
  for (const char* name : kColumns) needed = std::max(needed, col[name] + 1);
  ListData& out = ctx.out();
  out.list = kList;

  std::map<std::string, int> id_uses;
  uint32_t record = 0;
  while (reader.Next(&row)) {
    const uint32_t line = reader.record_line();
    ++record;
    const std::string element = "row " + std::to_string(record);
    if (row.size() == 1 && Trim(row[0]).empty()) continue;  // blank line
    if (reader.last_record_unterminated()) {
      ctx.Reject(path, line, element, "", "unterminated quoted field (truncated file?)");
      continue;
    }
    if (row.size() < needed) {
      ctx.Reject(
          path, line, element, "",
          "has " + std::to_string(row.size()) + " fields, expected " + std::to_string(needed));
      continue;
    }
    auto get = [&](const char* name) {
      size_t i = col.at(name);
      return i < row.size() ? CleanText(row[i]) : std::string();
    };
    std::string name = get("Name");
    if (name.empty()) {
      ctx.Reject(path, line, element, "Name", "empty name");
      continue;
    }
    if (name == "Name" && get("Effective_Date") == "Effective_Date") {
      ctx.Reject(path, line, element, "", "repeated header row");
      continue;
    }
    Entity e;
    e.list = kList;
    e.source = SourceRef{file, line, element};
    std::string street = get("Street_Address");
    std::string city = get("City");
    std::string country = get("Country");
    std::string effective = get("Effective_Date");
    std::string key = name + "|" + street + "|" + city + "|" + country + "|" + effective;
    std::string source_id = Sha256Hex(key).substr(0, 12);
    int uses = ++id_uses[source_id];
    if (uses > 1) source_id += "-" + std::to_string(uses);
    e.source_id = source_id;
    e.id = MakeEntityId(kList, e.source_id);
    e.type = HasLegalForm(name) ? EntityType::kOrganization : EntityType::kUnknown;
    Name n;
    n.full = name;
    n.script = DetectScript(name);
    e.names.push_back(std::move(n));

    Address addr;
    addr.street = street;
    addr.city = city;
    addr.region = get("State");
    addr.postal_code = get("Postal_Code");
    addr.country_name = country;
    addr.country = CountryCode(country);
    addr.full =
        JoinNonEmpty({addr.street, addr.city, addr.region, addr.postal_code, country}, ", ");
    if (!addr.full.empty()) e.addresses.push_back(std::move(addr));

    if (!effective.empty()) {
      if (auto d = ParseDateSpec(effective, DateOrder::kMonthFirst)) {
        e.listed_on = *d;
      } else {
        e.listed_on.text = effective;
        ctx.Warn(path, line, element,
                 "Effective_Date: unreadable date '" + effective + "', kept as text");
      }
    }
    for (const char* field : {"Expiration_Date", "Last_Update"}) {
      std::string v = get(field);
      if (v.empty()) continue;
      if (!ParseDateSpec(v, DateOrder::kMonthFirst)) {
        ctx.Warn(path, line, element,
                 std::string(field) + ": unreadable date '" + v + "', kept as text");
      }
      e.extra.emplace_back(AsciiLower(field), v);
    }
    for (const char* field : {"Standard_Order", "Action", "FR_Citation"}) {
      if (std::string v = get(field); !v.empty()) e.extra.emplace_back(AsciiLower(field), v);
    }
    out.entities.push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace sanctions
