// End-to-end tests of the screening commands: they run the REAL `sanctions` binary on
// small OFAC-format fixtures (tests/data/cli) and on the real shared lists.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <set>

#include "tests/cli/subprocess.h"

namespace sanctions::testing {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

const std::string kBinary = SANCTIONS_BINARY;
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/cli";
const std::string kFixture = kData + "/sdn.csv";
const std::string kSharedSdn =
    std::string(SANCTIONS_SHARED_DIR) + "/lists/ofac/sdn_csv_2024-05-03/sdn.csv";
const std::string kSharedUn =
    std::string(SANCTIONS_SHARED_DIR) + "/lists/un/consolidated_2026-02-27.xml";

class CliTest : public ::testing::Test {
 protected:
  // Runs `sanctions ARGS...` with an empty $SANCTIONS_HOME (no configured lists).
  ProcResult Run(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), kBinary);
    return RunProcess(args, input, {{"SANCTIONS_HOME", tmp_.path("home")}, {"HOME", tmp_.path()}});
  }
  TempDir tmp_;
};

// Code points of `s` from `begin` to `end` (for checking scan offsets).
std::string SubstrCodePoints(const std::string& s, size_t begin, size_t end) {
  size_t cp = 0, i = 0, b = std::string::npos, e = std::string::npos;
  for (; i <= s.size(); ++i) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cp == begin) b = i;
      if (cp == end) e = i;
      ++cp;
    }
  }
  if (b == std::string::npos || e == std::string::npos || e < b) return "";
  return s.substr(b, e - b);
}

// ---- screen -------------------------------------------------------------------------

TEST_F(CliTest, ScreenJsonHasTheDocumentedShape) {
  ProcResult r = Run({"screen", "--list", kFixture, "--json", "Kim Jong Un"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  ordered_json j = ordered_json::parse(r.out);
  std::vector<std::string> top;
  for (auto it = j.begin(); it != j.end(); ++it) top.push_back(it.key());
  EXPECT_EQ(top, (std::vector<std::string>{"query", "hits"}));
  EXPECT_EQ(j["query"]["name"], "Kim Jong Un");
  ASSERT_FALSE(j["hits"].empty());
  const ordered_json& hit = j["hits"][0];
  EXPECT_EQ(hit["list"], "us_ofac_sdn");
  EXPECT_EQ(hit["source_id"], "20157");
  EXPECT_EQ(hit["entity_id"], "us_ofac_sdn:20157");
  EXPECT_EQ(hit["name"], "KIM, Jong Un");
  EXPECT_EQ(hit["type"], "person");
  EXPECT_TRUE(hit["matched_name"].is_string());
  EXPECT_GE(hit["score"].get<double>(), 0.80);
  EXPECT_LE(hit["score"].get<double>(), 1.0);
  ASSERT_TRUE(hit["explanation"].is_object());
  EXPECT_TRUE(hit["explanation"]["summary"].is_string());
  EXPECT_TRUE(hit["explanation"]["tokens"].is_array());
  EXPECT_TRUE(hit["explanation"]["factors"].is_array());
  std::vector<std::string> keys;
  for (auto it = hit.begin(); it != hit.end(); ++it) keys.push_back(it.key());
  std::vector<std::string> expected_prefix = {"list",         "source_id", "entity_id", "name",
                                              "matched_name", "type",      "score"};
  ASSERT_GE(keys.size(), expected_prefix.size());
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 7), expected_prefix);
  // Kim Jong Un must not drag in other Kims above the threshold ahead of him.
  for (const auto& h : j["hits"]) EXPECT_LE(h["score"].get<double>(), hit["score"].get<double>());
}

