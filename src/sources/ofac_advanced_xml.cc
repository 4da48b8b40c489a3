// OFAC advanced XML (schemas/sdn_advanced.xsd; sdn_advanced.xml and cons_advanced.xml),
// read as a stream with expat in 64 KB chunks: the full sdn_advanced.xml is ~120 MB, so no
// DOM is built. Memory stays O(entities): the parse keeps compact records per party, per
// location, per ID document, per sanctions entry and per relationship, and the entities
// are assembled once the document has ended (the reference values, Locations and
// IDRegDocuments may come before or after the DistinctParties; the real files put the
// reference values first).
//
// Decisions:
// - Entity::source_id is the DistinctParty FixedRef (= Profile ID = the classic XML uid and
//   the CSV ent_num).
// - Names: each DocumentedName of each Alias is one Name; its script comes from the
//   ScriptID of its parts (ScriptCode "Latin" -> "Latn", "Cyrillic" -> "Cyrl", ...). The
//   alias with Primary="true" is the primary name (names[0]); LowQuality="true" -> weak.
//   Latin-script person names read "LAST, First Middle" as in OFAC's other formats; other
//   scripts join the parts in document order.
// - Dates (DatePeriod): a period covering exactly one whole year or month becomes that
//   year or month; equal bounds a day; anything else a range. Approximate -> circa.
// - Programs come from SanctionsMeasure comments whose SanctionsType is "Program"; other
//   measures ("Block", "Reject", directives) and the lists an entry is on go to extra. The
//   listing date is the earliest EntryEvent date.
// - The list id is us_ofac_cons when some SanctionsEntry is on the "Consolidated List"
//   (every entry of cons_advanced.xml is, beside its own list such as "SDN List" for the 9
//   entries on both), otherwise us_ofac_sdn.
// - Features go through ApplyOfacFact with the FeatureType text as the label.
#include <expat.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <unordered_map>

#include "sources/ofac_remarks.h"
#include "sources/reader.h"
#include "util/countries.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

struct RefValue {
  std::string text;
  std::string a1;  // a kind-specific attribute: ISO2 (Country), PartyTypeID (PartySubType),
                   // ScriptCode (Script), CountryID (AreaCode), SanctionsProgramID...
};

struct Period {
  PartialDate start_from, start_to, end_from, end_to;
  bool approximate = false;
  bool present = false;
};

struct PartValue {
  std::string group_id;
  std::string script_id;
  std::string value;
};

struct DocName {
  std::vector<PartValue> parts;
};

struct AliasRec {
  std::string type_id;
  bool primary = false;
  bool low_quality = false;
  std::vector<DocName> names;
};

struct IdentityRec {
  std::string id;
  std::vector<AliasRec> aliases;
  std::unordered_map<std::string, std::string> group_type;  // NamePartGroupID -> type id
};

struct FeatureVersionRec {
  Period period;
  std::string detail_type_id;
  std::string detail_ref_id;
  std::string detail_text;
  std::string location_id;
};

struct FeatureRec {
  std::string type_id;
  std::vector<FeatureVersionRec> versions;
};

struct PartyRec {
  std::string fixed_ref;
  std::string profile_id;
  std::string subtype_id;
  std::vector<IdentityRec> identities;
  std::vector<FeatureRec> features;
  std::string comment;
  uint32_t line = 0;
  size_t index = 0;
};

struct LocationRec {
  std::string country_id;
  std::string area_code_id;
  std::vector<std::pair<std::string, std::string>> parts;  // LocPartTypeID, value
};

struct DocRec {
  std::string type_id;
  std::string identity_id;
  std::string country_id;
  std::string number;
  std::string comment;
  std::vector<std::pair<std::string, Period>> dates;  // IDRegDocDateTypeID, period
};

struct EntryRec {
  std::string list_id;
  PartialDate date;
  std::string legal_basis_id;
  std::vector<std::pair<std::string, std::string>> measures;  // SanctionsTypeID, comment
};

struct RelRec {
  std::string from, to, type_id;
};

