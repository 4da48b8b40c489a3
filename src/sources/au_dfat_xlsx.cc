// Australia DFAT Consolidated List (regulation8_consolidated.xlsx), read from the workbook
// itself (sources/xlsx.h). List id "au_dfat".
//
// Layout: one sheet, a header row (Reference, Name of Individual or Entity, Type, Name
// Type, Date of Birth, Place of Birth, Citizenship, Address, Additional Information,
// Listing Information, Committees, Control Date), then one row per NAME. Columns are found
// by their header text, so a reordered sheet still reads.
//
// Grouping rule (checked on the 2024-11 file: 9553 rows, 3062 groups, each with exactly
// one "Primary Name" row): a row belongs to the entity whose reference is the leading
// digits of its own reference ("2940", "2940a", "2940j", "1276c4" -> "2940"/"1276"). Rows
// of one entity are usually adjacent but not always (2940j is 180 rows below 2940), so
// rows are grouped by that key, not by position. Source id = the numeric reference.
//
// Name Type (dirty casing/spacing normalised): "Primary Name" -> primary, "aka" -> aka,
// "Original Script" -> aka with the script detected by ICU, "Formerly known as" /
// "Previously listed as" -> fka; anything else -> aka with a warning. A group without a
// Primary Name row is rejected; a second Primary Name becomes an aka with a warning.
//
// Other rows of a group usually repeat the primary row's facts but sometimes differ; the
// entity takes the union of every row's values (duplicates dropped).
// Dates of birth are Excel serials (numeric cells) or text with several dates ("a) 1955
// b) 1958", "1972; 1973", "x >> y", "x or y", "alt DOB: x"); unreadable pieces are kept
// as extra ("Date of Birth", text) and counted in one warning. Type: "Individual" ->
// person, "Entity" -> organization (case and spaces ignored). Committees -> programs;
// Listing Information -> sanctions_notes (and listed_on from its first "on <date>");
// Additional Information -> remarks; Control Date -> extra ("Control Date", ISO date).
// published = docProps/core.xml dcterms:modified (date part), else the newest Control Date.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <regex>

#include "sources/reader.h"
#include "sources/source_text.h"
#include "sources/xlsx.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

constexpr const char* kList = "au_dfat";

enum Col {
  kRef,
  kName,
  kType,
  kNameType,
  kDob,
  kPob,
  kCitizenship,
  kAddress,
  kInfo,
  kListing,
  kCommittees,
  kControl,
  kNumCols
};

const char* const kHeaders[kNumCols] = {"reference",
                                        "name of individual or entity",
                                        "type",
                                        "name type",
                                        "date of birth",
                                        "place of birth",
                                        "citizenship",
                                        "address",
                                        "additional information",
                                        "listing information",
                                        "committees",
                                        "control date"};

template <typename T>
void AddUnique(std::vector<T>& v, T value) {
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(std::move(value));
}

std::string RowElement(const std::string& sheet, uint32_t row) {
  return sheet + "/row[" + std::to_string(row) + "]";
}

// An Excel serial as stored in a numeric cell -> ISO date, "" if not a date.
std::string SerialToIso(const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || !std::isfinite(v)) return "";
  auto d = ExcelSerialToDate(v);
  return d ? d->ToString() : "";
}

// Pieces of a free-text date-of-birth cell.
std::vector<std::string> SplitDates(const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& item : SplitEnumerated(text)) {
    std::string t = item;
    // "alt DOB:" introduces an alternative.
    static const std::regex kAlt(R"(\balt\.? ?DOB:?)", std::regex::icase);
    if (FindIgnoreCase(t, "dob") != std::string::npos) t = std::regex_replace(t, kAlt, ";");
    // "1955- 1958", "1955 -1958": a year range written with stray spaces.
    static const std::regex kRange(R"((\d{4})\s*-\s*(\d{4}))");
    if (t.find('-') != std::string::npos) t = std::regex_replace(t, kRange, "$1-$2");
    for (std::string& p : SplitAny(t, {";", ">>", " or ", " OR ", " Or "})) {
      // Stray punctuation around a date: "1967,", "1965.", "(Aug. 1961)".
      while (!p.empty() && (p.back() == ',' || p.back() == '.' || p.back() == ';')) p.pop_back();
      if (p.size() > 2 && p.front() == '(' && p.back() == ')') p = p.substr(1, p.size() - 2);
      p = CleanText(p);
      if (!p.empty()) out.push_back(p);
    }
  }
  return out;
}

struct Group {
  Entity entity;
  bool has_primary = false;
  uint32_t first_row = 0;
  std::vector<std::string> unparsed_dates;
};

}  // namespace

