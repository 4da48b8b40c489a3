// See list_facts.h.
#include "sources/list_facts.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "sanctions/entity.h"
#include "util/countries.h"
#include "util/text.h"

namespace sanctions {
namespace {

// Lower-cases and turns runs of non-alphanumerics into one '_', trimming '_' at the ends.
std::string Slug(std::string_view label) {
  std::string out;
  bool gap = false;
  for (char c : label) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      if (gap && !out.empty()) out += '_';
      gap = false;
      out += static_cast<char>(std::tolower(u));
    } else {
      gap = true;
    }
  }
  return out;
}

bool ContainsAny(std::string_view hay, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (FindIgnoreCase(hay, n) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::string IdTypeFromLabel(std::string_view label) {
  std::string_view l = Trim(label);
  std::string slug = Slug(l);
  // Exact codes used by EU FSF (identificationTypeCode) and our own names first.
  if (slug == "imo" || ContainsAny(l, {"IMO Number", "Vessel Registration Identification"})) {
    return std::string(id_type::kImo);
  }
  if (slug == "mmsi") return std::string(id_type::kMmsi);
  if (slug == "call_sign" || ContainsAny(l, {"call sign"})) return std::string(id_type::kCallSign);
  if (slug == "swiftbic" || slug == "swift_bic" || slug == "bic" || ContainsAny(l, {"SWIFT"})) {
    return std::string(id_type::kSwiftBic);
  }
  if (ContainsAny(l, {"Digital Currency", "crypto"})) return std::string(id_type::kCrypto);
  if (ContainsAny(l, {"Driver", "driving"})) return std::string(id_type::kDriversLicense);
  if (slug == "ssn" || ContainsAny(l, {"Social Security"})) {
    return std::string(id_type::kSocialSecurity);
  }
  if (ContainsAny(l, {"Tail Number"})) return std::string(id_type::kAircraftTail);
  if (ContainsAny(l, {"Aircraft Manufacturer's Serial", "Aircraft Serial",
                      "Aircraft Construction Number"})) {
    return std::string(id_type::kAircraftSerial);
  }
  if (ContainsAny(l, {"passport", "passeport", "pasaporte"}))
    return std::string(id_type::kPassport);
  // Tax numbers (before "identification" so "tax identification number" lands here).
  if (slug == "tax_id" || slug == "fiscalcode" || slug == "nit" || slug == "rfc" ||
      slug == "r_f_c" || slug == "ruc" || slug == "rif" || slug == "rsin" || slug == "rtn" ||
      slug == "c_u_i_t" || slug == "c_i_f" || slug == "us_fein" || slug == "inn" || slug == "kpp" ||
      ContainsAny(l, {"Tax ", "tax identification", "V.A.T.", "VAT ", "Fiscal", "NIT #", "RUC #",
                      "RIF #", "NUIT", "FEIN", "C.U.I.T."})) {
    return std::string(id_type::kTaxId);
  }
  if (slug == "id" || slug == "national_id" || slug == "nationalid" || slug == "d_n_i" ||
      slug == "c_u_r_p" || slug == "cnp_personal_numerical_code" || slug == "n_i_e" ||
      slug == "c_u_i" || slug == "i_f_e" ||
      ContainsAny(l, {"National ID", "National Identification", "Identification Number", "ID Card",
                      "Personal ID", "Identity", "Identidad", "Cedula", "Cédula", "Citizen's Card",
                      "Tazkira", "UAE Identification", "Kenyan ID", "National Foreign ID",
                      "NI Number", "Personal Numerical", "Electoral", "Credencial"})) {
    return std::string(id_type::kNationalId);
  }
  if (slug == "regnumber" || slug == "registration" ||
      ContainsAny(l, {"Registration",
                      "Registry",
                      "Register",
                      "Company Number",
                      "Business Number",
                      "Enterprise Number",
                      "Legal Entity Number",
                      "Social Credit Code",
                      "USCC",
                      "Incorporation",
                      "Folio Mercantil",
                      "Matricula Mercantil",
                      "Chamber of Comm",
                      "C.R. No",
                      "Romanian C.R.",
                      "Trade License",
                      "Government Gazette",
                      "Branch Unit",
                      "File Number",
                      "Registered Charity",
                      "D-U-N-S",
                      "OGRN",
                      "LEI"})) {
    return std::string(id_type::kRegistration);
  }
  if (slug.empty()) return std::string(id_type::kOther);
  return slug;
}

std::vector<std::string> ExtractImoNumbers(std::string_view text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while ((pos = text.find("IMO", pos)) != std::string_view::npos) {
    // A whole word "IMO" (not "IMOBILIARIA").
    bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(text[pos - 1]));
    size_t after = pos + 3;
    bool word_end = after >= text.size() || !std::isalnum(static_cast<unsigned char>(text[after]));
    pos = after;
    if (!word_start || !word_end) continue;
    // Skip ")", "number", "No.", ":", "#" and spaces, up to 24 characters.
    size_t i = after;
    size_t limit = std::min(text.size(), after + 24);
    while (i < limit && !std::isdigit(static_cast<unsigned char>(text[i]))) {
      char c = text[i];
      if (!(c == ' ' || c == ':' || c == '.' || c == ')' || c == '#' || c == '-' ||
            std::isalpha(static_cast<unsigned char>(c)))) {
        break;
      }
      ++i;
    }
    // Letters skipped must be "number"/"no" only.
    std::string skipped = AsciiLower(text.substr(after, i - after));
    for (char& c : skipped) {
      if (!std::isalpha(static_cast<unsigned char>(c))) c = ' ';
    }
    auto words = Split(skipped, ' ');
    bool ok = true;
    for (const auto& w : words) {
      if (w != "number" && w != "no" && w != "nr") ok = false;
    }
    if (!ok) continue;
    size_t j = i;
    while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
    if (j - i != 7) continue;
    std::string num(text.substr(i, 7));
    bool seen = false;
    for (const auto& o : out) seen = seen || o == num;
    if (!seen) out.push_back(std::move(num));
  }
  return out;
}

bool IsImoShipNumber(std::string_view digits) {
  if (digits.size() != 7) return false;
  int sum = 0;
  for (size_t i = 0; i < 7; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(digits[i]))) return false;
  }
  for (size_t i = 0; i < 6; ++i) sum += (digits[i] - '0') * static_cast<int>(7 - i);
  return sum % 10 == digits[6] - '0';
}

