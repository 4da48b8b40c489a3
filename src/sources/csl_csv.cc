// US Consolidated Screening List (trade.gov) CSV, plain or gzip (read whole, inflated
// when it starts with the gzip magic): header
// _id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,
// start_date,end_date,standard_order,license_requirement,license_policy,call_sign,
// vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,
// source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,
// source_information_url,ids
//
// Decisions (list id "us_csl", one entity per row):
// - Source id = "<sub-list code>:<_id>", e.g. "SDN:21944", "DPL:deb7a1d5...". _id alone
//   is not unique: one OFAC party appears once per sub-list it is on (SDN, CAP, SSI rows
//   share _id 18725 in the 2022-05 file). entity_number (OFAC ent_num) goes to extra.
// - The sub-list code is the parenthesised part of `source` ("Specially Designated
//   Nationals (SDN) - Treasury Department" -> "SDN"; "(NS-MBS List)" -> "NS-MBS"), kept in
//   extra "csl_source"; the full `source` text is kept in extra "source".
// - type: Individual -> person, Entity -> organization, Vessel, Aircraft; an empty type
//   (most non-OFAC sub-lists) -> organization when the name has a legal form or
//   organisation word (see HasLegalForm), else unknown.
// - title (OFAC's "title" is a job: "Scientific Studies and Research Center Employee")
//   -> positions. programs, alt_names, addresses, dates_of_birth, places_of_birth,
//   citizenships, nationalities are "; "-separated lists.
// - An address's last comma part names its country when it resolves ("..., TX, 75159, US").
// - start_date -> listed_on; end_date, federal_register_notice, standard_order, URLs ->
//   extra; license_requirement / license_policy -> sanctions_notes.
// - ids: "; "-separated items "[COUNTRY, ][DATE, [DATE, ]]NUMBER, LABEL". The label (last
//   comma part) says what the item is: identifiers (mapped by IdTypeFromLabel; with two
//   dates the first is the expiry and the second the issue date, as in the OFAC remarks
//   they come from), Gender, Website / Email Address / Phone Number, sanctions
//   statements ("Secondary sanctions risk:", "... Directive Determination -"), aircraft
//   facts, and dated or descriptive facts (-> extra).
// - A row identical to the header (the 2023-11-30 subset repeats it mid-file) is
//   rejected with its line number; a row with the wrong number of fields is rejected.
#include <map>
#include <string>
#include <unordered_map>
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

constexpr const char* kList = "us_csl";

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool IsCountryCode(std::string_view s) {
  if (s.size() != 2 || !std::isupper(static_cast<unsigned char>(s[0])) ||
      !std::isupper(static_cast<unsigned char>(s[1]))) {
    return false;
  }
  return !CountryName(s).empty();
}

std::string JoinFrom(const std::vector<std::string>& parts, size_t from, size_t to,
                     const char* sep) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += sep;
    out += parts[i];
  }
  return out;
}

