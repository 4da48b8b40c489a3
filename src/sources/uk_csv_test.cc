// OFSI ConList.csv reader. Expected counts from an independent python3 parse (csv module,
// cp1252; groups by Group ID; the vessel rule of uk_csv.cc re-implemented): 9492 name rows,
// 2114 groups = 1523 Individual + 591 Entity, of which 26 Entity groups are ships named
// with a valid IMO ship number (TONG SAN 2, CHON MA SAN, ...) -> 1523 / 565 / 26.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kUk = std::string(SANCTIONS_SHARED_DIR) + "/lists/uk/";
const std::string kFixtures = std::string(SANCTIONS_TESTDATA_DIR) + "/uk/";
// grep -n ",13438" ofsi_conlist_2020-04-27.csv | head -1
constexpr uint32_t kKaimbiFirstLine = 5315;

// Loads once per file and test program: the real files are large and read-only.
const Result<ListData>& Load(const std::string& path) {
  static auto* cache = new std::map<std::string, Result<ListData>>();
  auto it = cache->find(path);
  if (it == cache->end()) {
    LoadOptions opts;
    opts.format = format::kUkCsv;
    it = cache->emplace(path, LoadList(path, opts)).first;
  }
  return it->second;
}

using test_util::Find;

std::vector<std::string> Names(const Entity& e) {
  std::vector<std::string> out;
  for (const Name& n : e.names) out.push_back(n.full);
  return out;
}

TEST(UkCsvTest, RealFileCounts) {
  const auto& r = Load(kUk + "ofsi_conlist_2020-04-27.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ListData& d = *r;
  EXPECT_EQ(d.list, "gb_ofsi");
  EXPECT_EQ(d.published, "2020-04-27");
  EXPECT_EQ(d.sha256.size(), 64u);
  EXPECT_EQ(d.entities.size(), 2114u);
  EXPECT_EQ(d.rejections.size(), 0u);
  std::map<EntityType, int> m;
  for (const Entity& e : d.entities) {
    ++m[e.type];
    ASSERT_FALSE(e.names.empty());
    EXPECT_EQ(e.names[0].kind, NameKind::kPrimary) << e.source_id;
  }
  EXPECT_EQ(m[EntityType::kPerson], 1523);
  EXPECT_EQ(m[EntityType::kOrganization], 565);
  EXPECT_EQ(m[EntityType::kVessel], 26);
}

TEST(UkCsvTest, GroupMergedFieldByField) {
  const auto& r = Load(kUk + "ofsi_conlist_2020-04-27.csv");
  ASSERT_TRUE(r.ok());
  const Entity* e = Find(*r, "13438");  // 12 rows: 6 names x 2 dates of birth
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "gb_ofsi:13438");
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(Names(*e), (std::vector<std::string>{
                           "Delphin KAIMBI", "Delphin Kasagwe KAHIMBI", "Delphin Kasagwe KAHIMI",
                           "Delphin Kahimbi KASANGWE", "Delphin Kahimbi Demba KASANGWE",
                           "Delphin Kayimbi Demba KASANGWE"}));
  EXPECT_EQ(e->names[0].parts, (std::vector<NamePart>{{"given", "Delphin"}, {"family", "KAIMBI"}}));
  EXPECT_EQ(e->names[1].kind, NameKind::kAka);
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1969, 1, 15}));
  EXPECT_EQ(e->birth_dates[1].from, (PartialDate{1969, 7, 15}));
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0], (Place{"Kiniezire/Goma, DRC", "CD"}));
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"CD"});
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, "passport");
  EXPECT_EQ(e->identifiers[0].value, "DB0006669");
  EXPECT_EQ(e->identifiers[0].note,
            "Diplomatic passport No: DB0006669 (valid 13.11.2013 until 12.11.2018)");
  EXPECT_EQ(e->listed_on.from, (PartialDate{2016, 12, 12}));
  EXPECT_EQ(e->source.line, kKaimbiFirstLine);  // first row of the group
}

TEST(UkCsvTest, SeveralNationalitiesInOneItem) {
  const auto& r = Load(kUk + "ofsi_conlist_2020-04-27.csv");
  ASSERT_TRUE(r.ok());
  const Entity* a = Find(*r, "13755");  // "Syrian, Turkish"
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->nationalities, (std::vector<std::string>{"SY", "TR"}));
  const Entity* b = Find(*r, "13461");  // "DRC and Belgian nationalities"
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->nationalities, (std::vector<std::string>{"CD", "BE"}));
}

