// UK OFSI consolidated list, legacy ConList.csv layout: row 1 "Last Updated,dd/mm/yyyy",
// row 2 the header, then ONE ROW PER NAME; rows sharing a Group ID are one entity.
// Latin-1/CP1252 (decoded to UTF-8; a file that is valid UTF-8 is read as UTF-8), CRLF.
// Columns are found by header name, so both the 2020 layout (29 columns: "Passport
// Details", "NI Number") and the later one (36 columns: "Name Non-Latin Script",
// "Passport Number", "National Identification Number", "Alias Quality"...) read.
//
// Mapping (list id "gb_ofsi", source id = Group ID, row 1 date -> published):
// - Name 1 (given), Name 2..5 (middle), Name 6 (family) -> a name; full = Name 1..5 then
//   Name 6. The first "Prime Alias" row gives names[0]; other rows add a.k.a. ("AKA"),
//   f.k.a. ("FKA") or n.k.a. names, deduplicated. A group without a Prime Alias row takes
//   its first row's name as primary and gets a warning.
// - Alias Quality "Low" -> low, else strong. Name Non-Latin Script -> an extra name with
//   its script detected and Non-Latin Script Language as language.
// - Title -> titles; Position -> positions; Regime -> programs; Listed On -> listed_on;
//   DOB (dd/mm/yyyy, 00 for unknown parts) -> birth_dates; Town/Country of Birth ->
//   birth_places; Nationality (enumerations "(1) x (2) y" split) -> nationalities.
// - Passport Number / National Identification Number columns -> identifiers with their
//   Details as note. The 2020 layout has only free text ("Passport Details", "NI
//   Number"): each enumerated item becomes an identifier whose value is the first
//   token that has a digit and at least 4 characters, and whose note is the item text.
// - Address 1-6, Post/Zip Code, Country -> addresses. Other Information -> remarks, with
//   IMO and MMSI numbers extracted into identifiers.
// - Group Type: Individual -> person, Entity -> organization, Ship -> vessel. An "Entity"
//   group becomes a vessel when its remarks name an IMO number with a valid ship check
//   digit and its name holds no legal form (same rule as the UN reader).
// - Last Updated, UK Sanctions List Date Designated -> extra.
// Facts from all rows of a group are merged without duplicates. A row without Group ID
// is rejected with its line number; the rest loads.
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "sanctions/entity.h"
#include "sources/list_facts.h"
#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/csv.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {
namespace {

constexpr const char* kList = "gb_ofsi";

std::string JoinNonEmpty(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// The first token of `text` with a digit and >= 4 characters, trailing punctuation cut.
std::string FirstDocumentNumber(std::string_view text) {
  for (std::string tok : Split(text, ' ')) {
    while (!tok.empty() && (tok.back() == '.' || tok.back() == ',' || tok.back() == ';' ||
                            tok.back() == ')' || tok.back() == ':')) {
      tok.pop_back();
    }
    while (!tok.empty() && (tok.front() == '(' || tok.front() == ':')) tok.erase(0, 1);
    if (tok.size() < 4) continue;
    bool digit = false;
    bool ok = true;
    for (char c : tok) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isdigit(u)) digit = true;
      if (!(std::isalnum(u) || c == '/' || c == '-' || c == '.')) ok = false;
    }
    if (digit && ok) return tok;
  }
  return "";
}

// Country named in the first parenthesis of `text` ("F654645 (Saudi Arabian)").
std::string ParenCountry(std::string_view text) {
  size_t open = text.find('(');
  while (open != std::string_view::npos) {
    size_t close = text.find(')', open);
    if (close == std::string_view::npos) return "";
    std::string code = CountryFromText(text.substr(open + 1, close - open - 1));
    if (!code.empty()) return code;
    open = text.find('(', close);
  }
  return "";
}

// Digits of "MMSI: 445539000" style mentions (9 digits).
std::vector<std::string> ExtractMmsi(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = text.find("MMSI", pos)) != std::string_view::npos) {
    size_t i = pos + 4;
    while (i < text.size() && (text[i] == ':' || text[i] == ' ')) ++i;
    size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i == 9) AddUnique(out, std::string(text.substr(i, 9)));
    pos = i;
  }
  return out;
}

struct Group {
  Entity entity;
  bool has_prime = false;
  std::string group_type;
};

class UkReader {
 public:
  UkReader(const std::string& path, ReadContext& ctx) : path_(path), ctx_(ctx) {}

