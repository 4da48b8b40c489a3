// OFAC enhanced XML reader on the real CONS_ENHANCED.ZIP (read inside the zip) and fixtures.
// Expected counts from Python xml.etree over the unzipped CONS_ENHANCED.XML: 443 entity
// (363 Entity, 80 Individual); 1624 name translations: 468 of primary names, 71 of
// low-quality aliases, 1085 of other aliases; name scripts: 39 Cyrillic, 5 Chinese Simplified,
// 1 Chinese Traditional, the rest Latin; 283 relationships.
#include <gtest/gtest.h>

#include <map>

#include "sanctions/list.h"

namespace sanctions {
namespace {

const std::string kZip =
    std::string(SANCTIONS_SHARED_DIR) +
    "/lists/ofac/consolidated_nonsdn_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ofac/enhanced/";

Result<ListData> Load(const std::string& path) {
  LoadOptions o;
  o.format = format::kOfacEnhancedXml;
  return LoadList(path, o);
}

const Result<ListData>& Cons() {
  static const Result<ListData> r = Load(kZip);
  return r;
}

TEST(OfacEnhancedXml, RealZipCounts) {
  const auto& r = Cons();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_cons");
  EXPECT_EQ(r->published, "2025-01-10");
  EXPECT_EQ(r->entities.size(), 443u);
  EXPECT_TRUE(r->rejections.empty());
  std::map<EntityType, int> types;
  std::map<std::string, int> scripts;
  size_t primary = 0, weak = 0, strong = 0, links = 0;
  for (const Entity& e : r->entities) {
    ++types[e.type];
    ASSERT_FALSE(e.names.empty());
    EXPECT_EQ(e.names[0].kind, NameKind::kPrimary);
    EXPECT_EQ(e.names[0].script, "Latn");
    for (const Name& n : e.names) {
      ++scripts[n.script];
      if (n.kind == NameKind::kPrimary)
        ++primary;
      else
        (n.quality == NameQuality::kWeak ? weak : strong)++;
    }
    links += e.links.size();
  }
  EXPECT_EQ(types[EntityType::kOrganization], 363);
  EXPECT_EQ(types[EntityType::kPerson], 80);
  EXPECT_EQ(primary, 468u);
  EXPECT_EQ(weak, 71u);
  EXPECT_EQ(strong, 1085u);
  EXPECT_EQ(scripts["Cyrl"], 39);
  EXPECT_EQ(scripts["Hans"], 5);
  EXPECT_EQ(scripts["Hant"], 1);
  EXPECT_EQ(links, 283u);
}

TEST(OfacEnhancedXml, VtbBankFieldByField) {
  const auto& r = Cons();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = nullptr;
  for (const Entity& x : r->entities) {
    if (x.source_id == "17013") e = &x;
  }
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kOrganization);
  EXPECT_EQ(e->names[0].full, "VTB BANK PUBLIC JOINT STOCK COMPANY");
  EXPECT_EQ(e->names[1].full, "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО");
  EXPECT_EQ(e->names[1].script, "Cyrl");
  EXPECT_EQ(e->names[1].kind, NameKind::kPrimary);
  EXPECT_EQ(e->names.size(), 31u);
  std::vector<std::string> weak;
  for (const Name& n : e->names) {
    if (n.quality == NameQuality::kWeak) weak.push_back(n.full);
  }
  EXPECT_EQ(weak, std::vector<std::string>{"JSC VTB BANK NEW DELHI BRANCH"});
  EXPECT_EQ(e->names[13].full, "БАНК ВТБ ПАО");  // document order kept for aliases
  EXPECT_EQ(e->names[13].kind, NameKind::kAka);
  EXPECT_EQ(e->programs, (std::vector<std::string>{"UKRAINE-EO13662", "RUSSIA-EO14024"}));
  EXPECT_EQ(e->listed_on.from.ToString(), "2014-07-29");
  std::map<std::string, Identifier> ids;
  for (const Identifier& id : e->identifiers) ids.emplace(id.type, id);
  EXPECT_EQ(ids["tax_id"].value, "7702070139");
  EXPECT_EQ(ids["tax_id"].country, "RU");
  EXPECT_EQ(ids["swift_bic"].value, "VTBRRUMM");
  EXPECT_EQ(ids["registration"].value, "1027739609391");
  EXPECT_EQ(e->websites, (std::vector<std::string>{"www.vtb.com", "www.vtb.ru"}));
  EXPECT_EQ(e->sanctions_notes.size(), 3u);
  EXPECT_EQ(e->sanctions_notes[1],
            "Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR "
            "589.201 and/or 589.209");
}

TEST(OfacEnhancedXml, BadFiles) {
  auto t = Load(kData + "truncated_enhanced.xml");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated_enhanced.xml"), std::string::npos);
  auto z = Load(kData + "truncated_enhanced.zip");
  ASSERT_FALSE(z.ok());
  EXPECT_EQ(z.status().code(), Status::Code::kCorruption);
  auto e = Load(kData + "empty.xml");
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
