// POST /match/{dataset}: the OpenSanctions yente matching API, so yente clients switch
// without code changes. Request: {"queries":{"q1":{"schema":"Person","properties":{
// "name":[...],"birthDate":[...],"nationality":[...]}}}}; response: {"responses":{"q1":
// {"status":200,"results":[...],"total":{...},"query":{...}}},"matcher":{...},"limit":N}.
// Differences from yente are listed in docs/api.md.
#include <algorithm>
#include <map>

#include "api/routes.h"
#include "util/text.h"

namespace sanctions::api {

namespace {

constexpr size_t kYenteDefaultLimit = 5;

// yente answers errors as {"detail": "..."}; we add our own error object beside it.
Reply YenteError(int status, const std::string& code, const std::string& message) {
  Json body = {{"detail", message}, {"error", {{"code", code}, {"message", message}}}};
  return JsonReply(body, status);
}

std::string SchemaOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kVessel:
      return "Vessel";
    case EntityType::kAircraft:
      return "Airplane";
    case EntityType::kUnknown:
      break;
  }
  return "LegalEntity";
}

Result<EntityType> TypeOfSchema(const std::string& schema) {
  static const std::map<std::string, EntityType> kSchemas = {
      {"Person", EntityType::kPerson},
      {"Company", EntityType::kOrganization},
      {"Organization", EntityType::kOrganization},
      {"PublicBody", EntityType::kOrganization},
      {"LegalEntity", EntityType::kUnknown},
      {"Thing", EntityType::kUnknown},
      {"Vessel", EntityType::kVessel},
      {"Airplane", EntityType::kAircraft},
  };
  auto it = kSchemas.find(schema);
  if (it == kSchemas.end()) {
    return Status::InvalidArgument("unsupported schema '" + schema +
                                   "' (Person, Company, Organization, PublicBody, LegalEntity, "
                                   "Thing, Vessel, Airplane)");
  }
  return it->second;
}

// FollowTheMoney property of an identifier type.
const char* PropertyOfIdentifier(const std::string& type) {
  if (type == "imo") return "imoNumber";
  if (type == "mmsi") return "mmsi";
  if (type == "call_sign") return "callSign";
  if (type == "passport") return "passportNumber";
  if (type == "national_id") return "idNumber";
  if (type == "tax_id") return "taxNumber";
  if (type == "registration") return "registrationNumber";
  if (type == "swift_bic") return "swiftBic";
  if (type == "aircraft_serial") return "serialNumber";
  if (type == "aircraft_tail") return "registrationNumber";
  if (type == "crypto") return "cryptoWallet";
  return "idNumber";
}

std::string Lower(const std::string& s) {
  return AsciiLower(s);
}

void Add(Json& props, const char* key, const std::string& value) {
  if (value.empty()) return;
  Json& list = props[key];
  if (!list.is_array()) list = Json::array();
  for (const Json& v : list) {
    if (v == value) return;
  }
  list.push_back(value);
}

