// Tests of the Canada SEMA reader on both real files and small fixtures.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {

std::vector<Name> SplitSemaAliases(const std::string& text);  // ca_sema_xml.cc

namespace {

const std::string kDir = std::string(SANCTIONS_SHARED_DIR) + "/lists/ca/";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ca/";

using test_util::Find;

std::map<EntityType, size_t> Types(const ListData& d) {
  std::map<EntityType, size_t> m;
  for (const Entity& e : d.entities) ++m[e.type];
  return m;
}

std::vector<std::string> Fulls(const std::vector<Name>& names) {
  std::vector<std::string> out;
  for (const Name& n : names) out.push_back(n.full);
  return out;
}

TEST(SemaTest, AliasSplitting) {
  EXPECT_EQ(Fulls(SplitSemaAliases("Air Bagan Holdings Pte. Ltd., Air Bagan Limited")),
            (std::vector<std::string>{"Air Bagan Holdings Pte. Ltd.", "Air Bagan Limited"}));
  EXPECT_EQ(Fulls(SplitSemaAliases("Example Trading Co., Ltd.; Other Name")),
            (std::vector<std::string>{"Example Trading Co., Ltd.", "Other Name"}));
  auto n = SplitSemaAliases(
      "Mikalay Lukashenka, Belarusian: Мікалай Лукашэнка; Russian: Николай Лукашенко");
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[1].full, "Мікалай Лукашэнка");
  EXPECT_EQ(n[1].language, "be");
  EXPECT_EQ(n[1].script, "Cyrl");
  EXPECT_EQ(n[2].language, "ru");
  EXPECT_EQ(n[0].script, "Latn");
  EXPECT_EQ(Fulls(SplitSemaAliases("ООО \"ТРАНСОЙЛ\" / ОБЩЕСТВО \"ТРАНСОЙЛ\"")),
            (std::vector<std::string>{"ООО \"ТРАНСОЙЛ\"", "ОБЩЕСТВО \"ТРАНСОЙЛ\""}));
  EXPECT_EQ(Fulls(SplitSemaAliases("A, and B")), (std::vector<std::string>{"A", "B"}));
}

// Counts from an independent parse (python3 xml.etree): 2025-05: 4759 records = 3334
// persons (LastName/GivenName) + 1316 organisations (EntityOrShip, no IMO) + 109 ships
// (ShipIMONumber); 2020-04: 1369 = 985 persons + 384 organisations.
TEST(SemaTest, Real2025) {
  auto r = LoadList(kDir + "sema-lmes_2025-05.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, format::kCaSemaXml);
  EXPECT_EQ(r->list, "ca_sema");
  EXPECT_EQ(r->published, "");
  EXPECT_EQ(r->entities.size(), 4759u);
  EXPECT_TRUE(r->rejections.empty());
  auto t = Types(*r);
  EXPECT_EQ(t[EntityType::kPerson], 3334u);
  EXPECT_EQ(t[EntityType::kOrganization], 1316u);
  EXPECT_EQ(t[EntityType::kVessel], 109u);

  const Entity* p = Find(*r, "Belarus/1, Part 1/3");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "ca_sema:Belarus/1, Part 1/3");
  EXPECT_EQ(p->type, EntityType::kPerson);
  EXPECT_EQ(p->names[0].full, "Aleksandr Petrovich Barsukov");
  EXPECT_EQ(p->names[0].parts,
            (std::vector<NamePart>{{"given", "Aleksandr Petrovich"}, {"family", "Barsukov"}}));
  ASSERT_EQ(p->birth_dates.size(), 1u);
  EXPECT_EQ(p->birth_dates[0].from.ToString(), "1965-04-29");
  EXPECT_EQ(p->listed_on.from.ToString(), "2020-09-28");
  EXPECT_EQ(p->programs, std::vector<std::string>{"Belarus"});
  EXPECT_EQ(p->source.line, 20u);
  EXPECT_EQ(p->source.element, "/data-set/record[3]");
  auto rc = std::find(p->extra.begin(), p->extra.end(),
                      std::pair<std::string, std::string>{"regime_country", "BY"});
  EXPECT_NE(rc, p->extra.end());

  const Entity* v = Find(*r, "Russia/1.1/1");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->type, EntityType::kVessel);
  EXPECT_EQ(v->names[0].full, "Balitiyskiy III");
  ASSERT_EQ(v->identifiers.size(), 1u);
  EXPECT_EQ(v->identifiers[0].type, "imo");
  EXPECT_EQ(v->identifiers[0].value, "7612448");
  EXPECT_EQ(v->vessel.vessel_type, "General Cargo / Multi Purpose");
  EXPECT_EQ(v->vessel.build_year, "1980");
  EXPECT_TRUE(v->birth_dates.empty());
  EXPECT_EQ(v->listed_on.from.ToString(), "2025-02-21");

  const Entity* l = Find(*r, "Belarus/1, Part 1/120");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->names[0].full, "Nikolai Aleksandrovich LUKASHENKO");
  EXPECT_EQ(Fulls(l->names),
            (std::vector<std::string>{"Nikolai Aleksandrovich LUKASHENKO",
                                      "Mikalay Alyaksandravich Lukashenka", "Kolya Lukashenko",
                                      "Мікалай Аляксандравіч Лукашэнка",
                                      "Николай Александрович Лукашенко", "Коля Лукашенко"}));
  EXPECT_EQ(l->names[3].language, "be");
}