// "Specially Designated Nationals (SDN) - Treasury Department" -> "SDN".
std::string SubListCode(std::string_view source) {
  size_t open = source.find('(');
  size_t close = open == std::string_view::npos ? open : source.find(')', open);
  if (close == std::string_view::npos) return std::string(Trim(source));
  std::string code(Trim(source.substr(open + 1, close - open - 1)));
  constexpr std::string_view kSuffix = " List";
  if (code.size() > kSuffix.size() &&
      code.compare(code.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
    code.resize(code.size() - kSuffix.size());
  }
  return code;
}

bool IsSanctionsStatement(std::string_view label) {
  if (label.empty()) return false;
  char last = label.back();
  if (label == "Organization Type:") return false;  // a fact, handled by the caller
  if (StartsWithIgnoreCase(label, "Listing Date") ||
      StartsWithIgnoreCase(label, "Effective Date")) {
    return false;
  }
  return last == ':' || last == '-' ||
         FindIgnoreCase(label, "Directive Information") != std::string_view::npos;
}

// One "ids" item into the entity.
void ReadIdItem(const std::string& item, Entity& e) {
  std::vector<std::string> parts = SplitOn(item, ", ");
  if (parts.empty()) return;
  std::string label = parts.back();
  parts.pop_back();
  std::string rest = JoinFrom(parts, 0, parts.size(), ", ");
  if (label == "Gender") {
    std::string g = AsciiLower(rest);
    if (g == "male" || g == "female") e.gender = g;
    return;
  }
  if (label == "Website") return AddUnique(e.websites, rest);
  if (label == "Email Address") return AddUnique(e.emails, rest);
  if (label == "Phone Number") return AddUnique(e.phones, rest);
  if (label == "Aircraft Model") {
    e.aircraft.model = rest;
    return;
  }
  if (label == "Aircraft Operator") {
    e.aircraft.operator_name = rest;
    return;
  }
  if (label == "Aircraft Manufacture Date") {
    if (auto d = ParsePartialDate(rest)) e.aircraft.construction_year = std::to_string(d->year);
    e.extra.emplace_back(label, rest);
    return;
  }
  if (IsSanctionsStatement(label)) {
    AddUnique(e.sanctions_notes, rest.empty() ? label : label + " " + rest);
    return;
  }
  static const char* const kFacts[] = {"Organization Established Date",
                                       "Organization Type:",
                                       "Target Type",
                                       "Nationality of Registration",
                                       "Registration Country",
                                       "Issuer Name",
                                       "Former Vessel Flag",
                                       "Other Vessel Flag",
                                       "Other Vessel Type",
                                       "Purchase/Sales For Divestment Date (CMIC)"};
  bool fact =
      StartsWithIgnoreCase(label, "Listing Date") || StartsWithIgnoreCase(label, "Effective Date");
  for (const char* f : kFacts) fact = fact || label == f;
  if (fact) {
    e.extra.emplace_back(label, rest);
    return;
  }
  // An identifier: [COUNTRY, ][DATE, [DATE, ]]NUMBER.
  size_t i = 0;
  std::string country;
  if (parts.size() >= 2 && IsCountryCode(parts[0])) country = parts[i++];
  std::vector<std::string> dates;
  while (i + 1 < parts.size() && IsIsoDate(parts[i])) dates.push_back(parts[i++]);
  std::string value = JoinFrom(parts, i, parts.size(), ", ");
  if (value.empty()) {
    e.extra.emplace_back(label, item);
    return;
  }
  Identifier id;
  id.type = IdTypeFromLabel(label);
  id.country = country;
  std::vector<std::string> notes;
  if (id.type == id_type::kCrypto) {
    size_t dash = label.rfind("- ");
    notes.push_back(dash == std::string::npos ? label : label.substr(dash + 2));
  } else if (label != "Passport" && label != "MMSI" && label != "SWIFT/BIC") {
    notes.push_back(label);
  }
  if (dates.size() == 2) {
    notes.push_back("expires " + dates[0]);
    notes.push_back("issued " + dates[1]);
  } else if (dates.size() == 1) {
    notes.push_back("dated " + dates[0]);
  }
  if (id.type == id_type::kImo) {
    // "IMO 8898831" -> "8898831".
    std::vector<std::string> imos = ExtractImoNumbers(value);
    if (imos.size() == 1) value = imos[0];
  }
  id.value = value;
  id.note = JoinFrom(notes, 0, notes.size(), "; ");
  for (const Identifier& have : e.identifiers) {
    if (have == id) return;
  }
  e.identifiers.push_back(std::move(id));
}

// "(Linked To: YUSONG SHIPPING CO)" mentions in remarks.
void ReadLinks(const std::string& remarks, Entity& e) {
  constexpr std::string_view kLinked = "Linked To: ";
  size_t pos = 0;
  while ((pos = remarks.find(kLinked, pos)) != std::string::npos) {
    pos += kLinked.size();
    size_t end = remarks.find_first_of(");", pos);
    std::string target = TrimCopy(std::string_view(remarks).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos));
    if (target.empty()) continue;
    Link link{"linked_to", target, ""};
    bool seen = false;
    for (const Link& have : e.links) seen = seen || have == link;
    if (!seen) e.links.push_back(std::move(link));
  }
}