Status ReadAuDfatXlsx(const std::string& path, ReadContext& ctx) {
  auto sheet = ReadXlsxSheet(path, 0);
  if (!sheet.ok()) return sheet.status();
  ListData& out = ctx.out();
  out.list = kList;
  const std::string file = BaseName(path);

  // Header: the first row that names "Reference" and "Name Type".
  int cols[kNumCols];
  std::fill(std::begin(cols), std::end(cols), -1);
  size_t header_index = sheet->rows.size();
  for (size_t i = 0; i < sheet->rows.size() && i < 20; ++i) {
    const XlsxRow& row = sheet->rows[i];
    int found[kNumCols];
    std::fill(std::begin(found), std::end(found), -1);
    for (size_t c = 0; c < row.cells.size(); ++c) {
      std::string h = AsciiLower(CleanText(row.Text(c)));
      for (int k = 0; k < kNumCols; ++k)
        if (h == kHeaders[k] && found[k] < 0) found[k] = static_cast<int>(c);
    }
    if (found[kRef] >= 0 && found[kNameType] >= 0) {
      std::copy(std::begin(found), std::end(found), std::begin(cols));
      header_index = i;
      break;
    }
  }
  if (header_index == sheet->rows.size()) {
    return Status::Corruption(path +
                              ": not a DFAT consolidated list: no header row with "
                              "'Reference' and 'Name Type' in sheet '" +
                              sheet->name + "'");
  }
  for (int k : {kRef, kName, kType, kNameType}) {
    if (cols[k] < 0) {
      return Status::Corruption(path + ": DFAT header lacks the column '" +
                                std::string(kHeaders[k]) + "'");
    }
  }
  auto cell = [&](const XlsxRow& row, int k) -> std::string {
    return cols[k] < 0 ? std::string() : CleanText(row.Text(cols[k]));
  };

  std::map<std::string, size_t> by_ref;  // numeric reference -> index in groups
  std::vector<Group> groups;
  std::string newest_control;

  for (size_t i = header_index + 1; i < sheet->rows.size(); ++i) {
    const XlsxRow& row = sheet->rows[i];
    const std::string element = RowElement(sheet->name, row.number);
    bool any = false;
    for (const XlsxCell& c : row.cells) any = any || !Trim(c.text).empty();
    if (!any) continue;

    std::string v[kNumCols];
    for (int k = 0; k < kNumCols; ++k) v[k] = cell(row, k);
    std::string ref = v[kRef];
    size_t digits = 0;
    while (digits < ref.size() && ref[digits] >= '0' && ref[digits] <= '9') ++digits;
    if (digits == 0) {
      ctx.Reject(path, 0, element, "Reference",
                 "reference '" + ref + "' does not start with a number");
      continue;
    }
    std::string base = ref.substr(0, digits);
    std::string name = v[kName];
    if (IsNullMarker(name)) {
      ctx.Reject(path, 0, element, "Name of Individual or Entity", "empty name");
      continue;
    }

    auto [it, inserted] = by_ref.emplace(base, groups.size());
    if (inserted) {
      groups.emplace_back();
      Group& g = groups.back();
      g.first_row = row.number;
      g.entity.list = kList;
      g.entity.source_id = base;
      g.entity.id = MakeEntityId(kList, base);
      g.entity.source = SourceRef{file, 0, element};
    }
    Group& g = groups[it->second];
    Entity& e = g.entity;

    // Name.
    std::string name_type = AsciiLower(v[kNameType]);
    Name n;
    n.full = name;
    n.script = DetectScript(name);
    bool primary = false;
    if (name_type == "primary name") {
      primary = true;
    } else if (name_type == "aka" || name_type == "original script") {
      n.kind = NameKind::kAka;
    } else if (name_type == "formerly known as" || name_type == "previously listed as") {
      n.kind = NameKind::kFka;
    } else {
      n.kind = NameKind::kAka;
      ctx.Warn(path, 0, element, "unknown Name Type '" + name_type + "', read as aka");
    }
    if (primary && g.has_primary) {
      ctx.Warn(path, 0, element, "second Primary Name for reference " + base + ", read as aka");
      primary = false;
      n.kind = NameKind::kAka;
    }
    if (primary) {
      g.has_primary = true;
      e.names.insert(e.names.begin(), n);
      e.source.element = element;
    } else if (std::find(e.names.begin(), e.names.end(), n) == e.names.end()) {
      e.names.push_back(n);
    }

    // Type: the primary row decides; others fill it in when still unknown.
    std::string type = AsciiLower(v[kType]);
    if (!type.empty() && (primary || e.type == EntityType::kUnknown)) {
      auto t = ParseEntityType(type);
      if (t) {
        e.type = *t;
      } else if (primary) {
        ctx.Warn(path, 0, element, "unknown Type '" + type + "'");
      }
    }

    // Dates of birth.
    if (cols[kDob] >= 0 && !IsNullMarker(v[kDob])) {
      if (row.Numeric(cols[kDob])) {
        std::string iso = SerialToIso(row.Text(cols[kDob]));
        auto d = ParseDateSpec(iso);
        if (d) {
          AddUnique(e.birth_dates, *d);
        } else {
          AddUnique(g.unparsed_dates, row.Text(cols[kDob]));
        }
      } else {
        for (const std::string& piece : SplitDates(v[kDob])) {
          auto d = ParseDateSpec(piece);
          if (d && !d->empty()) {
            AddUnique(e.birth_dates, *d);
          } else {
            AddUnique(g.unparsed_dates, piece);
          }
        }
      }
    }
    // Places of birth.
    if (!IsNullMarker(v[kPob])) {
      for (const std::string& p : SplitEnumerated(v[kPob])) {
        if (IsNullMarker(p)) continue;
        auto comma = p.rfind(',');
        std::string last = comma == std::string::npos ? p : CleanText(p.substr(comma + 1));
        AddUnique(e.birth_places, Place{p, CountryCode(last)});
      }
    }
    // Citizenship: "Russian and Ukrainian", "a) Afghan b) Pakistani", "Trinidad and Tobago".
    if (!IsNullMarker(v[kCitizenship])) {
      for (const std::string& item : SplitEnumerated(v[kCitizenship])) {
        for (const std::string& c : SplitAny(item, {";", ","})) {
          if (IsNullMarker(c)) continue;
          // "Russian and Ukrainian" is two, "Trinidad and Tobago" one.
          std::vector<std::string> parts = SplitAny(c, {" and "});
          bool split = parts.size() > 1 && CountryCode(c).empty() &&
                       std::all_of(parts.begin(), parts.end(),
                                   [](const std::string& p) { return !CountryCode(p).empty(); });
          if (!split) parts = {c};
          for (const std::string& p : parts) AddUnique(e.citizenships, CountryCodeOrText(p));
        }
      }
    }
    // Addresses.
    if (!IsNullMarker(v[kAddress])) {
      for (const std::string& a : SplitEnumerated(v[kAddress])) {
        if (IsNullMarker(a)) continue;
        Address addr;
        addr.full = a;
        auto comma = a.rfind(',');
        std::string last = comma == std::string::npos ? a : CleanText(a.substr(comma + 1));
        addr.country = CountryCode(last);
        if (!addr.country.empty()) addr.country_name = last;
        AddUnique(e.addresses, addr);
      }
    }
    const std::string& info = v[kInfo];
    if (!IsNullMarker(info)) AddUnique(e.remarks, info);
    const std::string& listing = v[kListing];
    if (!IsNullMarker(listing)) {
      AddUnique(e.sanctions_notes, listing);
      if (e.listed_on.empty()) {
        static const std::regex kOn(
            R"(\bon (\d{1,2}\.? [A-Za-z]+\.? \d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}))");
        std::smatch m;
        if (listing.find("on ") != std::string::npos && std::regex_search(listing, m, kOn)) {
          if (auto d = ParseDateSpec(m[1].str())) e.listed_on = *d;
        }
      }
    }
    const std::string& committees = v[kCommittees];
    if (!IsNullMarker(committees)) AddUnique(e.programs, committees);
    if (cols[kControl] >= 0 && !row.Text(cols[kControl]).empty()) {
      std::string iso =
          row.Numeric(cols[kControl]) ? SerialToIso(row.Text(cols[kControl])) : v[kControl];
      if (!iso.empty()) {
        std::pair<std::string, std::string> fact{"Control Date", iso};
        AddUnique(e.extra, fact);
        if (iso.size() == 10 && iso > newest_control) newest_control = iso;
      }
    }
  }

  size_t unparsed = 0;
  for (Group& g : groups) {
    if (!g.has_primary) {
      ctx.Reject(path, 0, g.entity.source.element, "Name Type",
                 "reference " + g.entity.source_id + " has no 'Primary Name' row");
      continue;
    }
    for (const std::string& d : g.unparsed_dates) {
      g.entity.extra.emplace_back("Date of Birth", d);
      ++unparsed;
    }
    out.entities.push_back(std::move(g.entity));
  }
  if (unparsed > 0) {
    ctx.Warn(path, 0, "",
             std::to_string(unparsed) +
                 " date-of-birth value(s) could not be read as dates; kept as "
                 "extra 'Date of Birth' text");
  }
  std::string modified = XlsxModified(path);
  out.published = modified.size() >= 10 ? modified.substr(0, 10) : newest_control;
  return Status::Ok();
}

}  // namespace sanctions
