// LoadList: format detection, dispatch to the reader, strict mode, and the checks that
// apply to every format (an empty result from a non-empty file is an error).
#include <filesystem>
#include <map>

#include "sanctions/list.h"
#include "sources/reader.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

const std::map<std::string, ReaderFn>& Readers() {
  static const std::map<std::string, ReaderFn> kReaders = {
      {format::kOfacCsv, &ReadOfacCsv},
      {format::kOfacXml, &ReadOfacXml},
      {format::kOfacAdvancedXml, &ReadOfacAdvancedXml},
      {format::kOfacEnhancedXml, &ReadOfacEnhancedXml},
      {format::kUnXml, &ReadUnXml},
      {format::kEuXml, &ReadEuXml},
      {format::kUkCsv, &ReadUkCsv},
      {format::kCslCsv, &ReadCslCsv},
      {format::kBisDpl, &ReadBisDpl},
      {format::kCaSemaXml, &ReadCaSemaXml},
      {format::kAuDfatXlsx, &ReadAuDfatXlsx},
      {format::kChSecoXml, &ReadChSecoXml},
      {format::kFtmJson, &ReadFtmJson},
      {format::kUserCsv, &ReadUserCsv},
  };
  return kReaders;
}

// Replaces ill-formed UTF-8 (quoted from a broken file into a message) with U+FFFD, so
// rejection and warning texts are always valid UTF-8 for JSON output and terminals.
std::string CleanUtf8(std::string s) {
  size_t bad = 0;
  if (IsValidUtf8(s, &bad)) return s;
  std::string out = s.substr(0, bad);
  for (size_t i = bad; i < s.size();) {
    size_t off = 0;
    std::string_view rest(s.data() + i, s.size() - i);
    if (IsValidUtf8(rest, &off)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, off));
    out += "\xEF\xBF\xBD";
    i += off + 1;
  }
  return out;
}

// Calls fn(field name, string) for every string an entity holds (all of them: a new
// string field in entity.h belongs here too).
template <typename Fn>
void ForEachString(const Entity& e, Fn&& fn) {
  fn("id", e.id);
  fn("list", e.list);
  fn("source_id", e.source_id);
  for (const Name& n : e.names) {
    fn("name", n.full);
    fn("name script", n.script);
    fn("name language", n.language);
    for (const NamePart& p : n.parts) {
      fn("name part type", p.type);
      fn("name part", p.value);
    }
  }
  for (const Identifier& i : e.identifiers) {
    fn("identifier type", i.type);
    fn("identifier", i.value);
    fn("identifier country", i.country);
    fn("identifier note", i.note);
  }
  for (const DateSpec& d : e.birth_dates) fn("birth date", d.text);
  fn("listed on", e.listed_on.text);
  for (const Place& p : e.birth_places) {
    fn("birth place", p.text);
    fn("birth place country", p.country);
  }
  for (const auto* v : {&e.nationalities, &e.citizenships, &e.programs, &e.titles, &e.positions,
                        &e.remarks, &e.emails, &e.websites, &e.phones, &e.sanctions_notes}) {
    for (const std::string& s : *v) fn("text", s);
  }
  fn("gender", e.gender);
  for (const Address& a : e.addresses) {
    for (const std::string* s : {&a.full, &a.street, &a.city, &a.region, &a.postal_code, &a.country,
                                 &a.country_name, &a.note}) {
      fn("address", *s);
    }
  }
  for (const std::string* s :
       {&e.vessel.flag, &e.vessel.flag_name, &e.vessel.vessel_type, &e.vessel.tonnage,
        &e.vessel.grt, &e.vessel.owner_operator, &e.vessel.build_year}) {
    fn("vessel", *s);
  }
  for (const std::string* s :
       {&e.aircraft.model, &e.aircraft.manufacturer, &e.aircraft.operator_name,
        &e.aircraft.construction_year, &e.aircraft.flag}) {
    fn("aircraft", *s);
  }
  for (const Link& l : e.links) {
    fn("link relation", l.relation);
    fn("link", l.target_name);
    fn("link id", l.target_id);
  }
  for (const auto& [k, v] : e.extra) {
    fn("extra label", k);
    fn("extra", v);
  }
  fn("source file", e.source.file);
  fn("source element", e.source.element);
}

// A list whose entities carry ill-formed UTF-8 has broken encoding: the whole file fails
// (readers decode their declared encodings; anything left over is damage, not data).
Status CheckEncoding(const std::string& path, const ListData& data) {
  for (const std::string* s : {&data.list, &data.published}) {
    if (!IsValidUtf8(*s)) {
      return Status::Corruption(path + ": broken encoding: invalid UTF-8 in the list header");
    }
  }
  for (const Entity& e : data.entities) {
    Status st;
    ForEachString(e, [&](const char* field, const std::string& s) {
      size_t bad = 0;
      if (st.ok() && !IsValidUtf8(s, &bad)) {
        st = Status::Corruption(path + ": broken encoding: invalid UTF-8 in " + field +
                                " of entity " + CleanUtf8(e.source_id) + " (byte " +
                                std::to_string(bad) + ")");
      }
    });
    SANCTIONS_RETURN_IF_ERROR(st);
  }
  return Status::Ok();
}

}  // namespace

void ReadContext::Reject(const std::string& file, uint32_t line, std::string element,
                         std::string field, std::string reason) {
  Rejection r{CleanUtf8(BaseName(file)), line, CleanUtf8(std::move(element)),
              CleanUtf8(std::move(field)), CleanUtf8(std::move(reason))};
  if (options_.reporter) options_.reporter->Reject(r);
  out_->rejections.push_back(std::move(r));
}

void ReadContext::Warn(const std::string& file, uint32_t line, std::string element,
                       std::string message) {
  Warning w{CleanUtf8(BaseName(file)), line, CleanUtf8(std::move(element)),
            CleanUtf8(std::move(message))};
  if (options_.reporter) options_.reporter->Warn(w);
  out_->warnings.push_back(std::move(w));
}

std::vector<std::string> SupportedFormats() {
  std::vector<std::string> out;
  for (const auto& [name, fn] : Readers()) out.push_back(name);
  return out;
}

Result<ListData> LoadList(const std::string& path, const LoadOptions& options) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  std::string fmt = options.format;
  if (fmt.empty()) {
    auto detected = DetectFormat(path);
    if (!detected.ok()) return detected.status();
    fmt = *detected;
  }
  auto it = Readers().find(fmt);
  if (it == Readers().end()) {
    return Status::InvalidArgument("unknown format '" + fmt + "'");
  }
  ListData data;
  data.file = path;
  data.format = fmt;
  ReadContext ctx(&data, options);
  Status st = it->second(path, ctx);
  if (!st.ok()) return st;
  SANCTIONS_RETURN_IF_ERROR(CheckEncoding(path, data));
  if (!options.list_name.empty()) {
    data.list = options.list_name;
    for (Entity& e : data.entities) {
      e.list = data.list;
      e.id = MakeEntityId(e.list, e.source_id);
    }
  }
  if (data.files.empty()) data.files.push_back(path);
  if (data.entities.empty()) {
    std::string why = data.rejections.empty() ? "no entities found"
                                              : "no entities loaded; first rejection: " +
                                                    data.rejections.front().ToString();
    return Status::Corruption(path + ": " + why);
  }
  if (options.strict && !data.rejections.empty()) {
    return Status::Corruption(
        path + ": " + std::to_string(data.rejections.size()) +
        " rejected record(s) in strict mode; first: " + data.rejections.front().ToString());
  }
  return data;
}

}  // namespace sanctions