// The end of a DatePeriod: End/To, else End/From, else Start/To.
PartialDate PeriodEnd(const Period& p) {
  return !p.end_to.empty() ? p.end_to : (!p.end_from.empty() ? p.end_from : p.start_to);
}

// Local name of an expat namespace-expanded name ("uri|local").
std::string_view Local(const XML_Char* name) {
  std::string_view n = name;
  size_t bar = n.rfind('|');
  return bar == std::string_view::npos ? n : n.substr(bar + 1);
}

const char* Attr(const XML_Char** attrs, std::string_view key) {
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (Local(attrs[i]) == key) return attrs[i + 1];
  }
  return "";
}

bool IsTrue(const char* v) {
  return std::strcmp(v, "true") == 0 || std::strcmp(v, "1") == 0;
}

int ToInt(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return 0;
    if (v > 100000) return 0;
    v = v * 10 + (c - '0');
  }
  return v;
}

class AdvancedParser {
 public:
  AdvancedParser(const std::string& path, ReadContext& ctx) : path_(path), ctx_(ctx) {}

  Status Run();

 private:
  static void XMLCALL OnStart(void* self, const XML_Char* name, const XML_Char** attrs) {
    static_cast<AdvancedParser*>(self)->Start(Local(name), attrs);
  }
  static void XMLCALL OnEnd(void* self, const XML_Char* name) {
    static_cast<AdvancedParser*>(self)->End(Local(name));
  }
  static void XMLCALL OnText(void* self, const XML_Char* s, int len) {
    auto* p = static_cast<AdvancedParser*>(self);
    if (p->text_.size() < (1u << 20)) p->text_.append(s, static_cast<size_t>(len));
  }

  void Start(std::string_view name, const XML_Char** attrs);
  void End(std::string_view name);
  void Assemble();
  std::string Ref(const std::string& kind, const std::string& id) const;
  const RefValue* RefRec(const std::string& kind, const std::string& id) const;
  std::string CountryIso(const std::string& country_id) const;
  std::string CountryName(const std::string& country_id) const;
  Address MakeAddress(const LocationRec& loc) const;
  Name MakeName(const IdentityRec& id, const AliasRec& alias, const DocName& dn, bool person) const;
  void ApplyFeature(const FeatureRec& f, Entity* e) const;
  bool In(std::string_view a) const {
    return std::find(stack_.begin(), stack_.end(), a) != stack_.end();
  }
  const std::string& Parent(size_t up = 1) const {
    static const std::string kEmpty;
    return stack_.size() > up ? stack_[stack_.size() - 1 - up] : kEmpty;
  }

  const std::string& path_;
  ReadContext& ctx_;
  XML_Parser parser_ = nullptr;
  std::vector<std::string> stack_;
  std::string text_;
  bool root_checked_ = false;
  Status root_error_;

  std::unordered_map<std::string, std::unordered_map<std::string, RefValue>> refs_;
  std::string ref_kind_, ref_id_, ref_a1_;

  std::vector<PartyRec> parties_;
  PartyRec* party_ = nullptr;
  Period* period_ = nullptr;
  PartialDate* date_ = nullptr;
  Period scratch_period_;
  PartialDate scratch_date_;
  PartialDate issue_date_;
  bool in_start_ = false;
  PartValue part_;

  std::unordered_map<std::string, LocationRec> locations_;
  LocationRec* loc_ = nullptr;
  std::string loc_part_type_;
  bool loc_value_primary_ = true;
  std::vector<DocRec> docs_;
  std::vector<std::pair<std::string, EntryRec>> entries_;  // ProfileID, entry
  std::vector<RelRec> rels_;
  size_t party_count_ = 0;
};

