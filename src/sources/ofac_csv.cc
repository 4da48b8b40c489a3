// OFAC legacy CSV sets: sdn.csv + add.csv + alt.csv + sdn_comments.csv (the SDN list) and
// cons_prim.csv + cons_add.csv + cons_alt.csv + cons_comments.csv (the consolidated
// non-SDN list). Layout: schemas/cons_dat_spec.txt (no header; "-0-" is null, often with a
// trailing space; the file ends with a 0x1A byte; remarks longer than 1000 characters
// continue, mid-word, in the comments file).
//
// Decisions:
// - `path` may be the main file, or a folder holding it. Companions are found beside it by
//   case-insensitive name. Any companion may be missing (a partial set); companions without
//   their main file are an error naming the missing file.
// - The files are Windows-1252. A file that is valid UTF-8 and contains non-ASCII bytes
//   was re-encoded by someone, and is read as UTF-8. A NUL byte means binary data: the file
//   is rejected as a whole (broken encoding).
// - The list id comes from the file name: cons_* -> us_ofac_cons, otherwise us_ofac_sdn.
// - SDN_Type "-0-" means an organisation (OFAC's "entity").
// - The Title column goes to Entity::positions (OFAC puts positions there: "Chairman of
//   the Workers' Party of Korea"; honorifics such as "Maulavi" are rare and indistinct).
// - The City/State/Postal column is one field in the file; it is kept whole in
//   Address::city rather than split by guesswork.
// - alt/add/comments rows naming an ent_num absent from the main file are warnings (the
//   row itself is well-formed; the set is partial or out of step), not rejections.
// - Entity::source.element is "ent_num=<n>"; line is the main file's line.
#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "sources/ofac_remarks.h"
#include "sources/reader.h"
#include "util/countries.h"
#include "util/csv.h"
#include "util/io.h"
#include "util/text.h"

namespace sanctions {

namespace {

namespace fs = std::filesystem;

struct SetFiles {
  std::string main;  // sdn.csv / cons_prim.csv ("" when missing)
  std::string add, alt, comments;
  bool consolidated = false;
};

// Finds `name` in `dir`, ignoring case. "" when absent.
std::string FindBeside(const fs::path& dir, std::string_view name) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    if (EqualsIgnoreCase(it->path().filename().string(), name)) return it->path().string();
  }
  return "";
}

Result<SetFiles> ResolveSet(const std::string& path) {
  std::error_code ec;
  SetFiles s;
  fs::path dir;
  if (fs::is_directory(path, ec)) {
    dir = path;
    s.main = FindBeside(dir, "sdn.csv");
    if (s.main.empty()) {
      s.main = FindBeside(dir, "cons_prim.csv");
      s.consolidated = !s.main.empty();
    }
    if (s.main.empty()) {
      bool cons = !FindBeside(dir, "cons_add.csv").empty() ||
                  !FindBeside(dir, "cons_alt.csv").empty() ||
                  !FindBeside(dir, "cons_comments.csv").empty();
      bool sdn = !FindBeside(dir, "add.csv").empty() || !FindBeside(dir, "alt.csv").empty() ||
                 !FindBeside(dir, "sdn_comments.csv").empty();
      if (cons || sdn) {
        return Status::Corruption(
            path + ": incomplete OFAC CSV set: " + (cons ? "cons_prim.csv" : "sdn.csv") +
            " is missing (only companion files are present)");
      }
      return Status::NotFound(path + ": no sdn.csv or cons_prim.csv in this folder");
    }
  } else {
    dir = fs::path(path).parent_path();
    if (dir.empty()) dir = ".";
    std::string base = AsciiLower(BaseName(path));
    for (std::string_view companion : {"add.csv", "alt.csv", "sdn_comments.csv"}) {
      if (base == companion) {
        return Status::Corruption(path + ": this is the OFAC companion file " +
                                  std::string(companion) +
                                  "; sdn.csv (the main file) is needed to load the set");
      }
    }
    for (std::string_view companion : {"cons_add.csv", "cons_alt.csv", "cons_comments.csv"}) {
      if (base == companion) {
        return Status::Corruption(path + ": this is the OFAC companion file " +
                                  std::string(companion) +
                                  "; cons_prim.csv (the main file) is needed to load the set");
      }
    }
    s.main = path;
    s.consolidated = base.starts_with("cons");
    // Companions only for the canonical names: another file name is a lone main file.
    if (base != "sdn.csv" && base != "cons_prim.csv") return s;
  }
  std::string prefix = s.consolidated ? "cons_" : "";
  s.add = FindBeside(dir, prefix + "add.csv");
  s.alt = FindBeside(dir, prefix + "alt.csv");
  s.comments = FindBeside(dir, s.consolidated ? "cons_comments.csv" : "sdn_comments.csv");
  return s;
}

