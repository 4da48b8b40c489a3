// Switzerland: SECO sanctions list XML (<swiss-sanctions-list>). List id "ch_seco".
//
// Only a format sample is available (an amendment list of 2024-01-17 with 3 test
// targets), so the reader follows that sample and the published structure of the format:
//   <swiss-sanctions-list date list-type="complete|amendment">
//     <sanctions-program ssid version-date>
//       <program-key lang>..</program-key> <program-name lang>..</program-name>
//       <sanctions-set ssid lang>..</sanctions-set> <origin>..</origin>
//     <target ssid>
//       <sanctions-set-id>..</sanctions-set-id>  (one or more)
//       <individual sex> | <entity> | <object object-type="vessel|aircraft|...">
//         <identity ssid main="true|false">
//           <name ssid name-type="primary-name|alias|formerly-known-as|..." quality lang>
//             <name-part order name-part-type="given-name|family-name|whole-name|...">
//               <value>..</value> <spelling-variant lang script>..</spelling-variant>
//           <day-month-year day month year quality/>   (date of birth)
//           <place-of-birth> <location/> <area/> <country iso-code/>
//           <nationality> <country iso-code>..</country>
//           <address> <address-details/> <zip-code/> <c-o/> <p-o-box/> <location/> <area/>
//                     <country iso-code/> <remark/>
//           <identification-document document-type> <number/> <issuer code/> ...
//         <other-information>.., <justification>.., <relation ssid target-id relation-type>
//       <modification modification-type="listed|amended|de-listed" effective-date ...>
//
// Decisions:
// - Source id = target ssid. Programs = the English program-key of each sanctions set the
//   target belongs to; "<program name>: <set>" (English) goes to sanctions_notes.
// - Names: the main identity's "primary-name" is the primary; other names of the main
//   identity and every name of other identities are a.k.a. (f.k.a. for
//   "formerly-known-as"); quality "low" -> weak. Name-part types become NamePart types
//   (given-name -> given, family-name -> family, further-given-name -> middle,
//   father-name -> patronymic, whole-name -> whole, others with "-name" dropped).
//   Spelling variants produce one more name per script, with that script.
// - A target whose last modification is "de-listed" is not loaded (it is no longer
//   sanctioned); a warning names it. An amendment list (list-type="amendment") loads its
//   targets but warns that the file is a delta, not the whole list.
// - published = the date attribute of the root.
#include <pugixml.hpp>

#include <algorithm>
#include <map>

#include "sources/reader.h"
#include "sources/source_text.h"
#include "util/countries.h"
#include "util/dates.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

constexpr const char* kList = "ch_seco";

struct SetInfo {
  std::string program_key;
  std::string program_name;
  std::string set_name;
};

// The text of the child of `n` named `name` with lang="eng", else the first such child.
std::string English(const pugi::xml_node& n, const char* name) {
  std::string first;
  for (pugi::xml_node c : n.children(name)) {
    std::string v = CleanText(c.child_value());
    if (std::string(c.attribute("lang").value()) == "eng") return v;
    if (first.empty()) first = v;
  }
  return first;
}

std::string PartType(std::string t) {
  if (t == "given-name") return "given";
  if (t == "family-name") return "family";
  if (t == "further-given-name") return "middle";
  if (t == "father-name") return "patronymic";
  if (t == "whole-name") return "whole";
  if (t == "maiden-name") return "maiden";
  if (t.size() > 5 && t.substr(t.size() - 5) == "-name") t = t.substr(0, t.size() - 5);
  return t;
}

// A country element: ISO code attribute when present, else the name resolved.
std::string CountryOf(const pugi::xml_node& country) {
  std::string code = country.attribute("iso-code").value();
  if (!code.empty()) return AsciiUpper(code);
  return CountryCodeOrText(CleanText(country.child_value()));
}

// Text of all element children joined by ", " (a place or an address), skipping `skip`.
std::string JoinChildren(const pugi::xml_node& n, const char* skip = "") {
  std::string out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element || std::string(c.name()) == skip) continue;
    std::string v = CleanText(c.child_value());
    if (v.empty()) continue;
    if (!out.empty()) out += ", ";
    out += v;
  }
  return out;
}

