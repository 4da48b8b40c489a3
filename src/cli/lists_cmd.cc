// The `lists` command group (docs/lists.md):
//   sanctions lists info [--json] [--format F] [--strict] [--list-name NAME] FILE...
//   sanctions lists diff [--json] [--full] [--summary] OLD NEW
//   sanctions lists add FILE...  |  lists remove FILE  |  lists show [--json] [--check]
//
// Exit codes: 0 success, 2 usage or input error (a file that fails to load, a rejected
// record under --strict). Errors are one line on stderr naming the file and the reason.
#include <array>
#include <cstdint>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/list_config.h"
#include "sanctions/diff.h"
#include "sanctions/json.h"
#include "sanctions/list.h"
#include "sources/user_csv.h"
#include "util/io.h"

namespace sanctions::cli {

namespace {

using nlohmann::json;

std::string Dump(const json& j, int indent = 2) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

// An error message that names the file even when the reader's message does not.
std::string ErrorNamingFile(const std::string& path, const Status& st) {
  std::string msg = st.message();
  if (msg.find(path) == std::string::npos && msg.find(BaseName(path)) == std::string::npos) {
    msg = path + ": " + msg;
  }
  for (char& c : msg) {
    if (c == '\n' || c == '\r') c = ' ';  // one line per failed file
  }
  return msg;
}

std::string Join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += sep;
    s += v[i];
  }
  return s;
}

// ---- lists info ---------------------------------------------------------------------

struct InfoArgs {
  std::vector<std::string> files;
  bool json = false;
  bool strict = false;
  std::string format;
  std::string list_name;
  std::string mapping;  // user CSV column mapping; implies --format user_csv
  size_t max_rejections = 20;
};

void PrintInfoText(const ListData& d, size_t max_rejections) {
  json s = ListSummaryToJson(d, max_rejections);
  std::vector<std::string> files;
  for (const std::string& f : d.files) files.push_back(BaseName(f));
  std::cout << d.file << "\n";
  std::cout << "  list:        " << d.list << "\n";
  std::cout << "  format:      " << d.format << "\n";
  if (files.size() > 1) std::cout << "  files:       " << Join(files, ", ") << "\n";
  std::cout << "  published:   " << (d.published.empty() ? "(not stated)" : d.published) << "\n";
  if (!d.sha256.empty()) std::cout << "  sha256:      " << d.sha256 << "\n";
  const json& t = s["types"];
  std::cout << "  entities:    " << d.entities.size() << " (person " << t["person"].get<size_t>()
            << ", organization " << t["organization"].get<size_t>() << ", vessel "
            << t["vessel"].get<size_t>() << ", aircraft " << t["aircraft"].get<size_t>()
            << ", unknown " << t["unknown"].get<size_t>() << ")\n";
  std::cout << "  names:       " << s["names"].get<size_t>() << "\n";
  std::cout << "  identifiers: " << s["identifiers"].get<size_t>() << "\n";
  std::cout << "  rejected:    " << d.rejections.size() << "\n";
  for (size_t i = 0; i < d.rejections.size() && i < max_rejections; ++i) {
    std::cout << "    " << d.rejections[i].ToString() << "\n";
  }
  if (d.rejections.size() > max_rejections) {
    std::cout << "    ... " << (d.rejections.size() - max_rejections)
              << " more (all of them with --json or --max-rejections N)\n";
  }
  std::cout << "  warnings:    " << d.warnings.size() << "\n";
  for (size_t i = 0; i < d.warnings.size() && i < max_rejections; ++i) {
    std::cout << "    " << d.warnings[i].ToString() << "\n";
  }
  if (d.warnings.size() > max_rejections) {
    std::cout << "    ... " << (d.warnings.size() - max_rejections) << " more\n";
  }
}

