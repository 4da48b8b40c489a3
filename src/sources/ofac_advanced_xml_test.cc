// OFAC advanced XML reader (streaming, expat) on the real cons_advanced.xml and fixtures.
// Expected counts from Python xml.etree: 375 DistinctParty = 293 Entity + 82 Individual;
// 1290 DocumentedName (375 primary, 884 strong aliases, 31 LowQuality); 276 relationships.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "sanctions/list.h"
#include "util/text.h"

namespace sanctions {
namespace {

const std::string kOfac = std::string(SANCTIONS_SHARED_DIR) + "/lists/ofac/";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ofac/advanced/";

Result<ListData> Load(const std::string& path, const char* fmt = format::kOfacAdvancedXml) {
  LoadOptions o;
  o.format = fmt;
  return LoadList(path, o);
}

const Entity* Find(const ListData& d, std::string_view source_id) {
  for (const Entity& e : d.entities) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

const Result<ListData>& ConsAdvanced() {
  static const Result<ListData> r =
      Load(kOfac + "consolidated_nonsdn_advanced_xml_2020-03-17/cons_advanced.xml");
  return r;
}

TEST(OfacAdvancedXml, RealFileCounts) {
  const auto& r = ConsAdvanced();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_cons");
  EXPECT_EQ(r->published, "2020-03-17");
  EXPECT_EQ(r->entities.size(), 375u);
  EXPECT_TRUE(r->rejections.empty());
  EXPECT_EQ(r->sha256.size(), 64u);
  std::map<EntityType, int> types;
  size_t primary = 0, strong = 0, weak = 0, links = 0;
  for (const Entity& e : r->entities) {
    ++types[e.type];
    for (const Name& n : e.names) {
      if (n.kind == NameKind::kPrimary)
        ++primary;
      else
        (n.quality == NameQuality::kWeak ? weak : strong)++;
      EXPECT_EQ(n.script, "Latn");
    }
    ASSERT_FALSE(e.names.empty());
    EXPECT_EQ(e.names[0].kind, NameKind::kPrimary);
    links += e.links.size();
  }
  EXPECT_EQ(types[EntityType::kOrganization], 293);
  EXPECT_EQ(types[EntityType::kPerson], 82);
  EXPECT_EQ(primary, 375u);
  EXPECT_EQ(strong, 884u);
  EXPECT_EQ(weak, 31u);
  EXPECT_EQ(links, 276u);
}

TEST(OfacAdvancedXml, HaniyaFieldByField) {
  const auto& r = ConsAdvanced();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = Find(*r, "9639");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->names[0].full, "HANIYA, Ismail Abdul Salah");
  ASSERT_EQ(e->names[0].parts.size(), 2u);
  EXPECT_EQ(e->names[0].parts[0], (NamePart{"family", "HANIYA"}));
  EXPECT_EQ(e->names[0].parts[1], (NamePart{"given", "Ismail Abdul Salah"}));
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from.ToString(), "1962");  // 1962-01-01 .. 1962-12-31
  EXPECT_TRUE(e->birth_dates[0].to.empty());
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].text, "Shati");
  EXPECT_EQ(e->programs, std::vector<std::string>{"NS-PLC"});
  EXPECT_EQ(e->listed_on.from.ToString(), "2006-04-12");  // earliest EntryEvent
}

// cons_advanced.xml and consolidated.xml of 2020-03-17 are one publication in two formats.
TEST(OfacAdvancedXml, SameEntriesAsClassicXmlOfTheSameDay) {
  const auto& adv = ConsAdvanced();
  ASSERT_TRUE(adv.ok());
  auto classic =
      Load(kOfac + "consolidated_nonsdn_xml_2020-03-17/consolidated.xml", format::kOfacXml);
  ASSERT_TRUE(classic.ok()) << classic.status().ToString();
  std::map<std::string, const Entity*> a, c;
  for (const Entity& e : adv->entities) a[e.source_id] = &e;
  for (const Entity& e : classic->entities) c[e.source_id] = &e;
  ASSERT_EQ(a.size(), 375u);
  ASSERT_EQ(c.size(), 375u);
  size_t exact_names = 0, same_names = 0, same_type = 0, same_programs = 0, same_alias_count = 0;
  for (const auto& [id, e] : a) {
    auto it = c.find(id);
    ASSERT_NE(it, c.end()) << id;
    // The advanced file writes 12 primary names in mixed case where the classic file has
    // upper case ("Vnesheconombank" / "VNESHECONOMBANK"): the same name otherwise.
    exact_names += e->names[0].full == it->second->names[0].full;
    same_names += AsciiUpper(e->names[0].full) == AsciiUpper(it->second->names[0].full);
    EXPECT_EQ(AsciiUpper(e->names[0].full), AsciiUpper(it->second->names[0].full)) << id;
    same_type += e->type == it->second->type;
    same_programs += std::set(e->programs.begin(), e->programs.end()) ==
                     std::set(it->second->programs.begin(), it->second->programs.end());
    same_alias_count += e->names.size() == it->second->names.size();
  }
  EXPECT_EQ(same_names, 375u);
  EXPECT_EQ(exact_names, 375u - 12u);
  EXPECT_EQ(same_type, 375u);
  EXPECT_EQ(same_programs, 375u);
  EXPECT_EQ(same_alias_count, 375u);
}