void AdvancedParser::Start(std::string_view name, const XML_Char** attrs) {
  if (!root_checked_) {
    root_checked_ = true;
    if (name != "Sanctions") {
      root_error_ = Status::Corruption(path_ + ": not an OFAC advanced XML file (root element <" +
                                       std::string(name) + ">)");
      XML_StopParser(parser_, XML_FALSE);
      return;
    }
  }
  stack_.emplace_back(name);
  text_.clear();
  size_t depth = stack_.size();

  // Reference values: /Sanctions/ReferenceValueSets/<X>Values/<X ID=...>
  if (depth == 4 && stack_[1] == "ReferenceValueSets") {
    ref_kind_ = std::string(name);
    ref_id_ = Attr(attrs, "ID");
    if (name == "Country")
      ref_a1_ = Attr(attrs, "ISO2");
    else if (name == "PartySubType")
      ref_a1_ = Attr(attrs, "PartyTypeID");
    else if (name == "Script")
      ref_a1_ = Attr(attrs, "ScriptCode");
    else if (name == "AreaCode")
      ref_a1_ = Attr(attrs, "CountryID");
    else if (name == "LegalBasis")
      ref_a1_ = Attr(attrs, "LegalBasisShortRef");
    else
      ref_a1_.clear();
    return;
  }

  if (name == "DistinctParty") {
    parties_.emplace_back();
    party_ = &parties_.back();
    party_->fixed_ref = Attr(attrs, "FixedRef");
    party_->line = static_cast<uint32_t>(XML_GetCurrentLineNumber(parser_));
    party_->index = ++party_count_;
    return;
  }
  if (party_ != nullptr) {
    if (name == "Profile") {
      party_->profile_id = Attr(attrs, "ID");
      party_->subtype_id = Attr(attrs, "PartySubTypeID");
    } else if (name == "Identity") {
      party_->identities.emplace_back();
      party_->identities.back().id = Attr(attrs, "ID");
    } else if (name == "Alias" && !party_->identities.empty()) {
      AliasRec a;
      a.type_id = Attr(attrs, "AliasTypeID");
      a.primary = IsTrue(Attr(attrs, "Primary"));
      a.low_quality = IsTrue(Attr(attrs, "LowQuality"));
      party_->identities.back().aliases.push_back(std::move(a));
    } else if (name == "DocumentedName" && !party_->identities.empty() &&
               !party_->identities.back().aliases.empty()) {
      party_->identities.back().aliases.back().names.emplace_back();
    } else if (name == "NamePartValue") {
      part_ = PartValue{Attr(attrs, "NamePartGroupID"), Attr(attrs, "ScriptID"), ""};
    } else if (name == "NamePartGroup" && !party_->identities.empty()) {
      party_->identities.back().group_type[Attr(attrs, "ID")] = Attr(attrs, "NamePartTypeID");
    } else if (name == "Feature") {
      party_->features.emplace_back();
      party_->features.back().type_id = Attr(attrs, "FeatureTypeID");
    } else if (name == "FeatureVersion" && !party_->features.empty()) {
      party_->features.back().versions.emplace_back();
    } else if (name == "VersionDetail" && !party_->features.empty() &&
               !party_->features.back().versions.empty()) {
      auto& v = party_->features.back().versions.back();
      v.detail_type_id = Attr(attrs, "DetailTypeID");
      v.detail_ref_id = Attr(attrs, "DetailReferenceID");
    } else if (name == "VersionLocation" && !party_->features.empty() &&
               !party_->features.back().versions.empty()) {
      party_->features.back().versions.back().location_id = Attr(attrs, "LocationID");
    } else if (name == "DatePeriod") {
      if (Parent() == "FeatureVersion" && !party_->features.empty() &&
          !party_->features.back().versions.empty()) {
        period_ = &party_->features.back().versions.back().period;
      } else {
        scratch_period_ = Period{};
        period_ = &scratch_period_;
      }
      period_->present = true;
    }
  } else if (name == "Location" && depth == 3) {
    loc_ = &locations_[Attr(attrs, "ID")];
  } else if (loc_ != nullptr) {
    if (name == "LocationCountry") {
      loc_->country_id = Attr(attrs, "CountryID");
    } else if (name == "LocationAreaCode") {
      loc_->area_code_id = Attr(attrs, "AreaCodeID");
    } else if (name == "LocationPart") {
      loc_part_type_ = Attr(attrs, "LocPartTypeID");
    } else if (name == "LocationPartValue") {
      const char* p = Attr(attrs, "Primary");
      loc_value_primary_ = *p == '\0' || IsTrue(p);
    }
  } else if (name == "IDRegDocument") {
    DocRec d;
    d.type_id = Attr(attrs, "IDRegDocTypeID");
    d.identity_id = Attr(attrs, "IdentityID");
    d.country_id = Attr(attrs, "IssuedBy-CountryID");
    docs_.push_back(std::move(d));
  } else if (name == "IDRegDocDate" && !docs_.empty() && In("IDRegDocument")) {
    docs_.back().dates.emplace_back(Attr(attrs, "IDRegDocDateTypeID"), Period{});
  } else if (name == "DatePeriod") {
    if (Parent() == "IDRegDocDate" && !docs_.empty() && !docs_.back().dates.empty()) {
      period_ = &docs_.back().dates.back().second;
    } else {
      scratch_period_ = Period{};
      period_ = &scratch_period_;
    }
    period_->present = true;
  } else if (name == "SanctionsEntry") {
    EntryRec e;
    e.list_id = Attr(attrs, "ListID");
    entries_.emplace_back(Attr(attrs, "ProfileID"), std::move(e));
  } else if (name == "EntryEvent" && !entries_.empty() && In("SanctionsEntry")) {
    entries_.back().second.legal_basis_id = Attr(attrs, "LegalBasisID");
  } else if (name == "SanctionsMeasure" && !entries_.empty() && In("SanctionsEntry")) {
    entries_.back().second.measures.emplace_back(Attr(attrs, "SanctionsTypeID"), "");
  } else if (name == "ProfileRelationship") {
    rels_.push_back(RelRec{Attr(attrs, "From-ProfileID"), Attr(attrs, "To-ProfileID"),
                           Attr(attrs, "RelationTypeID")});
  }

  // Dates: From/To inside a DatePeriod's Start/End; EntryEvent/Date; DateOfIssue.
  if (name == "Start" || name == "End") {
    in_start_ = name == "Start";
    if (period_ != nullptr && IsTrue(Attr(attrs, "Approximate"))) period_->approximate = true;
  } else if ((name == "From" || name == "To") && period_ != nullptr) {
    if (in_start_) {
      date_ = name == "From" ? &period_->start_from : &period_->start_to;
    } else {
      date_ = name == "From" ? &period_->end_from : &period_->end_to;
    }
  } else if (name == "Date" && Parent() == "EntryEvent" && !entries_.empty()) {
    date_ = &entries_.back().second.date;
  } else if (name == "DateOfIssue" && depth == 2) {
    date_ = &issue_date_;
  }
}

