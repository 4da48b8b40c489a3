// The quality harness (see eval.h). Each set is one function returning its JSON section.
#include "eval/eval.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "eval/metrics.h"
#include "normalize/normalize.h"
#include "sanctions/list.h"
#include "sanctions/screen.h"
#include "util/csv.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions::eval {
namespace {

using nlohmann::json;

json PrfJson(const Prf& p) {
  return json{{"precision", p.precision},
              {"recall", p.recall},
              {"f1", p.f1},
              {"accuracy", p.accuracy},
              {"threshold", p.threshold},
              {"tp", p.tp},
              {"fp", p.fp},
              {"fn", p.fn},
              {"tn", p.tn}};
}

EntityType SchemaType(const std::string& schema) {
  if (schema == "Person") return EntityType::kPerson;
  if (schema == "Vessel") return EntityType::kVessel;
  if (schema == "Airplane") return EntityType::kAircraft;
  if (schema == "Company" || schema == "Organization" || schema == "LegalEntity" ||
      schema == "PublicBody") {
    return EntityType::kOrganization;
  }
  return EntityType::kUnknown;
}

// A CSV file as header -> column maps.
Result<std::vector<std::map<std::string, std::string>>> ReadCsvRows(const std::string& path) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  CsvReader reader(*data);
  std::vector<std::string> header, fields;
  std::vector<std::map<std::string, std::string>> rows;
  if (!reader.Next(&header)) return Status::Corruption(path + ": empty CSV");
  if (!header.empty()) header[0] = std::string(StripBom(header[0]));
  while (reader.Next(&fields)) {
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

struct Context {
  const EvalOptions& opt;
  double threshold;
  std::map<std::string, std::shared_ptr<const Index>> indexes;  // by key
  std::map<std::string, ListData> loaded;                       // by path
  void Progress(const std::string& s) const {
    if (opt.progress) opt.progress(s);
  }
};

std::string ListPath(const Context& c, const std::string& rel) {
  return c.opt.shared_dir + "/lists/" + rel;
}

Result<std::shared_ptr<const Index>> GetIndex(Context& c, const std::string& key,
                                              const std::vector<std::string>& rel_paths) {
  auto it = c.indexes.find(key);
  if (it != c.indexes.end()) return it->second;
  std::vector<ListData> lists;
  for (const std::string& rel : rel_paths) {
    std::string path = ListPath(c, rel);
    auto cached = c.loaded.find(path);
    if (cached == c.loaded.end()) {
      c.Progress("loading " + rel);
      auto r = LoadList(path);
      if (!r.ok()) return r.status().WithContext("eval: loading " + rel);
      cached = c.loaded.emplace(path, std::move(*r)).first;
    }
    lists.push_back(cached->second);
  }
  auto idx = Index::Build(std::move(lists));
  if (!idx.ok()) return idx.status();
  c.indexes[key] = *idx;
  return *idx;
}

const char* kUn2026 = "un/consolidated_2026-02-27.xml";
const char* kSdn2024 = "ofac/sdn_csv_2024-05-03/sdn.csv";
const char* kOfacCons = "ofac/consolidated_nonsdn_csv";

// --- name_bench ----------------------------------------------------------------------

Result<json> NameBench(Context& c) {
  std::string dir = c.opt.shared_dir + "/eval/nomenklatura/";
  auto rows = ReadCsvRows(dir + "name_bench_cases.csv");
  if (!rows.ok()) return rows.status();
  auto frozen = ReadCsvRows(dir + "name_bench_logicv2-frozen.csv");
  if (!frozen.ok()) return frozen.status();
  // logic-v2 by (group, schema, name1, name2).
  auto key = [](const std::map<std::string, std::string>& r) {
    return r.at("case_group") + "\x1f" + r.at("schema") + "\x1f" + r.at("name1") + "\x1f" +
           r.at("name2");
  };
  std::map<std::string, double> v2;
  for (const auto& r : *frozen) v2[key(r)] = std::atof(r.at("score").c_str());
  std::vector<Scored> all, all_common, v2_common, held_out;
  std::map<std::string, std::vector<Scored>> by_group, by_schema;
  json errors = json::array();
  size_t idx = 0;
  for (const auto& r : *rows) {
    EntityType t = SchemaType(r.at("schema"));
    double s = CompareNames(r.at("name1"), r.at("name2"), t);
    bool truth = r.at("is_match") == "true";
    all.push_back({s, truth});
    if (idx++ % 2 == 1) held_out.push_back({s, truth});
    by_group[r.at("case_group")].push_back({s, truth});
    by_schema[r.at("schema")].push_back({s, truth});
    auto it = v2.find(key(r));
    if (it != v2.end()) {
      all_common.push_back({s, truth});
      v2_common.push_back({it->second, truth});
    }
    bool pred = s + 1e-12 >= c.threshold;
    if (pred != truth && errors.size() < c.opt.max_errors * 4) {
      errors.push_back({{"name1", r.at("name1")},
                        {"name2", r.at("name2")},
                        {"schema", r.at("schema")},
                        {"truth", truth},
                        {"score", s},
                        {"logicv2", it != v2.end() ? json(it->second) : json(nullptr)}});
    }
  }
  json out;
  out["pairs"] = all.size();
  out["ours"] = {{"at_threshold", PrfJson(AtThreshold(all, c.threshold))},
                 {"best", PrfJson(BestF1(all))},
                 {"held_out_at_threshold", PrfJson(AtThreshold(held_out, c.threshold))}};
  out["common_pairs"] = all_common.size();
  out["ours_on_common"] = PrfJson(AtThreshold(all_common, c.threshold));
  out["logicv2_on_common"] = {{"at_0.7", PrfJson(AtThreshold(v2_common, 0.7))},
                              {"best", PrfJson(BestF1(v2_common))}};
  for (auto& [g, v] : by_group) {
    out["by_group"][g] = {{"n", v.size()}, {"at_threshold", PrfJson(AtThreshold(v, c.threshold))}};
  }
  for (auto& [g, v] : by_schema) {
    out["by_schema"][g] = {{"n", v.size()}, {"at_threshold", PrfJson(AtThreshold(v, c.threshold))}};
  }
  out["errors"] = errors;
  return out;
}

// --- entity_bench -------------------------------------------------------------------

std::string PartsName(const YAML::Node& side) {
  if (side["name"]) {
    if (side["name"].IsSequence()) return side["name"][0].as<std::string>();
    return side["name"].as<std::string>();
  }
  // Name parts: written "Last, First Middle Father" so that the family name is known.
  std::string out;
  if (side["lastName"]) out = side["lastName"].as<std::string>() + ",";
  for (const char* k : {"firstName", "middleName", "fatherName"}) {
    if (side[k]) {
      if (!out.empty()) out += ' ';
      out += side[k].as<std::string>();
    }
  }
  return out;
}

Result<json> EntityBench(Context& c) {
  std::string path = c.opt.shared_dir + "/eval/nomenklatura/entity_bench_checks.yml";
  YAML::Node root;
  try {
    root = YAML::LoadFile(path);
  } catch (const std::exception& e) {
    return Status::Corruption(path + ": " + e.what());
  }
  std::vector<Scored> all;
  std::map<std::string, std::vector<Scored>> by_schema, by_label;
  json errors = json::array();
  for (const YAML::Node& chk : root["checks"]) {
    std::string schema = chk["schema"].as<std::string>();
    bool truth = chk["match"].as<bool>();
    EntityType t = SchemaType(schema);
    Query q;
    q.type = t;
    q.name = PartsName(chk["query"]);
    Entity e;
    e.type = t;
    e.list = "entity_bench";
    e.names.push_back(
        Name{PartsName(chk["candidate"]), {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
    Hit h = CompareRecords(q, e);
    all.push_back({h.score, truth});
    by_schema[schema].push_back({h.score, truth});
    std::string label = chk["label"] ? chk["label"].as<std::string>() : "(none)";
    by_label[label].push_back({h.score, truth});
    bool pred = h.score + 1e-12 >= c.threshold;
    if (pred != truth && errors.size() < c.opt.max_errors * 4) {
      errors.push_back({{"query", q.name},
                        {"candidate", e.names[0].full},
                        {"schema", schema},
                        {"truth", truth},
                        {"score", h.score}});
    }
  }
  json out;
  out["checks"] = all.size();
  out["at_threshold"] = PrfJson(AtThreshold(all, c.threshold));
  out["best"] = PrfJson(BestF1(all));
  for (auto& [k, v] : by_schema) {
    out["by_schema"][k] = {{"n", v.size()}, {"accuracy", AtThreshold(v, c.threshold).accuracy}};
  }
  for (auto& [k, v] : by_label) {
    out["by_label"][k] = {{"n", v.size()}, {"accuracy", AtThreshold(v, c.threshold).accuracy}};
  }
  out["errors"] = errors;
  return out;
}

// --- screening sets -----------------------------------------------------------------

Query RowQuery(const std::map<std::string, std::string>& r) {
  Query q;
  q.type = EntityType::kPerson;
  auto get = [&](const char* k) {
    auto it = r.find(k);
    return it == r.end() ? std::string() : it->second;
  };
  q.name = get("full_name");
  q.birth_date = get("date_of_birth");
  std::string nat = get("nationality");
  if (!nat.empty()) q.countries.push_back(nat);
  q.gender = get("gender");
  return q;
}

std::vector<std::string> SortedTokens(const std::string& name) {
  std::vector<std::string> t = NormalizeTokens(name);
  std::sort(t.begin(), t.end());
  return t;
}

// UN positives: the expected entity is the UN entry one of whose names has the same
// tokens as the untreated row (the treated file is the same rows, perturbed).
Result<json> UnPositives(Context& c, const std::string& variant) {
  auto idx = GetIndex(c, "un", {kUn2026});
  if (!idx.ok()) return idx.status();
  std::string dir = c.opt.shared_dir + "/eval/yente/";
  auto untreated = ReadCsvRows(dir + "candidate_generation_positives_un_untreated.csv");
  if (!untreated.ok()) return untreated.status();
  auto rows = ReadCsvRows(dir + "candidate_generation_positives_un_" + variant + ".csv");
  if (!rows.ok()) return rows.status();
  std::map<std::vector<std::string>, std::set<const Entity*>> by_tokens;
  for (const ListData& l : (*idx)->lists()) {
    for (const Entity& e : l.entities) {
      for (const Name& n : e.names) by_tokens[SortedTokens(n.full)].insert(&e);
    }
  }
  size_t resolved = 0, found = 0, unresolved = 0;
  json missed = json::array();
  ScreenOptions so;
  so.threshold = c.threshold;
  so.limit = 0;
  for (size_t i = 0; i < rows->size(); ++i) {
    const auto& truth_row = i < untreated->size() ? (*untreated)[i] : (*rows)[i];
    auto it = by_tokens.find(SortedTokens(truth_row.at("full_name")));
    if (it == by_tokens.end()) {
      ++unresolved;
      continue;
    }
    ++resolved;
    Query q = RowQuery((*rows)[i]);
    auto hits = (*idx)->Screen(q, so);
    bool ok = false;
    for (const Hit& h : hits) ok = ok || it->second.count(h.entity);
    if (ok) {
      ++found;
    } else if (missed.size() < c.opt.max_errors) {
      double best = 0;
      ScreenOptions lo = so;
      lo.threshold = 0.0;
      for (const Hit& h : (*idx)->Screen(q, lo)) {
        if (it->second.count(h.entity)) best = std::max(best, h.score);
      }
      missed.push_back({{"query", q.name},
                        {"dob", q.birth_date},
                        {"expected", (*it->second.begin())->names[0].full},
                        {"expected_id", (*it->second.begin())->source_id},
                        {"best_score", best}});
    }
  }
  return json{{"rows", rows->size()},
              {"resolved", resolved},
              {"unresolved", unresolved},
              {"found", found},
              {"recall", resolved ? double(found) / resolved : 0.0},
              {"missed", missed}};
}

Result<json> Negatives(Context& c, const std::string& file) {
  auto idx = GetIndex(c, "un+ofac", {kUn2026, kSdn2024, kOfacCons});
  if (!idx.ok()) return idx.status();
  auto rows = ReadCsvRows(c.opt.shared_dir + "/eval/yente/" + file);
  if (!rows.ok()) return rows.status();
  size_t n = rows->size();
  if (c.opt.max_negatives && n > c.opt.max_negatives) n = c.opt.max_negatives;
  size_t fp = 0;
  json collisions = json::array();
  ScreenOptions so;
  so.threshold = c.threshold;
  so.limit = 1;
  for (size_t i = 0; i < n; ++i) {
    Query q = RowQuery((*rows)[i]);
    auto hits = (*idx)->Screen(q, so);
    if (hits.empty()) continue;
    ++fp;
    if (collisions.size() < c.opt.max_errors) {
      collisions.push_back({{"query", q.name},
                            {"dob", q.birth_date},
                            {"hit", hits[0].entity->names[0].full},
                            {"hit_id", hits[0].entity->id},
                            {"score", hits[0].score},
                            {"why", hits[0].explanation.summary}});
    }
  }
  return json{{"queries", n},
              {"false_positives", fp},
              {"fpr", n ? double(fp) / n : 0.0},
              {"collisions", collisions}};
}

Result<json> OriginalScript(Context& c) {
  auto idx = GetIndex(c, "un", {kUn2026});
  if (!idx.ok()) return idx.status();
  auto rows = ReadCsvRows(c.opt.shared_dir + "/eval/un_original_script_pairs_2026-02-27.csv");
  if (!rows.ok()) return rows.status();
  size_t found = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_script;
  json missed = json::array();
  ScreenOptions so;
  so.threshold = c.threshold;
  so.limit = 0;
  for (const auto& r : *rows) {
    Query q;
    q.name = r.at("original_script_name");
    q.type = r.at("type") == "Individual" ? EntityType::kPerson : EntityType::kOrganization;
    auto hits = (*idx)->Screen(q, so);
    bool ok = false;
    for (const Hit& h : hits) ok = ok || h.entity->source_id == r.at("reference_number");
    auto& bs = by_script[r.at("script")];
    ++bs.second;
    if (ok) {
      ++found;
      ++bs.first;
    } else if (missed.size() < c.opt.max_errors) {
      missed.push_back({{"query", q.name},
                        {"latin", r.at("latin_name")},
                        {"reference", r.at("reference_number")},
                        {"folded", NormalizeTokens(q.name)}});
    }
  }
  json out{{"rows", rows->size()},
           {"found", found},
           {"recall", rows->empty() ? 0.0 : double(found) / rows->size()},
           {"missed", missed}};
  for (auto& [s, v] : by_script) out["by_script"][s] = {{"n", v.second}, {"found", v.first}};
  return out;
}

Result<json> Putin(Context& c) {
  auto idx = GetIndex(c, "sdn", {kSdn2024});
  if (!idx.ok()) return idx.status();
  const Entity* putin = nullptr;
  for (const ListData& l : (*idx)->lists()) {
    for (const Entity& e : l.entities) {
      if (!e.names.empty() && e.names[0].full == "PUTIN, Vladimir Vladimirovich") putin = &e;
    }
  }
  if (!putin) return Status::NotFound("eval: PUTIN, Vladimir Vladimirovich not in sdn.csv");
  auto data = ReadFile(c.opt.shared_dir + "/eval/nomenklatura/putin_names.txt");
  if (!data.ok()) return data.status();
  size_t n = 0, found = 0;
  json missed = json::array();
  ScreenOptions so;
  so.threshold = c.threshold;
  so.limit = 0;
  for (const std::string& line : Split(*data, '\n')) {
    if (line.empty()) continue;
    ++n;
    Query q;
    q.name = line;
    bool ok = false;
    for (const Hit& h : (*idx)->Screen(q, so)) ok = ok || h.entity == putin;
    if (ok) {
      ++found;
    } else {
      missed.push_back({{"query", line},
                        {"folded", NormalizeTokens(line)},
                        {"score", CompareRecords(q, *putin).score}});
    }
  }
  return json{{"names", n},
              {"found", found},
              {"recall", n ? double(found) / n : 0.0},
              {"entity", putin->id},
              {"missed", missed}};
}

}  // namespace

Result<json> FitCalibration(const EvalOptions& opt) {
  std::string dir = opt.shared_dir + "/eval/nomenklatura/";
  auto rows = ReadCsvRows(dir + "name_bench_cases.csv");
  if (!rows.ok()) return rows.status();
  std::map<std::string, std::vector<Scored>> train;
  size_t idx = 0;
  for (const auto& r : *rows) {
    if (idx++ % 2 == 1) continue;  // odd rows are held out
    EntityType t = SchemaType(r.at("schema"));
    Explanation x;
    CompareNames(r.at("name1"), r.at("name2"), t, &x);
    std::string group = t == EntityType::kPerson ? "person" : "organization";
    train[group].push_back({x.name_score, r.at("is_match") == "true"});
    train["all"].push_back({x.name_score, r.at("is_match") == "true"});
  }
  json out;
  for (auto& [g, v] : train) {
    Prf best = BestF1(v);
    // The lowest raw score from which precision stays >= kTargetPrecision.
    constexpr double kTargetPrecision = 0.85;
    std::vector<double> ts;
    for (const Scored& x : v) ts.push_back(x.score);
    std::sort(ts.begin(), ts.end());
    double anchor = 1.0;
    for (auto it = ts.rbegin(); it != ts.rend(); ++it) {
      if (*it < 0.5) break;
      if (AtThreshold(v, *it).precision + 1e-12 < kTargetPrecision) break;
      anchor = *it;
    }
    out[g]["anchor_raw_for_precision_0.85"] = anchor;
    out[g] = {{"pairs", v.size()},     {"best_raw_threshold", best.threshold},
              {"f1", best.f1},         {"precision", best.precision},
              {"recall", best.recall}, {"anchor_raw_for_precision_0.85", anchor}};
    for (double t = 0.55; t < 0.951; t += 0.05) {
      Prf p = AtThreshold(v, t);
      char key[16];
      std::snprintf(key, sizeof key, "%.2f", t);
      out[g]["f1_at"][key] = {p.f1, p.precision, p.recall};
    }
  }
  return out;
}

Result<json> RunEval(const EvalOptions& opt) {
  Context c{opt, opt.threshold > 0 ? opt.threshold : kDefaultThreshold, {}, {}};
  json report;
  report["threshold"] = c.threshold;
  auto want = [&](const std::string& name) {
    return opt.only.empty() || name.find(opt.only) != std::string::npos;
  };
  auto run = [&](const std::string& name, auto&& fn) -> Status {
    if (!want(name)) return Status::Ok();
    c.Progress("running " + name);
    auto start = std::chrono::steady_clock::now();
    Result<json> r = fn();
    if (!r.ok()) return r.status();
    (*r)["seconds"] =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report["sets"][name] = std::move(*r);
    return Status::Ok();
  };
  SANCTIONS_RETURN_IF_ERROR(run("name_bench", [&] { return NameBench(c); }));
  SANCTIONS_RETURN_IF_ERROR(run("entity_bench", [&] { return EntityBench(c); }));
  SANCTIONS_RETURN_IF_ERROR(
      run("un_positives_untreated", [&] { return UnPositives(c, "untreated"); }));
  SANCTIONS_RETURN_IF_ERROR(run("un_positives_treated", [&] { return UnPositives(c, "treated"); }));
  SANCTIONS_RETURN_IF_ERROR(run("un_original_script", [&] { return OriginalScript(c); }));
  SANCTIONS_RETURN_IF_ERROR(run("putin", [&] { return Putin(c); }));
  for (const char* f :
       {"validation_report_negatives_global.csv", "validation_report_negatives_us.csv",
        "candidate_generation_negatives_global.csv", "candidate_generation_negatives_us.csv"}) {
    std::string name = std::string("negatives_") + f;
    name = name.substr(0, name.size() - 4);
    SANCTIONS_RETURN_IF_ERROR(run(name, [&] { return Negatives(c, f); }));
  }
  return report;
}

std::string FormatEvalText(const json& rep, bool show_errors) {
  std::string out;
  char buf[512];
  auto line = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof buf, fmt, args...);
    out += buf;
    out += '\n';
  };
  double t = rep["threshold"].get<double>();
  line("threshold %.2f", t);
  const json& sets = rep["sets"];
  auto prf = [&](const char* label, const json& p) {
    line("  %-34s P %.3f  R %.3f  F1 %.3f  (thr %.2f, tp %d fp %d fn %d)", label,
         p["precision"].get<double>(), p["recall"].get<double>(), p["f1"].get<double>(),
         p["threshold"].get<double>(), p["tp"].get<int>(), p["fp"].get<int>(), p["fn"].get<int>());
  };
  if (sets.contains("name_bench")) {
    const json& s = sets["name_bench"];
    line("name_bench (%d pairs)", s["pairs"].get<int>());
    prf("ours @default", s["ours"]["at_threshold"]);
    prf("ours best F1", s["ours"]["best"]);
    prf("ours held-out half @default", s["ours"]["held_out_at_threshold"]);
    line("  side by side on the %d pairs logic-v2 scored:", s["common_pairs"].get<int>());
    prf("ours @default", s["ours_on_common"]);
    prf("logic-v2 @0.70", s["logicv2_on_common"]["at_0.7"]);
    prf("logic-v2 best F1", s["logicv2_on_common"]["best"]);
    for (auto& [g, v] : s["by_group"].items()) {
      std::string l = "group " + g + " (" + std::to_string(v["n"].get<int>()) + ")";
      prf(l.c_str(), v["at_threshold"]);
    }
    for (auto& [g, v] : s["by_schema"].items()) {
      std::string l = "schema " + g + " (" + std::to_string(v["n"].get<int>()) + ")";
      prf(l.c_str(), v["at_threshold"]);
    }
    if (show_errors) {
      for (const json& e : s["errors"]) {
        line("    %s %-28s | %-28s | %-12s ours %.3f v2 %s", e["truth"].get<bool>() ? "FN" : "FP",
             e["name1"].get<std::string>().c_str(), e["name2"].get<std::string>().c_str(),
             e["schema"].get<std::string>().c_str(), e["score"].get<double>(),
             e["logicv2"].is_null() ? "-" : std::to_string(e["logicv2"].get<double>()).c_str());
      }
    }
  }
  if (sets.contains("entity_bench")) {
    const json& s = sets["entity_bench"];
    line("entity_bench (%d checks): accuracy %.3f at default; best F1 %.3f at %.2f",
         s["checks"].get<int>(), s["at_threshold"]["accuracy"].get<double>(),
         s["best"]["f1"].get<double>(), s["best"]["threshold"].get<double>());
    prf("@default", s["at_threshold"]);
    for (auto& [g, v] : s["by_schema"].items()) {
      line("  schema %-20s n %3d accuracy %.3f", g.c_str(), v["n"].get<int>(),
           v["accuracy"].get<double>());
    }
    for (auto& [g, v] : s["by_label"].items()) {
      line("  label %-30s n %3d accuracy %.3f", g.c_str(), v["n"].get<int>(),
           v["accuracy"].get<double>());
    }
    if (show_errors) {
      for (const json& e : s["errors"]) {
        line("    %s %-30s | %-30s | %-12s %.3f", e["truth"].get<bool>() ? "FN" : "FP",
             e["query"].get<std::string>().c_str(), e["candidate"].get<std::string>().c_str(),
             e["schema"].get<std::string>().c_str(), e["score"].get<double>());
      }
    }
  }
  for (const char* k : {"un_positives_untreated", "un_positives_treated"}) {
    if (!sets.contains(k)) continue;
    const json& s = sets[k];
    line("%s: recall %.4f (%d of %d resolved rows; %d rows unresolved)", k,
         s["recall"].get<double>(), s["found"].get<int>(), s["resolved"].get<int>(),
         s["unresolved"].get<int>());
    if (show_errors) {
      for (const json& e : s["missed"]) line("    missed %s", e.dump().c_str());
    }
  }
  if (sets.contains("un_original_script")) {
    const json& s = sets["un_original_script"];
    line("un_original_script: recall %.4f (%d of %d)", s["recall"].get<double>(),
         s["found"].get<int>(), s["rows"].get<int>());
    for (auto& [g, v] : s["by_script"].items()) {
      line("  %-12s %d of %d", g.c_str(), v["found"].get<int>(), v["n"].get<int>());
    }
    if (show_errors) {
      for (const json& e : s["missed"]) line("    missed %s", e.dump().c_str());
    }
  }
  if (sets.contains("putin")) {
    const json& s = sets["putin"];
    line("putin (%s): recall %.4f (%d of %d)", s["entity"].get<std::string>().c_str(),
         s["recall"].get<double>(), s["found"].get<int>(), s["names"].get<int>());
    for (const json& e : s["missed"]) line("    missed %s", e.dump().c_str());
  }
  for (auto& [k, s] : sets.items()) {
    if (k.rfind("negatives_", 0) != 0) continue;
    line("%s: FPR %.4f (%d of %d)", k.c_str(), s["fpr"].get<double>(),
         s["false_positives"].get<int>(), s["queries"].get<int>());
    if (show_errors) {
      for (const json& e : s["collisions"]) line("    collision %s", e.dump().c_str());
    }
  }
  return out;
}

}  // namespace sanctions::eval