// The entity as a FollowTheMoney-shaped dict (yente's EntityResponse).
Json EntityToFtm(const Entity& e) {
  Json props = Json::object();
  for (const Name& n : e.names) {
    const char* key = "alias";
    if (n.kind == NameKind::kPrimary) key = "name";
    if (n.kind == NameKind::kFka) key = "previousName";
    if (n.quality != NameQuality::kStrong && n.kind != NameKind::kPrimary) key = "weakAlias";
    Add(props, key, n.full);
  }
  for (const DateSpec& d : e.birth_dates) Add(props, "birthDate", d.from.ToString());
  for (const Place& p : e.birth_places) Add(props, "birthPlace", p.text);
  for (const std::string& c : e.nationalities) Add(props, "nationality", Lower(c));
  for (const std::string& c : e.citizenships) Add(props, "citizenship", Lower(c));
  for (const Address& a : e.addresses) {
    Add(props, "address", a.full);
    Add(props, "country", Lower(a.country));
  }
  for (const Identifier& id : e.identifiers) Add(props, PropertyOfIdentifier(id.type), id.value);
  if (!e.gender.empty()) Add(props, "gender", e.gender);
  for (const std::string& t : e.titles) Add(props, "title", t);
  for (const std::string& p : e.positions) Add(props, "position", p);
  for (const std::string& r : e.remarks) Add(props, "notes", r);
  for (const std::string& p : e.programs) Add(props, "programId", p);
  for (const std::string& m : e.emails) Add(props, "email", m);
  for (const std::string& w : e.websites) Add(props, "website", w);
  for (const std::string& p : e.phones) Add(props, "phone", p);
  if (!e.vessel.flag.empty()) Add(props, "flag", Lower(e.vessel.flag));
  Add(props, "type", e.vessel.vessel_type);
  Add(props, "tonnage", e.vessel.tonnage);
  Add(props, "grossRegisteredTonnage", e.vessel.grt);
  Add(props, "buildDate", e.vessel.build_year);
  Add(props, "model", e.aircraft.model);
  if (!e.listed_on.empty()) Add(props, "createdAt", e.listed_on.from.ToString());
  Add(props, "topics", "sanction");
  Json out = Json::object();
  out["id"] = e.id;
  const Name* primary = e.primary_name();
  out["caption"] = primary ? primary->full : e.id;
  out["schema"] = SchemaOf(e.type);
  out["properties"] = std::move(props);
  out["datasets"] = Json::array({e.list});
  out["referents"] = Json::array();
  out["target"] = true;
  out["first_seen"] = nullptr;
  out["last_seen"] = nullptr;
  out["last_change"] = nullptr;
  return out;
}

// The values of one property: yente accepts a string or a list of strings.
Result<std::vector<std::string>> Values(const Json& props, const char* key) {
  std::vector<std::string> out;
  if (!props.contains(key)) return out;
  const Json& v = props[key];
  if (v.is_string()) {
    out.push_back(v.get<std::string>());
  } else if (v.is_array()) {
    for (const Json& item : v) {
      if (item.is_string()) {
        out.push_back(item.get<std::string>());
      } else if (item.is_number()) {
        out.push_back(item.dump());
      } else {
        return Status::InvalidArgument(std::string("property '") + key + "' must hold strings");
      }
    }
  } else if (!v.is_null()) {
    return Status::InvalidArgument(std::string("property '") + key + "' must be a list of strings");
  }
  return out;
}

struct Example {
  Query base;                      // everything but the name
  std::vector<std::string> names;  // each name is screened; best score per entity wins
};

