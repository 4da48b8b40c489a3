// A user's own list as CSV with a header row and a column mapping (docs/user-lists.md).
//
// Decisions:
// - The file must be UTF-8 (a BOM is allowed). A header that is not valid UTF-8, an empty
//   file or a header without columns fails the whole file (Corruption); a data row with
//   invalid UTF-8 is rejected with its line number and the column.
// - Mapping: LoadOptions::user_csv.columns maps fields to header names (case and
//   surrounding spaces ignored). With no mapping, every header named like a field or an
//   identifier type (case-insensitive; spaces and '-' read as '_') is used
//   ("Name", "Birth Date", "IMO"). id and name must be mapped: a missing column fails the
//   file with an error naming the column (InvalidArgument for an explicit mapping, since
//   the mapping is what does not fit; Corruption with the default mapping).
// - Rows: an empty id or name rejects the row (line number, field); a repeated id rejects
//   the later row; a row with more non-empty cells than the header is rejected (trailing
//   empty cells are ignored); fewer cells read as empty. Columns not mapped are kept as extra
//   (header, value).
// - Multi-value cells (aliases, dates, countries, identifiers, programs...) are split on
//   multi_value_separator (default ';'). type: person/individual, organization/entity/
//   company, vessel/ship, aircraft; empty or unknown -> unknown (unknown values warned).
//   country: the country of each address, or an address of its own when the row has none.
// - Source id = the id column; list id = user_csv.list_name ("user" by default);
//   published = "".
#include "sources/user_csv.h"

#include <algorithm>
#include <map>
#include <set>

#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/csv.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

std::string NormalKey(std::string_view s) {
  std::string out = AsciiLower(CleanText(s));
  for (char& c : out)
    if (c == ' ' || c == '-') c = '_';
  return out;
}

const std::vector<std::string>& IdTypes() {
  static const std::vector<std::string> k = {std::string(id_type::kImo),
                                             std::string(id_type::kMmsi),
                                             std::string(id_type::kCallSign),
                                             std::string(id_type::kPassport),
                                             std::string(id_type::kNationalId),
                                             std::string(id_type::kTaxId),
                                             std::string(id_type::kRegistration),
                                             std::string(id_type::kSwiftBic),
                                             std::string(id_type::kCrypto),
                                             std::string(id_type::kAircraftSerial),
                                             std::string(id_type::kAircraftTail),
                                             std::string(id_type::kDriversLicense),
                                             std::string(id_type::kSocialSecurity),
                                             std::string(id_type::kOther)};
  return k;
}

bool IsIdType(const std::string& key) {
  const auto& t = IdTypes();
  return std::find(t.begin(), t.end(), key) != t.end() ||
         (key.rfind("id:", 0) == 0 && key.size() > 3);
}

Result<char> ParseDelimiter(const std::string& key, const std::string& v) {
  std::string l = AsciiLower(v);
  if (l == "tab" || v == "\\t") return '\t';
  if (l == "comma") return ',';
  if (l == "semicolon") return ';';
  if (l == "pipe") return '|';
  if (v.size() == 1 && v[0] != '"' && v[0] != '\n' && v[0] != '\r') return v[0];
  return Status::InvalidArgument("mapping: " + key +
                                 " must be one character or tab, comma, "
                                 "semicolon, pipe; got '" +
                                 v + "'");
}

template <typename T>
void AddUnique(std::vector<T>& v, T value) {
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(std::move(value));
}

}  // namespace

const std::vector<std::string>& UserCsvFields() {
  static const std::vector<std::string> k = {
      "id",         "name",        "type",        "aliases",     "weak_aliases", "previous_names",
      "birth_date", "birth_place", "nationality", "citizenship", "country",      "address",
      "program",    "remarks",     "gender",      "listed_on",   "email",        "website",
      "phone",      "title",       "position"};
  return k;
}

bool IsUserCsvKey(const std::string& key) {
  const auto& f = UserCsvFields();
  return std::find(f.begin(), f.end(), key) != f.end() || IsIdType(key);
}