bool HasLegalForm(std::string_view name) {
  // Tokens are compared upper-case with dots removed ("S.A." -> "SA", "Co." -> "CO").
  static const char* const kForms[] = {
      "INC",         "INCORPORATED", "LTD",          "LIMITED",
      "LLC",         "LLP",          "CORP",         "CORPORATION",
      "CO",          "COMPANY",      "GMBH",         "AG",
      "KG",          "SA",           "SAS",          "SARL",
      "SRL",         "SPA",          "BV",           "NV",
      "PLC",         "JSC",          "OJSC",         "CJSC",
      "PJSC",        "OAO",          "ZAO",          "OOO",
      "PAO",         "FZE",          "FZCO",         "FZC",
      "PTE",         "PTY",          "SDN",          "BHD",
      "KFT",         "ZRT",          "EIRL",         "DMCC",
      "ENTERPRISES", "ENTERPRISE",   "INDUSTRIES",   "INTERNATIONAL",
      "TRADING",     "GROUP",        "HOLDING",      "HOLDINGS",
      "ELECTRONICS", "TECHNOLOGY",   "TECHNOLOGIES", "SYSTEMS",
      "SERVICES",    "AVIATION",     "AIRLINES",     "SHIPPING",
      "BANK",        "ASSOCIATES",   "IMPORTS",      "EXPORTS",
      "IMPORT",      "EXPORT",       "LOGISTICS"};
  std::string up;
  for (char c : name) {
    if (c == '.') continue;
    unsigned char u = static_cast<unsigned char>(c);
    up += std::isalnum(u) || u >= 0x80 ? static_cast<char>(std::toupper(u)) : ' ';
  }
  for (const std::string& tok : Split(up, ' ')) {
    for (const char* form : kForms) {
      if (tok == form) return true;
    }
  }
  return false;
}

namespace {

// Length of an enumeration marker at `i` ("(1)", "1)", "(a)", "a)"), or 0.
size_t EnumMarkerAt(std::string_view s, size_t i) {
  if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t' && s[i - 1] != '\n') return 0;
  size_t j = i;
  bool paren = j < s.size() && s[j] == '(';
  if (paren) ++j;
  size_t start = j;
  while (j < s.size() && j - start < 2 && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  if (j == start) {
    if (j < s.size() && s[j] >= 'a' && s[j] <= 'z') {
      ++j;
    } else {
      return 0;
    }
  }
  if (j >= s.size() || s[j] != ')') return 0;
  ++j;
  // The marker must be followed by a space or the end ("a)x" is accepted only when the
  // marker opened with '(' to avoid splitting words such as "b)").
  if (j < s.size() && s[j] != ' ' && !paren) return 0;
  return j - i;
}

std::string CleanItem(std::string_view item) {
  std::string_view t = Trim(item);
  while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == '.')) {
    t.remove_suffix(1);
    t = Trim(t);
  }
  return std::string(t);
}

}  // namespace