int RunInfo(const InfoArgs& args) {
  LoadOptions options;
  options.format = args.format;
  options.list_name = args.list_name;
  options.strict = args.strict;
  if (!args.mapping.empty()) {
    auto mapping = ParseUserCsvMapping(args.mapping);
    if (!mapping.ok()) {
      std::cerr << "error: --mapping: " << mapping.status().message() << "\n";
      return kExitError;
    }
    options.format = format::kUserCsv;
    options.user_csv = *mapping;
    if (!args.list_name.empty()) options.user_csv.list_name = args.list_name;
  }
  int exit_code = kExitOk;
  json lists = json::array();
  json errors = json::array();
  bool first = true;
  for (const std::string& path : args.files) {
    auto data = LoadList(path, options);
    if (!data.ok()) {
      std::string msg = ErrorNamingFile(path, data.status());
      std::cerr << "error: " << msg << "\n";
      errors.push_back({{"file", path}, {"error", msg}});
      exit_code = kExitError;
      continue;
    }
    if (args.json) {
      json s = ListSummaryToJson(*data, SIZE_MAX);  // --json lists every rejection
      json warnings = json::array();
      for (const Warning& w : data->warnings) warnings.push_back(WarningToJson(w));
      s["warning_details"] = std::move(warnings);
      lists.push_back(std::move(s));
    } else {
      if (!first) std::cout << "\n";
      first = false;
      PrintInfoText(*data, args.max_rejections);
    }
  }
  if (args.json) {
    json out = {{"lists", std::move(lists)}};
    if (!errors.empty()) out["errors"] = std::move(errors);
    std::cout << Dump(out) << "\n";
  }
  return exit_code;
}

// ---- lists diff ---------------------------------------------------------------------

struct DiffArgs {
  std::string old_file;
  std::string new_file;
  bool json = false;
  bool full = false;
  bool summary = false;
  std::string format;
};

std::string CountsLine(const DiffCounts& c) {
  std::ostringstream s;
  s << "+" << c.added << " -" << c.removed << " ~" << c.changed;
  return s.str();
}

std::string TypesBreakdown(const GroupCounts& g) {
  std::vector<std::string> parts;
  for (const auto& [type, c] : g.by_type) parts.push_back(type + " " + CountsLine(c));
  return Join(parts, ", ");
}

std::string Quote(const std::string& s) {
  return "\"" + s + "\"";
}

void PrintDiffText(const ListDiff& d, bool summary_only) {
  auto side = [](const char* label, const std::string& file, const std::string& list,
                 const std::string& published, size_t n) {
    std::cout << label << file << " (" << list << ", published "
              << (published.empty() ? "(not stated)" : published) << ", " << n << " entities)\n";
  };
  side("old: ", d.old_file, d.old_list, d.old_published, d.old_entities);
  side("new: ", d.new_file, d.new_list, d.new_published, d.new_entities);
  for (const std::string& w : d.warnings) std::cout << "warning: " << w << "\n";
  std::cout << "\nadded " << d.added.size() << ", removed " << d.removed.size() << ", changed "
            << d.changed.size() << ", unchanged " << d.unchanged << "\n";

  std::cout << "\nby type (+added -removed ~changed):\n";
  for (const auto& [type, c] : d.by_type) {
    std::cout << "  " << type << ": " << CountsLine(c) << "\n";
  }
  if (!d.by_program_family.empty()) {
    std::cout << "\nby programme family (+added -removed ~changed):\n";
    for (const auto& [family, g] : d.by_program_family) {
      std::cout << "  " << family << ": " << CountsLine(g.total) << " (" << TypesBreakdown(g)
                << ")\n";
    }
    // The question compliance teams ask first: which vessels came onto or left a programme.
    for (const auto& [family, g] : d.by_program_family) {
      auto it = g.by_type.find("vessel");
      if (it == g.by_type.end()) continue;
      std::cout << "  " << family << "-programme vessels added: " << it->second.added
                << ", removed: " << it->second.removed << ", changed: " << it->second.changed
                << "\n";
    }
  }
  if (!d.by_program.empty()) {
    std::cout << "\nby programme (+added -removed ~changed):\n";
    for (const auto& [program, g] : d.by_program) {
      std::cout << "  " << program << ": " << CountsLine(g.total) << " (" << TypesBreakdown(g)
                << ")\n";
    }
  }
  if (!d.by_field.empty()) {
    std::cout << "\nchanged fields (entities):\n";
    for (const auto& [field, n] : d.by_field) std::cout << "  " << field << ": " << n << "\n";
  }
  if (summary_only) return;

  auto brief = [](const Entity& e) {
    const Name* n = e.primary_name();
    std::string s =
        e.source_id + " " + std::string(EntityTypeName(e.type)) + " " + Quote(n ? n->full : "");
    if (!e.programs.empty()) s += " [" + Join(e.programs, ", ") + "]";
    return s;
  };
  if (!d.added.empty()) {
    std::cout << "\nadded:\n";
    for (const Entity& e : d.added) std::cout << "+ " << brief(e) << "\n";
  }
  if (!d.removed.empty()) {
    std::cout << "\nremoved:\n";
    for (const Entity& e : d.removed) std::cout << "- " << brief(e) << "\n";
  }
  if (!d.changed.empty()) {
    std::cout << "\nchanged:\n";
    for (const EntityChange& c : d.changed) {
      std::cout << "~ " << c.source_id << " " << EntityTypeName(c.type) << " " << Quote(c.name);
      if (!c.programs.empty()) std::cout << " [" << Join(c.programs, ", ") << "]";
      std::cout << "\n";
      for (const FieldChange& f : c.fields) {
        if (f.multi) {
          for (const std::string& v : f.removed) {
            std::cout << "    " << f.field << ": - " << v << "\n";
          }
          for (const std::string& v : f.added)
            std::cout << "    " << f.field << ": + " << v << "\n";
        } else {
          std::cout << "    " << f.field << ": " << Quote(f.old_value) << " -> "
                    << Quote(f.new_value) << "\n";
        }
      }
    }
  }
}

