// CLI tests of `sanctions lists info|diff|add|remove|show`: they run the real binary
// (SANCTIONS_BINARY) on the real list files and on small fixtures, each test with its own
// temporary SANCTIONS_HOME.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Shared(const std::string& rel) {
  return std::string(SANCTIONS_SHARED_DIR) + "/lists/" + rel;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class ListsCli : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "sanctions-lists-cli-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    home_ = dir_ + "/home";
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Runs `sanctions ARGS...` with SANCTIONS_HOME set to this test's folder.
  RunResult Run(const std::vector<std::string>& args) {
    // Appended piece by piece (GCC 12 warns, wrongly, on some string sums).
    std::string cmd = "SANCTIONS_HOME=";
    cmd += Quote(home_);
    cmd += ' ';
    cmd += Quote(SANCTIONS_BINARY);
    for (const std::string& a : args) {
      cmd += ' ';
      cmd += Quote(a);
    }
    const std::string out_file = dir_ + "/stdout";
    const std::string err_file = dir_ + "/stderr";
    cmd += " >";
    cmd += Quote(out_file);
    cmd += " 2>";
    cmd += Quote(err_file);
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadAll(out_file);
    r.err = ReadAll(err_file);
    return r;
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = dir_ + "/" + name;
    fs::create_directories(fs::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::string dir_;
  std::string home_;
};

json ParseJson(const RunResult& r) {
  json j = json::parse(r.out, nullptr, false);
  EXPECT_FALSE(j.is_discarded()) << "not JSON: " << r.out.substr(0, 300) << "\nstderr: " << r.err;
  return j;
}

// ---- lists info ----

TEST_F(ListsCli, InfoJsonOnUnList) {
  RunResult r = Run({"lists", "info", "--json", Shared("un/consolidated_2026-02-27.xml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = ParseJson(r);
  ASSERT_EQ(j["lists"].size(), 1u);
  const json& l = j["lists"][0];
  EXPECT_EQ(l["list"], "un_sc");
  EXPECT_EQ(l["format"], "un_xml");
  EXPECT_EQ(l["file"], Shared("un/consolidated_2026-02-27.xml"));
  EXPECT_EQ(l["published"].get<std::string>().substr(0, 10), "2026-02-27");
  EXPECT_EQ(l["entities"], 1003);  // PROVENANCE.md: 730 INDIVIDUAL + 273 ENTITY
  EXPECT_EQ(l["types"]["person"], 730);
  EXPECT_EQ(l["types"]["organization"], 273);
  EXPECT_EQ(l["types"]["vessel"], 0);
  EXPECT_EQ(l["types"]["aircraft"], 0);
  EXPECT_EQ(l["types"]["unknown"], 0);
  EXPECT_GT(l["names"].get<int>(), 1003);
  EXPECT_GT(l["identifiers"].get<int>(), 0);
  EXPECT_TRUE(l["rejected"].is_number());
  EXPECT_EQ(l["sha256"].get<std::string>().size(), 64u);
}

TEST_F(ListsCli, InfoOfacSetByFolderBySdnCsvAndPartial) {
  // The 2021 set has 8976 SDN records (PROVENANCE.md); its companions are found beside it.
  for (const std::string& path :
       {Shared("ofac/csv_set_2021-07-07"), Shared("ofac/csv_set_2021-07-07/sdn.csv")}) {
    RunResult r = Run({"lists", "info", "--json", path});
    ASSERT_EQ(r.exit_code, 0) << path << ": " << r.err;
    json j = ParseJson(r);
    const json& l = j["lists"][0];
    EXPECT_EQ(l["format"], "ofac_csv") << path;
    EXPECT_EQ(l["list"], "us_ofac_sdn") << path;
    EXPECT_EQ(l["entities"], 8976) << path;
    EXPECT_EQ(l["files"].size(), 4u) << path;
  }
  // Consolidated (non-SDN) set named by cons_prim.csv: 442 records.
  RunResult c =
      Run({"lists", "info", "--json", Shared("ofac/consolidated_nonsdn_csv/cons_prim.csv")});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_EQ(ParseJson(c)["lists"][0]["entities"], 442);
}

TEST_F(ListsCli, InfoTextShowsCountsByType) {
  RunResult r = Run({"lists", "info", Shared("ofac/sdn_csv_2024-05-03/sdn.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("us_ofac_sdn"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("entities:    14965"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("vessel "), std::string::npos);
  EXPECT_NE(r.out.find("rejected:"), std::string::npos);
}

TEST_F(ListsCli, InfoSeveralFilesOneBroken) {
  std::string bad = Write("broken.xml", "<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS>");
  std::string missing = dir_ + "/missing.csv";
  RunResult r =
      Run({"lists", "info", "--json", Shared("un/consolidated_2018-10-29.xml"), bad, missing});
  EXPECT_EQ(r.exit_code, 2);
  json j = ParseJson(r);
  ASSERT_EQ(j["lists"].size(), 1u);  // the good file is still reported
  EXPECT_EQ(j["lists"][0]["entities"], 1093);
  ASSERT_EQ(j["errors"].size(), 2u);
  // One line per failed file on stderr, naming it.
  EXPECT_NE(r.err.find("broken.xml"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.csv"), std::string::npos) << r.err;
  size_t lines = std::count(r.err.begin(), r.err.end(), '\n');
  EXPECT_EQ(lines, 2u) << r.err;
}

TEST_F(ListsCli, InfoEmptyAndNotAListFail) {
  std::string empty = Write("empty.csv", "");
  std::string html = Write("page.xml", "<html><body>hello</body></html>");
  for (const std::string& f : {empty, html}) {
    RunResult r = Run({"lists", "info", f});
    EXPECT_EQ(r.exit_code, 2) << f;
    EXPECT_NE(r.err.find(fs::path(f).filename().string()), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
}

// A UK OFSI CSV with one good group and one row without a Group ID (rejected).
std::string UkWithBadRow() {
  return "Last Updated,27/04/2020\n"
         "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"
         "Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,"
         "Nationality,Passport Number,Passport Details,National Identification Number,"
         "NI Details,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,"
         "Post/Zip Code,Country,Other Information,Group Type,Alias Type,Alias Quality,Regime,"
         "Listed On,UK Sanctions List Date Designated,Last Updated,Group ID\n"
         "HOJATI,Mohsen,,,,,,,,,28/09/1955,,,,,,,,,,,,,,,,,,Individual,Prime Alias,,"
         "Iran (nuclear proliferation),24/03/2007,,27/06/2017,9053\n"
         "NOBODY,Nemo,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Prime Alias,,X,24/03/2007,,,\n";
}

TEST_F(ListsCli, InfoReportsRejectionsAndStrictFails) {
  std::string f = Write("uk.csv", UkWithBadRow());
  RunResult r = Run({"lists", "info", "--json", f});
  ASSERT_EQ(r.exit_code, 0) << r.err << r.out;
  json j = ParseJson(r);
  EXPECT_EQ(j["lists"][0]["entities"], 1);
  ASSERT_EQ(j["lists"][0]["rejected"], 1);
  ASSERT_EQ(j["lists"][0]["rejections"].size(), 1u);
  EXPECT_EQ(j["lists"][0]["rejections"][0]["line"], 4);
  EXPECT_FALSE(j["lists"][0]["rejections"][0]["reason"].get<std::string>().empty());

  RunResult text = Run({"lists", "info", f});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("rejected:    1"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("uk.csv:4"), std::string::npos) << text.out;

  RunResult strict = Run({"lists", "info", "--strict", f});
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_NE(strict.err.find("uk.csv"), std::string::npos) << strict.err;
  EXPECT_NE(strict.err.find("strict"), std::string::npos) << strict.err;
}

TEST_F(ListsCli, InfoFormatOverrideAndListName) {
  // Forcing the wrong format fails cleanly; --list-name renames the list.
  RunResult wrong =
      Run({"lists", "info", "--format", "ofac_xml", Shared("un/consolidated_2018-10-29.xml")});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("consolidated_2018-10-29.xml"), std::string::npos) << wrong.err;
  RunResult named = Run({"lists", "info", "--json", "--format", "un_xml", "--list-name", "my_un",
                         Shared("un/consolidated_2018-10-29.xml")});
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(ParseJson(named)["lists"][0]["list"], "my_un");
  RunResult unknown =
      Run({"lists", "info", "--format", "nope", Shared("un/consolidated_2018-10-29.xml")});
  EXPECT_EQ(unknown.exit_code, 2);
}

// ---- lists diff ----

TEST_F(ListsCli, DiffUnJson) {
  RunResult r = Run({"lists", "diff", "--json", Shared("un/consolidated_2018-10-29.xml"),
                     Shared("un/consolidated_2020-03-20.xml")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = ParseJson(r);
  // Independently computed from REFERENCE_NUMBER sets (src/model/diff_test.cc).
  EXPECT_EQ(j["summary"]["added"], 23);
  EXPECT_EQ(j["summary"]["removed"], 102);
  EXPECT_EQ(j["added"].size(), 23u);
  EXPECT_EQ(j["removed"].size(), 102u);
  EXPECT_EQ(j["changed"].size(), j["summary"]["changed"].get<size_t>());
  ASSERT_FALSE(j["changed"].empty());
  const json& c = j["changed"][0];
  EXPECT_FALSE(c["source_id"].get<std::string>().empty());
  ASSERT_FALSE(c["changes"].empty());
  EXPECT_TRUE(c["changes"][0].contains("field"));
}

TEST_F(ListsCli, DiffOfacTextSummary) {
  RunResult r = Run({"lists", "diff", "--summary", Shared("ofac/csv_set_2021-07-07/sdn.csv"),
                     Shared("ofac/sdn_csv_2024-05-03/sdn.csv")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 6870, removed 881"), std::string::npos) << r.out.substr(0, 800);
  EXPECT_NE(r.out.find("DPRK-programme vessels added: 0, removed: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("RUSSIA-programme vessels added: 223"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\n+ "), std::string::npos);  // --summary: no entity lines
}

TEST_F(ListsCli, DiffShowsFieldChangesInText) {
  std::string header =
      "Last Updated,27/04/2020\n"
      "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"
      "Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,"
      "Nationality,Passport Number,Passport Details,National Identification Number,"
      "NI Details,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,"
      "Post/Zip Code,Country,Other Information,Group Type,Alias Type,Alias Quality,Regime,"
      "Listed On,UK Sanctions List Date Designated,Last Updated,Group ID\n";
  std::string old_f = Write(
      "old.csv",
      header +
          "HOJATI,Mohsen,,,,,,,,,28/09/1955,,,,,,,,Head,,,,,,,,,,Individual,Prime Alias,,"
          "Iran,24/03/2007,,27/06/2017,9053\n"
          "GONE,Person,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Prime Alias,,Iran,24/03/2007,,,1\n");
  std::string new_f = Write(
      "new.csv",
      header +
          "HOJATI,Mohsen,,,,,,,,,28/09/1955,,,,,,,,Director,,,,,,,,,,Individual,Prime Alias,,"
          "Iran,24/03/2007,,27/06/2018,9053\n"
          "HOJATY,Mohsen,,,,,,,,,28/09/1955,,,,,,,,Director,,,,,,,,,,Individual,AKA,,"
          "Iran,24/03/2007,,27/06/2018,9053\n"
          "FRESH,Person,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Prime Alias,,Iran,24/03/2007,,,2\n");
  RunResult r = Run({"lists", "diff", old_f, new_f});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("added 1, removed 1, changed 1"), std::string::npos) << r.out;
  // The UK reader writes names as "Given FAMILY"; match the line starts and the names.
  EXPECT_NE(r.out.find("+ 2 person \""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FRESH"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("- 1 person \""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("~ 9053 person"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("names: + "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("HOJATY"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("positions: - Head"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("positions: + Director"), std::string::npos) << r.out;
}

TEST_F(ListsCli, DiffFailsOnBadFile) {
  std::string bad = Write("bad.xml", "<nope/>");
  RunResult r = Run({"lists", "diff", Shared("un/consolidated_2018-10-29.xml"), bad});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.xml"), std::string::npos) << r.err;
  RunResult usage = Run({"lists", "diff", Shared("un/consolidated_2018-10-29.xml")});
  EXPECT_EQ(usage.exit_code, 2);
}

// ---- lists add / remove / show ----

TEST_F(ListsCli, AddShowRemove) {
  RunResult none = Run({"lists", "show"});
  EXPECT_EQ(none.exit_code, 0);
  EXPECT_NE(none.out.find("sanctions lists add FILE"), std::string::npos) << none.out;

  const std::string un = Shared("un/consolidated_2026-02-27.xml");
  const std::string ofac = Shared("ofac/csv_set_2021-07-07");
  RunResult add = Run({"lists", "add", un, ofac});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  ASSERT_TRUE(fs::exists(home_ + "/lists.json"));
  // Adding the same path again is idempotent (also spelled with a trailing slash).
  ASSERT_EQ(Run({"lists", "add", un, ofac + "/"}).exit_code, 0);

  RunResult show = Run({"lists", "show", "--json"});
  ASSERT_EQ(show.exit_code, 0) << show.err;
  json j = ParseJson(show);
  ASSERT_EQ(j["lists"].size(), 2u) << show.out;
  EXPECT_EQ(j["lists"][0]["path"], fs::path(un).lexically_normal().string());
  EXPECT_EQ(j["lists"][0]["list"], "un_sc");
  EXPECT_EQ(j["lists"][0]["entities"], 1003);
  EXPECT_EQ(j["lists"][1]["format"], "ofac_csv");
  EXPECT_EQ(j["lists"][1]["entities"], 8976);

  RunResult check = Run({"lists", "show", "--check"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("now: ok, 1003 entities, unchanged"), std::string::npos) << check.out;

  RunResult rm = Run({"lists", "remove", un});
  ASSERT_EQ(rm.exit_code, 0) << rm.err;
  j = ParseJson(Run({"lists", "show", "--json"}));
  ASSERT_EQ(j["lists"].size(), 1u);
  EXPECT_EQ(j["lists"][0]["list"], "us_ofac_sdn");
  RunResult again = Run({"lists", "remove", un});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("not a configured list"), std::string::npos) << again.err;
}

TEST_F(ListsCli, AddRefusesABadListAndSavesNothing) {
  ASSERT_EQ(Run({"lists", "add", Shared("un/consolidated_2018-10-29.xml")}).exit_code, 0);
  const std::string before = ReadAll(home_ + "/lists.json");
  std::string bad = Write("bad.csv", "just some text\nnot a list\n");
  RunResult r = Run({"lists", "add", Shared("un/consolidated_2020-03-20.xml"), bad});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.csv"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing saved"), std::string::npos) << r.err;
  EXPECT_EQ(ReadAll(home_ + "/lists.json"), before);  // the good one was not added either
  // No temp file left behind.
  for (const auto& e : fs::directory_iterator(home_)) {
    EXPECT_EQ(e.path().filename(), "lists.json");
  }
}

TEST_F(ListsCli, CorruptConfigIsReported) {
  fs::create_directories(home_);
  std::ofstream(home_ + "/lists.json") << "{not json";
  RunResult r = Run({"lists", "show"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lists.json"), std::string::npos) << r.err;
}

TEST_F(ListsCli, HelpOnEveryListsCommand) {
  for (const char* sub : {"info", "diff", "add", "remove", "show"}) {
    RunResult r = Run({"lists", sub, "--help"});
    EXPECT_EQ(r.exit_code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub << ": " << r.out;
  }
}

}  // namespace

// ---- a user's own CSV list, with a column mapping given on the command line ----

TEST_F(ListsCli, InfoUserCsvWithMapping) {
  std::string csv = Write("customers.csv",
                          "Customer ID,Full name,Kind,IMO\n"
                          "C-1,Maria Example,person,\n"
                          "C-2,SEA EXAMPLE,vessel,9123456\n"
                          ",No Id,person,\n");
  RunResult r = Run({"lists", "info", "--json", "--list-name", "my_customers", "--mapping",
                     "id=Customer ID,name=Full name,type=Kind,imo=IMO", csv});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = ParseJson(r);
  ASSERT_EQ(j["lists"].size(), 1u);
  const json& l = j["lists"][0];
  EXPECT_EQ(l["format"], "user_csv");
  EXPECT_EQ(l["list"], "my_customers");
  EXPECT_EQ(l["entities"], 2);
  EXPECT_EQ(l["types"]["person"], 1);
  EXPECT_EQ(l["types"]["vessel"], 1);
  EXPECT_EQ(l["identifiers"], 1);
  EXPECT_EQ(l["rejected"], 1);  // the row without an id, reported with its line

  RunResult bad = Run({"lists", "info", "--mapping", "id=Customer ID,nonsense=X", csv});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("nonsense"), std::string::npos) << bad.err;
}