  Status Read(const std::string& text) {
    CsvReader reader(text);
    std::vector<std::string> row;
    if (!reader.Next(&row)) return Status::Corruption(path_ + ": empty file");
    if (!row.empty() && EqualsIgnoreCase(Trim(row[0]), "Last Updated")) {
      if (row.size() > 1) {
        std::string raw = TrimCopy(row[1]);
        if (auto d = ParsePartialDate(raw)) {
          ctx_.out().published = d->ToString();
        } else if (!raw.empty()) {
          ctx_.Warn(path_, reader.record_line(), "", "Last Updated: unreadable date '" + raw + "'");
        }
      }
      if (!reader.Next(&row)) return Status::Corruption(path_ + ": no header row");
    }
    for (size_t i = 0; i < row.size(); ++i) col_[TrimCopy(row[i])] = i;
    for (const char* required : {"Name 6", "Group ID", "Group Type"}) {
      if (!col_.count(required)) {
        return Status::Corruption(path_ + ": not an OFSI consolidated list (no column '" +
                                  required + "' in the header)");
      }
    }
    header_size_ = row.size();
    ctx_.out().list = kList;
    while (reader.Next(&row)) {
      if (row.size() == 1 && Trim(row[0]).empty()) continue;
      ReadRow(row, reader.record_line(), reader.last_record_unterminated());
    }
    for (const std::string& gid : order_) Finish(groups_[gid]);
    return Status::Ok();
  }

 private:
  std::string Get(const std::vector<std::string>& row, const char* name) const {
    auto it = col_.find(name);
    if (it == col_.end() || it->second >= row.size()) return "";
    return CleanText(row[it->second]);
  }

  void ReadRow(const std::vector<std::string>& row, uint32_t line, bool unterminated) {
    const std::string element;  // the line number says where; no element path in a CSV
    if (unterminated) {
      ctx_.Reject(path_, line, element, "", "unterminated quoted field (truncated file?)");
      return;
    }
    if (row.size() != header_size_) {
      ctx_.Reject(path_, line, element, "",
                  "has " + std::to_string(row.size()) + " fields, the header has " +
                      std::to_string(header_size_));
      return;
    }
    std::string gid = Get(row, "Group ID");
    if (gid.empty()) {
      ctx_.Reject(path_, line, element, "Group ID", "missing Group ID");
      return;
    }
    if (gid == "Group ID") {
      ctx_.Reject(path_, line, element, "", "repeated header row");
      return;
    }
    auto [it, inserted] = groups_.try_emplace(gid);
    Group& g = it->second;
    Entity& e = g.entity;
    if (inserted) {
      order_.push_back(gid);
      e.list = kList;
      e.source_id = gid;
      e.id = MakeEntityId(kList, gid);
      e.source = SourceRef{BaseName(path_), line, "Group ID " + gid};
    }
    std::string group_type = Get(row, "Group Type");
    if (g.group_type.empty()) {
      g.group_type = group_type;
    } else if (!group_type.empty() && group_type != g.group_type) {
      ctx_.Warn(path_, line, element,
                "Group ID " + gid + ": Group Type '" + group_type + "' differs from '" +
                    g.group_type + "' on an earlier row; keeping the first");
    }

    ReadNames(row, g);
    AddUnique(e.titles, Get(row, "Title"));
    AddUnique(e.positions, Get(row, "Position"));
    AddUnique(e.programs, Get(row, "Regime"));
    if (std::string dob = Get(row, "DOB"); !dob.empty()) {
      if (auto d = ParseDateSpec(dob)) {
        AddDate(e, *d);
      } else {
        DateSpec spec;
        spec.text = dob;
        AddDate(e, spec);
        ctx_.Warn(path_, line, element, "DOB: unreadable date '" + dob + "', kept as text");
      }
    }
    std::string town = Get(row, "Town of Birth");
    std::string country_of_birth = Get(row, "Country of Birth");
    // "(1) Ndele (2) Algenana" with "(1) Central African Republic (2) Sudan": paired
    // item by item when both columns enumerate the same number of items.
    std::vector<std::string> towns = SplitEnumeration(town);
    std::vector<std::string> countries = SplitEnumeration(country_of_birth);
    std::vector<Place> places;
    if (countries.size() > 1 && towns.size() == countries.size()) {
      for (size_t i = 0; i < towns.size(); ++i) {
        std::string t = towns[i] == "-" ? "" : towns[i];
        places.push_back(
            Place{JoinNonEmpty({t, countries[i]}, ", "), CountryFromText(countries[i])});
      }
    } else if (!town.empty() || !country_of_birth.empty()) {
      std::string first_country = countries.empty() ? "" : countries[0];
      places.push_back(
          Place{JoinNonEmpty({town, country_of_birth}, ", "), CountryFromText(first_country)});
    }
    for (Place& p : places) {
      bool seen = false;
      for (const Place& have : e.birth_places) seen = seen || have == p;
      if (!seen) e.birth_places.push_back(std::move(p));
    }
    for (const std::string& n : SplitEnumeration(Get(row, "Nationality"))) {
      // "Syrian, Turkish", "DRC and Belgian nationalities": split when every part resolves.
      std::vector<std::string> parts = SplitAny(n, {", ", " and "});
      std::vector<std::string> codes;
      for (const std::string& p : parts) {
        std::string code = CountryFromText(p);
        if (code.empty()) break;
        codes.push_back(code);
      }
      if (parts.size() > 1 && codes.size() == parts.size()) {
        for (std::string& c : codes) AddUnique(e.nationalities, std::move(c));
        continue;
      }
      std::string code = CountryFromText(n);
      AddUnique(e.nationalities, code.empty() ? n : code);
    }
    ReadDocuments(row, e);
    ReadAddress(row, e);
    std::string other = Get(row, "Other Information");
    if (!other.empty()) AddUnique(e.remarks, other);
    if (std::string listed = Get(row, "Listed On"); !listed.empty() && e.listed_on.empty()) {
      if (auto d = ParseDateSpec(listed)) {
        e.listed_on = *d;
      } else {
        e.listed_on.text = listed;
        ctx_.Warn(path_, line, element, "Listed On: unreadable date '" + listed + "'");
      }
    }
    for (const char* c : {"Last Updated", "UK Sanctions List Date Designated"}) {
      std::string v = Get(row, c);
      if (v.empty()) continue;
      std::string label = AsciiLower(c);
      for (char& ch : label) ch = ch == ' ' ? '_' : ch;
      bool seen = false;
      for (const auto& [l, have] : e.extra) seen = seen || (l == label && have == v);
      if (!seen) e.extra.emplace_back(label, v);
    }
  }

