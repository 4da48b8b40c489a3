// The screening commands: screen, batch, compare, scan (docs/cli.md).
//
// Exit codes: 0 no hit / success, 1 hits found (screen, scan), 2 usage or input error.
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "api/hit_json.h"
#include "cli/batch.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/csv_stream.h"
#include "cli/progress.h"
#include "util/text.h"

namespace sanctions::cli {

namespace {

using api::Json;

std::string Fmt(double v, int decimals = 2) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string DumpJson(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// ---- screen ------------------------------------------------------------------------

struct ScreenArgs {
  std::vector<std::string> lists;
  std::string name;
  std::string type;
  std::string dob;
  std::vector<std::string> countries;
  std::string imo;
  std::vector<std::string> passports;
  std::vector<std::string> ids;
  std::string gender;
  double threshold = kDefaultThreshold;
  size_t limit = 10;
  bool json = false;
  bool quiet = false;
};

Result<Query> BuildScreenQuery(const ScreenArgs& a) {
  Query q;
  q.name = TrimCopy(a.name);
  bool known = false;
  SANCTIONS_RETURN_IF_ERROR(api::SetQueryField(&q, "type", a.type, &known).WithContext("--type"));
  q.birth_date = TrimCopy(a.dob);
  for (const std::string& c : a.countries) {
    SANCTIONS_RETURN_IF_ERROR(api::SetQueryField(&q, "country", c, &known));
  }
  SANCTIONS_RETURN_IF_ERROR(api::SetQueryField(&q, "imo", a.imo, &known));
  for (const std::string& p : a.passports) {
    SANCTIONS_RETURN_IF_ERROR(api::SetQueryField(&q, "passport", p, &known));
  }
  for (const std::string& spec : a.ids) {
    auto id = api::ParseIdentifierSpec(spec);
    if (!id.ok()) return id.status().WithContext("--id");
    q.identifiers.push_back(std::move(*id));
  }
  SANCTIONS_RETURN_IF_ERROR(
      api::SetQueryField(&q, "gender", a.gender, &known).WithContext("--gender"));
  if (q.name.empty() && q.identifiers.empty()) {
    return Status::InvalidArgument(
        "give a NAME to screen (or an identifier: --imo, --passport, --id)");
  }
  SANCTIONS_RETURN_IF_ERROR(api::ValidateQuery(q));
  return q;
}

void PrintHitsText(const Query& q, const std::vector<Hit>& hits, double threshold) {
  std::string what = q.name.empty() ? std::string("the identifiers given") : "\"" + q.name + "\"";
  if (hits.empty()) {
    std::printf("no hits for %s (threshold %s)\n", what.c_str(), Fmt(threshold).c_str());
    return;
  }
  std::printf("%zu hit%s for %s (threshold %s)\n", hits.size(), hits.size() == 1 ? "" : "s",
              what.c_str(), Fmt(threshold).c_str());
  int rank = 0;
  for (const Hit& h : hits) {
    if (h.entity == nullptr) continue;
    const Entity& e = *h.entity;
    const Name* primary = e.primary_name();
    std::string programs;
    for (const std::string& p : e.programs) programs += (programs.empty() ? "" : ", ") + p;
    std::printf("%3d. %s  %s  [%s]  %s%s\n", ++rank, Fmt(h.score).c_str(),
                primary ? primary->full.c_str() : "?", std::string(EntityTypeName(e.type)).c_str(),
                e.id.c_str(), programs.empty() ? "" : ("  programs: " + programs).c_str());
    std::printf("       %s\n", api::HitReason(h).c_str());
  }
}

void RunScreen(const ScreenArgs& a, CliContext& ctx) {
  auto q = BuildScreenQuery(a);
  if (!q.ok()) {
    PrintError("screen", q.status());
    ctx.exit_code = kExitError;
    return;
  }
  auto index = LoadIndexForCommand(a.lists, a.quiet);
  if (!index.ok()) {
    PrintError("screen", index.status());
    ctx.exit_code = kExitError;
    return;
  }
  ScreenOptions opts;
  opts.threshold = a.threshold;
  opts.limit = a.limit;
  std::vector<Hit> hits = (*index)->Screen(*q, opts);
  if (a.json) {
    std::printf("%s\n", DumpJson(api::ScreenResultToJson(*q, hits)).c_str());
  } else {
    PrintHitsText(*q, hits, a.threshold);
  }
  ctx.exit_code = hits.empty() ? kExitOk : kExitHits;
}

void RegisterScreen(CLI::App& app, CliContext& ctx) {
  auto a = std::make_shared<ScreenArgs>();
  CLI::App* cmd = app.add_subcommand(
      "screen",
      "Screen one name (or record) against the lists: ranked hits with scores and reasons");
  AddListOption(cmd, &a->lists);
  cmd->add_option("NAME", a->name, "Name to screen (any script, any order)");
  cmd->add_option("--type,-t", a->type, "person, organization, vessel or aircraft")
      ->check(CLI::IsMember({"person", "organization", "organisation", "vessel", "aircraft",
                             "individual", "entity", "company", "ship"}));
  cmd->add_option("--dob,--birth-date", a->dob, "Birth date: 1984-01-08, 1984-01 or 1984");
  cmd->add_option("--country,-c", a->countries,
                  "Country or nationality (ISO code or name; repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  cmd->add_option("--imo", a->imo, "IMO number of a vessel");
  cmd->add_option("--passport", a->passports, "Passport number (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  cmd->add_option("--id", a->ids, "Identifier TYPE=VALUE, e.g. national_id=123 (repeatable)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  cmd->add_option("--gender", a->gender, "male or female");
  cmd->add_option("--threshold", a->threshold, "Minimum score of a hit (default 0.80)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit,-n", a->limit, "Maximum number of hits (0 = all; default 10)");
  cmd->add_flag("--json", a->json, "Print {\"query\":...,\"hits\":[...]} as JSON");
  cmd->add_flag("--quiet,-q", a->quiet, "Do not report rejected list records");
  cmd->footer("Exit codes: 0 no hit, 1 hits found, 2 usage or input error.");
  cmd->callback([a, &ctx] { RunScreen(*a, ctx); });
}

// ---- batch -------------------------------------------------------------------------

struct BatchArgs {
  std::vector<std::string> lists;
  std::string input;
  std::string output;
  std::string format;
  double threshold = kDefaultThreshold;
  size_t limit = 10;
  int threads = 0;
  bool quiet = false;
  bool no_progress = false;
};

void RunBatchCommand(const BatchArgs& a, CliContext& ctx) {
  ctx.exit_code = kExitError;
  std::ifstream file;
  std::istream* in = &std::cin;
  uint64_t size = 0;
  if (a.input != "-") {
    file.open(a.input, std::ios::binary);
    if (!file) {
      PrintError("batch", Status::NotFound(a.input + ": cannot open input"));
      return;
    }
    struct stat st {};
    if (stat(a.input.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      size = static_cast<uint64_t>(st.st_size);
    in = &file;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (!a.output.empty() && a.output != "-") {
    out_file.open(a.output, std::ios::binary | std::ios::trunc);
    if (!out_file) {
      PrintError("batch", Status::IoError(a.output + ": cannot open output for writing"));
      return;
    }
    out = &out_file;
  }
  auto index = LoadIndexForCommand(a.lists, a.quiet);
  if (!index.ok()) {
    PrintError("batch", index.status());
    return;
  }
  BatchOptions opts;
  opts.threshold = a.threshold;
  opts.limit = a.limit;
  opts.threads = a.threads;
  opts.format = a.format;
  opts.input_name = a.input == "-" ? "stdin" : a.input;
  opts.input_size = size;
  opts.progress = !a.no_progress && StderrIsTerminal();
  std::ios::sync_with_stdio(false);
  auto summary = RunBatch(**index, *in, *out, stderr, opts);
  if (!summary.ok()) {
    PrintError("batch", summary.status());
    return;
  }
  const BatchSummary& s = *summary;
  std::string line = "sanctions batch: " + GroupThousands(s.records) + " records, " +
                     GroupThousands(s.screened) + " screened, " + GroupThousands(s.with_hits) +
                     " with hits (" + GroupThousands(s.hits) + " hits), " +
                     GroupThousands(s.bad_rows) + " bad rows skipped";
  if (s.recoded_rows > 0) {
    line += ", " + GroupThousands(s.recoded_rows) + " rows read as Windows-1252 (not UTF-8)";
  }
  double rate = s.seconds > 0 ? s.screened / s.seconds : 0;
  line += "; " + Fmt(s.seconds, 1) + " s, " + GroupThousands(static_cast<uint64_t>(rate)) +
          " records/s\n";
  std::fputs(line.c_str(), stderr);
  ctx.exit_code = kExitOk;
}

void RegisterBatch(CLI::App& app, CliContext& ctx) {
  auto a = std::make_shared<BatchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "batch", "Screen every record of a CSV or JSON-lines file; JSON lines out, in input order");
  AddListOption(cmd, &a->lists);
  cmd->add_option("INPUT", a->input,
                  "CSV with a header (id, name, optional type, birth_date, country, imo, passport, "
                  "gender; other columns passed through) or JSON lines; '-' for stdin")
      ->required();
  cmd->add_option("-o,--output", a->output, "Output file (JSON lines; default stdout)");
  cmd->add_option("--format", a->format,
                  "Input format: csv or jsonl (default: by name, then content)")
      ->check(CLI::IsMember({"csv", "jsonl"}));
  cmd->add_option("--threshold", a->threshold, "Minimum score of a hit (default 0.80)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit,-n", a->limit, "Maximum hits per record (0 = all; default 10)");
  cmd->add_option("--threads,-j", a->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--no-progress", a->no_progress, "Never draw the progress bar");
  cmd->add_flag("--quiet,-q", a->quiet, "Do not report rejected list records");
  cmd->footer(
      "Bad rows are reported on stderr with their line number, skipped and counted.\n"
      "Exit codes: 0 run completed, 2 usage or input error.");
  cmd->callback([a, &ctx] { RunBatchCommand(*a, ctx); });
}

// ---- compare -----------------------------------------------------------------------

struct CompareArgs {
  std::vector<std::string> names;
  std::string type;
  std::string pairs;
  std::string output;
  double threshold = kDefaultThreshold;
  bool json = false;
};

EntityType TypeOrUnknown(const std::string& s) {
  auto t = ParseEntityType(s);
  return t ? *t : EntityType::kUnknown;
}

void PrintExplanationText(const Explanation& e) {
  if (!e.query_normalized.empty() || !e.listed_normalized.empty()) {
    std::printf("normalized  \"%s\" vs \"%s\"\n", e.query_normalized.c_str(),
                e.listed_normalized.c_str());
  }
  if (!e.tokens.empty()) {
    std::printf("tokens     ");
    for (const TokenMatch& t : e.tokens) {
      std::printf(" %s~%s (%s %s)", t.query_token.empty() ? "-" : t.query_token.c_str(),
                  t.listed_token.empty() ? "-" : t.listed_token.c_str(), t.rule.c_str(),
                  Fmt(t.similarity).c_str());
    }
    std::printf("\n");
  }
  for (const Factor& f : e.factors) {
    std::printf("factor      %s %+.2f %s\n", f.name.c_str(), f.delta, f.detail.c_str());
  }
  if (!e.summary.empty()) std::printf("reason      %s\n", e.summary.c_str());
}

int RunComparePairs(const CompareArgs& a) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (a.pairs != "-") {
    file.open(a.pairs, std::ios::binary);
    if (!file) {
      PrintError("compare", Status::NotFound(a.pairs + ": cannot open"));
      return kExitError;
    }
    in = &file;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (!a.output.empty() && a.output != "-") {
    out_file.open(a.output, std::ios::binary | std::ios::trunc);
    if (!out_file) {
      PrintError("compare", Status::IoError(a.output + ": cannot open output for writing"));
      return kExitError;
    }
    out = &out_file;
  }
  CsvStreamReader reader(*in);
  char delim = GuessDelimiter(reader.PeekLine());
  reader.set_delimiter(delim);
  std::vector<std::string> header;
  Status err;
  if (!reader.Next(&header, &err)) {
    PrintError("compare", err.ok() ? Status::InvalidArgument(a.pairs + ": empty; expected a header "
                                                                       "with name1,name2")
                                   : err.WithContext(a.pairs));
    return kExitError;
  }
  if (!header.empty()) header[0] = std::string(StripBom(header[0]));
  size_t c1 = SIZE_MAX, c2 = SIZE_MAX, ct = SIZE_MAX, cs = SIZE_MAX;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string h = AsciiLower(Trim(header[i]));
    if (h == "name1") c1 = i;
    if (h == "name2") c2 = i;
    if (h == "schema" || h == "type") ct = i;
    if (h == "score") cs = i;
  }
  if (c1 == SIZE_MAX || c2 == SIZE_MAX) {
    PrintError("compare",
               Status::InvalidArgument(a.pairs + ": header needs columns name1 and name2"));
    return kExitError;
  }
  std::vector<std::string> out_header = header;
  if (cs == SIZE_MAX) out_header.push_back("score");
  *out << CsvLine(out_header, delim);
  uint64_t rows = 0, bad = 0;
  std::vector<std::string> fields;
  while (reader.Next(&fields, &err)) {
    ++rows;
    std::string where = a.pairs + ": line " + std::to_string(reader.record_line()) + ": ";
    if (fields.size() != header.size() || reader.last_unterminated()) {
      std::fprintf(stderr, "%sexpected %zu fields, got %zu (row skipped)\n", where.c_str(),
                   header.size(), fields.size());
      ++bad;
      continue;
    }
    for (std::string& f : fields) {
      if (!IsValidUtf8(f)) f = Cp1252ToUtf8(f);
    }
    EntityType type = EntityType::kUnknown;
    if (ct != SIZE_MAX && !Trim(fields[ct]).empty()) {
      auto t = ParseEntityType(fields[ct]);
      if (!t) {
        std::fprintf(stderr, "%sunknown schema/type '%s' (row skipped)\n", where.c_str(),
                     fields[ct].c_str());
        ++bad;
        continue;
      }
      type = *t;
    }
    if (Trim(fields[c1]).empty() || Trim(fields[c2]).empty()) {
      std::fprintf(stderr, "%sname1 or name2 is empty (row skipped)\n", where.c_str());
      ++bad;
      continue;
    }
    double score = CompareNames(fields[c1], fields[c2], type, nullptr);
    std::string s = Fmt(api::RoundScore(score), 4);
    if (cs != SIZE_MAX) {
      fields[cs] = s;
    } else {
      fields.push_back(s);
    }
    *out << CsvLine(fields, delim);
  }
  out->flush();
  if (!err.ok()) {
    PrintError("compare", err.WithContext(a.pairs));
    return kExitError;
  }
  std::fprintf(stderr, "sanctions compare: %llu pairs scored, %llu bad rows skipped\n",
               static_cast<unsigned long long>(rows - bad), static_cast<unsigned long long>(bad));
  if (!*out) {
    PrintError("compare", Status::IoError("writing the output failed"));
    return kExitError;
  }
  return kExitOk;
}

void RunCompare(const CompareArgs& a, CliContext& ctx) {
  if (!a.pairs.empty()) {
    if (!a.names.empty()) {
      PrintError("compare",
                 Status::InvalidArgument("give either NAME1 NAME2 or --pairs FILE, not both"));
      ctx.exit_code = kExitError;
      return;
    }
    ctx.exit_code = RunComparePairs(a);
    return;
  }
  if (a.names.size() != 2) {
    PrintError("compare",
               Status::InvalidArgument("give two names: compare NAME1 NAME2 (or --pairs FILE)"));
    ctx.exit_code = kExitError;
    return;
  }
  Explanation e;
  double score = CompareNames(a.names[0], a.names[1], TypeOrUnknown(a.type), &e);
  if (a.json) {
    Json out = Json::object();
    out["score"] = api::RoundScore(score);
    out["threshold"] = a.threshold;
    out["match"] = score >= a.threshold;
    out["explanation"] = api::ExplanationToJson(e);
    std::printf("%s\n", DumpJson(out).c_str());
  } else {
    std::printf("score       %s (%s: threshold %s)\n", Fmt(score, 4).c_str(),
                score >= a.threshold ? "match" : "no match", Fmt(a.threshold).c_str());
    PrintExplanationText(e);
  }
  ctx.exit_code = kExitOk;
}

void RegisterCompare(CLI::App& app, CliContext& ctx) {
  auto a = std::make_shared<CompareArgs>();
  CLI::App* cmd = app.add_subcommand(
      "compare", "Score two names with the screening scorer, or every pair of a CSV file");
  cmd->add_option("NAMES", a->names, "NAME1 NAME2")->expected(0, 2);
  cmd->add_option("--type,-t", a->type, "person, organization, vessel or aircraft")
      ->check(CLI::IsMember({"person", "organization", "organisation", "vessel", "aircraft",
                             "individual", "entity", "company", "ship"}));
  cmd->add_option("--threshold", a->threshold, "Threshold to report match/no match (default 0.80)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--pairs", a->pairs,
                  "CSV with columns name1, name2 and optional schema or type; other columns kept; "
                  "writes the rows with a score column added");
  cmd->add_option("-o,--output", a->output, "Output CSV for --pairs (default stdout)");
  cmd->add_flag("--json", a->json, "Print {\"score\":...,\"threshold\":...,\"explanation\":{...}}");
  cmd->footer("Exit codes: 0 success, 2 usage or input error.");
  cmd->callback([a, &ctx] { RunCompare(*a, ctx); });
}

// ---- scan --------------------------------------------------------------------------

struct ScanArgs {
  std::vector<std::string> lists;
  std::string input = "-";
  double threshold = kDefaultThreshold;
  size_t limit = 0;
  bool json = false;
  bool quiet = false;
};

void RunScan(const ScanArgs& a, CliContext& ctx) {
  ctx.exit_code = kExitError;
  auto text = ReadInputText(a.input, 64u << 20);
  if (!text.ok()) {
    PrintError("scan", text.status());
    return;
  }
  if (!IsValidUtf8(*text)) *text = Cp1252ToUtf8(*text);
  auto index = LoadIndexForCommand(a.lists, a.quiet);
  if (!index.ok()) {
    PrintError("scan", index.status());
    return;
  }
  ScreenOptions opts;
  opts.threshold = a.threshold;
  opts.limit = a.limit;
  std::vector<Mention> mentions = (*index)->Scan(*text, opts);
  if (a.json) {
    Json list = Json::array();
    for (const Mention& m : mentions) list.push_back(api::MentionToJson(m));
    Json out = Json::object();
    out["mentions"] = std::move(list);
    std::printf("%s\n", DumpJson(out).c_str());
  } else if (mentions.empty()) {
    std::printf("no listed entities mentioned (threshold %s)\n", Fmt(a.threshold).c_str());
  } else {
    for (const Mention& m : mentions) {
      if (m.hit.entity == nullptr) continue;
      const Name* primary = m.hit.entity->primary_name();
      std::string shown = CollapseSpaces(m.text);
      std::printf("%zu-%zu  \"%s\"  ->  %s  [%s]  %s  score %s\n       %s\n", m.begin, m.end,
                  shown.c_str(), primary ? primary->full.c_str() : "?",
                  std::string(EntityTypeName(m.hit.entity->type)).c_str(), m.hit.entity->id.c_str(),
                  Fmt(m.hit.score).c_str(), api::HitReason(m.hit).c_str());
    }
  }
  ctx.exit_code = mentions.empty() ? kExitOk : kExitHits;
}

void RegisterScan(CLI::App& app, CliContext& ctx) {
  auto a = std::make_shared<ScanArgs>();
  CLI::App* cmd = app.add_subcommand(
      "scan",
      "Find listed entities mentioned in free text (news, payment messages, bills of lading)");
  AddListOption(cmd, &a->lists);
  cmd->add_option("FILE", a->input, "Text file to scan; '-' or nothing for stdin");
  cmd->add_option("--threshold", a->threshold, "Minimum score of a mention (default 0.80)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--limit,-n", a->limit, "Maximum number of mentions (0 = all)");
  cmd->add_flag("--json", a->json, "Print {\"mentions\":[...]} as JSON");
  cmd->add_flag("--quiet,-q", a->quiet, "Do not report rejected list records");
  cmd->footer(
      "Offsets are in characters (code points), [begin, end).\n"
      "Exit codes: 0 nothing found, 1 mentions found, 2 usage or input error.");
  cmd->callback([a, &ctx] { RunScan(*a, ctx); });
}

}  // namespace

void RegisterScreenCommands(CLI::App& app, CliContext& ctx) {
  RegisterScreen(app, ctx);
  RegisterBatch(app, ctx);
  RegisterCompare(app, ctx);
  RegisterScan(app, ctx);
}

}  // namespace sanctions::cli