template <typename T>
void AddUnique(std::vector<T>& v, T value) {
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(std::move(value));
}

void ReadNames(const pugi::xml_node& identity, bool main_identity, Entity& e) {
  for (pugi::xml_node name : identity.children("name")) {
    std::string type = name.attribute("name-type").value();
    std::string quality = name.attribute("quality").value();
    std::vector<std::pair<int, pugi::xml_node>> parts;
    int fallback = 0;
    for (pugi::xml_node p : name.children("name-part")) {
      parts.emplace_back(p.attribute("order").as_int(++fallback), p);
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    Name n;
    if (main_identity && type == "primary-name") {
      n.kind = NameKind::kPrimary;
    } else if (type == "formerly-known-as") {
      n.kind = NameKind::kFka;
    } else {
      n.kind = NameKind::kAka;
    }
    n.quality = quality == "low" ? NameQuality::kWeak : NameQuality::kStrong;
    n.language = name.attribute("lang").value();
    // Variant names by script: script -> (part index -> value).
    std::map<std::string, std::map<size_t, std::string>> variants;
    std::map<std::string, std::string> variant_lang;
    for (size_t i = 0; i < parts.size(); ++i) {
      const pugi::xml_node& p = parts[i].second;
      std::string value = CleanText(p.child("value").child_value());
      if (value.empty()) continue;
      n.parts.push_back({PartType(p.attribute("name-part-type").value()), value});
      for (pugi::xml_node sv : p.children("spelling-variant")) {
        std::string v = CleanText(sv.child_value());
        if (v.empty()) continue;
        std::string script = sv.attribute("script").value();
        if (script.empty()) script = DetectScript(v);
        variants[script][n.parts.size() - 1] = v;
        variant_lang[script] = sv.attribute("lang").value();
      }
    }
    if (n.parts.empty()) continue;
    for (const NamePart& p : n.parts) n.full += (n.full.empty() ? "" : " ") + p.value;
    n.script = DetectScript(n.full);
    std::vector<Name> extra_names;
    for (const auto& [script, repl] : variants) {
      Name v = n;
      v.kind = n.kind == NameKind::kPrimary ? NameKind::kAka : n.kind;
      v.full.clear();
      for (size_t i = 0; i < v.parts.size(); ++i) {
        auto it = repl.find(i);
        if (it != repl.end()) v.parts[i].value = it->second;
        v.full += (v.full.empty() ? "" : " ") + v.parts[i].value;
      }
      v.script = script;
      v.language = variant_lang[script];
      extra_names.push_back(std::move(v));
    }
    if (n.kind == NameKind::kPrimary) {
      e.names.insert(e.names.begin(), n);
    } else {
      AddUnique(e.names, n);
    }
    for (Name& v : extra_names) AddUnique(e.names, std::move(v));
  }
}

void ReadIdentityFacts(const pugi::xml_node& identity, Entity& e) {
  for (pugi::xml_node d : identity.children("day-month-year")) {
    PartialDate pd;
    pd.year = static_cast<int16_t>(d.attribute("year").as_int(0));
    pd.month = static_cast<int8_t>(d.attribute("month").as_int(0));
    pd.day = static_cast<int8_t>(d.attribute("day").as_int(0));
    if (pd.year <= 0 || pd.year > 9999 || pd.month < 0 || pd.month > 12 || pd.day < 0 ||
        pd.day > 31) {
      continue;
    }
    DateSpec ds;
    ds.from = pd;
    ds.text = pd.ToString();
    std::string q = d.attribute("quality").value();
    ds.circa = q == "approximately" || q == "approximate" || q == "circa";
    AddUnique(e.birth_dates, ds);
  }
  for (pugi::xml_node p : identity.children("place-of-birth")) {
    Place place;
    place.text = JoinChildren(p);
    if (pugi::xml_node c = p.child("country")) place.country = CountryOf(c);
    if (!place.text.empty()) AddUnique(e.birth_places, place);
  }
  for (pugi::xml_node nat : identity.children("nationality")) {
    pugi::xml_node c = nat.child("country");
    std::string code = c ? CountryOf(c) : CountryCodeOrText(CleanText(nat.child_value()));
    if (!code.empty()) AddUnique(e.nationalities, code);
  }
  for (pugi::xml_node cit : identity.children("citizenship")) {
    pugi::xml_node c = cit.child("country");
    std::string code = c ? CountryOf(c) : CountryCodeOrText(CleanText(cit.child_value()));
    if (!code.empty()) AddUnique(e.citizenships, code);
  }
  for (pugi::xml_node a : identity.children("address")) {
    Address addr;
    addr.full = JoinChildren(a, "remark");
    addr.street = CleanText(a.child("address-details").child_value());
    addr.postal_code = CleanText(a.child("zip-code").child_value());
    addr.city = CleanText(a.child("location").child_value());
    addr.region = CleanText(a.child("area").child_value());
    if (pugi::xml_node c = a.child("country")) {
      addr.country = CountryOf(c);
      addr.country_name = CleanText(c.child_value());
    }
    addr.note = CleanText(a.child("remark").child_value());
    if (!addr.full.empty()) AddUnique(e.addresses, addr);
  }
  for (pugi::xml_node doc : identity.children("identification-document")) {
    std::string label = doc.attribute("document-type").value();
    Identifier id;
    if (label == "passport" || label == "diplomatic-passport") {
      id.type = id_type::kPassport;
    } else if (label == "id-card" || label == "national-id") {
      id.type = id_type::kNationalId;
    } else {
      id.type = label.empty() ? std::string(id_type::kOther) : label;
    }
    for (char& ch : id.type)
      if (ch == '-') ch = '_';
    id.value = CleanText(doc.child("number").child_value());
    if (pugi::xml_node issuer = doc.child("issuer")) {
      std::string code = issuer.attribute("code").value();
      id.country = code.empty() ? CountryCodeOrText(CleanText(issuer.child_value())) : code;
    }
    std::string note;
    for (const char* k : {"date-of-issue", "expiry-date", "remark"}) {
      std::string v = CleanText(doc.child(k).child_value());
      if (!v.empty()) note += (note.empty() ? "" : "; ") + std::string(k) + ": " + v;
    }
    if (label == "diplomatic-passport")
      note = "diplomatic passport" + (note.empty() ? "" : "; " + note);
    id.note = note;
    if (!id.value.empty()) AddUnique(e.identifiers, id);
  }
}

}  // namespace

