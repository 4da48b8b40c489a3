// OFAC classic XML reader on the real sdnList files and small fixtures. Expected counts
// were computed with Python's xml.etree (count of sdnEntry by sdnType, of aka category).
#include <gtest/gtest.h>

#include <map>

#include "sanctions/list.h"

namespace sanctions {
namespace {

const std::string kOfac = std::string(SANCTIONS_SHARED_DIR) + "/lists/ofac/";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ofac/xml/";

Result<ListData> Load(const std::string& path) {
  LoadOptions o;
  o.format = format::kOfacXml;
  return LoadList(path, o);
}

struct Expect {
  const char* file;
  const char* published;
  size_t total, person, organization, vessel;
  size_t weak, strong;
};

const Entity* Find(const ListData& d, std::string_view source_id) {
  for (const Entity& e : d.entities) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

TEST(OfacXml, RealFilesCountsByTypeAndAliasQuality) {
  const Expect cases[] = {
      {"consolidated_nonsdn_xml_2018-04-06/consolidated.xml", "2018-04-06", 639, 94, 471, 74, 46,
       1209},
      {"consolidated_nonsdn_xml_2020-03-17/consolidated.xml", "2020-03-17", 375, 82, 293, 0, 31,
       884},
      {"consolidated_nonsdn_xml_2025-03-28/consolidated.xml", "2025-03-28", 443, 80, 363, 0, 70,
       1066},
      {"sdn_xml_subset/sdn.xml", "2020-04-22", 8, 6, 2, 0, 2, 25},
  };
  for (const Expect& c : cases) {
    SCOPED_TRACE(c.file);
    auto r = Load(kOfac + c.file);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->published, c.published);
    EXPECT_EQ(r->entities.size(), c.total);
    EXPECT_TRUE(r->rejections.empty());
    std::map<EntityType, size_t> types;
    size_t weak = 0, strong = 0;
    for (const Entity& e : r->entities) {
      ++types[e.type];
      EXPECT_FALSE(e.names.empty());
      for (size_t i = 1; i < e.names.size(); ++i) {
        (e.names[i].quality == NameQuality::kWeak ? weak : strong)++;
      }
    }
    EXPECT_EQ(types[EntityType::kPerson], c.person);
    EXPECT_EQ(types[EntityType::kOrganization], c.organization);
    EXPECT_EQ(types[EntityType::kVessel], c.vessel);
    EXPECT_EQ(weak, c.weak);
    EXPECT_EQ(strong, c.strong);
  }
}

TEST(OfacXml, SdnSubsetEntryWithWeakAliasesAndPassports) {
  auto r = Load(kOfac + "sdn_xml_subset/sdn.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_sdn");
  ASSERT_EQ(r->warnings.size(), 1u);  // Record_Count 8197 vs 8 entries
  EXPECT_NE(r->warnings[0].message.find("8197"), std::string::npos);
  const Entity* e = Find(*r, "10689");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->names[0].full, "SAEED, Muhammad");
  EXPECT_EQ(e->names[0].parts[0], (NamePart{"family", "SAEED"}));
  EXPECT_EQ(e->names[0].parts[1], (NamePart{"given", "Muhammad"}));
  EXPECT_EQ(e->programs, std::vector<std::string>{"SDGT"});
  std::vector<std::string> weak;
  for (const Name& n : e->names) {
    if (n.quality == NameQuality::kWeak) weak.push_back(n.full);
  }
  EXPECT_EQ(weak, (std::vector<std::string>{"HAFIZ SAHIB", "TATA JI"}));
  const Identifier* pp = nullptr;
  for (const Identifier& id : e->identifiers) {
    if (id.type == "passport" && id.value == "BE5978421") pp = &id;
  }
  ASSERT_NE(pp, nullptr);
  EXPECT_EQ(pp->country, "PK");
  EXPECT_EQ(pp->note, "issued 14 Nov 2007 expires 12 Nov 2012");
  EXPECT_EQ(e->source.element, "/sdnList/sdnEntry[1]");
  EXPECT_EQ(e->source.line, 7u);
}

TEST(OfacXml, OldNamespaceVesselWithImoAndMmsi) {
  auto r = Load(kOfac + "consolidated_nonsdn_xml_2018-04-06/consolidated.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_cons");
  const Entity* e = Find(*r, "15036");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kVessel);
  EXPECT_EQ(e->names[0].full, "SHONA");
  std::map<std::string, std::string> ids;
  for (const Identifier& id : e->identifiers) ids[id.type] = id.value;
  EXPECT_EQ(ids["imo"], "9187629");
  EXPECT_EQ(ids["mmsi"], "572469210");
  EXPECT_EQ(e->vessel.vessel_type, "Crude/Oil Products Tanker");
  EXPECT_EQ(e->vessel.flag, "TZ");
  EXPECT_EQ(e->vessel.tonnage, "99144");
  EXPECT_EQ(e->vessel.grt, "56068");
  ASSERT_EQ(e->links.size(), 1u);
  EXPECT_EQ(e->links[0].target_name, "NATIONAL IRANIAN TANKER COMPANY");
  EXPECT_EQ(e->programs, std::vector<std::string>{"IRAN"});
}

