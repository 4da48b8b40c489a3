// EU FSF XML reader on the two real subsets and small fixtures. Expected counts from an
// independent parse (python3 xml.etree, namespace http://eu.europa.ec/fpi/fsd/export):
// 7 sanctionEntity each, all subjectType "person"; 15 and 29 nameAlias (15 and 23
// distinct per entity).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kEu = std::string(SANCTIONS_SHARED_DIR) + "/lists/eu/";
const std::string kFixtures = std::string(SANCTIONS_TESTDATA_DIR) + "/eu/";

// Loads once per file and test program: the real files are large and read-only.
const Result<ListData>& Load(const std::string& path) {
  static auto* cache = new std::map<std::string, Result<ListData>>();
  auto it = cache->find(path);
  if (it == cache->end()) {
    LoadOptions opts;
    opts.format = format::kEuXml;
    it = cache->emplace(path, LoadList(path, opts)).first;
  }
  return it->second;
}

using test_util::Find;

TEST(EuXmlTest, SubsetCounts) {
  for (const char* f : {"fsf_xml_subset_sample_eu.xml", "fsf_xml_subset_sample_eu_sanctions.xml"}) {
    const auto& r = Load(kEu + f);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->entities.size(), 7u) << f;
    EXPECT_EQ(r->rejections.size(), 0u) << f;
    for (const Entity& e : r->entities) EXPECT_EQ(e.type, EntityType::kPerson);
    EXPECT_EQ(r->list, "eu_fsf");
    EXPECT_EQ(r->sha256.size(), 64u);
    EXPECT_EQ(r->published, "2020-04-15T15:29:22.497+02:00");
  }
  const auto& r = Load(kEu + "fsf_xml_subset_sample_eu_sanctions.xml");
  ASSERT_TRUE(r.ok());
  size_t names = 0;
  for (const Entity& e : r->entities) names += e.names.size();
  // 29 nameAlias, 23 distinct (name, language) pairs per entity (python3 set count):
  // logicalId 33 repeats three names under different regulations.
  EXPECT_EQ(names, 23u);
}

TEST(EuXmlTest, RepeatedLogicalIdLoadsWithWarning) {
  const auto& r = Load(kEu + "fsf_xml_subset_sample_eu.xml");
  ASSERT_TRUE(r.ok());
  const Entity* test = Find(*r, "5468-2");
  ASSERT_NE(test, nullptr);
  EXPECT_EQ(test->names[0].full, "TestOneWord");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].message.find("5468"), std::string::npos);
}

TEST(EuXmlTest, PersonFieldByField) {
  const auto& r = Load(kEu + "fsf_xml_subset_sample_eu.xml");
  ASSERT_TRUE(r.ok());
  const Entity* e = Find(*r, "927");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "eu_fsf:927");
  EXPECT_EQ(e->source.line, 119u);
  EXPECT_EQ(e->source.element, "/export/sanctionEntity[7]");
  ASSERT_EQ(e->names.size(), 1u);
  EXPECT_EQ(e->names[0].full, "Mohamed Ben Belkacem Aouadi");
  ASSERT_EQ(e->names[0].parts.size(), 3u);
  EXPECT_EQ(e->names[0].parts[0], (NamePart{"given", "Mohamed"}));
  EXPECT_EQ(e->names[0].parts[1], (NamePart{"middle", "Ben Belkacem"}));
  EXPECT_EQ(e->names[0].parts[2], (NamePart{"family", "Aouadi"}));
  EXPECT_EQ(e->programs, std::vector<std::string>{"TAQA"});
  EXPECT_EQ(e->citizenships, std::vector<std::string>{"TN"});
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1974, 12, 11}));
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0], (Place{"Tunis, TUNISIA", "TN"}));
  ASSERT_EQ(e->addresses.size(), 1u);
  EXPECT_EQ(e->addresses[0].street, "23 50th Street, Zehrouni");
  EXPECT_EQ(e->addresses[0].city, "Tunis");
  EXPECT_EQ(e->addresses[0].country, "TN");
  EXPECT_EQ(e->addresses[0].note, "Italian Fiscal Code: DAOMMD74T11Z352Z");
  ASSERT_EQ(e->identifiers.size(), 2u);
  EXPECT_EQ(e->identifiers[0],
            (Identifier{"national_id", "04643632", "TN", "National identification card"}));
  EXPECT_EQ(e->identifiers[1], (Identifier{"passport", "L191609", "TN", "National passport"}));
  EXPECT_TRUE(e->listed_on.empty());  // no designationDate on this record
}