// Reads a whole file and converts it to UTF-8; rejects empty or binary files.
Result<std::string> ReadText(const std::string& path, bool allow_empty,
                             std::string* sha256 = nullptr) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  std::string& b = *bytes;
  if (sha256 != nullptr) *sha256 = Sha256Hex(b);
  std::string_view body = b;
  while (!body.empty() && (body.back() == '\x1a' || body.back() == '\n' || body.back() == '\r' ||
                           body.back() == ' ')) {
    body.remove_suffix(1);
  }
  if (body.empty() && !allow_empty) return Status::Corruption(path + ": empty file");
  size_t nul = b.find('\0');
  if (nul != std::string::npos) {
    return Status::Corruption(path + ": broken encoding: NUL byte at offset " +
                              std::to_string(nul) + " (binary data, not an OFAC CSV file)");
  }
  bool ascii = std::all_of(b.begin(), b.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii || IsValidUtf8(StripBom(b))) return std::string(StripBom(b));
  return Cp1252ToUtf8(b);
}

// Field value: trimmed, "-0-" -> "".
std::string Field(const std::vector<std::string>& f, size_t i) {
  if (i >= f.size()) return "";
  std::string_view v = Trim(f[i]);
  if (v == "-0-") return "";
  return CollapseSpaces(v);
}

bool IsBlankRecord(const std::vector<std::string>& f) {
  for (const std::string& x : f) {
    std::string_view t = Trim(x);
    if (!t.empty() && t != "\x1a") return false;
  }
  return true;
}

bool ParseEntNum(std::string_view s, std::string* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 12) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  *out = std::string(s);
  return true;
}

struct MainRow {
  uint32_t line = 0;
  std::vector<std::string> fields;
  std::string remarks;  // raw, comments appended
};

// Iterates the records of a companion file, checking ent_num and the field count.
template <typename Fn>
Status ForEachRow(const std::string& path, size_t min_fields, ReadContext& ctx, Fn fn) {
  auto text = ReadText(path, /*allow_empty=*/true);
  if (!text.ok()) return text.status();
  ctx.out().files.push_back(path);
  CsvReader reader(*text);
  std::vector<std::string> f;
  while (reader.Next(&f)) {
    if (IsBlankRecord(f)) continue;
    uint32_t line = reader.record_line();
    if (reader.last_record_unterminated()) {
      return Status::Corruption(path + ": line " + std::to_string(line) +
                                ": unterminated quoted field (truncated file?)");
    }
    std::string ent;
    if (!ParseEntNum(f[0], &ent)) {
      ctx.Reject(path, line, "", "ent_num", "not a number: '" + TrimCopy(f[0]) + "'");
      continue;
    }
    if (f.size() < min_fields) {
      ctx.Reject(
          path, line, "ent_num=" + ent, "",
          "expected " + std::to_string(min_fields) + " fields, got " + std::to_string(f.size()));
      continue;
    }
    fn(ent, line, f);
  }
  return Status::Ok();
}

}  // namespace

