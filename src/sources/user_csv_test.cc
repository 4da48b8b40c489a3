// Tests of the user CSV reader and of the mapping parser, on fixtures in tests/data/user.
#include "sources/user_csv.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/user/";

using test_util::Find;

LoadOptions UserOptions(const std::string& spec) {
  LoadOptions o;
  o.format = format::kUserCsv;
  if (!spec.empty()) {
    auto m = ParseUserCsvMapping(spec);
    EXPECT_TRUE(m.ok()) << m.status().ToString();
    if (m.ok()) o.user_csv = *m;
  }
  return o;
}

TEST(UserCsvMappingTest, Parses) {
  auto m = ParseUserCsvMapping(
      "id=Customer ID, name=Full name,aliases=\"Other, names\",passport=Passport No,"
      "id:customer_ref=Ref,delimiter=semicolon,separator=|,list=customers");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->columns.at("id"), "Customer ID");
  EXPECT_EQ(m->columns.at("name"), "Full name");
  EXPECT_EQ(m->columns.at("aliases"), "Other, names");
  EXPECT_EQ(m->columns.at("passport"), "Passport No");
  EXPECT_EQ(m->columns.at("id:customer_ref"), "Ref");
  EXPECT_EQ(m->delimiter, ';');
  EXPECT_EQ(m->multi_value_separator, '|');
  EXPECT_EQ(m->list_name, "customers");
  auto tab = ParseUserCsvMapping("delimiter=tab");
  ASSERT_TRUE(tab.ok());
  EXPECT_EQ(tab->delimiter, '\t');
  EXPECT_TRUE(tab->columns.empty());
}

TEST(UserCsvMappingTest, Errors) {
  auto unknown = ParseUserCsvMapping("id=ID,nmae=Name");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(unknown.status().message().find("'nmae'"), std::string::npos);
  EXPECT_FALSE(ParseUserCsvMapping("id").ok());
  EXPECT_FALSE(ParseUserCsvMapping("id=").ok());
  EXPECT_FALSE(ParseUserCsvMapping("id=A,id=B").ok());
  EXPECT_FALSE(ParseUserCsvMapping("name=\"unterminated").ok());
  EXPECT_FALSE(ParseUserCsvMapping("delimiter=ab").ok());
  EXPECT_TRUE(ParseUserCsvMapping("").ok());
}

TEST(UserCsvTest, ExplicitMapping) {
  auto o = UserOptions(
      "id=Customer ID,name=Full name,type=Kind,aliases=Other names,birth_date=Date of birth,"
      "nationality=Nationality,country=Country,passport=Passport No,imo=IMO,delimiter=;,"
      "separator=|,list=customers");
  auto r = LoadList(kData + "customers.csv", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "customers");
  ASSERT_EQ(r->entities.size(), 4u);  // C-001, C-002, C-003, C-006
  const Entity* m = Find(*r, "C-001");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->id, "customers:C-001");
  EXPECT_EQ(m->type, EntityType::kPerson);
  ASSERT_EQ(m->names.size(), 3u);
  EXPECT_EQ(m->names[2].full, "Мария Пример");
  EXPECT_EQ(m->names[2].script, "Cyrl");
  EXPECT_EQ(m->birth_dates[0].from.ToString(), "1980-02-03");
  EXPECT_EQ(m->nationalities, std::vector<std::string>{"RU"});
  ASSERT_EQ(m->addresses.size(), 1u);
  EXPECT_EQ(m->addresses[0].country, "GB");
  ASSERT_EQ(m->identifiers.size(), 2u);
  EXPECT_EQ(m->identifiers[1].type, "passport");
  EXPECT_EQ(m->identifiers[1].value, "P7654321");
  EXPECT_EQ(m->extra, (std::vector<std::pair<std::string, std::string>>{{"Segment", "retail"}}));
  EXPECT_EQ(m->source.line, 2u);
  const Entity* v = Find(*r, "C-003");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->type, EntityType::kVessel);
  EXPECT_EQ(v->names[1].full, "SEA, EXAMPLE");
  EXPECT_EQ(v->identifiers[0].type, "imo");
  EXPECT_EQ(Find(*r, "C-002")->type, EntityType::kOrganization);

  ASSERT_EQ(r->rejections.size(), 4u);
  EXPECT_EQ(r->rejections[0].line, 5u);
  EXPECT_EQ(r->rejections[0].field, "Full name");
  EXPECT_EQ(r->rejections[1].line, 6u);
  EXPECT_EQ(r->rejections[1].field, "Customer ID");
  EXPECT_NE(r->rejections[2].reason.find("duplicate"), std::string::npos);
  EXPECT_EQ(r->rejections[3].line, 8u);
  EXPECT_FALSE(r->warnings.empty());  // "someday"
}

// Row 1 of the fixture ends with one empty cell more than the header: ignored.
TEST(UserCsvTest, DefaultMapping) {
  LoadOptions o;
  o.format = format::kUserCsv;
  auto r = LoadList(kData + "default_mapping.csv", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "user");
  ASSERT_EQ(r->entities.size(), 2u);
  const Entity& k = r->entities[0];
  EXPECT_EQ(k.type, EntityType::kPerson);
  EXPECT_EQ(k.names.size(), 3u);
  EXPECT_EQ(k.birth_dates[0].from.ToString(), "1975");
  EXPECT_EQ(k.nationalities, std::vector<std::string>{"KP"});
  const Entity& v = r->entities[1];
  EXPECT_EQ(v.type, EntityType::kVessel);
  ASSERT_EQ(v.identifiers.size(), 1u);
  EXPECT_EQ(v.identifiers[0].type, "mmsi");
  EXPECT_EQ(v.extra, (std::vector<std::pair<std::string, std::string>>{{"Notes", "flagged"}}));
}

TEST(UserCsvTest, MissingNameColumn) {
  LoadOptions o;
  o.format = format::kUserCsv;
  auto r = LoadList(kData + "no_name.csv", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("no 'name' column"), std::string::npos)
      << r.status().message();
  auto e = LoadList(kData + "no_name.csv", UserOptions("id=id,name=Full Name"));
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(e.status().message().find("column 'Full Name'"), std::string::npos)
      << e.status().message();
}

TEST(UserCsvTest, Encoding) {
  LoadOptions o;
  o.format = format::kUserCsv;
  auto r = LoadList(kData + "latin1_row.csv", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  ASSERT_EQ(r->rejections.size(), 1u);
  EXPECT_EQ(r->rejections[0].line, 2u);
  EXPECT_EQ(r->rejections[0].field, "name");
  EXPECT_NE(r->rejections[0].reason.find("UTF-8"), std::string::npos);
  auto h = LoadList(kData + "latin1_header.csv", o);
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.status().code(), Status::Code::kCorruption);
  EXPECT_NE(h.status().message().find("UTF-8"), std::string::npos);
}

TEST(UserCsvTest, EmptyAndTruncated) {
  LoadOptions o;
  o.format = format::kUserCsv;
  auto e = LoadList(kData + "empty.csv", o);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("empty"), std::string::npos);
  auto t = LoadList(kData + "truncated.csv", o);
  ASSERT_FALSE(t.ok());  // the only record is cut off: rejected, nothing loads
  EXPECT_NE(t.status().message().find("unterminated"), std::string::npos) << t.status().message();
}

}  // namespace
}  // namespace sanctions