void AdvancedParser::End(std::string_view name) {
  if (stack_.empty()) return;
  size_t depth = stack_.size();
  std::string text = CollapseSpaces(text_);
  text_.clear();

  if (depth == 4 && stack_[1] == "ReferenceValueSets") {
    refs_[ref_kind_][ref_id_] = RefValue{text, ref_a1_};
  } else if (name == "Year" || name == "Month" || name == "Day") {
    if (date_ != nullptr) {
      int v = ToInt(text);
      if (name == "Year" && v > 0 && v < 10000) date_->year = static_cast<int16_t>(v);
      if (name == "Month" && v >= 1 && v <= 12) date_->month = static_cast<int8_t>(v);
      if (name == "Day" && v >= 1 && v <= 31) date_->day = static_cast<int8_t>(v);
    }
  } else if (name == "From" || name == "To" || name == "Date" || name == "DateOfIssue") {
    date_ = nullptr;
  } else if (name == "DatePeriod") {
    period_ = nullptr;
  } else if (name == "DistinctParty") {
    party_ = nullptr;
  } else if (party_ != nullptr) {
    if (name == "NamePartValue") {
      part_.value = text;
      if (!party_->identities.empty() && !party_->identities.back().aliases.empty() &&
          !party_->identities.back().aliases.back().names.empty() && !text.empty()) {
        party_->identities.back().aliases.back().names.back().parts.push_back(part_);
      }
    } else if (name == "VersionDetail" && !party_->features.empty() &&
               !party_->features.back().versions.empty()) {
      party_->features.back().versions.back().detail_text = text;
    } else if (name == "Comment" && Parent() == "Profile" && !text.empty()) {
      party_->comment = text;
    }
  } else if (name == "Location" && depth == 3) {
    loc_ = nullptr;
  } else if (loc_ != nullptr && name == "Value" && In("LocationPartValue")) {
    if (loc_value_primary_ && !text.empty()) loc_->parts.emplace_back(loc_part_type_, text);
  } else if (name == "IDRegistrationNo" && !docs_.empty()) {
    docs_.back().number = text;
  } else if (name == "Comment" && Parent() == "IDRegDocument" && !docs_.empty()) {
    docs_.back().comment = text;
  } else if (name == "Comment" && Parent() == "SanctionsMeasure" && !entries_.empty() &&
             !entries_.back().second.measures.empty()) {
    entries_.back().second.measures.back().second = text;
  }
  stack_.pop_back();
}