Result<Example> ExampleFromJson(const Json& example) {
  if (!example.is_object()) return Status::InvalidArgument("a query must be a JSON object");
  if (!example.contains("schema") || !example["schema"].is_string()) {
    return Status::InvalidArgument("a query needs a \"schema\" (e.g. \"Person\")");
  }
  auto type = TypeOfSchema(example["schema"].get<std::string>());
  if (!type.ok()) return type.status();
  Example ex;
  ex.base.type = *type;
  if (example.contains("id") && example["id"].is_string())
    ex.base.id = example["id"].get<std::string>();
  Json props = example.contains("properties") ? example["properties"] : Json::object();
  if (!props.is_object()) return Status::InvalidArgument("\"properties\" must be an object");
  auto take = [&](const char* key) -> Result<std::vector<std::string>> {
    return Values(props, key);
  };
  for (const char* key : {"name", "alias", "previousName", "weakAlias"}) {
    auto v = take(key);
    if (!v.ok()) return v.status();
    for (std::string& n : *v) {
      if (!Trim(n).empty()) ex.names.push_back(TrimCopy(n));
    }
  }
  if (ex.names.empty()) {
    std::string joined;
    for (const char* key : {"firstName", "secondName", "middleName", "fatherName", "lastName"}) {
      auto v = take(key);
      if (!v.ok()) return v.status();
      for (const std::string& part : *v) {
        if (!joined.empty()) joined += ' ';  // (not `" " + TrimCopy()`: GCC 12 -Wrestrict)
        joined += TrimCopy(part);
      }
    }
    if (!Trim(joined).empty()) ex.names.push_back(TrimCopy(joined));
  }
  for (const char* key : {"birthDate", "incorporationDate", "buildDate"}) {
    auto v = take(key);
    if (!v.ok()) return v.status();
    if (!v->empty() && ex.base.birth_date.empty()) ex.base.birth_date = v->front();
  }
  for (const char* key : {"nationality", "country", "citizenship", "jurisdiction", "flag"}) {
    auto v = take(key);
    if (!v.ok()) return v.status();
    for (std::string& c : *v) ex.base.countries.push_back(std::move(c));
  }
  static const std::pair<const char*, const char*> kIds[] = {
      {"imoNumber", "imo"},        {"mmsi", "mmsi"},        {"passportNumber", "passport"},
      {"idNumber", "national_id"}, {"taxNumber", "tax_id"}, {"registrationNumber", "registration"},
      {"swiftBic", "swift_bic"},   {"innCode", "tax_id"},   {"ogrnCode", "registration"},
      {"callSign", "call_sign"},
  };
  for (const auto& [prop, type_name] : kIds) {
    auto v = take(prop);
    if (!v.ok()) return v.status();
    for (std::string& id : *v) {
      if (!Trim(id).empty())
        ex.base.identifiers.push_back(Identifier{type_name, TrimCopy(id), "", ""});
    }
  }
  auto gender = take("gender");
  if (!gender.ok()) return gender.status();
  if (!gender->empty()) {
    std::string g = AsciiLower(gender->front());
    if (g == "male" || g == "female") ex.base.gender = g;
  }
  if (ex.names.empty() && ex.base.identifiers.empty()) {
    return Status::InvalidArgument("a query needs a name (or an identifier such as imoNumber)");
  }
  return ex;
}

// Screens every name of the example; keeps each entity's best hit, best first.
std::vector<Hit> MatchExample(const Index& index, const Example& ex, const ScreenOptions& opts) {
  std::vector<Hit> best;
  std::vector<std::string> names = ex.names;
  if (names.empty()) names.push_back("");
  for (const std::string& name : names) {
    Query q = ex.base;
    q.name = name;
    for (Hit& h : index.Screen(q, opts)) {
      auto it = std::find_if(best.begin(), best.end(),
                             [&](const Hit& b) { return b.entity == h.entity; });
      if (it == best.end()) {
        best.push_back(std::move(h));
      } else if (h.score > it->score) {
        *it = std::move(h);
      }
    }
  }
  std::stable_sort(best.begin(), best.end(),
                   [](const Hit& a, const Hit& b) { return a.score > b.score; });
  if (opts.limit > 0 && best.size() > opts.limit) best.resize(opts.limit);
  return best;
}

Json ResultJson(const Hit& hit, double threshold) {
  Json out = EntityToFtm(*hit.entity);
  const Explanation& e = hit.explanation;
  out["score"] = RoundScore(hit.score);
  Json features = Json::object();
  features["name_score"] = RoundScore(e.name_score);
  for (const Factor& f : e.factors) features[f.name] = RoundScore(f.delta);
  out["features"] = std::move(features);
  out["match"] = hit.score >= threshold;
  Json explanations = Json::object();
  explanations["name_score"] = {{"score", RoundScore(e.name_score)},
                                {"detail", e.summary.empty() ? HitReason(hit) : e.summary}};
  for (const Factor& f : e.factors) {
    explanations[f.name] = {{"score", RoundScore(f.delta)}, {"detail", f.detail}};
  }
  out["explanations"] = std::move(explanations);
  out["explanation"] = ExplanationToJson(e);
  return out;
}

Json MatcherDocs() {
  Json docs = Json::object();
  docs["name_score"] = {{"description",
                         "Name similarity in [0, 1] after normalisation, "
                         "transliteration and romanization variants"},
                        {"coefficient", 1.0},
                        {"url", "docs/scoring.md"}};
  for (const char* f : {"imo", "birth_date", "country", "gender", "type", "weak_alias"}) {
    docs[f] = {{"description", std::string("Signed contribution of the ") + f +
                                   " comparison to the score (see explanations)"},
               {"coefficient", 1.0},
               {"url", "docs/scoring.md"}};
  }
  return docs;
}

}  // namespace