std::vector<std::string> SplitEnumeration(std::string_view text) {
  std::vector<std::string> out;
  size_t item_start = 0;
  bool any_marker = false;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = EnumMarkerAt(text, i);
    if (len == 0) continue;
    if (!any_marker) {
      // Text before the first marker is kept as its own item (e.g. "Passport No").
      std::string head = CleanItem(text.substr(0, i));
      if (!head.empty()) out.push_back(head);
    } else {
      std::string item = CleanItem(text.substr(item_start, i - item_start));
      if (!item.empty()) out.push_back(item);
    }
    any_marker = true;
    i += len - 1;
    item_start = i + 1;
  }
  std::string last = CleanItem(text.substr(any_marker ? item_start : 0));
  if (!last.empty()) out.push_back(last);
  return out;
}

std::string CountryFromText(std::string_view text) {
  std::string code = CountryCode(text);
  if (!code.empty()) return code;
  std::string_view t = Trim(text);
  // "Ukrainian SSR (now Ukraine)": the current name first, then the text before "(".
  for (size_t open = t.find('('); open != std::string_view::npos; open = t.find('(', open + 1)) {
    size_t close = t.find(')', open);
    if (close == std::string_view::npos) break;
    std::string_view inner = Trim(t.substr(open + 1, close - open - 1));
    if (StartsWithIgnoreCase(inner, "now ")) {
      code = CountryCode(inner.substr(4));
      if (!code.empty()) return code;
    }
  }
  size_t paren = t.find('(');
  if (paren != std::string_view::npos && paren > 0) {
    t = Trim(t.substr(0, paren));
    code = CountryCode(t);
    if (!code.empty()) return code;
  }
  // "Kuwaiti citizenship", "Possibly Ethiopian", "Sudanese by birth", "former USSR".
  for (std::string_view prefix : {"possibly ", "probably ", "former "}) {
    if (StartsWithIgnoreCase(t, prefix)) t.remove_prefix(prefix.size());
  }
  for (std::string_view suffix :
       {" citizenship", " nationalities", " nationality", " national", " by birth", " passport"}) {
    if (t.size() > suffix.size() && EqualsIgnoreCase(t.substr(t.size() - suffix.size()), suffix)) {
      t.remove_suffix(suffix.size());
    }
  }
  code = CountryCode(t);
  if (!code.empty()) return code;
  // "Syrian Arab Republic as of September 2015", "Crimea 295000": the longest run of
  // leading words that names a country (country columns only; never a single letter).
  std::vector<std::string> words = Split(t, ' ');
  for (size_t n = words.size(); n-- > 1;) {
    std::string prefix;
    for (size_t i = 0; i < n; ++i) prefix += (i ? " " : "") + words[i];
    if (prefix.size() < 3) break;
    code = CountryCode(prefix);
    if (!code.empty()) return code;
  }
  return "";
}

LineIndex::LineIndex(std::string_view data) {
  starts_.push_back(0);
  for (size_t i = 0; i < data.size(); ++i) {
    if (data[i] == '\n') starts_.push_back(i + 1);
  }
}

uint32_t LineIndex::LineAt(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<uint32_t>(it - starts_.begin());
}

std::string DecodeListText(std::string_view bytes) {
  std::string_view body = StripBom(bytes);
  if (IsValidUtf8(body)) return std::string(body);
  return Cp1252ToUtf8(body);
}

Status CheckUtf8(const std::string& path, std::string_view bytes) {
  size_t bad = 0;
  if (IsValidUtf8(bytes, &bad)) return Status::Ok();
  return Status::Corruption(path + ": line " + std::to_string(LineIndex(bytes).LineAt(bad)) +
                            ": broken encoding: invalid UTF-8 at byte offset " +
                            std::to_string(bad));
}

void AddUnique(std::vector<std::string>& v, std::string value) {
  if (value.empty()) return;
  if (std::find(v.begin(), v.end(), value) != v.end()) return;
  v.push_back(std::move(value));
}

}  // namespace sanctions