class CslReader {
 public:
  CslReader(const std::string& path, ReadContext& ctx) : path_(path), ctx_(ctx) {}

  Status Read(const std::string& text) {
    CsvReader reader(text);
    std::vector<std::string> row;
    if (!reader.Next(&row)) return Status::Corruption(path_ + ": empty file");
    header_ = row;
    for (size_t i = 0; i < row.size(); ++i) col_[TrimCopy(row[i])] = i;
    for (const char* required : {"_id", "source", "name", "type", "ids"}) {
      if (!col_.count(required)) {
        return Status::Corruption(path_ + ": not a Consolidated Screening List CSV (no column '" +
                                  required + "' in the header)");
      }
    }
    ctx_.out().list = kList;
    const std::string file = BaseName(path_);
    while (reader.Next(&row)) {
      const uint32_t line = reader.record_line();
      const std::string element;  // the line number says where; no element path in a CSV
      if (row.size() == 1 && Trim(row[0]).empty()) continue;
      if (reader.last_record_unterminated()) {
        ctx_.Reject(path_, line, element, "", "unterminated quoted field (truncated file?)");
        continue;
      }
      if (row == header_) {
        ctx_.Reject(path_, line, element, "", "repeated header row");
        continue;
      }
      if (row.size() != header_.size()) {
        ctx_.Reject(path_, line, element, "",
                    "has " + std::to_string(row.size()) + " fields, the header has " +
                        std::to_string(header_.size()));
        continue;
      }
      ReadRow(row, file, line, element);
    }
    return Status::Ok();
  }

 private:
  std::string Get(const std::vector<std::string>& row, const char* name) const {
    auto it = col_.find(name);
    if (it == col_.end() || it->second >= row.size()) return "";
    return CleanText(row[it->second]);
  }
  std::vector<std::string> List(const std::vector<std::string>& row, const char* name) const {
    return SplitOn(Get(row, name), "; ");
  }