Reply HandleYenteMatch(const Request& req, ServerState& state, const Snapshot* snap) {
  const ServerOptions& o = state.options();
  const Index& index = *snap->index;
  const std::string& dataset = req.captures.at(0);
  ScreenOptions opts;
  if (dataset != "default" && dataset != "sanctions" && dataset != "all") {
    bool found = false;
    for (const ListData& l : index.lists()) found = found || l.list == dataset;
    if (!found) {
      return YenteError(404, "not_found",
                        "dataset '" + dataset + "' not found: use 'default' or a loaded list id");
    }
    opts.lists.push_back(dataset);
  }
  size_t limit = kYenteDefaultLimit;
  if (req.has_param("limit")) {
    std::string text = req.get_param_value("limit");
    char* end = nullptr;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || v < 1 || static_cast<size_t>(v) > o.max_limit) {
      return YenteError(400, "invalid_argument",
                        "limit must be an integer from 1 to " + std::to_string(o.max_limit));
    }
    limit = static_cast<size_t>(v);
  }
  double threshold = kDefaultThreshold;
  double cutoff = -1;
  for (const char* key : {"threshold", "cutoff"}) {
    if (!req.has_param(key)) continue;
    std::string text = req.get_param_value(key);
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(v >= 0.0 && v <= 1.0)) {
      return YenteError(400, "invalid_argument", std::string(key) + " must be between 0 and 1");
    }
    (std::string(key) == "threshold" ? threshold : cutoff) = v;
  }
  // Candidates below the threshold are returned with match=false down to the cutoff.
  opts.threshold = cutoff >= 0 ? std::min(cutoff, threshold) : threshold;
  opts.limit = limit;

  Json body;
  try {
    body = Json::parse(req.body);
  } catch (const Json::exception& e) {  // syntax, or a number out of range
    return YenteError(400, "invalid_argument",
                      std::string("the request body is not valid JSON: ") + e.what());
  }
  if (!body.is_object() || !body.contains("queries") || !body["queries"].is_object()) {
    return YenteError(
        400, "invalid_argument",
        "the body must be {\"queries\":{\"q1\":{\"schema\":...,\"properties\":{...}}}}");
  }
  const Json& queries = body["queries"];
  if (queries.empty()) return YenteError(400, "invalid_argument", "No queries provided.");
  if (queries.size() > o.max_batch) {
    return YenteError(413, "too_many_records",
                      "Too many queries in one batch (limit: " + std::to_string(o.max_batch) + ")");
  }
  std::vector<std::pair<std::string, Example>> examples;
  for (auto it = queries.begin(); it != queries.end(); ++it) {
    if (it.value().is_null()) continue;
    auto ex = ExampleFromJson(it.value());
    if (!ex.ok()) {
      return YenteError(400, "invalid_argument",
                        "Cannot parse example entity '" + it.key() + "': " + ex.status().message());
    }
    examples.emplace_back(it.key(), std::move(*ex));
  }
  Json responses = Json::object();
  for (auto& [key, ex] : examples) {
    std::vector<Hit> hits = MatchExample(index, ex, opts);
    Json results = Json::array();
    for (const Hit& h : hits) {
      if (h.entity != nullptr) results.push_back(ResultJson(h, threshold));
    }
    Json entry = Json::object();
    entry["status"] = 200;
    entry["results"] = std::move(results);
    entry["total"] = {{"value", hits.size()}, {"relation", "eq"}};
    entry["query"] = queries[key];
    responses[key] = std::move(entry);
  }
  Json out = Json::object();
  out["responses"] = std::move(responses);
  out["matcher"] = MatcherDocs();
  out["limit"] = limit;
  Reply r = JsonReply(out);
  return r;
}

}  // namespace sanctions::api
