// JSON views of queries, hits and mentions (see hit_json.h).
#include "api/hit_json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "util/text.h"

namespace sanctions::api {

using json = Json;

double RoundScore(double score) {
  if (!std::isfinite(score)) return 0;
  return std::round(score * 10000.0) / 10000.0;
}

json QueryToJson(const Query& q) {
  json out = json::object();
  if (!q.id.empty()) out["id"] = q.id;
  if (!q.name.empty()) out["name"] = q.name;
  if (q.type != EntityType::kUnknown) out["type"] = std::string(EntityTypeName(q.type));
  if (!q.birth_date.empty()) out["birth_date"] = q.birth_date;
  if (!q.countries.empty()) out["countries"] = q.countries;
  if (!q.identifiers.empty()) {
    json ids = json::array();
    for (const Identifier& id : q.identifiers) {
      json j = {{"type", id.type}, {"value", id.value}};
      if (!id.country.empty()) j["country"] = id.country;
      ids.push_back(std::move(j));
    }
    out["identifiers"] = std::move(ids);
  }
  if (!q.gender.empty()) out["gender"] = q.gender;
  return out;
}

json ExplanationToJson(const Explanation& e) {
  json out = json::object();
  out["summary"] = e.summary;
  out["matched_name"] = e.matched_name;
  out["matched_kind"] = std::string(NameKindName(e.matched_kind));
  out["matched_quality"] = std::string(NameQualityName(e.matched_quality));
  out["query_normalized"] = e.query_normalized;
  out["listed_normalized"] = e.listed_normalized;
  out["name_score"] = RoundScore(e.name_score);
  json tokens = json::array();
  for (const TokenMatch& t : e.tokens) {
    tokens.push_back({{"query", t.query_token},
                      {"listed", t.listed_token},
                      {"rule", t.rule},
                      {"similarity", RoundScore(t.similarity)}});
  }
  out["tokens"] = std::move(tokens);
  json factors = json::array();
  for (const Factor& f : e.factors) {
    factors.push_back({{"name", f.name}, {"delta", RoundScore(f.delta)}, {"detail", f.detail}});
  }
  out["factors"] = std::move(factors);
  return out;
}

json HitToJson(const Hit& hit) {
  json out = json::object();
  const Entity& e = *hit.entity;
  out["list"] = e.list;
  out["source_id"] = e.source_id;
  out["entity_id"] = e.id;
  const Name* primary = e.primary_name();
  out["name"] = primary ? primary->full : std::string();
  out["matched_name"] = hit.explanation.matched_name;
  out["type"] = std::string(EntityTypeName(e.type));
  out["score"] = RoundScore(hit.score);
  if (!e.programs.empty()) out["programs"] = e.programs;
  out["explanation"] = ExplanationToJson(hit.explanation);
  return out;
}

json ScreenResultToJson(const Query& query, const std::vector<Hit>& hits) {
  json list = json::array();
  for (const Hit& h : hits) {
    if (h.entity != nullptr) list.push_back(HitToJson(h));
  }
  return {{"query", QueryToJson(query)}, {"hits", std::move(list)}};
}

// A JSON string as nlohmann's compact dump writes it (UTF-8 kept, control characters
// escaped); text that is not valid UTF-8 goes through the library with U+FFFD for the
// bad bytes, as Json::dump(..., error_handler_t::replace) writes it.
void AppendJsonString(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->push_back('"');
  // Runs of bytes that need no escape are appended whole. The UTF-8 check runs only on a
  // string with a non-ASCII byte; invalid UTF-8 is written as the tree's dump writes it.
  size_t run = 0;
  bool utf8_checked = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      if (!utf8_checked && !IsValidUtf8(s)) {
        out->resize(start);
        *out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      utf8_checked = true;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        *out += buf;
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

namespace {

// A score as the dump writes a double: shortest round-trip digits, fixed notation for
// the rounded values used here, ".0" after an integral value.
void AppendScore(double v, std::string* out) {
  v = RoundScore(v);
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (ec != std::errc()) {
    *out += Json(v).dump();
    return;
  }
  std::string_view text(buf, static_cast<size_t>(end - buf));
  *out += text;
  if (text.find('.') == std::string_view::npos) *out += ".0";
}

// `"key":` (keys here are plain ASCII literals).
void AppendKey(std::string_view key, std::string* out) {
  out->push_back('"');
  *out += key;
  *out += "\":";
}

void AppendField(std::string_view key, std::string_view value, std::string* out) {
  AppendKey(key, out);
  AppendJsonString(value, out);
  out->push_back(',');
}

// `"key":[item,item],` with each item written by `write`.
template <typename T, typename F>
void AppendArrayField(std::string_view key, const std::vector<T>& items, std::string* out,
                      F&& write) {
  AppendKey(key, out);
  out->push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    write(items[i]);
  }
  *out += "],";
}

void AppendStrings(std::string_view key, const std::vector<std::string>& items, std::string* out) {
  AppendArrayField(key, items, out, [out](const std::string& v) { AppendJsonString(v, out); });
}

void AppendQueryJson(const Query& q, std::string* out) {
  out->push_back('{');
  const size_t open = out->size();
  if (!q.id.empty()) AppendField("id", q.id, out);
  if (!q.name.empty()) AppendField("name", q.name, out);
  if (q.type != EntityType::kUnknown) AppendField("type", EntityTypeName(q.type), out);
  if (!q.birth_date.empty()) AppendField("birth_date", q.birth_date, out);
  if (!q.countries.empty()) AppendStrings("countries", q.countries, out);
  if (!q.identifiers.empty()) {
    AppendArrayField("identifiers", q.identifiers, out, [out](const Identifier& id) {
      out->push_back('{');
      AppendField("type", id.type, out);
      AppendKey("value", out);
      AppendJsonString(id.value, out);
      if (!id.country.empty()) {
        out->push_back(',');
        AppendKey("country", out);
        AppendJsonString(id.country, out);
      }
      out->push_back('}');
    });
  }
  if (!q.gender.empty()) AppendField("gender", q.gender, out);
  if (out->size() > open) out->pop_back();  // the last field's comma
  out->push_back('}');
}

}  // namespace

void AppendHitJson(const Hit& hit, std::string* out) {
  const Entity& e = *hit.entity;
  const Explanation& x = hit.explanation;
  out->push_back('{');
  AppendField("list", e.list, out);
  AppendField("source_id", e.source_id, out);
  AppendField("entity_id", e.id, out);
  const Name* primary = e.primary_name();
  AppendField("name", primary ? std::string_view(primary->full) : std::string_view(), out);
  AppendField("matched_name", x.matched_name, out);
  AppendField("type", EntityTypeName(e.type), out);
  AppendKey("score", out);
  AppendScore(hit.score, out);
  out->push_back(',');
  if (!e.programs.empty()) AppendStrings("programs", e.programs, out);
  AppendKey("explanation", out);
  out->push_back('{');
  AppendField("summary", x.summary, out);
  AppendField("matched_name", x.matched_name, out);
  AppendField("matched_kind", NameKindName(x.matched_kind), out);
  AppendField("matched_quality", NameQualityName(x.matched_quality), out);
  AppendField("query_normalized", x.query_normalized, out);
  AppendField("listed_normalized", x.listed_normalized, out);
  AppendKey("name_score", out);
  AppendScore(x.name_score, out);
  out->push_back(',');
  AppendArrayField("tokens", x.tokens, out, [out](const TokenMatch& t) {
    out->push_back('{');
    AppendField("query", t.query_token, out);
    AppendField("listed", t.listed_token, out);
    AppendField("rule", t.rule, out);
    AppendKey("similarity", out);
    AppendScore(t.similarity, out);
    out->push_back('}');
  });
  AppendArrayField("factors", x.factors, out, [out](const Factor& f) {
    out->push_back('{');
    AppendField("name", f.name, out);
    AppendKey("delta", out);
    AppendScore(f.delta, out);
    *out += ",\"detail\":";
    AppendJsonString(f.detail, out);
    out->push_back('}');
  });
  out->pop_back();  // the last field's comma
  *out += "}}";
}

void AppendScreenResultJson(const Query& query, const std::vector<Hit>& hits, std::string* out) {
  out->reserve(out->size() + 256 + 640 * hits.size());  // a hit is about 550 bytes
  *out += "{\"query\":";
  AppendQueryJson(query, out);
  *out += ",\"hits\":[";
  bool first = true;
  for (const Hit& h : hits) {
    if (h.entity == nullptr) continue;
    if (!first) out->push_back(',');
    first = false;
    AppendHitJson(h, out);
  }
  *out += "]}";
}

json MentionToJson(const Mention& m) {
  json out = json::object();
  out["begin"] = m.begin;
  out["end"] = m.end;
  out["byte_begin"] = m.byte_begin;
  out["byte_end"] = m.byte_end;
  out["text"] = m.text;
  if (m.hit.entity != nullptr) {
    json hit = HitToJson(m.hit);
    for (auto it = hit.begin(); it != hit.end(); ++it) out[it.key()] = it.value();
  }
  return out;
}

std::string HitReason(const Hit& hit) {
  const Explanation& e = hit.explanation;
  if (!e.summary.empty()) return e.summary;
  std::string out = "name " + std::to_string(RoundScore(e.name_score)).substr(0, 6);
  if (!e.matched_name.empty()) out += " (\"" + e.matched_name + "\")";
  for (const Factor& f : e.factors) {
    out += "; " + f.name;
    if (!f.detail.empty()) out += ": " + f.detail;
  }
  return out;
}

namespace {

std::string NormKey(std::string_view key) {
  std::string k = AsciiLower(Trim(key));
  for (char& c : k) {
    if (c == '-' || c == ' ') c = '_';
  }
  return k;
}

std::string NormGender(std::string_view v) {
  std::string g = AsciiLower(Trim(v));
  if (g == "m" || g == "male" || g == "man") return "male";
  if (g == "f" || g == "female" || g == "woman") return "female";
  return "";
}

void AddIdentifier(Query* q, std::string_view type, std::string_view value) {
  std::string v = TrimCopy(value);
  if (v.empty()) return;
  q->identifiers.push_back(Identifier{std::string(type), std::move(v), "", ""});
}

}  // namespace

Result<Identifier> ParseIdentifierSpec(std::string_view spec) {
  size_t eq = spec.find('=');
  if (eq == std::string_view::npos) {
    return Status::InvalidArgument("identifier '" + std::string(spec) +
                                   "': expected TYPE=VALUE, e.g. passport=AB123456");
  }
  std::string type = NormKey(spec.substr(0, eq));
  std::string value = TrimCopy(spec.substr(eq + 1));
  if (type.empty() || value.empty()) {
    return Status::InvalidArgument("identifier '" + std::string(spec) +
                                   "': both TYPE and VALUE are required");
  }
  if (type == "passport_number") type = "passport";
  if (type == "id_number" || type == "national_id_number") type = "national_id";
  if (type == "imo_number") type = "imo";
  return Identifier{std::move(type), std::move(value), "", ""};
}

Status SetQueryField(Query* q, std::string_view key, std::string_view value, bool* known) {
  std::string k = NormKey(key);
  *known = true;
  std::string v = TrimCopy(value);
  if (k == "id" || k == "ref" || k == "reference") {
    q->id = v;
  } else if (k == "name" || k == "full_name" || k == "fullname") {
    q->name = v;
  } else if (k == "type" || k == "schema" || k == "entity_type") {
    if (v.empty()) return Status::Ok();
    auto t = ParseEntityType(v);
    if (!t) {
      return Status::InvalidArgument("field '" + std::string(key) + "': unknown entity type '" + v +
                                     "' (person, organization, vessel, aircraft)");
    }
    q->type = *t;
  } else if (k == "birth_date" || k == "dob" || k == "birthdate" || k == "date_of_birth") {
    q->birth_date = v;
  } else if (k == "country" || k == "countries" || k == "nationality" || k == "citizenship" ||
             k == "jurisdiction") {
    for (std::string& c : Split(v, ';')) q->countries.push_back(std::move(c));
  } else if (k == "imo" || k == "imo_number") {
    AddIdentifier(q, "imo", v);
  } else if (k == "mmsi") {
    AddIdentifier(q, "mmsi", v);
  } else if (k == "passport" || k == "passport_number") {
    AddIdentifier(q, "passport", v);
  } else if (k == "national_id" || k == "id_number") {
    AddIdentifier(q, "national_id", v);
  } else if (k == "tax_id" || k == "registration" || k == "swift_bic" || k == "call_sign") {
    AddIdentifier(q, k, v);
  } else if (k == "identifier" || k == "identifiers") {
    for (const std::string& spec : Split(v, ';')) {
      auto id = ParseIdentifierSpec(spec);
      if (!id.ok()) return id.status().WithContext("field '" + std::string(key) + "'");
      q->identifiers.push_back(std::move(*id));
    }
  } else if (k == "gender" || k == "sex") {
    if (v.empty()) return Status::Ok();
    std::string g = NormGender(v);
    if (g.empty()) {
      return Status::InvalidArgument("field '" + std::string(key) + "': unknown gender '" + v +
                                     "' (male, female)");
    }
    q->gender = g;
  } else {
    *known = false;
  }
  return Status::Ok();
}

Status ValidateQuery(const Query& q) {
  if (q.name.empty() && q.identifiers.empty()) {
    return Status::InvalidArgument("record has neither a name nor an identifier");
  }
  if (q.name.size() > 1000) {
    return Status::InvalidArgument("name is longer than 1000 bytes");
  }
  if (!IsValidUtf8(q.name)) return Status::InvalidArgument("name is not valid UTF-8");
  return Status::Ok();
}

namespace {

// Scalar JSON value as text for SetQueryField; false when not a scalar.
bool ScalarText(const json& v, std::string* out) {
  if (v.is_string()) {
    *out = v.get<std::string>();
  } else if (v.is_number_integer() || v.is_number_unsigned()) {
    *out = v.dump();
  } else if (v.is_number_float()) {
    *out = v.dump();
  } else if (v.is_null()) {
    out->clear();
  } else {
    return false;
  }
  return true;
}

}  // namespace

Result<Query> QueryFromJson(const json& record, json* passthrough) {
  if (!record.is_object()) {
    return Status::InvalidArgument("a record must be a JSON object, got " +
                                   std::string(record.type_name()));
  }
  Query q;
  for (auto it = record.begin(); it != record.end(); ++it) {
    const std::string& key = it.key();
    const json& v = it.value();
    std::string k = NormKey(key);
    if (k == "identifiers" && v.is_array()) {
      for (const json& id : v) {
        if (!id.is_object() || !id.contains("type") || !id.contains("value") ||
            !id["type"].is_string() || !(id["value"].is_string() || id["value"].is_number())) {
          return Status::InvalidArgument(
              "field 'identifiers': each entry must be {\"type\":..., \"value\":...}");
        }
        std::string value =
            id["value"].is_string() ? id["value"].get<std::string>() : id["value"].dump();
        auto parsed = ParseIdentifierSpec(id["type"].get<std::string>() + "=" + value);
        if (!parsed.ok()) return parsed.status().WithContext("field 'identifiers'");
        if (id.contains("country") && id["country"].is_string()) {
          parsed->country = id["country"].get<std::string>();
        }
        q.identifiers.push_back(std::move(*parsed));
      }
      continue;
    }
    bool known = false;
    if (v.is_array()) {
      // Arrays are accepted for multi-valued fields (countries, several passports).
      for (const json& item : v) {
        std::string text;
        if (!ScalarText(item, &text)) {
          return Status::InvalidArgument("field '" + key + "': array items must be strings");
        }
        SANCTIONS_RETURN_IF_ERROR(SetQueryField(&q, key, text, &known));
        if (!known) break;
      }
      if (v.empty()) SANCTIONS_RETURN_IF_ERROR(SetQueryField(&q, key, "", &known));
    } else {
      std::string text;
      if (!ScalarText(v, &text)) {
        bool is_field = false;
        Query scratch;
        (void)SetQueryField(&scratch, key, "", &is_field);
        if (is_field) {
          return Status::InvalidArgument("field '" + key + "': expected a string, got " +
                                         std::string(v.type_name()));
        }
        known = false;
      } else {
        SANCTIONS_RETURN_IF_ERROR(SetQueryField(&q, key, text, &known));
      }
    }
    if (!known && passthrough != nullptr) (*passthrough)[key] = v;
  }
  SANCTIONS_RETURN_IF_ERROR(ValidateQuery(q));
  return q;
}

}  // namespace sanctions::api
