// Tests of the OpenSanctions FollowTheMoney reader on the real fixtures and bad lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kDir = std::string(SANCTIONS_SHARED_DIR) + "/lists/opensanctions_ftm/";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ftm/";

using test_util::Find;

std::map<EntityType, size_t> Types(const ListData& d) {
  std::map<EntityType, size_t> m;
  for (const Entity& e : d.entities) ++m[e.type];
  return m;
}

bool HasExtra(const Entity& e, const std::string& k, const std::string& v) {
  return std::find(e.extra.begin(), e.extra.end(), std::pair<std::string, std::string>{k, v}) !=
         e.extra.end();
}

// Counts from PROVENANCE.md, re-checked with python3 json: t1 = 4 Person + 2 Organization
// (+1 Address); zala = 6 Person + 11 Company (+74 others); parteispenden = 22 Person +
// 56 Company + 18 Organization (+89 Address, 290 Payment).
TEST(FtmTest, T1) {
  auto r = LoadList(kDir + "yente_fixture_t1_entities.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, format::kFtmJson);
  EXPECT_EQ(r->list, "opensanctions");
  auto t = Types(*r);
  EXPECT_EQ(r->entities.size(), 6u);
  EXPECT_EQ(t[EntityType::kPerson], 4u);
  EXPECT_EQ(t[EntityType::kOrganization], 2u);
  EXPECT_TRUE(r->rejections.empty());
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].message.find("Address: 1"), std::string::npos) << r->warnings[0].message;

  const Entity* k = Find(*r, "NK-2Ka3UvopqbpZmVDFjWd4LA");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->id, "opensanctions:NK-2Ka3UvopqbpZmVDFjWd4LA");
  EXPECT_EQ(k->type, EntityType::kPerson);
  EXPECT_EQ(k->names[0].full, "Vitaly Yurievich KUZMENKO");
  EXPECT_EQ(k->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(k->names[0].parts,
            (std::vector<NamePart>{{"given", "Vitaly"}, {"family", "KUZMENKO"}}));
  ASSERT_EQ(k->names.size(), 3u);
  EXPECT_EQ(k->names[2].full, "Виталий Юрьевич КУЗЬМЕНКО");
  EXPECT_EQ(k->names[2].script, "Cyrl");
  EXPECT_EQ(k->names[2].kind, NameKind::kAka);
  ASSERT_EQ(k->birth_dates.size(), 1u);
  EXPECT_EQ(k->birth_dates[0].from.ToString(), "1971-01-22");
  EXPECT_EQ(k->nationalities, std::vector<std::string>{"RU"});
  EXPECT_EQ(k->gender, "male");
  ASSERT_EQ(k->identifiers.size(), 1u);
  EXPECT_EQ(k->identifiers[0].type, "tax_id");
  EXPECT_EQ(k->identifiers[0].value, "366510784303");
  EXPECT_EQ(k->positions,
            std::vector<std::string>{"General Director of JSC 163 Armor Repair Plant"});
  EXPECT_TRUE(HasExtra(*k, "dataset", "eu_fsf"));
  EXPECT_TRUE(HasExtra(*k, "referent", "ch-seco-72953"));
  EXPECT_EQ(k->source.line, 2u);
}

TEST(FtmTest, Zala) {
  auto r = LoadList(kDir + "yente_fixture_zala_entities.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto t = Types(*r);
  EXPECT_EQ(r->entities.size(), 17u);
  EXPECT_EQ(t[EntityType::kPerson], 6u);
  EXPECT_EQ(t[EntityType::kOrganization], 11u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].message.find("Sanction: 41"), std::string::npos);
  EXPECT_NE(r->warnings[0].message.find("Ownership: 14"), std::string::npos);
  // Alexander ZAKHAROV: four relatives (Family objects) link to him.
  const Entity* z = Find(*r, "NK-aU5ybkbRFJucf8YMwsJvDw");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->birth_dates[0].from.ToString(), "1965-09-21");
  size_t family = std::count_if(z->links.begin(), z->links.end(),
                                [](const Link& l) { return l.relation.rfind("family:", 0) == 0; });
  EXPECT_EQ(family, 4u);
  EXPECT_FALSE(z->programs.empty());  // from Sanction objects
  EXPECT_FALSE(z->listed_on.empty());
}

