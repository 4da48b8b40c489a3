#include "api/hit_json.h"

#include <gtest/gtest.h>

namespace sanctions::api {
namespace {

Entity Kim() {
  Entity e;
  e.list = "us_ofac_sdn";
  e.source_id = "20157";
  e.id = MakeEntityId(e.list, e.source_id);
  e.type = EntityType::kPerson;
  e.names.push_back(Name{"KIM, Jong Un", {}, "Latn", "", NameKind::kPrimary, NameQuality::kStrong});
  e.programs = {"DPRK3"};
  return e;
}

TEST(HitJson, HitHasTheDocumentedFieldsInOrder) {
  Entity e = Kim();
  Hit h;
  h.entity = &e;
  h.score = 0.971234;
  h.explanation.matched_name = "KIM, Jong Un";
  h.explanation.summary = "name 0.97";
  h.explanation.tokens.push_back({"jong", "jong", "exact", 1.0});
  h.explanation.factors.push_back({"birth_date", 0.02, "year matches"});
  Json j = HitToJson(h);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys,
            (std::vector<std::string>{"list", "source_id", "entity_id", "name", "matched_name",
                                      "type", "score", "programs", "explanation"}));
  EXPECT_EQ(j["entity_id"], "us_ofac_sdn:20157");
  EXPECT_EQ(j["type"], "person");
  EXPECT_DOUBLE_EQ(j["score"].get<double>(), 0.9712);
  EXPECT_EQ(j["explanation"]["tokens"][0]["rule"], "exact");
  EXPECT_EQ(j["explanation"]["factors"][0]["name"], "birth_date");
  EXPECT_EQ(HitReason(h), "name 0.97");
}

TEST(HitJson, ScreenResultPutsQueryBeforeHits) {
  Query q;
  q.name = "Kim Jong Un";
  q.type = EntityType::kPerson;
  Json j = ScreenResultToJson(q, {});
  EXPECT_EQ(j.dump(), R"({"query":{"name":"Kim Jong Un","type":"person"},"hits":[]})");
}

// The direct writer against the tree's dump: byte for byte, on awkward text and numbers.
TEST(HitJson, DirectWriterEqualsTreeDump) {
  Entity e = Kim();
  e.names[0].full = "KIM, \"Jong\" Un \\ \x01\x1f\x7f \t\n\r\b\f / 김정은";
  e.programs = {"DPRK3", "NK\"SANCTIONS", "Ü"};
  Hit h;
  h.entity = &e;
  h.score = 0.971234;
  h.explanation.matched_name = "김정은";
  h.explanation.summary = "name 0.97 (edit_distance jong=jung)";
  h.explanation.query_normalized = "kim jong un";
  h.explanation.listed_normalized = "kim jong un";
  h.explanation.name_score = 0.96999;
  h.explanation.tokens.push_back({"jong", "jung", "edit_distance", 0.8765432});
  h.explanation.tokens.push_back({"kim", "kim", "exact", 1.0});
  h.explanation.factors.push_back({"birth_date", 0.02, "year matches"});
  h.explanation.factors.push_back({"country", -0.00001, ""});
  std::string direct;
  AppendHitJson(h, &direct);
  EXPECT_EQ(direct, HitToJson(h).dump());

  // Not valid UTF-8: the same replacement characters as the library's replace handler.
  e.names[0].full = "bad \xC3\x28 byte";
  direct.clear();
  AppendHitJson(h, &direct);
  EXPECT_EQ(direct, HitToJson(h).dump(-1, ' ', false, Json::error_handler_t::replace));

  // Every score the output can hold (4 decimals), and unrounded ones, in every field.
  e.names[0].full = "KIM, Jong Un";
  e.programs.clear();
  h.explanation.factors.clear();
  for (int k = -10000; k <= 10000; ++k) {
    const double v = k / 10000.0 + (k % 3) * 1e-7;
    h.score = v;
    h.explanation.name_score = -v;
    h.explanation.tokens[0].similarity = v / 3;
    direct.clear();
    AppendHitJson(h, &direct);
    ASSERT_EQ(direct, HitToJson(h).dump()) << "value " << v;
  }
}

TEST(HitJson, DirectScreenResultEqualsTreeDump) {
  Entity e = Kim();
  Hit h;
  h.entity = &e;
  h.score = 1.0;
  Query q;
  EXPECT_EQ(
      [&] {
        std::string s;
        AppendScreenResultJson(q, {}, &s);
        return s;
      }(),
      ScreenResultToJson(q, {}).dump());
  q.id = "row-7";
  q.name = "Kim \"Jong\" Un";
  q.type = EntityType::kPerson;
  q.birth_date = "1984";
  q.countries = {"KP", "North Korea"};
  q.identifiers.push_back(Identifier{"passport", "AB123", "KP", ""});
  q.identifiers.push_back(Identifier{"imo", "8660313", "", ""});
  q.gender = "male";
  Hit no_entity;  // skipped, as ScreenResultToJson skips it
  std::string s;
  AppendScreenResultJson(q, {h, no_entity, h}, &s);
  EXPECT_EQ(s, ScreenResultToJson(q, {h, no_entity, h}).dump());
  Json parsed = Json::parse(s);
  EXPECT_EQ(parsed["hits"].size(), 2u);
}

TEST(HitJson, QueryFromJsonReadsFieldsAndPassesOthersThrough) {
  Json rec = Json::parse(R"({"id": 7, "name": "CHON MA SAN", "type": "vessel", "imo": "8660313",
                             "country": ["KP", "North Korea"], "customer_segment": "retail"})");
  Json extra = Json::object();
  auto q = QueryFromJson(rec, &extra);
  ASSERT_TRUE(q.ok()) << q.status().ToString();
  EXPECT_EQ(q->id, "7");
  EXPECT_EQ(q->type, EntityType::kVessel);
  ASSERT_EQ(q->identifiers.size(), 1u);
  EXPECT_EQ(q->identifiers[0].type, "imo");
  EXPECT_EQ(q->identifiers[0].value, "8660313");
  EXPECT_EQ(q->countries, (std::vector<std::string>{"KP", "North Korea"}));
  EXPECT_EQ(extra, Json::parse(R"({"customer_segment":"retail"})"));
}