Result<UserCsvMapping> ParseUserCsvMapping(const std::string& spec) {
  UserCsvMapping m;
  // Tokenise "k=v,k=\"v, w\"" honouring double quotes.
  std::vector<std::pair<std::string, std::string>> pairs;
  size_t i = 0;
  const size_t n = spec.size();
  while (i < n) {
    std::string key, value;
    while (i < n && spec[i] != '=' && spec[i] != ',') key += spec[i++];
    if (i >= n || spec[i] != '=') {
      return Status::InvalidArgument("mapping: '" + TrimCopy(key) +
                                     "' has no '=<column>' (expected field=column,...)");
    }
    ++i;  // '='
    while (i < n && spec[i] == ' ') ++i;
    if (i < n && spec[i] == '"') {
      ++i;
      bool closed = false;
      while (i < n) {
        if (spec[i] == '"') {
          if (i + 1 < n && spec[i + 1] == '"') {
            value += '"';
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        value += spec[i++];
      }
      if (!closed)
        return Status::InvalidArgument("mapping: unterminated quote in value of '" + TrimCopy(key) +
                                       "'");
      while (i < n && spec[i] == ' ') ++i;
      if (i < n && spec[i] != ',') {
        return Status::InvalidArgument("mapping: unexpected text after the quoted value of '" +
                                       TrimCopy(key) + "'");
      }
    } else {
      while (i < n && spec[i] != ',') value += spec[i++];
      // A lone "," as a delimiter value: "delimiter=,," is ambiguous; use "comma".
    }
    if (i < n) ++i;  // ','
    pairs.emplace_back(NormalKey(key), std::string(Trim(value)));
  }
  std::set<std::string> seen;
  for (auto& [key, value] : pairs) {
    if (key.empty()) return Status::InvalidArgument("mapping: empty field name");
    if (!seen.insert(key).second)
      return Status::InvalidArgument("mapping: field '" + key + "' given twice");
    if (value.empty() && key != "delimiter" && key != "separator") {
      return Status::InvalidArgument("mapping: field '" + key + "' has an empty column name");
    }
    if (key == "list") {
      m.list_name = value;
    } else if (key == "delimiter" || key == "separator") {
      auto c = ParseDelimiter(key, value);
      if (!c.ok()) return c.status();
      (key == "delimiter" ? m.delimiter : m.multi_value_separator) = *c;
    } else if (IsUserCsvKey(key)) {
      m.columns[key] = value;
    } else {
      std::string valid;
      for (const std::string& f : UserCsvFields()) valid += (valid.empty() ? "" : ", ") + f;
      for (const std::string& f : IdTypes()) valid += ", " + f;
      return Status::InvalidArgument("mapping: unknown field '" + key + "'; valid fields: " +
                                     valid + ", id:<label>, list, delimiter, separator");
    }
  }
  return m;
}

Status ReadUserCsv(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::string_view data = StripBom(*bytes);
  if (Trim(data).empty()) return Status::Corruption(path + ": empty file");
  const UserCsvMapping& mapping = ctx.options().user_csv;
  ListData& out = ctx.out();
  out.list = mapping.list_name.empty() ? "user" : mapping.list_name;
  const std::string file = BaseName(path);

  CsvReader::Options copts;
  copts.delimiter = mapping.delimiter;
  copts.stop_at_sub = false;
  CsvReader reader(data, copts);
  std::vector<std::string> header;
  if (!reader.Next(&header) || header.empty()) {
    return Status::Corruption(path + ": no header row");
  }
  for (size_t c = 0; c < header.size(); ++c) {
    size_t bad = 0;
    if (!IsValidUtf8(header[c], &bad)) {
      return Status::Corruption(path + ": line 1: header column " + std::to_string(c + 1) +
                                " is not valid UTF-8 (byte " + std::to_string(bad) +
                                "); save the file as UTF-8");
    }
    header[c] = CleanText(header[c]);
  }
  if (reader.last_record_unterminated()) {
    return Status::Corruption(path + ": line 1: header ends inside a quoted field");
  }

  // field -> column index
  std::map<std::string, size_t> col;
  std::string columns_list;
  for (const std::string& h : header)
    columns_list += (columns_list.empty() ? "'" : ", '") + h + "'";
  auto find_header = [&](const std::string& name) -> std::optional<size_t> {
    for (size_t c = 0; c < header.size(); ++c)
      if (EqualsIgnoreCase(header[c], CleanText(name))) return c;
    return std::nullopt;
  };
  const bool explicit_mapping = !mapping.columns.empty();
  if (explicit_mapping) {
    for (const auto& [field, column] : mapping.columns) {
      if (!IsUserCsvKey(field)) {
        return Status::InvalidArgument(path + ": mapping names unknown field '" + field + "'");
      }
      auto c = find_header(column);
      if (!c) {
        return Status::InvalidArgument(path + ": column '" + column + "' (mapped to field '" +
                                       field + "') is not in the header; columns are " +
                                       columns_list);
      }
      col[field] = *c;
    }
  } else {
    for (size_t c = 0; c < header.size(); ++c) {
      std::string key = NormalKey(header[c]);
      if (IsUserCsvKey(key) && !col.count(key)) col[key] = c;
    }
  }
  for (const char* required : {"id", "name"}) {
    if (!col.count(required)) {
      std::string msg =
          explicit_mapping
              ? "the mapping gives no column for the required field '" + std::string(required) + "'"
              : "no '" + std::string(required) + "' column in the header (columns are " +
                    columns_list + "); name it '" + required + "' or give a column mapping";
      return explicit_mapping ? Status::InvalidArgument(path + ": " + msg)
                              : Status::Corruption(path + ": " + msg);
    }
  }
  std::set<size_t> mapped_cols;
  for (const auto& [f, c] : col) mapped_cols.insert(c);

  std::set<std::string> seen_ids;
  std::vector<std::string> row;
  const char sep = mapping.multi_value_separator;
  while (reader.Next(&row)) {
    const uint32_t line = reader.record_line();
    if (reader.last_record_unterminated()) {
      ctx.Reject(path, line, "", "", "unterminated quoted field (truncated file?)");
      break;
    }
    bool blank =
        std::all_of(row.begin(), row.end(), [](const std::string& s) { return Trim(s).empty(); });
    if (blank) continue;
    // Cells beyond the header that are all empty (trailing delimiters) are ignored.
    while (row.size() > header.size() && Trim(row.back()).empty()) row.pop_back();
    if (row.size() > header.size()) {
      ctx.Reject(path, line, "", "",
                 "row has " + std::to_string(row.size()) + " cells, header has " +
                     std::to_string(header.size()));
      continue;
    }
    row.resize(header.size());
    bool bad_utf8 = false;
    for (size_t c = 0; c < row.size(); ++c) {
      if (!IsValidUtf8(row[c])) {
        ctx.Reject(path, line, "", header[c], "not valid UTF-8");
        bad_utf8 = true;
        break;
      }
    }
    if (bad_utf8) continue;
    auto get = [&](const std::string& field) -> std::string {
      auto it = col.find(field);
      return it == col.end() ? std::string() : CleanText(row[it->second]);
    };
    auto multi = [&](const std::string& field) -> std::vector<std::string> {
      std::string v = get(field);
      return v.empty() ? std::vector<std::string>{} : Split(v, sep, true);
    };
    std::string id = get("id");
    std::string name = get("name");
    if (id.empty()) {
      ctx.Reject(path, line, "", header[col["id"]], "empty id");
      continue;
    }
    if (name.empty()) {
      ctx.Reject(path, line, "", header[col["name"]], "empty name");
      continue;
    }
    if (!seen_ids.insert(id).second) {
      ctx.Reject(path, line, "", header[col["id"]], "duplicate id '" + id + "'");
      continue;
    }
    Entity e;
    e.list = out.list;
    e.source_id = id;
    e.id = MakeEntityId(out.list, id);
    e.source = SourceRef{file, line, ""};
    if (std::string t = get("type"); !t.empty()) {
      if (auto et = ParseEntityType(AsciiLower(t))) {
        e.type = *et;
      } else {
        ctx.Warn(path, line, "", "unknown type '" + t + "', read as unknown");
      }
    }
    auto add_name = [&](const std::string& full, NameKind kind, NameQuality q) {
      for (const Name& n : e.names)
        if (n.full == full) return;
      Name n;
      n.full = full;
      n.kind = kind;
      n.quality = q;
      n.script = DetectScript(full);
      e.names.push_back(std::move(n));
    };
    add_name(name, NameKind::kPrimary, NameQuality::kStrong);
    for (const std::string& a : multi("aliases")) add_name(a, NameKind::kAka, NameQuality::kStrong);
    for (const std::string& a : multi("weak_aliases"))
      add_name(a, NameKind::kAka, NameQuality::kWeak);
    for (const std::string& a : multi("previous_names"))
      add_name(a, NameKind::kFka, NameQuality::kStrong);
    for (const std::string& d : multi("birth_date")) {
      if (auto ds = ParseDateSpec(d); ds && !ds->empty()) {
        AddUnique(e.birth_dates, *ds);
      } else {
        e.extra.emplace_back(header[col["birth_date"]], d);
        ctx.Warn(path, line, "", "birth date '" + d + "' is not a date; kept as text");
      }
    }
    for (const std::string& p : multi("birth_place")) {
      auto comma = p.rfind(',');
      AddUnique(
          e.birth_places,
          Place{p, CountryCode(comma == std::string::npos ? p : CleanText(p.substr(comma + 1)))});
    }
    for (const std::string& c : multi("nationality"))
      AddUnique(e.nationalities, CountryCodeOrText(c));
    for (const std::string& c : multi("citizenship"))
      AddUnique(e.citizenships, CountryCodeOrText(c));
    for (const std::string& a : multi("address")) {
      Address addr;
      addr.full = a;
      AddUnique(e.addresses, addr);
    }
    std::vector<std::string> countries = multi("country");
    if (!countries.empty()) {
      if (e.addresses.size() == 1 && countries.size() == 1) {
        e.addresses[0].country = CountryCode(countries[0]);
        e.addresses[0].country_name = countries[0];
      } else if (e.addresses.empty()) {
        for (const std::string& c : countries) {
          Address addr;
          addr.full = c;
          addr.country = CountryCode(c);
          addr.country_name = c;
          AddUnique(e.addresses, addr);
        }
      } else {
        for (const std::string& c : countries)
          e.extra.emplace_back("country", CountryCodeOrText(c));
      }
    }
    for (const std::string& p : multi("program")) AddUnique(e.programs, p);
    if (std::string r = get("remarks"); !r.empty()) e.remarks.push_back(r);
    if (std::string g = AsciiLower(get("gender")); !g.empty()) {
      if (g == "m" || g == "male")
        e.gender = "male";
      else if (g == "f" || g == "female")
        e.gender = "female";
      else
        e.extra.emplace_back("gender", g);
    }
    if (std::string l = get("listed_on"); !l.empty()) {
      if (auto d = ParseDateSpec(l))
        e.listed_on = *d;
      else
        e.extra.emplace_back(header[col["listed_on"]], l);
    }
    for (const std::string& v : multi("email")) AddUnique(e.emails, v);
    for (const std::string& v : multi("website")) AddUnique(e.websites, v);
    for (const std::string& v : multi("phone")) AddUnique(e.phones, v);
    for (const std::string& v : multi("title")) AddUnique(e.titles, v);
    for (const std::string& v : multi("position")) AddUnique(e.positions, v);
    for (const auto& [field, c] : col) {
      if (!IsIdType(field)) continue;
      std::string type = field.rfind("id:", 0) == 0 ? NormalKey(field.substr(3)) : field;
      for (const std::string& v : multi(field)) {
        AddUnique(e.identifiers, Identifier{type, v, "", ""});
      }
    }
    for (size_t c = 0; c < row.size(); ++c) {
      if (mapped_cols.count(c)) continue;
      std::string v = CleanText(row[c]);
      if (!v.empty()) e.extra.emplace_back(header[c], v);
    }
    out.entities.push_back(std::move(e));
  }
  return Status::Ok();
}

}  // namespace sanctions