const RefValue* AdvancedParser::RefRec(const std::string& kind, const std::string& id) const {
  auto k = refs_.find(kind);
  if (k == refs_.end()) return nullptr;
  auto v = k->second.find(id);
  return v == k->second.end() ? nullptr : &v->second;
}

std::string AdvancedParser::Ref(const std::string& kind, const std::string& id) const {
  const RefValue* r = RefRec(kind, id);
  return r ? r->text : "";
}

std::string AdvancedParser::CountryIso(const std::string& country_id) const {
  const RefValue* r = RefRec("Country", country_id);
  if (r == nullptr) return "";
  if (!r->a1.empty()) return r->a1;
  return CountryCode(r->text);
}

std::string AdvancedParser::CountryName(const std::string& country_id) const {
  return Ref("Country", country_id);
}

Address AdvancedParser::MakeAddress(const LocationRec& loc) const {
  Address a;
  std::string country_id = loc.country_id;
  if (country_id.empty() && !loc.area_code_id.empty()) {
    if (const RefValue* ac = RefRec("AreaCode", loc.area_code_id)) country_id = ac->a1;
  }
  for (const auto& part : loc.parts) {
    const std::string& value = part.second;
    std::string t = AsciiUpper(Ref("LocPartType", part.first));
    auto add = [&](std::string* field) { *field += (field->empty() ? "" : ", ") + value; };
    if (t.starts_with("ADDRESS"))
      add(&a.street);
    else if (t == "CITY")
      add(&a.city);
    else if (t == "STATE/PROVINCE" || t == "REGION")
      add(&a.region);
    else if (t == "POSTAL CODE")
      add(&a.postal_code);
    else
      add(&a.street);
  }
  a.country_name = CountryName(country_id);
  a.country = CountryIso(country_id);
  for (const std::string* p : {&a.street, &a.city, &a.region, &a.postal_code, &a.country_name}) {
    if (!p->empty()) a.full += (a.full.empty() ? "" : ", ") + *p;
  }
  return a;
}

Name AdvancedParser::MakeName(const IdentityRec& id, const AliasRec& alias, const DocName& dn,
                              bool person) const {
  Name n;
  std::string alias_type = AsciiLower(Ref("AliasType", alias.type_id));
  n.kind = alias.primary ? NameKind::kPrimary : OfacNameKind(alias_type);
  n.quality = alias.low_quality ? NameQuality::kWeak : NameQuality::kStrong;
  std::string family;
  std::vector<std::string> others;
  for (const PartValue& p : dn.parts) {
    if (n.script.empty() && !p.script_id.empty()) {
      const RefValue* s = RefRec("Script", p.script_id);
      n.script = OfacScriptCode(s ? (s->a1.empty() ? s->text : s->a1) : "");
    }
    auto g = id.group_type.find(p.group_id);
    std::string type =
        OfacNamePartType(g == id.group_type.end() ? "" : Ref("NamePartType", g->second));
    if (type.empty()) type = "whole";
    n.parts.push_back(NamePart{type, p.value});
    if (type == "family" && family.empty()) {
      family = p.value;
    } else {
      others.push_back(p.value);
    }
  }
  if (person && n.script == "Latn" && !family.empty() && !others.empty()) {
    n.full = family + ",";
    for (const std::string& o : others) n.full += " " + o;
  } else {
    for (const NamePart& p : n.parts) n.full += (n.full.empty() ? "" : " ") + p.value;
  }
  if (!person && n.parts.size() == 1 && n.parts[0].type == "whole") n.parts.clear();
  return n;
}