TEST(HitJson, QueryFromJsonRejectsBadRecords) {
  EXPECT_FALSE(QueryFromJson(Json::parse("[1,2]")).ok());
  EXPECT_FALSE(QueryFromJson(Json::parse(R"({"id":"1"})")).ok());  // no name, no identifier
  auto bad_type = QueryFromJson(Json::parse(R"({"name":"x","type":"dragon"})"));
  ASSERT_FALSE(bad_type.ok());
  EXPECT_NE(bad_type.status().message().find("dragon"), std::string::npos);
  EXPECT_FALSE(QueryFromJson(Json::parse(R"({"name":{"a":1}})")).ok());
  Query latin1;
  latin1.name = "Jos\xe9";
  EXPECT_FALSE(ValidateQuery(latin1).ok());
  EXPECT_FALSE(QueryFromJson(Json::parse(R"({"name":"x","identifiers":[{"type":"imo"}]})")).ok());
}

TEST(HitJson, IdentifierSpecs) {
  auto id = ParseIdentifierSpec("passport_number = AB123");
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->type, "passport");
  EXPECT_EQ(id->value, "AB123");
  EXPECT_FALSE(ParseIdentifierSpec("AB123").ok());
  EXPECT_FALSE(ParseIdentifierSpec("passport=").ok());
}

TEST(HitJson, SetQueryFieldKnowsAliases) {
  Query q;
  bool known = false;
  ASSERT_TRUE(SetQueryField(&q, "Date of Birth", "1984-01-08", &known).ok());
  EXPECT_TRUE(known);
  EXPECT_EQ(q.birth_date, "1984-01-08");
  ASSERT_TRUE(SetQueryField(&q, "sex", "F", &known).ok());
  EXPECT_EQ(q.gender, "female");
  ASSERT_TRUE(SetQueryField(&q, "segment", "x", &known).ok());
  EXPECT_FALSE(known);
  EXPECT_FALSE(SetQueryField(&q, "gender", "other", &known).ok());
}

TEST(HitJson, RoundScore) {
  EXPECT_DOUBLE_EQ(RoundScore(0.123456), 0.1235);
  EXPECT_DOUBLE_EQ(RoundScore(1.0), 1.0);
  EXPECT_DOUBLE_EQ(RoundScore(std::nan("")), 0.0);
}

}  // namespace
}  // namespace sanctions::api