TEST(SemaTest, Real2020) {
  auto r = LoadList(kDir + "sema-lmes_2020-04.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->entities.size(), 1369u);
  auto t = Types(*r);
  EXPECT_EQ(t[EntityType::kPerson], 985u);
  EXPECT_EQ(t[EntityType::kOrganization], 384u);
  const Entity* a = Find(*r, "Burma/1/1");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(Fulls(a->names), (std::vector<std::string>{"Air Bagan", "Air Bagan Holdings Pte. Ltd.",
                                                       "Air Bagan Limited"}));
  EXPECT_EQ(a->source.line, 3u);
}

TEST(SemaTest, BadRecords) {
  auto r = LoadList(kData + "bad_records.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 2u);
  EXPECT_EQ(r->entities[0].source_id, "Ruritania/1, Part 1/1");
  EXPECT_TRUE(r->entities[0].birth_dates.empty());
  EXPECT_NE(std::find(r->entities[0].extra.begin(), r->entities[0].extra.end(),
                      std::pair<std::string, std::string>{"FavouriteColour", "blue"}),
            r->entities[0].extra.end());
  EXPECT_EQ(r->entities[1].type, EntityType::kVessel);
  ASSERT_EQ(r->rejections.size(), 3u);
  EXPECT_EQ(r->rejections[0].element, "/data-set/record[2]");
  EXPECT_EQ(r->rejections[0].line, 13u);
  EXPECT_NE(r->rejections[0].reason.find("duplicate"), std::string::npos);
  EXPECT_EQ(r->rejections[1].element, "/data-set/record[3]");
  EXPECT_EQ(r->rejections[2].field, "Country");
  EXPECT_GE(r->warnings.size(), 2u);  // unknown element, unreadable date

  LoadOptions strict;
  strict.strict = true;
  EXPECT_FALSE(LoadList(kData + "bad_records.xml", strict).ok());
}

TEST(SemaTest, TruncatedAndEmpty) {
  LoadOptions o;
  o.format = format::kCaSemaXml;
  auto t = LoadList(kData + "truncated.xml", o);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
  EXPECT_NE(t.status().message().find("truncated.xml"), std::string::npos);
  EXPECT_NE(t.status().message().find("XML error at line"), std::string::npos);
  auto e = LoadList(std::string(SANCTIONS_TESTDATA_DIR) + "/user/empty.csv", o);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace sanctions