void AdvancedParser::ApplyFeature(const FeatureRec& f, Entity* e) const {
  std::string label = Ref("FeatureType", f.type_id);
  std::string l = AsciiLower(label);
  for (const FeatureVersionRec& v : f.versions) {
    const LocationRec* loc = nullptr;
    if (!v.location_id.empty()) {
      auto it = locations_.find(v.location_id);
      if (it != locations_.end()) loc = &it->second;
    }
    if (l == "location" || l == "address") {
      if (loc != nullptr) {
        Address a = MakeAddress(*loc);
        if (!a.full.empty() &&
            std::find(e->addresses.begin(), e->addresses.end(), a) == e->addresses.end()) {
          e->addresses.push_back(std::move(a));
        }
      }
      continue;
    }
    if (v.period.present) {
      DateSpec d = OfacPeriodToSpec(v.period.start_from, PeriodEnd(v.period), v.period.approximate);
      if (d.empty()) continue;
      if (l == "birthdate" || l == "date of birth") {
        if (std::find(e->birth_dates.begin(), e->birth_dates.end(), d) == e->birth_dates.end()) {
          e->birth_dates.push_back(std::move(d));
        }
      } else {
        ApplyOfacFact(label, d.text, "", "", e);
      }
      continue;
    }
    std::string value = v.detail_text;
    if (value.empty() && !v.detail_ref_id.empty()) value = Ref("DetailReference", v.detail_ref_id);
    if (loc != nullptr) {
      Address a = MakeAddress(*loc);
      if (value.empty()) {
        // Country features (nationality, citizenship, vessel flag): the ISO code when the
        // file gives one, else the name; a place: the whole location.
        bool country_only = a.street.empty() && a.city.empty() && a.region.empty();
        value = country_only ? (a.country.empty() ? a.country_name : a.country) : a.full;
        if (l == "vessel flag" && country_only) value = a.country_name;
      }
    }
    if (value.empty()) continue;
    ApplyOfacFact(label, value, "", "", e);
  }
}

