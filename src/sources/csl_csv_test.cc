// US CSL reader. Expected counts from an independent python3 parse (csv module on the
// gzip stream; the empty-type legal-form rule of csl_csv.cc re-implemented):
//   consolidated_2022-05.csv.gz: 14160 rows = 5286 Individual + 4533 Entity + 433 Vessel
//     + 283 Aircraft + 3625 without type (1586 with a legal form -> organization, 2039
//     unknown); one exact duplicate row (CAP 15268, lines 1979-1980).
//   csl_subset_2023-11-30.csv: header repeated on line 2; last row cut mid-field;
//     4226 complete rows = 1124 Individual + 1060 Entity + 3 Vessel + 836 + 1203.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kCsl = std::string(SANCTIONS_SHARED_DIR) + "/lists/us_csl/";
const std::string kFixtures = std::string(SANCTIONS_TESTDATA_DIR) + "/csl/";

// Loads once per file and test program: the real files are large and read-only.
const Result<ListData>& Load(const std::string& path) {
  static auto* cache = new std::map<std::string, Result<ListData>>();
  auto it = cache->find(path);
  if (it == cache->end()) {
    LoadOptions opts;
    opts.format = format::kCslCsv;
    it = cache->emplace(path, LoadList(path, opts)).first;
  }
  return it->second;
}

using test_util::Find;

std::string Extra(const Entity& e, const std::string& label) {
  for (const auto& [l, v] : e.extra)
    if (l == label) return v;
  return "";
}

std::map<EntityType, int> CountTypes(const ListData& d) {
  std::map<EntityType, int> m;
  for (const Entity& e : d.entities) ++m[e.type];
  return m;
}

TEST(CslCsvTest, Counts2022FromGzip) {
  const auto& r = Load(kCsl + "consolidated_2022-05.csv.gz");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ListData& d = *r;
  EXPECT_EQ(d.list, "us_csl");
  EXPECT_EQ(d.sha256.size(), 64u);
  EXPECT_EQ(d.entities.size(), 14160u);
  EXPECT_EQ(d.rejections.size(), 0u);
  auto m = CountTypes(d);
  EXPECT_EQ(m[EntityType::kPerson], 5286);
  EXPECT_EQ(m[EntityType::kOrganization], 4533 + 1586);
  EXPECT_EQ(m[EntityType::kVessel], 433);
  EXPECT_EQ(m[EntityType::kAircraft], 283);
  EXPECT_EQ(m[EntityType::kUnknown], 2039);
  std::map<std::string, int> sub;
  std::set<std::string> ids;
  for (const Entity& e : d.entities) {
    ++sub[Extra(e, "csl_source")];
    ids.insert(e.id);
  }
  EXPECT_EQ(ids.size(), 14160u);
  // Per sub-list counts as in PROVENANCE.md.
  EXPECT_EQ(sub["SDN"], 10026);
  EXPECT_EQ(sub["EL"], 2001);
  EXPECT_EQ(sub["DTC"], 727);
  EXPECT_EQ(sub["DPL"], 462);
  EXPECT_EQ(sub["SSI"], 290);
  EXPECT_EQ(sub["UVL"], 201);
  EXPECT_EQ(sub["ISN"], 163);
  EXPECT_EQ(sub["PLC"], 78);
  EXPECT_EQ(sub["MEU"], 71);
  EXPECT_EQ(sub["CMIC"], 68);
  EXPECT_EQ(sub["CAP"], 53);
  EXPECT_EQ(sub["NS-MBS"], 17);
  EXPECT_EQ(sub["FSE"], 3);
  // The duplicate CAP row loads under a suffixed id, with a warning naming its line.
  ASSERT_NE(Find(d, "CAP:15268-2"), nullptr);
  EXPECT_EQ(Find(d, "CAP:15268-2")->source.line, 1980u);
}

