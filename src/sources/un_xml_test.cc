// UN consolidated XML reader on the three real files and small fixtures.
// Expected counts come from an independent parse (python3 xml.etree):
//   for f in un/*.xml: count INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY;
//   entities whose comments name an IMO number: 2018: 3, 2020: 3, 2026: 16 (none a ship:
//   see the vessel rule in un_xml.cc).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kUn = std::string(SANCTIONS_SHARED_DIR) + "/lists/un/";
const std::string kFixtures = std::string(SANCTIONS_TESTDATA_DIR) + "/un/";

// Loads once per file and test program: the real files are large and read-only.
const ListData& Load(const std::string& path) {
  static auto* cache = new std::map<std::string, ListData>();
  auto it = cache->find(path);
  if (it == cache->end()) {
    LoadOptions opts;
    opts.format = format::kUnXml;
    auto r = LoadList(path, opts);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    it = cache->emplace(path, r.ok() ? std::move(r).value() : ListData{}).first;
  }
  return it->second;
}

std::map<EntityType, int> CountTypes(const ListData& d) {
  std::map<EntityType, int> m;
  for (const Entity& e : d.entities) ++m[e.type];
  return m;
}

using test_util::Find;

int CountImoEntities(const ListData& d) {
  int n = 0;
  for (const Entity& e : d.entities) {
    for (const Identifier& id : e.identifiers) {
      if (id.type == "imo") {
        ++n;
        break;
      }
    }
  }
  return n;
}

TEST(UnXmlTest, Counts2018) {
  const ListData& d = Load(kUn + "consolidated_2018-10-29.xml");
  auto m = CountTypes(d);
  EXPECT_EQ(m[EntityType::kPerson], 703);
  EXPECT_EQ(m[EntityType::kOrganization], 390);
  EXPECT_EQ(m[EntityType::kVessel], 0);
  EXPECT_EQ(d.entities.size(), 1093u);
  EXPECT_EQ(d.rejections.size(), 0u);
  EXPECT_EQ(d.list, "un_sc");
  EXPECT_EQ(d.published, "2018-10-29T19:09:49.856-04:00");
  EXPECT_EQ(CountImoEntities(d), 3);
}

TEST(UnXmlTest, Counts2020) {
  const ListData& d = Load(kUn + "consolidated_2020-03-20.xml");
  auto m = CountTypes(d);
  EXPECT_EQ(m[EntityType::kPerson], 709);
  EXPECT_EQ(m[EntityType::kOrganization], 305);
  EXPECT_EQ(m[EntityType::kVessel], 0);
  EXPECT_EQ(d.rejections.size(), 0u);
  EXPECT_EQ(d.published, "2020-03-20T19:09:21.822-04:00");
  EXPECT_EQ(CountImoEntities(d), 3);
}

TEST(UnXmlTest, Counts2026AndScripts) {
  const ListData& d = Load(kUn + "consolidated_2026-02-27.xml");
  auto m = CountTypes(d);
  EXPECT_EQ(m[EntityType::kPerson], 730);
  EXPECT_EQ(m[EntityType::kOrganization], 273);
  EXPECT_EQ(m[EntityType::kVessel], 0);
  EXPECT_EQ(d.rejections.size(), 0u);
  EXPECT_EQ(d.published, "2026-02-27T00:00:09.554Z");
  EXPECT_EQ(d.sha256.size(), 64u);
  EXPECT_EQ(CountImoEntities(d), 16);
  // NAME_ORIGINAL_SCRIPT: 378 records, 366 Arabic, 11 Cyrillic, 1 Latin (PROVENANCE.md,
  // eval/un_original_script_pairs_2026-02-27.csv).
  std::map<std::string, int> scripts;
  for (const Entity& e : d.entities) {
    ASSERT_FALSE(e.names.empty());
    EXPECT_EQ(e.id, "un_sc:" + e.source_id);
    EXPECT_EQ(e.source.file, "consolidated_2026-02-27.xml");
    EXPECT_GT(e.source.line, 0u);
    if (e.names.size() > 1 && e.names[1].kind == NameKind::kPrimary) ++scripts[e.names[1].script];
  }
  EXPECT_EQ(scripts["Arab"], 366);
  EXPECT_EQ(scripts["Cyrl"], 11);
  // The one Latin "original script" name (QDe.164) equals the primary name: not repeated.
  EXPECT_EQ(scripts["Latn"], 0);
  const Entity* jad = Find(d, "QDe.164");
  ASSERT_NE(jad, nullptr);
  EXPECT_EQ(jad->names[0].full, "JAMAAH ANSHARUT DAULAH");
  for (size_t i = 1; i < jad->names.size(); ++i) EXPECT_NE(jad->names[i].full, jad->names[0].full);
}