  void ReadNames(const std::vector<std::string>& row, Group& g) {
    Entity& e = g.entity;
    std::string alias_type = AsciiLower(Get(row, "Alias Type"));
    bool prime = alias_type == "prime alias";
    Name n;
    static const char* const kCols[] = {"Name 1", "Name 2", "Name 3", "Name 4", "Name 5"};
    std::vector<std::string> words;
    for (int i = 0; i < 5; ++i) {
      std::string v = Get(row, kCols[i]);
      if (v.empty()) continue;
      words.push_back(v);
      n.parts.push_back({i == 0 ? "given" : "middle", v});
    }
    std::string family = Get(row, "Name 6");
    if (!family.empty()) {
      words.push_back(family);
      n.parts.push_back({"family", family});
    }
    n.full = JoinNonEmpty(words, " ");
    n.script = DetectScript(n.full);
    if (alias_type == "fka") {
      n.kind = NameKind::kFka;
    } else if (alias_type == "nka") {
      n.kind = NameKind::kNka;
    } else {
      n.kind = prime ? NameKind::kPrimary : NameKind::kAka;
    }
    n.quality = EqualsIgnoreCase(Get(row, "Alias Quality"), "Low") ? NameQuality::kLow
                                                                   : NameQuality::kStrong;
    if (!n.full.empty()) {
      if (prime && !g.has_prime) {
        g.has_prime = true;
        e.names.insert(e.names.begin(), n);
      } else {
        AddName(e, n);
      }
    }
    std::string non_latin = Get(row, "Name Non-Latin Script");
    if (!non_latin.empty()) {
      Name nl;
      nl.full = non_latin;
      nl.script = DetectScript(non_latin);
      nl.language = AsciiLower(Get(row, "Non-Latin Script Language"));
      nl.kind = n.kind;
      nl.quality = n.quality;
      AddName(e, std::move(nl));
    }
  }

  static void AddName(Entity& e, Name n) {
    for (const Name& have : e.names) {
      if (have.full == n.full && have.script == n.script) return;
    }
    e.names.push_back(std::move(n));
  }

  static void AddDate(Entity& e, const DateSpec& d) {
    for (const DateSpec& have : e.birth_dates) {
      if (have.from == d.from && have.to == d.to && have.circa == d.circa &&
          (!d.from.empty() || have.text == d.text)) {
        return;
      }
    }
    e.birth_dates.push_back(d);
  }

  static void AddId(Entity& e, Identifier id) {
    for (const Identifier& have : e.identifiers) {
      if (have.type == id.type && have.value == id.value) return;
    }
    e.identifiers.push_back(std::move(id));
  }