TEST(FtmTest, Parteispenden) {
  auto r = LoadList(kDir + "yente_fixture_parteispenden_entities.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto t = Types(*r);
  EXPECT_EQ(t[EntityType::kPerson], 22u);
  EXPECT_EQ(t[EntityType::kOrganization], 74u);  // 56 Company + 18 Organization
  size_t companies = std::count_if(r->entities.begin(), r->entities.end(), [](const Entity& e) {
    return HasExtra(e, "schema", "Company");
  });
  EXPECT_EQ(companies, 56u);
  size_t with_address = std::count_if(r->entities.begin(), r->entities.end(),
                                      [](const Entity& e) { return !e.addresses.empty(); });
  EXPECT_GT(with_address, 0u);
}

TEST(FtmTest, SenzingIsRefused) {
  LoadOptions o;
  o.format = format::kFtmJson;
  auto r = LoadList(kDir + "us_congress_senzing.json", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("Senzing"), std::string::npos);
  EXPECT_FALSE(LoadList(kDir + "us_congress_senzing.json").ok());  // detection refuses too
}

// A number too large for a double (found by the fuzzer): the line is rejected, the load
// goes on.
TEST(FtmTest, NumberOutOfRangeIsARejectedLine) {
  const std::string path = ::testing::TempDir() + "/overflow.ftm.json";
  {
    std::ofstream out(path);
    out << R"({"id":"p1","schema":"Person","properties":{"name":["Ivan Petrov"],"x":[4e2618]}})"
        << "\n"
        << R"({"id":"p2","schema":"Person","properties":{"name":["Olga Ivanova"]}})"
        << "\n";
  }
  auto r = LoadList(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  EXPECT_EQ(r->entities[0].source_id, "p2");
  ASSERT_EQ(r->rejections.size(), 1u);
  EXPECT_EQ(r->rejections[0].line, 1u);
  EXPECT_NE(r->rejections[0].reason.find("invalid JSON"), std::string::npos);
}

TEST(FtmTest, BadLines) {
  auto r = LoadList(kData + "bad_lines.ftm.json");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 3u);
  ASSERT_EQ(r->rejections.size(), 6u);
  std::vector<uint32_t> lines;
  for (const Rejection& j : r->rejections) lines.push_back(j.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{2, 3, 4, 5, 6, 14}));
  EXPECT_NE(r->rejections[0].reason.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(r->rejections[3].field, "id");
  EXPECT_EQ(r->rejections[4].field, "schema");
  EXPECT_NE(r->rejections[5].reason.find("duplicate"), std::string::npos);

  const Entity* p = Find(*r, "p1");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->names[1].script, "Cyrl");
  ASSERT_EQ(p->addresses.size(), 1u);
  EXPECT_EQ(p->addresses[0].full, "1 Example Street, London");
  EXPECT_EQ(p->addresses[0].country, "GB");
  EXPECT_EQ(p->programs, std::vector<std::string>{"Example regime"});
  EXPECT_EQ(p->listed_on.from.ToString(), "2020-05-06");
  EXPECT_EQ(p->identifiers[0].type, "passport");
  ASSERT_EQ(p->links.size(), 1u);
  EXPECT_EQ(p->links[0].target_id, "v1");
  EXPECT_EQ(p->links[0].target_name, "SEA EXAMPLE");

  const Entity* v = Find(*r, "v1");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->type, EntityType::kVessel);
  EXPECT_EQ(v->vessel.flag, "PA");
  EXPECT_EQ(v->vessel.vessel_type, "Crude Oil Tanker");
  EXPECT_EQ(v->vessel.grt, "56000");
  ASSERT_EQ(v->identifiers.size(), 2u);
  EXPECT_EQ(v->identifiers[0].type, "imo");
  EXPECT_EQ(v->names[1].kind, NameKind::kFka);
  ASSERT_EQ(v->links.size(), 1u);
  EXPECT_EQ(v->links[0].relation, "ownership:owner");

  const Entity* a = Find(*r, "ac1");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type, EntityType::kAircraft);
  EXPECT_EQ(a->aircraft.model, "Boeing 747");
  EXPECT_EQ(a->identifiers[0].type, "aircraft_tail");
}

TEST(FtmTest, EmptyFile) {
  LoadOptions o;
  o.format = format::kFtmJson;
  auto r = LoadList(std::string(SANCTIONS_TESTDATA_DIR) + "/user/empty.csv", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("empty"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