TEST_F(CliTest, ScreenTextPrintsScoreAndReason) {
  ProcResult r = Run({"screen", "--list", kFixture, "KIM, Jong Un"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("KIM, Jong Un"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("us_ofac_sdn:20157"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("hit"), std::string::npos);
}

TEST_F(CliTest, ScreenWithoutHitExitsZero) {
  ProcResult r = Run({"screen", "--list", kFixture, "--json", "Maria Gonzalez Fernandez"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = json::parse(r.out);
  EXPECT_TRUE(j["hits"].empty());
  ProcResult text = Run({"screen", "--list", kFixture, "Maria Gonzalez Fernandez"});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("no hits"), std::string::npos);
}

TEST_F(CliTest, ScreenVesselByImo) {
  ProcResult r = Run({"screen", "--list", kFixture, "--json", "--type", "vessel", "--imo",
                      "8660313", "Morning Star"});
  ASSERT_EQ(r.exit_code, 1) << r.err << r.out;
  json j = json::parse(r.out);
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["source_id"], "23729");
  EXPECT_EQ(j["query"]["identifiers"][0]["type"], "imo");
}

TEST_F(CliTest, ScreenOnTheRealSdnList) {
  ProcResult r = Run({"screen", "--list", kSharedSdn, "--json", "--quiet", "Kim Jong-un"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  json j = json::parse(r.out);
  ASSERT_FALSE(j["hits"].empty());
  EXPECT_EQ(j["hits"][0]["entity_id"], "us_ofac_sdn:20157");
}

TEST_F(CliTest, ScreenLimitAndThreshold) {
  ProcResult r =
      Run({"screen", "--list", kFixture, "--json", "--threshold", "0", "--limit", "2", "Kim"});
  ASSERT_NE(r.exit_code, 2) << r.err;
  json j = json::parse(r.out);
  EXPECT_LE(j["hits"].size(), 2u);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  ProcResult no_name = Run({"screen", "--list", kFixture});
  EXPECT_EQ(no_name.exit_code, 2);
  EXPECT_NE(no_name.err.find("NAME"), std::string::npos) << no_name.err;
  EXPECT_EQ(Run({"screen", "--list", kFixture, "--threshold", "2", "x"}).exit_code, 2);
  EXPECT_EQ(Run({"screen", "--list", kFixture, "--type", "dragon", "x"}).exit_code, 2);
  EXPECT_EQ(Run({"screen", "--list", kFixture, "--id", "novalue", "x"}).exit_code, 2);
  EXPECT_EQ(Run({"screen", "--bogus-option", "x"}).exit_code, 2);
  ProcResult missing = Run({"screen", "--list", tmp_.path("nope.csv"), "x"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nope.csv"), std::string::npos) << missing.err;
}

TEST_F(CliTest, NoConfiguredListsSaysHowToAddOne) {
  ProcResult r = Run({"screen", "Kim Jong Un"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lists add"), std::string::npos) << r.err;
}

TEST_F(CliTest, HelpOnEveryCommand) {
  for (const char* cmd : {"screen", "batch", "compare", "scan", "serve"}) {
    ProcResult r = Run({cmd, "--help"});
    EXPECT_EQ(r.exit_code, 0) << cmd;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << cmd << ": " << r.out;
  }
  ProcResult screen = Run({"screen", "--help"});
  EXPECT_NE(screen.out.find("Exit codes"), std::string::npos);
}

// ---- batch --------------------------------------------------------------------------

TEST_F(CliTest, BatchCsvKeepsOrderPassesColumnsThroughAndReportsBadRows) {
  ProcResult r = Run({"batch", "--list", kFixture, "--threads", "2", kData + "/batch_input.csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;
  std::vector<std::string> ids;
  for (const std::string& line : lines) {
    ordered_json j = ordered_json::parse(line);
    ids.push_back(j["id"]);
    EXPECT_EQ(j.begin().key(), "id");
    EXPECT_TRUE(j["hits"].is_array());
    EXPECT_TRUE(j.contains("segment")) << line;
    if (j["id"] == "c-001") {
      ASSERT_FALSE(j["hits"].empty());
      EXPECT_EQ(j["hits"][0]["entity_id"], "us_ofac_sdn:20157");
      EXPECT_EQ(j["segment"], "retail");
    }
    if (j["id"] == "c-002") {
      EXPECT_TRUE(j["hits"].empty());
    }
    if (j["id"] == "c-005") {
      ASSERT_FALSE(j["hits"].empty());
      EXPECT_EQ(j["hits"][0]["source_id"], "23729");
    }
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"c-001", "c-002", "c-005", "c-007"}));
  // Bad rows: unknown type (line 4), empty name (line 5), extra field (line 7).
  EXPECT_NE(r.err.find("line 4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dragon"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 5"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 7"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 bad rows"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("7 records"), std::string::npos) << r.err;
}

TEST_F(CliTest, BatchJsonLinesFromStdinToFile) {
  std::string input = ReadAll(kData + "/batch_input.jsonl");
  std::string out = tmp_.path("out.jsonl");
  ProcResult r = Run({"batch", "--list", kFixture, "-", "-o", out}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty()) << "output goes to the file, not stdout";
  std::vector<std::string> lines = Lines(ReadAll(out));
  ASSERT_EQ(lines.size(), 3u);
  json first = json::parse(lines[0]);
  EXPECT_EQ(first["id"], 1);  // ids keep their JSON type
  EXPECT_EQ(first["note"], "keep me");
  EXPECT_EQ(first["hits"][0]["entity_id"], "us_ofac_sdn:20157");
  EXPECT_EQ(json::parse(lines[1])["id"], 2);
  json vessel = json::parse(lines[2]);
  EXPECT_EQ(vessel["id"], 4);
  ASSERT_FALSE(vessel["hits"].empty());
  EXPECT_EQ(vessel["hits"][0]["source_id"], "23729");
  EXPECT_NE(r.err.find("line 3: not valid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("line 6"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 bad rows"), std::string::npos) << r.err;
}

TEST_F(CliTest, BatchOrderHoldsAcrossThreadsAndChunks) {
  std::string csv = "id,name\n";
  const int n = 3000;
  for (int i = 0; i < n; ++i) {
    csv += std::to_string(i) + "," +
           (i % 7 == 0 ? "Kim Jong Un" : "Person Number " + std::to_string(i)) + "\n";
  }
  std::string in = tmp_.Write("many.csv", csv);
  ProcResult r = Run({"batch", "--list", kFixture, "--threads", "3", in});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    json j = json::parse(lines[i]);
    ASSERT_EQ(j["id"], std::to_string(i));
    if (i % 7 == 0) {
      EXPECT_FALSE(j["hits"].empty()) << i;
    }
  }
}

TEST_F(CliTest, BatchWithoutNameColumnIsAnInputError) {
  std::string in = tmp_.Write("bad.csv", "id,surname\n1,Kim\n");
  ProcResult r = Run({"batch", "--list", kFixture, in});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("name"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"batch", "--list", kFixture, tmp_.path("missing.csv")}).exit_code, 2);
}

TEST_F(CliTest, BatchHandlesQuotedNewlinesAndCrlf) {
  std::string in = tmp_.Write(
      "crlf.csv", "id,name,note\r\n1,\"Kim\r\nJong Un\",\"a, b\"\r\n2,Nobody Known,x\r\n");
  ProcResult r = Run({"batch", "--list", kFixture, in});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(json::parse(lines[0])["note"], "a, b");
  EXPECT_EQ(json::parse(lines[1])["id"], "2");
}

// ---- compare ------------------------------------------------------------------------

TEST_F(CliTest, CompareJson) {
  ProcResult r = Run({"compare", "--json", "--type", "person", "Kim Jong Un", "KIM, Jong Un"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ordered_json j = ordered_json::parse(r.out);
  EXPECT_EQ(j.begin().key(), "score");
  EXPECT_GE(j["score"].get<double>(), j["threshold"].get<double>());
  EXPECT_DOUBLE_EQ(j["threshold"].get<double>(), 0.80);
  EXPECT_TRUE(j["explanation"].is_object());
  ProcResult other = Run({"compare", "--json", "Vladimir Putin", "Maria Gonzalez"});
  ASSERT_EQ(other.exit_code, 0);
  EXPECT_LT(json::parse(other.out)["score"].get<double>(), 0.80);
  ProcResult text = Run({"compare", "Kim Jong Un", "KIM, Jong Un"});
  EXPECT_NE(text.out.find("score"), std::string::npos);
  EXPECT_NE(text.out.find("match"), std::string::npos);
  EXPECT_EQ(Run({"compare", "only one"}).exit_code, 2);
}

TEST_F(CliTest, ComparePairsAddsAScoreColumn) {
  std::string out = tmp_.path("scored.csv");
  ProcResult r = Run({"compare", "--pairs", kData + "/pairs.csv", "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(ReadAll(out));
  ASSERT_EQ(lines.size(), 5u) << ReadAll(out);
  EXPECT_EQ(lines[0], "case,name1,name2,schema,expected,score");
  for (size_t i = 1; i < lines.size(); ++i) {
    bool expected = lines[i].find(",true,") != std::string::npos;
    double score = std::stod(lines[i].substr(lines[i].rfind(',') + 1));
    EXPECT_GE(score, 0.0);
    EXPECT_LE(score, 1.0);
    if (expected) {
      EXPECT_GE(score, 0.80) << lines[i];
    } else {
      EXPECT_LT(score, 0.80) << lines[i];
    }
  }
  EXPECT_EQ(lines[1].rfind("a,Kim Jong Un,\"KIM, Jong Un\",Person,true,", 0), 0u) << lines[1];
  EXPECT_NE(r.err.find("line 5"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Spaceship"), std::string::npos) << r.err;
}

// ---- scan ---------------------------------------------------------------------------

void CheckNewsMentions(const std::string& text, const json& mentions) {
  bool kim = false;
  const std::set<std::string> allowed = {"us_ofac_sdn:20157", "us_ofac_sdn:21444",
                                         "us_ofac_sdn:23729"};
  const std::set<std::string> never = {
      "North Korea",   "North Korean",   "South Korean", "Korea",         "Japan",
      "United States", "China",          "Chinese",      "Russia",        "Cuba",
      "Seoul",         "Tokyo",          "Beijing",      "Yoon Suk Yeol", "Cho Tae-yul",
      "White House",   "United Nations", "the",          "party",         "Sunday"};
  for (const json& m : mentions) {
    std::string id = m["entity_id"];
    std::string matched = m["text"];
    EXPECT_EQ(never.count(matched), 0u) << "reported '" << matched << "' as " << id;
    EXPECT_EQ(SubstrCodePoints(text, m["begin"], m["end"]), matched) << "offsets of " << matched;
    EXPECT_EQ(
        text.substr(m["byte_begin"], m["byte_end"].get<size_t>() - m["byte_begin"].get<size_t>()),
        matched);
    if (id == "us_ofac_sdn:20157" && matched.find("Kim Jong") != std::string::npos) kim = true;
  }
  EXPECT_TRUE(kim) << "Kim Jong-un (SDN 20157) must be reported: " << mentions.dump(1);
  (void)allowed;
}

TEST_F(CliTest, ScanNewsReportsKimJongUnAndNothingSpurious) {
  std::string text = ReadAll(kData + "/news_north_korea.txt");
  ProcResult r = Run({"scan", "--list", kFixture, "--json", kData + "/news_north_korea.txt"});
  ASSERT_EQ(r.exit_code, 1) << r.err;
  json j = json::parse(r.out);
  ASSERT_TRUE(j["mentions"].is_array());
  CheckNewsMentions(text, j["mentions"]);
  // On the tiny fixture, only the three North Korean entries the story names may match.
  for (const json& m : j["mentions"]) {
    std::string id = m["entity_id"];
    EXPECT_TRUE(id == "us_ofac_sdn:20157" || id == "us_ofac_sdn:21444" || id == "us_ofac_sdn:23729")
        << "unexpected mention " << m.dump();
  }
}

TEST_F(CliTest, ScanOnTheRealListsFromStdin) {
  std::string text = ReadAll(kData + "/news_north_korea.txt");
  ProcResult r =
      Run({"scan", "--list", kSharedSdn, "--list", kSharedUn, "--json", "--quiet"}, text);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  json j = json::parse(r.out);
  CheckNewsMentions(text, j["mentions"]);
}

TEST_F(CliTest, ScanFindsNamesInOtherScriptsAndCases) {
  std::string text =
      "Talks stalled.\nNorth Korean leader 김정은 visited a factory; later KIM JONG UN's\n"
      "envoy met officials.";
  ProcResult r = Run({"scan", "--list", kFixture, "--json", "-"}, text);
  ASSERT_EQ(r.exit_code, 1) << r.err;
  json j = json::parse(r.out);
  std::set<std::string> found;
  for (const json& m : j["mentions"]) {
    EXPECT_EQ(m["entity_id"], "us_ofac_sdn:20157") << m.dump();
    EXPECT_EQ(SubstrCodePoints(text, m["begin"], m["end"]), m["text"]);
    found.insert(m["text"].get<std::string>());
  }
  EXPECT_EQ(found.count("김정은"), 1u) << r.out;
  EXPECT_EQ(found.count("KIM JONG UN"), 1u) << r.out;
}

TEST_F(CliTest, ScanTextWithoutListedNamesExitsZero) {
  ProcResult r = Run({"scan", "--list", kFixture, "-"},
                     "The weather in Paris was mild and the markets closed higher on Friday.\n");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("no listed entities"), std::string::npos);
}

}  // namespace
}  // namespace sanctions::testing