TEST(UnXmlTest, DprkIndividualFieldByField) {
  const ListData& d = Load(kUn + "consolidated_2026-02-27.xml");
  const Entity* e = Find(d, "KPi.006");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->id, "un_sc:KPi.006");
  ASSERT_EQ(e->names.size(), 3u);
  EXPECT_EQ(e->names[0].full, "PAEK CHANG-HO");
  ASSERT_EQ(e->names[0].parts.size(), 2u);
  EXPECT_EQ(e->names[0].parts[0], (NamePart{"first", "PAEK"}));
  EXPECT_EQ(e->names[0].parts[1], (NamePart{"second", "CHANG-HO"}));
  EXPECT_EQ(e->names[0].script, "Latn");
  EXPECT_EQ(e->names[1].full, "Pak Chang-Ho");
  EXPECT_EQ(e->names[1].kind, NameKind::kAka);
  EXPECT_EQ(e->names[1].quality, NameQuality::kStrong);
  EXPECT_EQ(e->names[2].full, "Paek Ch'ang-Ho");
  EXPECT_EQ(e->programs, std::vector<std::string>{"DPRK"});
  EXPECT_EQ(e->listed_on.from, (PartialDate{2013, 1, 22}));
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"KP"});
  ASSERT_EQ(e->positions.size(), 1u);
  EXPECT_EQ(e->positions[0],
            "Senior official and head of the satellite control center of Korean Committee for "
            "Space Technology");
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1964, 6, 18}));
  EXPECT_FALSE(e->birth_dates[0].circa);
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].text, "Kaesong, Democratic People's Republic of Korea");
  EXPECT_EQ(e->birth_places[0].country, "KP");
  // One passport listed three times (French, Spanish, English labels) -> one identifier.
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, "passport");
  EXPECT_EQ(e->identifiers[0].value, "381420754");
  EXPECT_EQ(e->identifiers[0].note, "issued 2011-12-07; Expires on 7 Dec. 2016");
  EXPECT_TRUE(e->addresses.empty());  // <COUNTRY /> only
  EXPECT_GT(e->source.line, 1u);
  EXPECT_EQ(e->source.element.rfind("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[", 0), 0u);
}

TEST(UnXmlTest, OriginalScriptName) {
  const ListData& d = Load(kUn + "consolidated_2026-02-27.xml");
  const Entity* e = Find(d, "IQi.001");
  ASSERT_NE(e, nullptr);
  ASSERT_GE(e->names.size(), 3u);
  EXPECT_EQ(e->names[0].full, "SADDAM HUSSEIN AL-TIKRITI");
  EXPECT_EQ(e->names[1].full, "صدام حسين التكريتي");
  EXPECT_EQ(e->names[1].script, "Arab");
  EXPECT_EQ(e->names[1].kind, NameKind::kPrimary);
  EXPECT_EQ(e->names[2].full, "Abu Ali");
  EXPECT_EQ(e->names[2].quality, NameQuality::kLow);
  EXPECT_EQ(e->nationalities, std::vector<std::string>{"IQ"});
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1937, 4, 28}));
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].country, "IQ");
}

TEST(UnXmlTest, ShippingCompanyWithImoCompanyNumberStaysOrganization) {
  const ListData& d = Load(kUn + "consolidated_2026-02-27.xml");
  const Entity* e = Find(d, "KPe.056");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kOrganization);
  EXPECT_EQ(e->names[0].full, "CHONMYONG SHIPPING CO");
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0].type, "imo");
  EXPECT_EQ(e->identifiers[0].value, "5571322");
  const Entity* omm = Find(d, "KPe.020");
  ASSERT_NE(omm, nullptr);
  EXPECT_EQ(omm->type, EntityType::kOrganization);
  ASSERT_EQ(omm->identifiers.size(), 1u);
  EXPECT_EQ(omm->identifiers[0].value, "1790183");
}

TEST(UnXmlTest, FixtureRejectsMissingReferenceAndReadsRangesAndVessel) {
  const ListData& d = Load(kFixtures + "bad_records.xml");
  ASSERT_EQ(d.rejections.size(), 1u);
  EXPECT_EQ(d.rejections[0].field, "REFERENCE_NUMBER");
  EXPECT_EQ(d.rejections[0].line, 4u);
  EXPECT_EQ(d.rejections[0].element, "/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]");
  ASSERT_EQ(d.entities.size(), 2u);
  const Entity& kim = d.entities[0];
  ASSERT_EQ(kim.birth_dates.size(), 2u);
  EXPECT_EQ(kim.birth_dates[0].from.year, 1964);
  EXPECT_EQ(kim.birth_dates[0].to.year, 1966);
  EXPECT_EQ(kim.birth_dates[0].text, "1964 to 1966");
  EXPECT_EQ(kim.birth_dates[1].from.year, 1965);
  EXPECT_TRUE(kim.birth_dates[1].circa);
  const Entity& ship = d.entities[1];
  EXPECT_EQ(ship.type, EntityType::kVessel);
  ASSERT_EQ(ship.identifiers.size(), 1u);
  EXPECT_EQ(ship.identifiers[0], (Identifier{"imo", "8660313", "", ""}));
}

TEST(UnXmlTest, TruncatedFileIsCorruptionNamingTheFile) {
  LoadOptions opts;
  opts.format = format::kUnXml;
  auto r = LoadList(kFixtures + "truncated.xml", opts);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("truncated.xml"), std::string::npos);
  EXPECT_NE(r.status().message().find("malformed XML"), std::string::npos);
  EXPECT_EQ(r.status().message().find('\n'), std::string::npos);
}

// Found by fuzz_un_xml: pugixml passes invalid UTF-8 through; the reader must not.
TEST(UnXmlTest, BrokenEncodingIsCorruption) {
  LoadOptions opts;
  opts.format = format::kUnXml;
  auto r = LoadList(kFixtures + "bad_utf8.xml", opts);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("bad_utf8.xml: line 3: broken encoding"), std::string::npos)
      << r.status().message();
}

TEST(UnXmlTest, EmptyAndForeignFilesFail) {
  LoadOptions opts;
  opts.format = format::kUnXml;
  auto empty = LoadList(kFixtures + "empty.xml", opts);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty file"), std::string::npos);
  auto other = LoadList(kFixtures + "not_un.xml", opts);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("not a UN consolidated list"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