  void ReadRow(const std::vector<std::string>& row, const std::string& file, uint32_t line,
               const std::string& element) {
    std::string raw_id = Get(row, "_id");
    std::string name = Get(row, "name");
    if (raw_id.empty()) {
      ctx_.Reject(path_, line, element, "_id", "missing _id");
      return;
    }
    if (name.empty()) {
      ctx_.Reject(path_, line, element, "name", "empty name");
      return;
    }
    Entity e;
    e.list = kList;
    e.source = SourceRef{file, line, "_id " + raw_id};
    std::string source = Get(row, "source");
    std::string code = SubListCode(source);
    e.source_id = (code.empty() ? std::string("CSL") : code) + ":" + raw_id;
    if (int uses = ++id_uses_[e.source_id]; uses > 1) {
      ctx_.Warn(
          path_, line, element,
          "id " + e.source_id + " repeated; loaded as " + e.source_id + "-" + std::to_string(uses));
      e.source_id += "-" + std::to_string(uses);
    }
    e.id = MakeEntityId(kList, e.source_id);
    e.extra.emplace_back("csl_source", code);
    e.extra.emplace_back("source", source);
    if (std::string n = Get(row, "entity_number"); !n.empty())
      e.extra.emplace_back("entity_number", n);

    std::string type = Get(row, "type");
    if (type.empty()) {
      e.type = HasLegalForm(name) ? EntityType::kOrganization : EntityType::kUnknown;
    } else {
      e.type = ParseEntityType(AsciiLower(type)).value_or(EntityType::kUnknown);
    }
    Name primary;
    primary.full = name;
    primary.script = DetectScript(name);
    e.names.push_back(std::move(primary));
    for (const std::string& alt : List(row, "alt_names")) {
      bool seen = false;
      for (const Name& have : e.names) seen = seen || have.full == alt;
      if (seen) continue;
      Name n;
      n.full = alt;
      n.script = DetectScript(alt);
      n.kind = NameKind::kAka;
      e.names.push_back(std::move(n));
    }
    for (const std::string& p : List(row, "programs")) AddUnique(e.programs, p);
    AddUnique(e.positions, Get(row, "title"));
    for (const std::string& a : List(row, "addresses")) {
      Address addr;
      addr.full = a;
      size_t comma = a.rfind(", ");
      std::string last = comma == std::string::npos ? a : a.substr(comma + 2);
      addr.country = CountryCode(last);
      if (!addr.country.empty()) {
        addr.country_name = last;
        addr.street = comma == std::string::npos ? "" : a.substr(0, comma);
      } else {
        addr.street = a;
      }
      bool seen = false;
      for (const Address& have : e.addresses) seen = seen || have == addr;
      if (!seen) e.addresses.push_back(std::move(addr));
    }
    for (const std::string& d : List(row, "dates_of_birth")) {
      if (auto spec = ParseDateSpec(d)) {
        e.birth_dates.push_back(*spec);
      } else {
        DateSpec kept;
        kept.text = d;
        e.birth_dates.push_back(kept);
        ctx_.Warn(path_, line, element,
                  "dates_of_birth: unreadable date '" + d + "', kept as text");
      }
    }
    for (const std::string& p : List(row, "places_of_birth")) {
      size_t comma = p.rfind(", ");
      std::string country = CountryFromText(comma == std::string::npos ? p : p.substr(comma + 2));
      e.birth_places.push_back(Place{p, country});
    }
    for (const std::string& c : List(row, "citizenships"))
      AddUnique(e.citizenships, CountryCodeOrText(c));
    for (const std::string& c : List(row, "nationalities"))
      AddUnique(e.nationalities, CountryCodeOrText(c));
    if (std::string start = Get(row, "start_date"); !start.empty()) {
      if (auto d = ParseDateSpec(start)) {
        e.listed_on = *d;
      } else {
        e.listed_on.text = start;
        ctx_.Warn(path_, line, element,
                  "start_date: unreadable date '" + start + "', kept as text");
      }
    }
    for (const char* c : {"end_date", "federal_register_notice", "standard_order",
                          "source_list_url", "source_information_url"}) {
      if (std::string v = Get(row, c); !v.empty()) e.extra.emplace_back(c, v);
    }
    if (std::string v = Get(row, "license_requirement"); !v.empty()) {
      e.sanctions_notes.push_back("License requirement: " + v);
    }
    if (std::string v = Get(row, "license_policy"); !v.empty()) {
      e.sanctions_notes.push_back("License policy: " + v);
    }
    if (std::string cs = Get(row, "call_sign"); !cs.empty()) {
      e.identifiers.push_back(Identifier{std::string(id_type::kCallSign), cs, "", ""});
    }
    e.vessel.vessel_type = Get(row, "vessel_type");
    e.vessel.tonnage = Get(row, "gross_tonnage");
    e.vessel.grt = Get(row, "gross_registered_tonnage");
    e.vessel.flag_name = Get(row, "vessel_flag");
    e.vessel.flag = CountryCode(e.vessel.flag_name);
    e.vessel.owner_operator = Get(row, "vessel_owner");
    std::string remarks = Get(row, "remarks");
    if (!remarks.empty()) {
      e.remarks.push_back(remarks);
      ReadLinks(remarks, e);
    }
    for (const std::string& item : List(row, "ids")) ReadIdItem(item, e);
    ctx_.out().entities.push_back(std::move(e));
  }

  const std::string& path_;
  ReadContext& ctx_;
  std::vector<std::string> header_;
  std::unordered_map<std::string, size_t> col_;
  std::unordered_map<std::string, int> id_uses_;
};

}  // namespace

Status ReadCslCsv(const std::string& path, ReadContext& ctx) {
  // The hash is of the file as stored (the .gz bytes for a gzip file).
  auto raw = ReadFile(path);
  if (!raw.ok()) return raw.status();
  ctx.out().sha256 = Sha256Hex(*raw);
  Result<std::string> bytes = *raw;
  if (LooksGzip(*raw)) bytes = ReadGzipFile(path);
  if (!bytes.ok()) return bytes.status();
  std::string text = DecodeListText(*bytes);
  if (Trim(text).empty()) return Status::Corruption(path + ": empty file");
  CslReader reader(path, ctx);
  return reader.Read(text);
}

}  // namespace sanctions