Status ReadOfacCsv(const std::string& path, ReadContext& ctx) {
  auto set = ResolveSet(path);
  if (!set.ok()) return set.status();
  const SetFiles& s = *set;
  ListData& out = ctx.out();
  out.list = s.consolidated ? "us_ofac_cons" : "us_ofac_sdn";
  out.files.clear();

  auto text = ReadText(s.main, /*allow_empty=*/false, &out.sha256);
  if (!text.ok()) return text.status();
  out.files.push_back(s.main);

  // 1. Main rows, kept raw until the comments are appended.
  std::vector<MainRow> rows;
  std::unordered_map<std::string, size_t> by_ent;
  {
    CsvReader reader(*text);
    std::vector<std::string> f;
    while (reader.Next(&f)) {
      if (IsBlankRecord(f)) continue;
      uint32_t line = reader.record_line();
      if (reader.last_record_unterminated()) {
        return Status::Corruption(s.main + ": line " + std::to_string(line) +
                                  ": unterminated quoted field (truncated file?)");
      }
      std::string ent;
      // A header row added by a re-export ("ent_num,SDN_Name,...") is skipped.
      if (rows.empty() && by_ent.empty() && EqualsIgnoreCase(Trim(f[0]), "ent_num")) continue;
      if (!ParseEntNum(f[0], &ent)) {
        ctx.Reject(s.main, line, "", "ent_num", "not a number: '" + TrimCopy(f[0]) + "'");
        continue;
      }
      if (f.size() != 12) {
        ctx.Reject(s.main, line, "ent_num=" + ent, "",
                   "expected 12 fields, got " + std::to_string(f.size()));
        continue;
      }
      if (Field(f, 1).empty()) {
        ctx.Reject(s.main, line, "ent_num=" + ent, "SDN_Name", "empty name");
        continue;
      }
      if (by_ent.count(ent)) {
        ctx.Reject(s.main, line, "ent_num=" + ent, "ent_num", "duplicate ent_num " + ent);
        continue;
      }
      by_ent.emplace(ent, rows.size());
      MainRow r;
      r.line = line;
      // Raw (untrimmed): the comments file may continue it right after a space.
      if (Trim(f[11]) != "-0-") r.remarks = f[11];
      r.fields = std::move(f);
      rows.push_back(std::move(r));
      f.clear();
    }
  }

  // 2. Comments overflow: continues the remarks of the same ent_num, mid-word.
  if (!s.comments.empty()) {
    SANCTIONS_RETURN_IF_ERROR(
        ForEachRow(s.comments, 2, ctx, [&](const std::string& ent, uint32_t line, const auto& f) {
          auto it = by_ent.find(ent);
          if (it == by_ent.end()) {
            ctx.Warn(s.comments, line, "ent_num=" + ent,
                     "comment row for ent_num " + ent + " which is not in " + BaseName(s.main));
            return;
          }
          // The overflow continues the text exactly; "-0-" would be a null.
          if (Trim(f[1]) != "-0-") rows[it->second].remarks += f[1];
        }));
  }

  // 3. Entities.
  out.entities.reserve(out.entities.size() + rows.size());
  size_t first = out.entities.size();
  for (MainRow& r : rows) {
    const auto& f = r.fields;
    Entity e;
    e.list = out.list;
    e.source_id = TrimCopy(f[0]);
    e.id = MakeEntityId(e.list, e.source_id);
    std::string type = AsciiLower(Field(f, 2));
    if (type.empty()) {
      e.type = EntityType::kOrganization;
    } else if (auto t = ParseEntityType(type)) {
      e.type = *t;
    } else {
      ctx.Warn(s.main, r.line, "ent_num=" + e.source_id, "unknown SDN_Type '" + type + "'");
    }
    bool person = e.type == EntityType::kPerson;
    Name primary = MakeOfacName(Field(f, 1), NameKind::kPrimary, NameQuality::kStrong, person);
    primary.script = "Latn";
    e.names.push_back(std::move(primary));
    for (std::string& p : Split(Field(f, 3), ';')) {
      // Programs are written "[SDGT] [IRGC]" in some files and "SDGT] [IRGC" in others.
      std::string prog;
      for (char c : p) {
        if (c != '[' && c != ']') prog += c;
      }
      for (std::string& one : Split(prog, ' ')) {
        if (std::find(e.programs.begin(), e.programs.end(), one) == e.programs.end()) {
          e.programs.push_back(one);
        }
      }
    }
    if (std::string title = Field(f, 4); !title.empty()) e.positions.push_back(title);
    if (std::string cs = Field(f, 5); !cs.empty()) {
      e.identifiers.push_back(Identifier{std::string(id_type::kCallSign), cs, "", ""});
    }
    e.vessel.vessel_type = Field(f, 6);
    e.vessel.tonnage = Field(f, 7);
    e.vessel.grt = Field(f, 8);
    e.vessel.flag_name = Field(f, 9);
    e.vessel.flag = CountryCode(e.vessel.flag_name);
    e.vessel.owner_operator = Field(f, 10);
    std::string remarks = CollapseSpaces(r.remarks);
    if (remarks == "-0-") remarks.clear();
    ApplyOfacRemarks(remarks, &e);
    e.source.file = BaseName(s.main);
    e.source.line = r.line;
    e.source.element = "ent_num=" + e.source_id;
    out.entities.push_back(std::move(e));
  }
  // by_ent indexes rows; rows and entities are in the same order from `first`.

  // 4. Alternate names.
  if (!s.alt.empty()) {
    SANCTIONS_RETURN_IF_ERROR(
        ForEachRow(s.alt, 5, ctx, [&](const std::string& ent, uint32_t line, const auto& f) {
          auto it = by_ent.find(ent);
          if (it == by_ent.end()) {
            ctx.Warn(s.alt, line, "ent_num=" + ent,
                     "alias for ent_num " + ent + " which is not in " + BaseName(s.main));
            return;
          }
          std::string name = Field(f, 3);
          if (name.empty()) {
            ctx.Reject(s.alt, line, "ent_num=" + ent, "alt_name", "empty alias name");
            return;
          }
          Entity& e = out.entities[first + it->second];
          Name n = MakeOfacName(name, OfacNameKind(Field(f, 2)), NameQuality::kStrong,
                                e.type == EntityType::kPerson);
          n.script = "Latn";
          if (std::string rem = Field(f, 4); !rem.empty()) {
            e.extra.emplace_back("alias remarks", n.full + ": " + rem);
          }
          e.names.push_back(std::move(n));
        }));
  }

  // 5. Addresses.
  if (!s.add.empty()) {
    SANCTIONS_RETURN_IF_ERROR(
        ForEachRow(s.add, 6, ctx, [&](const std::string& ent, uint32_t line, const auto& f) {
          auto it = by_ent.find(ent);
          if (it == by_ent.end()) {
            ctx.Warn(s.add, line, "ent_num=" + ent,
                     "address for ent_num " + ent + " which is not in " + BaseName(s.main));
            return;
          }
          Address a;
          a.street = Field(f, 2);
          a.city = Field(f, 3);
          a.country_name = Field(f, 4);
          a.country = CountryCode(a.country_name);
          a.note = Field(f, 5);
          for (const std::string* part : {&a.street, &a.city, &a.country_name}) {
            if (part->empty()) continue;
            if (!a.full.empty()) a.full += ", ";
            a.full += *part;
          }
          if (a.full.empty() && a.note.empty()) return;  // an all-null row
          if (a.full.empty()) a.full = a.note;
          out.entities[first + it->second].addresses.push_back(std::move(a));
        }));
  }
  return Status::Ok();
}

}  // namespace sanctions