void AdvancedParser::Assemble() {
  ListData& out = ctx_.out();
  size_t cons_entries = 0;
  std::unordered_map<std::string, std::vector<const EntryRec*>> entries_by_profile;
  for (const auto& [profile, entry] : entries_) {
    if (EqualsIgnoreCase(Ref("List", entry.list_id), "Consolidated List")) ++cons_entries;
    entries_by_profile[profile].push_back(&entry);
  }
  out.list = cons_entries > 0 ? "us_ofac_cons" : "us_ofac_sdn";
  if (!issue_date_.empty()) out.published = issue_date_.ToString();

  std::unordered_map<std::string, std::vector<const DocRec*>> docs_by_identity;
  for (const DocRec& d : docs_) docs_by_identity[d.identity_id].push_back(&d);

  std::unordered_map<std::string, size_t> by_profile;
  out.entities.reserve(out.entities.size() + parties_.size());
  for (PartyRec& p : parties_) {
    std::string where = "/Sanctions/DistinctParties/DistinctParty[" + std::to_string(p.index) + "]";
    std::string id = !p.fixed_ref.empty() ? p.fixed_ref : p.profile_id;
    if (id.empty()) {
      ctx_.Reject(path_, p.line, where, "FixedRef", "DistinctParty without FixedRef or Profile ID");
      continue;
    }
    std::string key = p.profile_id.empty() ? id : p.profile_id;
    if (by_profile.count(key) != 0) {
      ctx_.Reject(path_, p.line, where, "FixedRef", "duplicate party " + key);
      continue;
    }
    Entity e;
    e.list = out.list;
    e.source_id = id;
    e.id = MakeEntityId(e.list, id);
    const RefValue* sub = RefRec("PartySubType", p.subtype_id);
    std::string subtype = sub ? AsciiLower(sub->text) : "";
    std::string party_type = sub ? AsciiLower(Ref("PartyType", sub->a1)) : "";
    if (subtype == "vessel")
      e.type = EntityType::kVessel;
    else if (subtype == "aircraft")
      e.type = EntityType::kAircraft;
    else if (party_type == "individual")
      e.type = EntityType::kPerson;
    else if (party_type == "entity")
      e.type = EntityType::kOrganization;
    else
      ctx_.Warn(path_, p.line, where, "unknown party type '" + party_type + "/" + subtype + "'");
    bool person = e.type == EntityType::kPerson;
    for (const IdentityRec& idn : p.identities) {
      for (const AliasRec& a : idn.aliases) {
        for (const DocName& dn : a.names) {
          if (dn.parts.empty()) continue;
          Name n = MakeName(idn, a, dn, person);
          if (n.kind == NameKind::kPrimary && !e.names.empty() &&
              e.names.front().kind != NameKind::kPrimary) {
            e.names.insert(e.names.begin(), std::move(n));
          } else {
            e.names.push_back(std::move(n));
          }
        }
      }
      for (const DocRec* d : docs_by_identity[idn.id]) {
        std::string note;
        for (const auto& [type_id, period] : d->dates) {
          std::string t = AsciiLower(Ref("IDRegDocDateType", type_id));
          DateSpec ds = OfacPeriodToSpec(period.start_from, PeriodEnd(period), period.approximate);
          if (ds.empty()) continue;
          // Appended piece by piece (GCC 12 warns, wrongly, on "literal" + std::string&&).
          if (!note.empty()) note += ' ';
          if (t.starts_with("issue")) {
            note += "issued ";
          } else if (t.starts_with("expir")) {
            note += "expires ";
          } else {
            note += t;
            note += ' ';
          }
          note += ds.text;
        }
        if (!d->comment.empty()) {
          if (!note.empty()) note += "; ";
          note += d->comment;
        }
        std::string country = CountryIso(d->country_id);
        if (country.empty()) country = CountryName(d->country_id);
        ApplyOfacFact(Ref("IDRegDocType", d->type_id), d->number, country, note, &e);
      }
    }
    if (e.names.empty()) {
      ctx_.Reject(path_, p.line, where, "Alias", "party " + id + " has no name");
      continue;
    }
    // Keep names[0] primary even when the primary alias was not first.
    // names[0]: the primary name in Latin script when there is one; other primary
    // scripts next; aliases in document order.
    std::stable_sort(e.names.begin(), e.names.end(), [](const Name& a, const Name& b) {
      auto rank = [](const Name& n) {
        if (n.kind != NameKind::kPrimary) return 2;
        return n.script == "Latn" ? 0 : 1;
      };
      return rank(a) < rank(b);
    });
    for (const FeatureRec& f : p.features) ApplyFeature(f, &e);
    if (!p.comment.empty()) e.remarks.push_back(p.comment);
    PartialDate earliest;
    for (const EntryRec* en : entries_by_profile[p.profile_id.empty() ? id : p.profile_id]) {
      if (!en->date.empty() && (earliest.empty() || en->date.ToString() < earliest.ToString())) {
        earliest = en->date;
      }
      std::string list_name = Ref("List", en->list_id);
      if (!list_name.empty()) {
        std::pair<std::string, std::string> kv{"list", list_name};
        if (std::find(e.extra.begin(), e.extra.end(), kv) == e.extra.end()) e.extra.push_back(kv);
      }
      if (const RefValue* lb = RefRec("LegalBasis", en->legal_basis_id)) {
        std::pair<std::string, std::string> kv{"legal basis", lb->text};
        if (std::find(e.extra.begin(), e.extra.end(), kv) == e.extra.end()) e.extra.push_back(kv);
      }
      for (const auto& [type_id, comment] : en->measures) {
        std::string type = Ref("SanctionsType", type_id);
        if (EqualsIgnoreCase(type, "Program")) {
          if (!comment.empty() &&
              std::find(e.programs.begin(), e.programs.end(), comment) == e.programs.end()) {
            e.programs.push_back(comment);
          }
        } else if (!type.empty()) {
          std::pair<std::string, std::string> kv{"sanctions measure",
                                                 comment.empty() ? type : type + ": " + comment};
          if (std::find(e.extra.begin(), e.extra.end(), kv) == e.extra.end()) {
            e.extra.push_back(kv);
          }
        }
      }
    }
    if (!earliest.empty()) {
      e.listed_on.from = earliest;
      e.listed_on.text = earliest.ToString();
    }
    e.source.file = BaseName(path_);
    e.source.line = p.line;
    e.source.element = where;
    by_profile[p.profile_id.empty() ? id : p.profile_id] = out.entities.size();
    out.entities.push_back(std::move(e));
    p = PartyRec{};  // release the party's memory early
  }
  for (const RelRec& r : rels_) {
    auto from = by_profile.find(r.from);
    if (from == by_profile.end()) {
      ctx_.Warn(path_, 0, "/Sanctions/ProfileRelationships",
                "relationship from unknown profile " + r.from);
      continue;
    }
    Link link;
    link.relation = OfacRelation(Ref("RelationType", r.type_id));
    if (link.relation.empty()) link.relation = "related_to";
    link.target_id = r.to;
    auto to = by_profile.find(r.to);
    if (to != by_profile.end()) {
      const Entity& target = out.entities[to->second];
      if (!target.names.empty()) link.target_name = target.names.front().full;
    }
    out.entities[from->second].links.push_back(std::move(link));
  }
}