int RunDiff(const DiffArgs& args) {
  LoadOptions options;
  options.format = args.format;
  auto old_list = LoadList(args.old_file, options);
  if (!old_list.ok()) {
    std::cerr << "error: " << ErrorNamingFile(args.old_file, old_list.status()) << "\n";
    return kExitError;
  }
  auto new_list = LoadList(args.new_file, options);
  if (!new_list.ok()) {
    std::cerr << "error: " << ErrorNamingFile(args.new_file, new_list.status()) << "\n";
    return kExitError;
  }
  for (const ListData* l : {&*old_list, &*new_list}) {
    if (!l->rejections.empty()) {
      std::cerr << "warning: " << l->file << ": " << l->rejections.size()
                << " rejected record(s) are not compared (see `sanctions lists info " << l->file
                << "`)\n";
    }
  }
  ListDiff d = DiffLists(*old_list, *new_list);
  if (args.json) {
    json j = ListDiffToJson(d, args.full);
    if (args.summary) {
      j.erase("added");
      j.erase("removed");
      j.erase("changed");
    }
    std::cout << Dump(j) << "\n";
  } else {
    PrintDiffText(d, args.summary);
  }
  return kExitOk;
}

// ---- lists add / remove / show ------------------------------------------------------

int RunAdd(const std::vector<std::string>& files) {
  Status st = AddConfiguredLists(files);
  if (!st.ok()) {
    std::string msg = st.message();
    for (char& c : msg) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    std::cerr << "error: " << msg << "\n";
    return kExitError;
  }
  for (const std::string& f : files) std::cout << "added " << f << "\n";
  std::cout << "configured lists: " << SanctionsHome() << "/lists.json\n";
  return kExitOk;
}

int RunRemove(const std::string& file) {
  Status st = RemoveConfiguredList(file);
  if (!st.ok()) {
    std::cerr << "error: " << st.message() << "\n";
    return kExitError;
  }
  std::cout << "removed " << file << "\n";
  return kExitOk;
}

int RunShow(bool as_json, bool check) {
  auto paths = ConfiguredLists();
  if (!paths.ok()) {
    std::cerr << "error: " << paths.status().message() << "\n";
    return kExitError;
  }
  // The stored facts (list, format, counts) come from lists.json itself.
  json stored = json::array();
  {
    auto bytes = ReadFile(SanctionsHome() + "/lists.json");
    if (bytes.ok()) {
      json j = json::parse(*bytes, nullptr, false);
      if (!j.is_discarded() && j.contains("lists")) stored = j["lists"];
    }
  }
  int exit_code = kExitOk;
  json out = json::array();
  for (const json& entry : stored) {
    json e = entry;
    if (check) {
      const std::string path = entry["path"].get<std::string>();
      auto data = LoadList(path);
      if (data.ok()) {
        e["status"] = "ok";
        e["current_entities"] = data->entities.size();
        e["current_published"] = data->published;
        e["current_sha256"] = data->sha256;
      } else {
        e["status"] = "error";
        e["error"] = ErrorNamingFile(path, data.status());
        std::cerr << "error: " << e["error"].get<std::string>() << "\n";
        exit_code = kExitError;
      }
    }
    out.push_back(std::move(e));
  }
  if (as_json) {
    std::cout << Dump(json{{"home", SanctionsHome()}, {"lists", out}}) << "\n";
    return exit_code;
  }
  if (out.empty()) {
    std::cout << "no lists configured; add one with `sanctions lists add FILE` (kept in "
              << SanctionsHome() << "/lists.json)\n";
    return exit_code;
  }
  for (const json& e : out) {
    std::cout << e.value("path", "") << "\n    " << e.value("list", "") << ", "
              << e.value("format", "") << ", published "
              << (e.value("published", "").empty() ? "(not stated)" : e.value("published", ""))
              << ", " << e.value("entities", size_t{0}) << " entities, added "
              << e.value("added", "") << "\n";
    if (check) {
      if (e.value("status", "") == "ok") {
        std::cout << "    now: ok, " << e.value("current_entities", size_t{0}) << " entities"
                  << (e.value("current_sha256", "") == e.value("sha256", "") ? ", unchanged"
                                                                             : ", file changed")
                  << "\n";
      } else {
        std::cout << "    now: error: " << e.value("error", "") << "\n";
      }
    }
  }
  return exit_code;
}

}  // namespace