  void ReadDocuments(const std::vector<std::string>& row, Entity& e) {
    struct Doc {
      const char* number_col;
      const char* details_col;
      std::string_view type;
    };
    const Doc docs[] = {
        {"Passport Number", "Passport Details", id_type::kPassport},
        {"National Identification Number", "NI Details", id_type::kNationalId},
        {"", "NI Number", id_type::kNationalId},  // 2020 layout: free text
    };
    for (const Doc& d : docs) {
      std::string number = *d.number_col ? Get(row, d.number_col) : "";
      std::string details = Get(row, d.details_col);
      bool has_number_col = *d.number_col && col_.count(d.number_col);
      if (has_number_col) {
        if (!number.empty()) {
          // "3520025509842-7 (Pakistani)": the number before the parenthesis, the rest
          // to the note and, where it names one, the country.
          std::string note = details;
          std::string country = ParenCountry(number);
          if (country.empty()) country = ParenCountry(details);
          if (size_t paren = number.find(" ("); paren != std::string::npos) {
            note = JoinNonEmpty({number.substr(paren + 1), details}, "; ");
            number = TrimCopy(number.substr(0, paren));
          }
          AddId(e, Identifier{std::string(d.type), number, country, note});
        } else if (!details.empty()) {
          AddUnique(e.remarks, std::string(d.details_col) + ": " + details);
        }
        continue;
      }
      // Free text only: one identifier per enumerated item.
      for (const std::string& item : SplitEnumeration(details)) {
        std::string value = FirstDocumentNumber(item);
        if (value.empty()) continue;
        AddId(e, Identifier{std::string(d.type), value, ParenCountry(item), item});
      }
    }
  }

  void ReadAddress(const std::vector<std::string>& row, Entity& e) {
    Address a;
    std::vector<std::string> lines;
    for (const char* c :
         {"Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6"}) {
      lines.push_back(Get(row, c));
    }
    a.street = JoinNonEmpty(lines, ", ");
    a.postal_code = Get(row, "Post/Zip Code");
    a.country_name = Get(row, "Country");
    a.country = CountryFromText(a.country_name);
    a.full = JoinNonEmpty({a.street, a.postal_code, a.country_name}, ", ");
    if (a.full.empty()) return;
    for (const Address& have : e.addresses) {
      if (have == a) return;
    }
    e.addresses.push_back(std::move(a));
  }

  void Finish(Group& g) {
    Entity& e = g.entity;
    if (e.names.empty()) {
      ctx_.Reject(path_, e.source.line, e.source.element, "Name 6", "group has no name");
      return;
    }
    if (!g.has_prime) {
      ctx_.Warn(path_, e.source.line, e.source.element,
                "no 'Prime Alias' row; the first row's name is taken as primary");
      e.names[0].kind = NameKind::kPrimary;
    }
    std::string type = AsciiLower(g.group_type);
    if (type == "individual") {
      e.type = EntityType::kPerson;
    } else if (type == "entity") {
      e.type = EntityType::kOrganization;
    } else if (type == "ship") {
      e.type = EntityType::kVessel;
    } else {
      e.type = ParseEntityType(type).value_or(EntityType::kUnknown);
    }
    bool ship_number = false;
    for (const std::string& remark : e.remarks) {
      for (const std::string& imo : ExtractImoNumbers(remark)) {
        bool ship = IsImoShipNumber(imo);
        ship_number = ship_number || ship;
        AddId(e,
              Identifier{std::string(id_type::kImo), imo, "",
                         ship ? "" : "no ship check digit: IMO company/registered owner number"});
      }
      for (const std::string& mmsi : ExtractMmsi(remark)) {
        AddId(e, Identifier{std::string(id_type::kMmsi), mmsi, "", ""});
      }
    }
    if (e.type == EntityType::kOrganization && ship_number && !HasLegalForm(e.names[0].full)) {
      e.type = EntityType::kVessel;
    }
    ctx_.out().entities.push_back(std::move(e));
  }

  const std::string& path_;
  ReadContext& ctx_;
  std::unordered_map<std::string, size_t> col_;
  size_t header_size_ = 0;
  std::unordered_map<std::string, Group> groups_;
  std::vector<std::string> order_;
};

}  // namespace

Status ReadUkCsv(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  ctx.out().sha256 = Sha256Hex(*bytes);
  std::string text = DecodeListText(*bytes);
  if (Trim(text).empty()) return Status::Corruption(path + ": empty file");
  UkReader reader(path, ctx);
  return reader.Read(text);
}

}  // namespace sanctions