Status ReadChSecoXml(const std::string& path, ReadContext& ctx) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  if (Trim(*bytes).empty()) return Status::Corruption(path + ": empty file");
  pugi::xml_document doc;
  pugi::xml_parse_result pr = doc.load_buffer(bytes->data(), bytes->size());
  if (!pr) {
    return Status::Corruption(path + ": XML error at offset " + std::to_string(pr.offset) + ": " +
                              pr.description() + " (truncated or not XML)");
  }
  pugi::xml_node root = doc.document_element();
  if (std::string(root.name()) != "swiss-sanctions-list") {
    return Status::Corruption(path + ": root element <" + std::string(root.name()) +
                              "> is not <swiss-sanctions-list>");
  }
  ListData& out = ctx.out();
  out.list = kList;
  out.published = root.attribute("date").value();
  const std::string file = BaseName(path);
  std::string list_type = root.attribute("list-type").value();
  if (list_type == "amendment") {
    ctx.Warn(path, 0, "/swiss-sanctions-list",
             "amendment list: it holds only the targets changed on " + out.published +
                 ", not the whole SECO list");
  }

  std::map<std::string, SetInfo> sets;
  for (pugi::xml_node prog : root.children("sanctions-program")) {
    SetInfo base;
    base.program_key = English(prog, "program-key");
    base.program_name = English(prog, "program-name");
    for (pugi::xml_node s : prog.children("sanctions-set")) {
      std::string ssid = s.attribute("ssid").value();
      SetInfo& info = sets[ssid];
      if (info.program_key.empty()) info = base;
      if (std::string(s.attribute("lang").value()) == "eng" || info.set_name.empty()) {
        info.set_name = CleanText(s.child_value());
      }
    }
  }

  size_t index = 0;
  for (pugi::xml_node target : root.children("target")) {
    ++index;
    const std::string element = "/swiss-sanctions-list/target[" + std::to_string(index) + "]";
    std::string ssid = target.attribute("ssid").value();
    if (ssid.empty()) {
      ctx.Reject(path, 0, element, "ssid", "target without ssid");
      continue;
    }
    std::string last_mod;
    std::string listed_date;
    for (pugi::xml_node m : target.children("modification")) {
      last_mod = m.attribute("modification-type").value();
      if (last_mod == "listed") {
        for (const char* a : {"effective-date", "publication-date", "enactment-date"}) {
          if (listed_date.empty()) listed_date = m.attribute(a).value();
        }
      }
    }
    if (last_mod == "de-listed") {
      ctx.Warn(path, 0, element, "target " + ssid + " is de-listed; not loaded");
      continue;
    }
    Entity e;
    e.list = kList;
    e.source_id = ssid;
    e.id = MakeEntityId(kList, ssid);
    e.source = SourceRef{file, 0, element};
    pugi::xml_node subject;
    if ((subject = target.child("individual"))) {
      e.type = EntityType::kPerson;
      std::string sex = subject.attribute("sex").value();
      if (sex == "male" || sex == "female") e.gender = sex;
    } else if ((subject = target.child("entity"))) {
      e.type = EntityType::kOrganization;
    } else if ((subject = target.child("object"))) {
      std::string ot = subject.attribute("object-type").value();
      e.type = ot == "vessel"     ? EntityType::kVessel
               : ot == "aircraft" ? EntityType::kAircraft
                                  : EntityType::kUnknown;
      if (!ot.empty() && e.type == EntityType::kUnknown) e.extra.emplace_back("object-type", ot);
    } else {
      ctx.Reject(path, 0, element, "individual", "target has no individual, entity or object");
      continue;
    }
    // Main identity first so that its primary name leads.
    std::vector<pugi::xml_node> identities;
    for (pugi::xml_node id : subject.children("identity")) {
      if (std::string(id.attribute("main").value()) == "true") {
        identities.insert(identities.begin(), id);
      } else {
        identities.push_back(id);
      }
    }
    bool first = true;
    for (const pugi::xml_node& id : identities) {
      ReadNames(id, first, e);
      ReadIdentityFacts(id, e);
      first = false;
    }
    if (e.names.empty()) {
      ctx.Reject(path, 0, element, "name", "target " + ssid + " has no name");
      continue;
    }
    if (e.names[0].kind != NameKind::kPrimary) e.names[0].kind = NameKind::kPrimary;
    for (pugi::xml_node s : target.children("sanctions-set-id")) {
      std::string set_id = CleanText(s.child_value());
      auto it = sets.find(set_id);
      if (it == sets.end()) {
        ctx.Warn(path, 0, element, "sanctions-set-id " + set_id + " names no sanctions-set");
        AddUnique(e.programs, set_id);
        continue;
      }
      if (!it->second.program_key.empty()) AddUnique(e.programs, it->second.program_key);
      std::string note = it->second.program_name;
      if (!it->second.set_name.empty()) note += (note.empty() ? "" : ": ") + it->second.set_name;
      if (!note.empty()) AddUnique(e.sanctions_notes, note);
    }
    for (const char* k : {"other-information", "justification"}) {
      for (pugi::xml_node n : subject.children(k)) AddUnique(e.remarks, CleanText(n.child_value()));
      for (pugi::xml_node n : target.children(k)) AddUnique(e.remarks, CleanText(n.child_value()));
    }
    for (pugi::xml_node rel : subject.children("relation")) {
      Link l;
      l.relation = rel.attribute("relation-type").value();
      l.target_id = rel.attribute("target-id").value();
      l.target_name = CleanText(rel.child_value());
      if (l.relation.empty()) l.relation = "related";
      AddUnique(e.links, l);
    }
    if (!listed_date.empty()) {
      if (auto d = ParseDateSpec(listed_date)) e.listed_on = *d;
    }
    out.entities.push_back(std::move(e));
  }
  if (index == 0) return Status::Corruption(path + ": SECO list holds no <target>");
  return Status::Ok();
}

}  // namespace sanctions
