// OFAC label mapping and the legacy remarks parser. See ofac_remarks.h.
#include "sources/ofac_remarks.h"

#include <algorithm>
#include <array>
#include <map>

#include "util/countries.h"
#include "util/dates.h"
#include "util/text.h"

namespace sanctions {

namespace {


enum class Fact {
  kNone,
  kDob,
  kPob,
  kNationality,
  kCitizen,
  kGender,
  kEmail,
  kWebsite,
  kPhone,
  kSanctionsNote,
  kVesselType,
  kVesselFlag,
  kVesselBuildYear,
  kTonnage,
  kGrt,
  kVesselOwner,
  kAircraftModel,
  kAircraftManufactureDate,
  kAircraftOperator,
  kAircraftManufacturer,
  kLinkedTo,
  kTitle,
  kPosition,
  kExtra,  // a known "Label value" item without a field of its own
};

struct FactLabel {
  std::string_view label;
  Fact fact;
};

// Non-identifier labels, compared case-insensitively. Longer labels first where one is a
// prefix of another.
constexpr std::array kFactLabels = {
    FactLabel{"DOB", Fact::kDob},
    FactLabel{"Birthdate", Fact::kDob},
    FactLabel{"Date of Birth", Fact::kDob},
    FactLabel{"POB", Fact::kPob},
    FactLabel{"Place of Birth", Fact::kPob},
    FactLabel{"Nationality of Registration", Fact::kExtra},
    FactLabel{"Nationality Country", Fact::kNationality},
    FactLabel{"nationality", Fact::kNationality},
    FactLabel{"Citizenship Country", Fact::kCitizen},
    FactLabel{"citizenship", Fact::kCitizen},
    FactLabel{"citizen", Fact::kCitizen},
    FactLabel{"Gender", Fact::kGender},
    FactLabel{"Email Address", Fact::kEmail},
    FactLabel{"Email", Fact::kEmail},
    FactLabel{"Website", Fact::kWebsite},
    FactLabel{"Phone Number", Fact::kPhone},
    FactLabel{"Telephone", Fact::kPhone},
    FactLabel{"Secondary sanctions risk", Fact::kSanctionsNote},
    FactLabel{"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial "
              "Institutions",
              Fact::kSanctionsNote},
    FactLabel{"Additional Sanctions Information -", Fact::kSanctionsNote},
    FactLabel{"CAATSA Section 235 Information", Fact::kSanctionsNote},
    FactLabel{"Vessel Type", Fact::kVesselType},
    FactLabel{"Other Vessel Type", Fact::kVesselType},
    FactLabel{"Position", Fact::kPosition},
    FactLabel{"Alternate Title", Fact::kPosition},
    FactLabel{"Occupation", Fact::kPosition},
    FactLabel{"Fax", Fact::kExtra},
    FactLabel{"ethnicity", Fact::kExtra},
    FactLabel{"Vessel Flag", Fact::kVesselFlag},
    FactLabel{"Vessel Year of Build", Fact::kVesselBuildYear},
    FactLabel{"Vessel Tonnage", Fact::kTonnage},
    FactLabel{"Tonnage", Fact::kTonnage},
    FactLabel{"Vessel Gross Registered Tonnage", Fact::kGrt},
    FactLabel{"Gross Registered Tonnage", Fact::kGrt},
    FactLabel{"GRT", Fact::kGrt},
    FactLabel{"Vessel Owner", Fact::kVesselOwner},
    FactLabel{"Aircraft Model", Fact::kAircraftModel},
    FactLabel{"Aircraft Manufacture Date", Fact::kAircraftManufactureDate},
    FactLabel{"Aircraft Manufacturer", Fact::kAircraftManufacturer},
    FactLabel{"Aircraft Operator", Fact::kAircraftOperator},
    FactLabel{"Linked To", Fact::kLinkedTo},
    FactLabel{"Title", Fact::kTitle},
    FactLabel{"Organization Established Date", Fact::kExtra},
    FactLabel{"Organization Type", Fact::kExtra},
    FactLabel{"Target Type", Fact::kExtra},
    FactLabel{"Former Vessel Flag", Fact::kExtra},
    FactLabel{"Listing Date", Fact::kExtra},
    FactLabel{"Effective Date", Fact::kExtra},
    FactLabel{"Purchase/Sales For Divestment Date", Fact::kExtra},
    FactLabel{"Issuer Name", Fact::kExtra},
    FactLabel{"Equity Ticker", Fact::kExtra},
    FactLabel{"Aircraft Mode S Transponder Code", Fact::kExtra},
    FactLabel{"Aircraft Previous Aircraft Tail Number", Fact::kExtra},
    FactLabel{"Previous Aircraft Tail Number", Fact::kExtra},
    FactLabel{"Vessel Call Sign", Fact::kExtra},  // handled as identifier below
    FactLabel{"IFCA Determination -", Fact::kSanctionsNote},
    FactLabel{"Executive Order", Fact::kSanctionsNote},  // EO ... Directive / information
};

struct IdLabel {
  std::string_view label;
  std::string_view type;
};

// Identifier labels (case-insensitive, exact).
constexpr std::array kIdLabels = {
    IdLabel{"Passport", id_type::kPassport},
    IdLabel{"Diplomatic Passport", id_type::kPassport},
    IdLabel{"Travel Document Number", id_type::kPassport},
    IdLabel{"National ID No.", id_type::kNationalId},
    IdLabel{"Cedula No.", id_type::kNationalId},
    IdLabel{"C.U.R.P.", id_type::kNationalId},
    IdLabel{"CURP #", id_type::kNationalId},
    IdLabel{"D.N.I.", id_type::kNationalId},
    IdLabel{"Personal ID Card", id_type::kNationalId},
    IdLabel{"Identification Number", id_type::kNationalId},
    IdLabel{"National Foreign ID Number", id_type::kNationalId},
    IdLabel{"Kenyan ID No.", id_type::kNationalId},
    IdLabel{"Citizen's Card Number", id_type::kNationalId},
    IdLabel{"Tax ID No.", id_type::kTaxId},
    IdLabel{"R.F.C.", id_type::kTaxId},
    IdLabel{"RFC", id_type::kTaxId},
    IdLabel{"NIT #", id_type::kTaxId},
    IdLabel{"RUC #", id_type::kTaxId},
    IdLabel{"V.A.T. Number", id_type::kTaxId},
    IdLabel{"ISIN", "isin"},
    IdLabel{"BIK (RU)", "bik"},
    IdLabel{"United Social Credit Code Certificate (USCCC)", id_type::kRegistration},
    IdLabel{"Numero Unico de Identificacao Tributaria (NUIT)", id_type::kTaxId},
    IdLabel{"Registration Number", id_type::kRegistration},
    IdLabel{"Registration ID", id_type::kRegistration},
    IdLabel{"Business Registration Number", id_type::kRegistration},
    IdLabel{"Business Registration Document #", id_type::kRegistration},
    IdLabel{"Business Number", id_type::kRegistration},
    IdLabel{"Company Number", id_type::kRegistration},
    IdLabel{"UK Company Number", id_type::kRegistration},
    IdLabel{"Commercial Registry Number", id_type::kRegistration},
    IdLabel{"Chamber of Commerce Number", id_type::kRegistration},
    IdLabel{"Istanbul Chamber of Comm. No.", id_type::kRegistration},
    IdLabel{"Public Registration Number", id_type::kRegistration},
    IdLabel{"Government Gazette Number", id_type::kRegistration},
    IdLabel{"Unified Social Credit Code (USCC)", id_type::kRegistration},
    IdLabel{"Legal Entity Number", id_type::kRegistration},
    IdLabel{"Folio Mercantil No.", id_type::kRegistration},
    IdLabel{"Matricula Mercantil No", id_type::kRegistration},
    IdLabel{"Trade License No.", id_type::kRegistration},
    IdLabel{"License", id_type::kRegistration},
    IdLabel{"C.R. No.", id_type::kRegistration},
    IdLabel{"Central Registration System Number", id_type::kRegistration},
    IdLabel{"Economic Register Number (CBLS)", id_type::kRegistration},
    IdLabel{"D-U-N-S Number", id_type::kRegistration},
    IdLabel{"Certificate of Incorporation Number", id_type::kRegistration},
    IdLabel{"SWIFT/BIC", id_type::kSwiftBic},
    IdLabel{"Vessel Registration Identification", id_type::kImo},
    IdLabel{"IMO", id_type::kImo},
    IdLabel{"MMSI", id_type::kMmsi},
    IdLabel{"Call Sign", id_type::kCallSign},
    IdLabel{"Vessel Call Sign", id_type::kCallSign},
    IdLabel{"Driver's License No.", id_type::kDriversLicense},
    IdLabel{"SSN", id_type::kSocialSecurity},
    IdLabel{"Social Security Number", id_type::kSocialSecurity},
    IdLabel{"Aircraft Construction Number (also called L/N or S/N or F/N)",
            id_type::kAircraftSerial},
    IdLabel{"Aircraft Manufacturer's Serial Number (MSN)", id_type::kAircraftSerial},
    IdLabel{"Aircraft Tail Number", id_type::kAircraftTail},
};

constexpr std::string_view kCryptoPrefix = "Digital Currency Address - ";

bool ContainsDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "Birth Certificate Number" -> "birth_certificate_number".
std::string NormalizeLabel(std::string_view label) {
  std::string out;
  for (char c : AsciiLower(label)) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

// True for labels that name an identifier even when not in kIdLabels.
bool LooksIdLabel(std::string_view label) {
  std::string l = AsciiLower(Trim(label));
  for (std::string_view end : {" no.", " no", " number", " #", " id", " code", " card"}) {
    if (l.size() > end.size() && l.ends_with(end)) return true;
  }
  return false;
}

Fact FindFact(std::string_view label) {
  for (const FactLabel& f : kFactLabels) {
    if (EqualsIgnoreCase(label, f.label)) return f.fact;
  }
  if (StartsWithIgnoreCase(label, "Executive Order") || StartsWithIgnoreCase(label, "CAATSA Section") ||
      StartsWithIgnoreCase(label, "Additional Sanctions Information") ||
      StartsWithIgnoreCase(label, "Secondary sanctions risk") ||
      StartsWithIgnoreCase(label, "Transactions Prohibited")) {
    return Fact::kSanctionsNote;
  }
  return Fact::kNone;
}

void AddUnique(std::vector<std::string>* v, std::string s) {
  if (s.empty()) return;
  if (std::find(v->begin(), v->end(), s) == v->end()) v->push_back(std::move(s));
}

std::string CountryOrText(std::string_view text) {
  return CountryCodeOrText(Trim(text));
}

// Joins label and value as OFAC prints them: "Label: value", or "Label value" when the
// label ends in '-' ("Additional Sanctions Information - Subject to ...").
std::string JoinLabel(std::string_view label, std::string_view value) {
  std::string l = TrimCopy(label);
  if (value.empty()) return l;
  if (!l.empty() && (l.back() == '-' || l.back() == ':')) return l + " " + std::string(value);
  return l + ": " + std::string(value);
}

void AddIdentifier(std::string type, std::string_view label, std::string_view value,
                   std::string_view country, std::string_view note, Entity* e) {
  Identifier id;
  id.type = std::move(type);
  std::string v = TrimCopy(value);
  if ((id.type == id_type::kImo && StartsWithIgnoreCase(v, "IMO ")) ||
      (id.type == id_type::kMmsi && StartsWithIgnoreCase(v, "MMSI "))) {
    v = TrimCopy(std::string_view(v).substr(v.find(' ') + 1));
  }
  if (v.empty()) return;
  id.value = std::move(v);
  id.country = country.empty() ? "" : CountryOrText(country);
  // "Identification Number IMO 1234567", "Company Number IMO 1234567": IMO numbers given
  // under another label (company IMO numbers of ship owners) are IMO identifiers too.
  std::string_view label_sv = Trim(label);
  if (id.type != id_type::kImo && StartsWithIgnoreCase(id.value, "IMO ") && ContainsDigit(id.value)) {
    id.type = std::string(id_type::kImo);
    id.value = TrimCopy(std::string_view(id.value).substr(4));
  }
  // "Vessel Registration Identification 15411 (Malta)" is a national register number; only
  // "IMO n" or a bare 7-digit number is an IMO number.
  if (id.type == id_type::kImo && EqualsIgnoreCase(label_sv, "Vessel Registration Identification") &&
      !(id.value.size() == 7 && std::all_of(id.value.begin(), id.value.end(),
                                            [](char c) { return c >= '0' && c <= '9'; })) &&
      !StartsWithIgnoreCase(TrimCopy(value), "IMO")) {
    id.type = std::string(id_type::kRegistration);
  }
  std::string n;
  if (id.type == id_type::kCrypto) {
    // note holds the currency: label "Digital Currency Address - XBT".
    size_t dash = label_sv.rfind(" - ");
    if (dash != std::string_view::npos) n = TrimCopy(label_sv.substr(dash + 3));
  } else if (id.type != id_type::kImo && id.type != id_type::kMmsi &&
             id.type != id_type::kCallSign && id.type != id_type::kAircraftTail &&
             NormalizeLabel(label_sv) != id.type) {
    n = std::string(label_sv);  // keep the original label where the type loses it
  } else if (id.type == id_type::kImo && !EqualsIgnoreCase(label_sv, "IMO") &&
             !EqualsIgnoreCase(label_sv, "Vessel Registration Identification")) {
    n = std::string(label_sv);  // a company IMO number
  }
  if (!note.empty()) n += (n.empty() ? "" : "; ") + TrimCopy(note);
  id.note = std::move(n);
  for (const Identifier& x : e->identifiers) {
    if (x == id) return;
  }
  e->identifiers.push_back(std::move(id));
}

// Splits "BE5978421 (Pakistan) issued 14 Nov 2007 expires 12 Nov 2012" into value, country
// and note.
void SplitIdValue(std::string_view in, std::string* value, std::string* country,
                  std::string* note) {
  std::string_view v = Trim(in);
  size_t cut = std::string_view::npos;
  for (std::string_view w : {" issued ", " expires ", " valid to ", " valid from "}) {
    size_t p = FindIgnoreCase(v, w);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  if (cut != std::string_view::npos) {
    *note = TrimCopy(v.substr(cut));
    v = Trim(v.substr(0, cut));
  }
  if (!v.empty() && v.back() == ')') {
    int depth = 0;
    for (size_t i = v.size(); i-- > 0;) {
      if (v[i] == ')') ++depth;
      if (v[i] == '(' && --depth == 0) {
        if (i > 0 && v[i - 1] == ' ') {
          *country = TrimCopy(v.substr(i + 1, v.size() - i - 2));
          v = Trim(v.substr(0, i));
        }
        break;
      }
    }
  }
  *value = std::string(v);
}

// Strips the quotes around a remarks alias: 'X' or "X".
std::string Unquote(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front()) {
    s = s.substr(1, s.size() - 2);
  }
  return TrimCopy(s);
}

}  // namespace

std::vector<std::string> SplitOfacRemarks(std::string_view remarks) {
  std::string_view s = Trim(remarks);
  if (!s.empty() && s.back() == '.') s.remove_suffix(1);
  auto split = [&](bool mind_parens) {
    std::vector<std::string> items;
    std::string cur;
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (quote != 0) {
        // A quoted alias ends at its quote followed by ';', end, or '.' at the end.
        if (c == quote && (i + 1 == s.size() || s[i + 1] == ';')) quote = 0;
        cur += c;
        continue;
      }
      if ((c == '\'' || c == '"') && (cur.ends_with("k.a. ") || cur.ends_with("k.a., "))) {
        quote = c;
      } else if (mind_parens && c == '(') {
        ++depth;
      } else if (mind_parens && c == ')' && depth > 0) {
        --depth;
      } else if (c == ';' && depth == 0) {
        std::string t = TrimCopy(cur);
        if (!t.empty()) items.push_back(std::move(t));
        cur.clear();
        continue;
      }
      cur += c;
    }
    std::string t = TrimCopy(cur);
    if (!t.empty()) items.push_back(std::move(t));
    return std::pair(std::move(items), depth == 0 && quote == 0);
  };
  auto [items, balanced] = split(true);
  if (!balanced) items = split(false).first;  // an unclosed '(' must not swallow the rest
  return items;
}

std::string OfacIdentifierType(std::string_view label) {
  std::string_view l = Trim(label);
  while (!l.empty() && l.back() == ':') l = Trim(l.substr(0, l.size() - 1));
  if (StartsWithIgnoreCase(l, "Digital Currency Address")) return std::string(id_type::kCrypto);
  for (const IdLabel& x : kIdLabels) {
    if (EqualsIgnoreCase(l, x.label)) return std::string(x.type);
  }
  if (FindFact(l) != Fact::kNone) return "";
  if (LooksIdLabel(l)) return NormalizeLabel(l);
  return "";
}

Place OfacPlace(std::string_view text) {
  Place p;
  p.text = CollapseSpaces(text);
  std::string_view t = p.text;
  size_t comma = t.rfind(',');
  if (comma != std::string_view::npos) p.country = CountryCode(Trim(t.substr(comma + 1)));
  if (p.country.empty()) p.country = CountryCode(t);
  // "Korea, North": the last part alone is not a country, the whole is.
  return p;
}

void ApplyOfacFact(std::string_view label_in, std::string_view value_in, std::string_view country,
                   std::string_view note, Entity* e) {
  std::string_view label = Trim(label_in);
  while (!label.empty() && label.back() == ':') label = Trim(label.substr(0, label.size() - 1));
  std::string value = CollapseSpaces(value_in);
  if (label.empty() && value.empty()) return;

  std::string id_type_name = OfacIdentifierType(label);
  if (!id_type_name.empty()) {
    if (id_type_name == id_type::kImo && !value.empty() && !ContainsDigit(value)) {
      e->extra.emplace_back(std::string(label), value);
      return;
    }
    AddIdentifier(std::move(id_type_name), label, value, country, note, e);
    return;
  }
  switch (FindFact(label)) {
    case Fact::kDob: {
      auto d = ParseDateSpec(value);
      if (d) {
        if (std::find(e->birth_dates.begin(), e->birth_dates.end(), *d) == e->birth_dates.end()) {
          e->birth_dates.push_back(std::move(*d));
        }
      } else {
        e->extra.emplace_back("DOB", value);
      }
      return;
    }
    case Fact::kPob: {
      Place p = OfacPlace(value);
      if (!p.text.empty() &&
          std::find(e->birth_places.begin(), e->birth_places.end(), p) == e->birth_places.end()) {
        e->birth_places.push_back(std::move(p));
      }
      return;
    }
    case Fact::kNationality:
      AddUnique(&e->nationalities, CountryOrText(value.empty() ? country : value));
      return;
    case Fact::kCitizen:
      AddUnique(&e->citizenships, CountryOrText(value.empty() ? country : value));
      return;
    case Fact::kGender: {
      std::string g = AsciiLower(value);
      e->gender = g == "male" || g == "m" ? "male" : g == "female" || g == "f" ? "female" : g;
      return;
    }
    case Fact::kEmail:
      AddUnique(&e->emails, value);
      return;
    case Fact::kWebsite:
      AddUnique(&e->websites, value);
      return;
    case Fact::kPhone:
      AddUnique(&e->phones, value);
      return;
    case Fact::kSanctionsNote:
      AddUnique(&e->sanctions_notes, JoinLabel(label, value));
      return;
    case Fact::kVesselType:
      e->vessel.vessel_type = value;
      return;
    case Fact::kVesselFlag: {
      std::string_view v = value.empty() ? country : std::string_view(value);
      e->vessel.flag_name = TrimCopy(v);
      e->vessel.flag = CountryCode(v);
      return;
    }
    case Fact::kVesselBuildYear:
      e->vessel.build_year = value;
      return;
    case Fact::kTonnage:
      e->vessel.tonnage = value;
      return;
    case Fact::kGrt:
      e->vessel.grt = value;
      return;
    case Fact::kVesselOwner:
      e->vessel.owner_operator = value;
      return;
    case Fact::kAircraftModel:
      e->aircraft.model = value;
      return;
    case Fact::kAircraftManufactureDate:
      e->aircraft.construction_year = value;
      return;
    case Fact::kAircraftOperator:
      e->aircraft.operator_name = value;
      return;
    case Fact::kAircraftManufacturer:
      e->aircraft.manufacturer = value;
      return;
    case Fact::kLinkedTo:
      if (!value.empty()) e->links.push_back(Link{"linked_to", value, ""});
      return;
    case Fact::kTitle:
      AddUnique(&e->titles, value);
      return;
    case Fact::kPosition:
      AddUnique(&e->positions, value);
      return;
    case Fact::kExtra:
    case Fact::kNone: {
      std::string v = value;
      if (!country.empty()) v += (v.empty() ? "" : " ") + ("(" + TrimCopy(country) + ")");
      if (!note.empty()) v += (v.empty() ? "" : " ") + TrimCopy(note);
      e->extra.emplace_back(std::string(label), std::move(v));
      return;
    }
  }
}

NameKind OfacNameKind(std::string_view label) {
  std::string l;
  for (char c : AsciiLower(label)) {
    if (c >= 'a' && c <= 'z') l += c;
  }
  if (l == "fka") return NameKind::kFka;
  if (l == "nka") return NameKind::kNka;
  return NameKind::kAka;
}

Name MakeOfacName(std::string full, NameKind kind, NameQuality quality, bool person) {
  Name n;
  n.full = CollapseSpaces(full);
  n.kind = kind;
  n.quality = quality;
  if (person) {
    size_t comma = n.full.find(", ");
    if (comma != std::string::npos && n.full.find(", ", comma + 2) == std::string::npos) {
      std::string family = TrimCopy(std::string_view(n.full).substr(0, comma));
      std::string given = TrimCopy(std::string_view(n.full).substr(comma + 2));
      if (!family.empty()) n.parts.push_back(NamePart{"family", family});
      if (!given.empty()) n.parts.push_back(NamePart{"given", given});
    }
  }
  return n;
}

namespace {

// Tries to read the item as "<known label> value"; true if handled.
bool ApplyLabelledItem(std::string_view item, Entity* e) {
  // Digital currency: "Digital Currency Address - XBT 12Qt..."
  if (StartsWithIgnoreCase(item, kCryptoPrefix)) {
    std::string_view rest = Trim(item.substr(kCryptoPrefix.size()));
    size_t sp = rest.find(' ');
    if (sp == std::string_view::npos) return false;
    std::string label = std::string(kCryptoPrefix) + std::string(rest.substr(0, sp));
    std::string value, country, note;
    SplitIdValue(rest.substr(sp + 1), &value, &country, &note);
    ApplyOfacFact(label, value, country, note, e);
    return true;
  }
  // The longest known label that prefixes the item, followed by ' ', ':' or '('.
  std::string_view best;
  bool is_id = false;
  auto consider = [&](std::string_view label, bool id) {
    if (label.size() <= best.size() || !StartsWithIgnoreCase(item, label)) return;
    if (item.size() == label.size()) return;
    char next = item[label.size()];
    if (next != ' ' && next != ':' && label.back() != '-') return;
    best = label;
    is_id = id;
  };
  for (const IdLabel& x : kIdLabels) consider(x.label, true);
  for (const FactLabel& f : kFactLabels) consider(f.label, false);
  if (best.empty()) return false;
  std::string_view label = item.substr(0, best.size());
  std::string_view rest = Trim(item.substr(best.size()));
  // A parenthesised qualifier belongs to the label: "Listing Date (CMIC) 03 Jun 2021".
  // Not for "Fax (357)(22668608)": the qualifier must hold a letter.
  if (!is_id && !rest.empty() && rest.front() == '(') {
    size_t close = rest.find(')');
    bool has_alpha = close != std::string_view::npos &&
                     std::any_of(rest.begin(), rest.begin() + static_cast<ptrdiff_t>(close),
                                 [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    if (has_alpha) {
      label = item.substr(0, static_cast<size_t>(rest.data() - item.data()) + close + 1);
      rest = Trim(rest.substr(close + 1));
    }
  }
  if (!rest.empty() && rest.front() == ':') rest = Trim(rest.substr(1));
  if (is_id) {
    std::string value, country, note;
    SplitIdValue(rest, &value, &country, &note);
    ApplyOfacFact(label, value, country, note, e);
    return true;
  }
  Fact fact = FindFact(label);
  if (fact == Fact::kNone) fact = FindFact(best);
  if (fact == Fact::kSanctionsNote) {
    // Keep the sentence as OFAC wrote it.
    AddUnique(&e->sanctions_notes, std::string(item));
    return true;
  }
  if (fact == Fact::kLinkedTo || fact == Fact::kDob || fact == Fact::kPob || fact == Fact::kExtra) {
    ApplyOfacFact(label, rest, "", "", e);
    return true;
  }
  ApplyOfacFact(best, rest, "", "", e);
  return true;
}

void ApplyRemarkItems(std::string_view text, Entity* e, int depth) {
  for (std::string& raw : SplitOfacRemarks(text)) {
    std::string_view item = raw;
    // "(Linked To: HAMAS)" as the classic XML writes it: unwrap and parse the inside.
    if (depth < 2 && item.size() > 2 && item.front() == '(' && item.back() == ')') {
      ApplyRemarkItems(item.substr(1, item.size() - 2), e, depth + 1);
      continue;
    }
    if (StartsWithIgnoreCase(item, "alt. ")) item = Trim(item.substr(5));
    // Aliases: a.k.a. 'X' / f.k.a. 'X' / n.k.a. 'X'.
    bool alias_done = false;
    for (std::string_view p : {"a.k.a.", "f.k.a.", "n.k.a."}) {
      if (StartsWithIgnoreCase(item, p)) {
        std::string_view rest = Trim(item.substr(p.size()));
        if (!rest.empty() && rest.front() == ',') rest = Trim(rest.substr(1));
        std::string n = Unquote(rest);
        if (!n.empty()) {
          Name name =
              MakeOfacName(n, OfacNameKind(p), NameQuality::kWeak, e->type == EntityType::kPerson);
          name.script = "Latn";
          e->names.push_back(std::move(name));
        }
        alias_done = true;
        break;
      }
    }
    if (alias_done) continue;
    if (std::find(e->positions.begin(), e->positions.end(), item) != e->positions.end()) continue;
    if (ApplyLabelledItem(item, e)) continue;
    // "Label: value" with an unknown label.
    size_t colon = item.find(": ");
    if (colon != std::string_view::npos && colon > 0 && colon < 80) {
      ApplyOfacFact(item.substr(0, colon), item.substr(colon + 2), "", "", e);
      continue;
    }
    // "<Something> No. 123 (Country)": an identifier with an unknown label.
    bool done = false;
    for (std::string_view end : {" No. ", " No ", " Number ", " # ", " ID "}) {
      size_t p = FindIgnoreCase(item, end);
      if (p == std::string_view::npos || p == 0) continue;
      std::string_view label = item.substr(0, p + end.size() - 1);
      std::string_view rest = item.substr(p + end.size());
      if (label.size() > 60 || !ContainsDigit(rest)) continue;
      std::string value, country, note;
      SplitIdValue(rest, &value, &country, &note);
      AddIdentifier(NormalizeLabel(label), label, value, country, note, e);
      done = true;
      break;
    }
    if (done) continue;
    e->remarks.push_back(std::string(item));
  }
}

}  // namespace

void ApplyOfacRemarks(std::string_view remarks, Entity* e) {
  std::string_view all = Trim(remarks);
  if (all.empty()) return;
  e->extra.emplace_back(std::string(kRemarksFullLabel), std::string(all));
  ApplyRemarkItems(all, e, 0);
}

namespace {

bool IsLeap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
int LastDay(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 31;
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

}  // namespace

DateSpec OfacPeriodToSpec(PartialDate from, PartialDate to, bool approximate) {
  DateSpec d;
  if (from.empty()) from = to;
  d.circa = approximate;
  if (from.empty()) return d;
  bool from_jan1 = from.month == 1 && from.day == 1;
  bool to_dec31 = to.month == 12 && to.day == 31;
  if (to.empty() || from == to) {
    d.from = from;
  } else if (from_jan1 && to_dec31) {
    d.from = PartialDate{from.year, 0, 0};
    if (to.year != from.year) d.to = PartialDate{to.year, 0, 0};
  } else if (from.year == to.year && from.month == to.month && from.day == 1 &&
             to.day == LastDay(to.year, to.month)) {
    d.from = PartialDate{from.year, from.month, 0};
  } else {
    d.from = from;
    d.to = to;
  }
  d.text = d.from.ToString();
  if (!d.to.empty()) d.text += " to " + d.to.ToString();
  if (d.circa) d.text = "circa " + d.text;
  return d;
}

std::string OfacScriptCode(std::string_view name) {
  static const std::map<std::string, std::string, std::less<>> kScripts = {
      {"latin", "Latn"},
      {"cyrillic", "Cyrl"},
      {"arabic", "Arab"},
      {"persian", "Arab"},
      {"farsi", "Arab"},
      {"chinese", "Hani"},
      {"chinese simplified", "Hans"},
      {"chinese traditional", "Hant"},
      {"korean", "Kore"},
      {"hangul", "Hang"},
      {"japanese", "Jpan"},
      {"greek", "Grek"},
      {"hebrew", "Hebr"},
      {"thai", "Thai"},
      {"georgian", "Geor"},
      {"armenian", "Armn"},
      {"burmese", "Mymr"},
      {"devanagari", "Deva"},
  };
  auto it = kScripts.find(AsciiLower(Trim(name)));
  return it == kScripts.end() ? std::string(Trim(name)) : it->second;
}

std::string OfacNamePartType(std::string_view t) {
  std::string l = AsciiLower(Trim(t));
  if (l == "last name") return "family";
  if (l == "first name") return "given";
  if (l == "middle name") return "middle";
  if (l == "patronymic") return "patronymic";
  if (l == "matronymic") return "matronymic";
  if (l == "maiden name") return "maiden";
  if (l == "entity name" || l == "vessel name" || l == "aircraft name") return "whole";
  return l;
}

std::string OfacRelation(std::string_view t) {
  std::string out;
  for (char c : AsciiLower(Trim(t))) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

Status OfacCheckXmlUtf8(const std::string& path, std::string_view data) {
  std::string_view head = data.substr(0, std::min<size_t>(data.size(), 200));
  size_t decl_end = head.find("?>");
  if (head.starts_with("<?xml") && decl_end != std::string_view::npos) {
    std::string decl = AsciiLower(head.substr(0, decl_end));
    size_t enc = decl.find("encoding=");
    // Encodings pugixml converts itself; anything else is read as UTF-8 and checked.
    if (enc != std::string::npos) {
      std::string_view v = std::string_view(decl).substr(enc + 9);
      for (std::string_view known : {"\"iso-8859-1\"", "'iso-8859-1'", "\"latin1\"", "'latin1'",
                                     "\"utf-16", "'utf-16", "\"utf-32", "'utf-32"}) {
        if (v.starts_with(known)) return Status::Ok();
      }
    }
  }
  size_t bad = 0;
  if (IsValidUtf8(StripBom(data), &bad)) return Status::Ok();
  if (data.size() >= 3 && static_cast<unsigned char>(data[0]) == 0xEF) bad += 3;
  size_t line = 1 + static_cast<size_t>(
                        std::count(data.begin(), data.begin() + static_cast<ptrdiff_t>(bad), '\n'));
  return Status::Corruption(path + ": broken encoding: invalid UTF-8 at line " +
                            std::to_string(line) + " (byte offset " + std::to_string(bad) + ")");
}

std::string OfacCleanText(std::string_view in) {
  std::string s = CollapseSpaces(in);
  if (IsValidUtf8(s)) return s;
  // One pass: copy well-formed sequences, replace each ill-formed one by U+FFFD.
  std::string out;
  out.reserve(s.size() + 8);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80                 ? 1
                 : c >= 0xC2 && c <= 0xDF ? 2
                 : c >= 0xE0 && c <= 0xEF ? 3
                 : c >= 0xF0 && c <= 0xF4 ? 4
                                          : 0;
    bool ok = len > 0 && i + len <= s.size();
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (ok && len > 1) {
      static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) ok = false;
    }
    if (ok) {
      out.append(s, i, len);
      i += len;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
  }
  return out;
}

}  // namespace sanctions