TEST(UkCsvTest, VesselGroupWithImoAndMmsi) {
  const auto& r = Load(kUk + "ofsi_conlist_2020-04-27.csv");
  ASSERT_TRUE(r.ok());
  const Entity* e = Find(*r, "13556");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->names[0].full, "TONG SAN 2");
  EXPECT_EQ(e->type, EntityType::kVessel);
  ASSERT_EQ(e->identifiers.size(), 2u);
  EXPECT_EQ(e->identifiers[0], (Identifier{"imo", "8937675", "", ""}));
  EXPECT_EQ(e->identifiers[1], (Identifier{"mmsi", "445539000", "", ""}));
  const Entity* company = Find(*r, "13340");  // CHONG CHON GANG SHIPPING CO. LTD.
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->type, EntityType::kOrganization);
}

TEST(UkCsvTest, NonLatinNamesInLaterLayout) {
  const auto& r = Load(kUk + "ofsi_conlist_subset.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->entities.size(), 6u);
  EXPECT_EQ(r->rejections.size(), 0u);
  EXPECT_EQ(r->warnings.size(), 4u);  // four groups have no Prime Alias row
  const Entity* e = Find(*r, "13017");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->names.size(), 2u);
  EXPECT_EQ(e->names[0].full, "Igor Venediktovich PLOTNITSKII");
  EXPECT_EQ(e->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(e->names[1].full, "Игорь Венедиктович ПЛОТНИЦКИЙ");
  EXPECT_EQ(e->names[1].script, "Cyrl");
  EXPECT_EQ(e->names[1].language, "russian");
  EXPECT_EQ(e->birth_dates.size(), 3u);
  EXPECT_EQ(e->birth_places[0].country, "UA");
  const Entity* so = Find(*r, "11039");  // 14 rows, Prime Alias rows come after the AKAs
  ASSERT_NE(so, nullptr);
  EXPECT_EQ(Names(*so), (std::vector<std::string>{"Sang-kuk SO", "Sang Kuk SO"}));
  EXPECT_EQ(so->birth_dates.size(), 7u);  // 1932..1938, year only
  EXPECT_EQ(so->birth_dates[0].from, (PartialDate{1936, 0, 0}));
  const Entity* saeed = Find(*r, "9215");
  ASSERT_NE(saeed, nullptr);
  EXPECT_EQ(saeed->names[1].script, "Arab");
  ASSERT_EQ(saeed->identifiers.size(), 1u);
  EXPECT_EQ(saeed->identifiers[0].type, "national_id");
  EXPECT_EQ(saeed->identifiers[0].value, "3520025509842-7");
  EXPECT_EQ(saeed->identifiers[0].country, "PK");
  EXPECT_EQ(saeed->nationalities, std::vector<std::string>{"PK"});
  ASSERT_EQ(saeed->addresses.size(), 1u);
  EXPECT_EQ(saeed->addresses[0].country, "PK");
  EXPECT_EQ(saeed->addresses[0].postal_code, "123321");
}

TEST(UkCsvTest, FixtureRowWithoutGroupIdRejectedRestLoads) {
  const auto& r = Load(kFixtures + "bad_rows.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->published, "2024-01-02");
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].line, 5u);
  EXPECT_EQ(r->rejections[0].field, "Group ID");
  EXPECT_EQ(r->rejections[1].line, 7u);
  ASSERT_EQ(r->entities.size(), 2u);
  const Entity& m = r->entities[0];
  EXPECT_EQ(Names(m), (std::vector<std::string>{"Jürgen MÜLLER", "Juergen MUELLER"}));
  EXPECT_EQ(m.titles, std::vector<std::string>{"Dr"});
  EXPECT_EQ(m.nationalities, (std::vector<std::string>{"CH", "DE"}));
  ASSERT_EQ(m.identifiers.size(), 2u);
  EXPECT_EQ(m.identifiers[0].value, "X1234567");
  EXPECT_EQ(m.identifiers[0].country, "CH");
  EXPECT_EQ(m.identifiers[1].value, "C7654321");
  EXPECT_EQ(m.identifiers[1].country, "DE");
  EXPECT_EQ(m.birth_dates[0].from, (PartialDate{1970, 4, 0}));
  EXPECT_EQ(m.birth_places[0], (Place{"Zürich, Switzerland", "CH"}));
  EXPECT_EQ(r->entities[1].type, EntityType::kVessel);
}

TEST(UkCsvTest, TruncatedAndEmptyFail) {
  const auto& t = Load(kFixtures + "truncated.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated.csv"), std::string::npos);
  const auto& e = Load(kFixtures + "empty.csv");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty file"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