TEST(OfacXml, NewNamespaceAddressesAndBirth) {
  auto r = Load(kOfac + "consolidated_nonsdn_xml_2025-03-28/consolidated.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = Find(*r, "9639");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->names[0].full, "HANIYA, Ismail Abdul Salah");
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from.ToString(), "1962");
  ASSERT_EQ(e->birth_places.size(), 1u);
  EXPECT_EQ(e->birth_places[0].text, "Shati");
  EXPECT_EQ(e->programs, std::vector<std::string>{"NS-PLC"});
}

TEST(OfacXml, BadRecordsAndBadFiles) {
  auto r = Load(kData + "bad_uid_sdn.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  ASSERT_EQ(r->rejections.size(), 3u);
  EXPECT_EQ(r->rejections[2].reason, "duplicate uid 13");
  EXPECT_EQ(r->rejections[0].field, "uid");
  EXPECT_EQ(r->rejections[0].element, "/sdnList/sdnEntry[1]");
  EXPECT_EQ(r->rejections[0].line, 7u);
  EXPECT_EQ(r->rejections[1].element, "/sdnList/sdnEntry[3]");
  const Entity& v = r->entities[0];
  std::map<std::string, std::string> ids;
  for (const Identifier& id : v.identifiers) ids[id.type] = id.value;
  EXPECT_EQ(ids["imo"], "8660313");
  EXPECT_EQ(ids["call_sign"], "HMYU");
  EXPECT_EQ(ids["crypto"], "0xabc123");
  EXPECT_EQ(v.vessel.flag, "KP");

  auto t = Load(kData + "truncated_sdn.xml");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated_sdn.xml"), std::string::npos);
  auto n = Load(kData + "not_sdnlist.xml");
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.status().message().find("CONSOLIDATED_LIST"), std::string::npos);
  auto e = Load(kData + "empty.xml");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty"), std::string::npos);
  auto u = Load(kData + "bad_utf8_sdn.xml");  // "JOS\xE9": Latin-1 in a UTF-8 document
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(u.status().code(), Status::Code::kCorruption);
  EXPECT_NE(u.status().message().find("broken encoding: invalid UTF-8 at line 3"),
            std::string::npos)
      << u.status().ToString();
  EXPECT_NE(u.status().message().find("bad_utf8_sdn.xml"), std::string::npos);
  // Found by fuzz_ofac_xml: encoding="UTF(8" and raw non-UTF-8 bytes.
  auto f = Load(kData + "fuzz_unknown_encoding_decl.xml");
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("broken encoding"), std::string::npos);
  // A character reference to a surrogate: the name keeps U+FFFD, never ill-formed UTF-8.
  auto s = Load(kData + "surrogate_ref_sdn.xml");
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->entities.at(0).names.at(0).full,
            "A\xEF\xBF\xBD"
            "B");
}

}  // namespace
}  // namespace sanctions