Status AdvancedParser::Run() {
  std::ifstream in(path_, std::ios::binary);
  if (!in) return Status::IoError(path_ + ": cannot open");
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(
      XML_ParserCreateNS(nullptr, '|'), &XML_ParserFree);
  if (!parser) return Status::Internal(path_ + ": cannot create the XML parser");
  parser_ = parser.get();
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &OnStart, &OnEnd);
  XML_SetCharacterDataHandler(parser_, &OnText);
  std::vector<char> buf(64 * 1024);
  // SHA-256 of the bytes as they stream by (ListData::sha256).
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> md(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!md || EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr) != 1) md.reset();
  bool non_space_seen = false;
  while (true) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    std::streamsize n = in.gcount();
    if (n < 0) n = 0;
    if (md && n > 0) EVP_DigestUpdate(md.get(), buf.data(), static_cast<size_t>(n));
    for (std::streamsize i = 0; i < n && !non_space_seen; ++i) {
      char c = buf[static_cast<size_t>(i)];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') non_space_seen = true;
    }
    bool last = n == 0 || in.eof();
    if (last && !non_space_seen) return Status::Corruption(path_ + ": empty file");
    if (XML_Parse(parser_, buf.data(), static_cast<int>(n), last ? 1 : 0) == XML_STATUS_ERROR) {
      if (!root_error_.ok()) return root_error_;
      XML_Error code = XML_GetErrorCode(parser_);
      std::string msg = path_ + ": XML error at line " +
                        std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " +
                        XML_ErrorString(code);
      if (code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
          code == XML_ERROR_PARTIAL_CHAR) {
        msg += " (truncated file?)";
      }
      return Status::Corruption(msg);
    }
    if (last) break;
  }
  if (in.bad()) return Status::IoError(path_ + ": read error");
  if (!root_error_.ok()) return root_error_;
  if (md) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(md.get(), digest, &len) == 1) {
      static const char kHex[] = "0123456789abcdef";
      std::string hex;
      for (unsigned int i = 0; i < len; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 15];
      }
      ctx_.out().sha256 = hex;
    }
  }
  Assemble();
  return Status::Ok();
}

}  // namespace

Status ReadOfacAdvancedXml(const std::string& path, ReadContext& ctx) {
  AdvancedParser p(path, ctx);
  return p.Run();
}

}  // namespace sanctions