TEST(OfacAdvancedXml, FixtureOriginalScriptFeaturesDocumentsRelations) {
  auto r = Load(kData + "small_advanced.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_sdn");
  EXPECT_EQ(r->published, "2024-05-03");
  ASSERT_EQ(r->entities.size(), 2u);
  ASSERT_EQ(r->rejections.size(), 1u);  // party 3003 has no name
  EXPECT_EQ(r->rejections[0].element, "/Sanctions/DistinctParties/DistinctParty[3]");
  const Entity& p = r->entities[0];
  EXPECT_EQ(p.type, EntityType::kPerson);
  ASSERT_EQ(p.names.size(), 3u);
  EXPECT_EQ(p.names[0].full, "IVANOV, Ivan");
  EXPECT_EQ(p.names[0].script, "Latn");
  EXPECT_EQ(p.names[1].full, "ИВАНОВ Иван");
  EXPECT_EQ(p.names[1].script, "Cyrl");
  EXPECT_EQ(p.names[1].kind, NameKind::kPrimary);
  EXPECT_EQ(p.names[1].parts[0], (NamePart{"family", "ИВАНОВ"}));
  EXPECT_EQ(p.names[2].full, "VANYA");
  EXPECT_EQ(p.names[2].kind, NameKind::kAka);
  EXPECT_EQ(p.names[2].quality, NameQuality::kWeak);
  ASSERT_EQ(p.birth_dates.size(), 2u);
  EXPECT_EQ(p.birth_dates[0].from.ToString(), "1964");
  EXPECT_EQ(p.birth_dates[0].to.ToString(), "1966");
  EXPECT_TRUE(p.birth_dates[0].circa);
  EXPECT_EQ(p.birth_dates[1].from.ToString(), "1970-02-03");
  ASSERT_EQ(p.addresses.size(), 1u);
  EXPECT_EQ(p.addresses[0].city, "Moscow");
  EXPECT_EQ(p.addresses[0].country, "RU");
  EXPECT_EQ(p.gender, "male");
  ASSERT_EQ(p.identifiers.size(), 1u);
  EXPECT_EQ(p.identifiers[0], (Identifier{"passport", "753123456", "RU", ""}));
  EXPECT_EQ(p.programs, std::vector<std::string>{"DPRK3"});
  EXPECT_EQ(p.listed_on.from.ToString(), "2017-06-01");

  const Entity& v = r->entities[1];
  EXPECT_EQ(v.type, EntityType::kVessel);
  EXPECT_EQ(v.names[0].full, "CHON MA SAN");
  ASSERT_EQ(v.identifiers.size(), 1u);
  EXPECT_EQ(v.identifiers[0].type, "imo");
  EXPECT_EQ(v.identifiers[0].value, "8660313");
  EXPECT_EQ(v.vessel.flag, "KP");
  ASSERT_EQ(v.links.size(), 1u);
  EXPECT_EQ(v.links[0], (Link{"linked_to", "IVANOV, Ivan", "1001"}));
}

TEST(OfacAdvancedXml, BadFiles) {
  auto t = Load(kData + "truncated_advanced.xml");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated_advanced.xml"), std::string::npos);
  auto w = Load(kData + "wrong_root.xml");
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().message().find("sdnList"), std::string::npos) << w.status().ToString();
  auto e = Load(kData + "empty.xml");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