TEST(EuXmlTest, AliasesCircaAndUnknownCountry) {
  const auto& r = Load(kEu + "fsf_xml_subset_sample_eu.xml");
  ASSERT_TRUE(r.ok());
  const Entity* e = Find(*r, "5295");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->names.size(), 5u);
  EXPECT_EQ(e->names[0].full, "Abid Hammadou");
  EXPECT_EQ(e->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(e->names[1].full, "Abdelhamid Abou Zeid");
  EXPECT_EQ(e->names[1].kind, NameKind::kAka);
  EXPECT_EQ(e->listed_on.from, (PartialDate{2008, 7, 3}));
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].from, (PartialDate{1965, 12, 12}));
  EXPECT_FALSE(e->birth_dates[0].circa);
  EXPECT_EQ(e->birth_dates[1].from, (PartialDate{1958, 0, 0}));
  EXPECT_TRUE(e->birth_dates[1].circa);
  EXPECT_EQ(e->citizenships, std::vector<std::string>{"DZ"});
  // Passport with countryIso2Code "00" (UNKNOWN): no country.
  const Entity* khalid = Find(*r, "191");
  ASSERT_NE(khalid, nullptr);
  ASSERT_EQ(khalid->identifiers.size(), 1u);
  EXPECT_EQ(khalid->identifiers[0].type, "passport");
  EXPECT_EQ(khalid->identifiers[0].value, "488555");
  EXPECT_EQ(khalid->identifiers[0].country, "");
}

TEST(EuXmlTest, FixturePrefixedNamespaceAndBadRecords) {
  const auto& r = Load(kFixtures + "bad_records.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].field, "logicalId");
  EXPECT_EQ(r->rejections[0].line, 3u);
  EXPECT_EQ(r->rejections[1].field, "nameAlias");
  EXPECT_EQ(r->rejections[1].element, "/export/sanctionEntity[3]");
  ASSERT_EQ(r->entities.size(), 1u);
  const Entity& e = r->entities[0];
  EXPECT_EQ(e.type, EntityType::kOrganization);
  EXPECT_EQ(e.programs, std::vector<std::string>{"PRK"});
  ASSERT_EQ(e.names.size(), 2u);
  EXPECT_EQ(e.names[1].quality, NameQuality::kWeak);
  EXPECT_EQ(e.names[1].language, "en");
  ASSERT_EQ(e.identifiers.size(), 1u);
  EXPECT_EQ(e.identifiers[0], (Identifier{"swift_bic", "KTTC123", "KP", "SWIFT BIC; knownFalse"}));
  ASSERT_EQ(e.addresses.size(), 1u);
  EXPECT_EQ(e.addresses[0].country, "KP");  // "00" resolved from "Korea, North"
  EXPECT_EQ(e.addresses[0].street, "Central District, PO Box 12");
  EXPECT_EQ(e.emails, std::vector<std::string>{"info@kttc.example"});
  EXPECT_EQ(e.phones, std::vector<std::string>{"+850 2 123"});
  ASSERT_EQ(e.birth_dates.size(), 1u);
  EXPECT_EQ(e.birth_dates[0].from.year, 1960);
  EXPECT_EQ(e.birth_dates[0].to.year, 1962);
  EXPECT_TRUE(e.birth_dates[0].circa);
}

TEST(EuXmlTest, TruncatedIsCorruption) {
  const auto& r = Load(kFixtures + "truncated.xml");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("truncated.xml"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