void RegisterListsCommands(CLI::App& app, CliContext& ctx) {
  CLI::App* lists =
      app.add_subcommand("lists", "Inspect, compare and configure sanctions list files");
  lists->require_subcommand(1);

  auto info_args = std::make_shared<InfoArgs>();
  CLI::App* info = lists->add_subcommand(
      "info",
      "Per file: list, format, publication date, entity counts by type, names, "
      "identifiers, rejected records with reasons");
  info->add_option("FILE", info_args->files,
                   "List files (an OFAC CSV set by its sdn.csv / cons_prim.csv or folder)")
      ->required();
  info->add_flag("--json", info_args->json, "Print JSON: {\"lists\":[...]} (every rejection)");
  info->add_option("--format", info_args->format, "Force the format instead of detecting it")
      ->check(CLI::IsMember(SupportedFormats()));
  info->add_flag("--strict", info_args->strict, "Any rejected record fails the file (exit 2)");
  info->add_option("--list-name", info_args->list_name, "Name the list (e.g. for a user list)");
  info->add_option("--mapping", info_args->mapping,
                   "A user CSV's column mapping, e.g. \"id=Customer ID,name=Full name\" "
                   "(docs/user-lists.md); implies --format user_csv");
  info->add_option("--max-rejections", info_args->max_rejections,
                   "Rejected records shown per file in text mode")
      ->capture_default_str();
  info->callback([info_args, &ctx] { ctx.exit_code = RunInfo(*info_args); });

  auto diff_args = std::make_shared<DiffArgs>();
  CLI::App* diff = lists->add_subcommand(
      "diff",
      "Two versions of one list: entities added, removed and changed (which fields, "
      "old and new values), with counts by type and programme");
  diff->add_option("OLD", diff_args->old_file, "The older version")->required();
  diff->add_option("NEW", diff_args->new_file, "The newer version")->required();
  diff->add_flag("--json", diff_args->json, "Print JSON (docs/json.md, \"List diff\")");
  diff->add_flag("--full", diff_args->full, "JSON: whole added and removed entities");
  diff->add_flag("--summary", diff_args->summary, "Counts only, no per-entity lines");
  diff->add_option("--format", diff_args->format, "Force the format of both files")
      ->check(CLI::IsMember(SupportedFormats()));
  diff->callback([diff_args, &ctx] { ctx.exit_code = RunDiff(*diff_args); });

  auto add_files = std::make_shared<std::vector<std::string>>();
  CLI::App* add = lists->add_subcommand(
      "add",
      "Configure lists for screen, batch, scan and serve (each is loaded first; a list "
      "that fails to load is refused and nothing is saved)");
  add->add_option("FILE", *add_files, "List files or OFAC CSV folders")->required();
  add->callback([add_files, &ctx] { ctx.exit_code = RunAdd(*add_files); });

  auto remove_file = std::make_shared<std::string>();
  CLI::App* remove = lists->add_subcommand("remove", "Remove a configured list");
  remove->add_option("FILE", *remove_file, "The path as added")->required();
  remove->callback([remove_file, &ctx] { ctx.exit_code = RunRemove(*remove_file); });

  auto show_json = std::make_shared<bool>(false);
  auto show_check = std::make_shared<bool>(false);
  CLI::App* show = lists->add_subcommand("show", "The configured lists");
  show->add_flag("--json", *show_json, "Print JSON: {\"home\":...,\"lists\":[...]}");
  show->add_flag("--check", *show_check, "Load each list now and report whether it still loads");
  show->callback(
      [show_json, show_check, &ctx] { ctx.exit_code = RunShow(*show_json, *show_check); });
}

}  // namespace sanctions::cli