TEST(CslCsvTest, VesselRowFieldByField) {
  const auto& r = Load(kCsl + "consolidated_2022-05.csv.gz");
  ASSERT_TRUE(r.ok());
  const Entity* e = Find(*r, "SDN:15052");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "us_csl:SDN:15052");
  EXPECT_EQ(e->source.line, 1150u);
  EXPECT_EQ(e->type, EntityType::kVessel);
  ASSERT_EQ(e->names.size(), 3u);
  EXPECT_EQ(e->names[0].full, "AMBER");
  EXPECT_EQ(e->names[1].full, "HARAZ");
  EXPECT_EQ(e->names[1].kind, NameKind::kAka);
  EXPECT_EQ(e->names[2].full, "FREEDOM");
  EXPECT_EQ(e->programs, std::vector<std::string>{"IRAN"});
  EXPECT_EQ(e->vessel.vessel_type, "Crude Oil Tanker");
  EXPECT_EQ(e->vessel.tonnage, "317356");
  EXPECT_EQ(e->vessel.grt, "163660");
  EXPECT_EQ(e->vessel.flag, "PA");
  EXPECT_EQ(e->vessel.flag_name, "Panama");
  ASSERT_EQ(e->identifiers.size(), 3u);
  EXPECT_EQ(e->identifiers[0], (Identifier{"call_sign", "5IM 597", "", ""}));
  EXPECT_EQ(e->identifiers[1],
            (Identifier{"imo", "9357406", "", "Vessel Registration Identification"}));
  EXPECT_EQ(e->identifiers[2], (Identifier{"mmsi", "677049700", "", ""}));
  ASSERT_EQ(e->links.size(), 1u);
  EXPECT_EQ(e->links[0].target_name, "NATIONAL IRANIAN TANKER COMPANY");
  EXPECT_EQ(e->sanctions_notes,
            std::vector<std::string>{
                "Additional Sanctions Information - Subject to Secondary Sanctions"});
  EXPECT_EQ(Extra(*e, "csl_source"), "SDN");
  EXPECT_EQ(Extra(*e, "entity_number"), "15052");
}

TEST(CslCsvTest, IndividualWithPassportDates) {
  const auto& r = Load(kFixtures + "repeated_header.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = Find(*r, "SDN:21944");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->names[0].full, "'ABBAS, Rim");
  EXPECT_EQ(e->positions,
            std::vector<std::string>{"Scientific Studies and Research Center Employee"});
  EXPECT_EQ(e->gender, "female");
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0],
            (Identifier{"passport", "K475336", "JO", "expires 2014-08-30; issued 2009-08-31"}));
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1973, 3, 25}));
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"SY"});
  ASSERT_EQ(e->addresses.size(), 1u);
  EXPECT_EQ(e->addresses[0].country, "SY");
}

TEST(CslCsvTest, RepeatedHeaderRejectedWithLine) {
  const auto& r = Load(kFixtures + "repeated_header.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].line, 3u);
  EXPECT_EQ(r->rejections[0].reason, "repeated header row");
  EXPECT_EQ(r->rejections[1].line, 5u);
  ASSERT_EQ(r->entities.size(), 3u);
  const Entity* acme = Find(*r, "EL:abc123");
  ASSERT_NE(acme, nullptr);
  EXPECT_EQ(acme->type, EntityType::kOrganization);
  EXPECT_EQ(acme->listed_on.from, (PartialDate{2020, 1, 2}));
  EXPECT_EQ(acme->addresses[0].country, "AE");
  const Entity* doe = Find(*r, "DPL:def456");
  ASSERT_NE(doe, nullptr);
  EXPECT_EQ(doe->type, EntityType::kUnknown);
}

TEST(CslCsvTest, RealSubsetWithRepeatedHeaderAndCutLastRow) {
  const auto& r = Load(kCsl + "csl_subset_2023-11-30.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].line, 2u);
  EXPECT_EQ(r->rejections[0].reason, "repeated header row");
  EXPECT_NE(r->rejections[1].reason.find("unterminated"), std::string::npos);
  EXPECT_EQ(r->entities.size(), 4226u);
  auto m = CountTypes(*r);
  EXPECT_EQ(m[EntityType::kPerson], 1124);
  EXPECT_EQ(m[EntityType::kOrganization], 1060 + 836);
  EXPECT_EQ(m[EntityType::kVessel], 3);
  EXPECT_EQ(m[EntityType::kUnknown], 1203);
}

TEST(CslCsvTest, TruncatedGzipAndEmptyFail) {
  const auto& t = Load(kFixtures + "truncated.csv.gz");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated.csv.gz"), std::string::npos);
  EXPECT_EQ(t.status().message().find('\n'), std::string::npos);
  const auto& e = Load(kFixtures + "empty.csv");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty file"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
