// Tests of the Switzerland SECO reader on the real format sample and a richer fixture.
#include <gtest/gtest.h>

#include <algorithm>

#include "sanctions/list.h"
#include "sources/test_util.h"

namespace sanctions {
namespace {

const std::string kSample =
    std::string(SANCTIONS_SHARED_DIR) + "/lists/ch/seco_amendment_example_2024-01-17.xml";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ch/";

using test_util::Find;

// The sample holds 3 targets (python3 xml.etree: 3 <target>, all <individual>).
TEST(SecoTest, RealSample) {
  auto r = LoadList(kSample);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, format::kChSecoXml);
  EXPECT_EQ(r->list, "ch_seco");
  EXPECT_EQ(r->published, "2024-01-17");
  ASSERT_EQ(r->entities.size(), 3u);
  EXPECT_TRUE(r->rejections.empty());
  ASSERT_FALSE(r->warnings.empty());
  EXPECT_NE(r->warnings[0].message.find("amendment"), std::string::npos);
  for (const Entity& e : r->entities) EXPECT_EQ(e.type, EntityType::kPerson);

  const Entity* b = Find(*r, "64398");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->id, "ch_seco:64398");
  ASSERT_EQ(b->names.size(), 1u);
  EXPECT_EQ(b->names[0].full, "Test B");
  EXPECT_EQ(b->names[0].parts, (std::vector<NamePart>{{"whole", "Test B"}}));
  EXPECT_EQ(b->names[0].language, "eng");
  EXPECT_EQ(b->gender, "female");
  EXPECT_EQ(b->nationalities, std::vector<std::string>{"GB"});
  ASSERT_EQ(b->birth_dates.size(), 1u);
  EXPECT_EQ(b->birth_dates[0].from.ToString(), "2025-12-31");
  EXPECT_EQ(b->programs, std::vector<std::string>{"PPDM"});
  EXPECT_EQ(b->sanctions_notes, std::vector<std::string>{"EXAMPLE: Financial measures, annex 2"});
  EXPECT_EQ(b->source.element, "/swiss-sanctions-list/target[1]");

  const Entity* a = Find(*r, "64393");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->names[0].full, "Test A");
  EXPECT_EQ(a->gender, "");
  EXPECT_EQ(a->nationalities, std::vector<std::string>{"CH"});
  EXPECT_EQ(a->programs, std::vector<std::string>{"PPDM"});
  EXPECT_EQ(a->sanctions_notes.size(), 2u);  // both sets
}

TEST(SecoTest, RichFixture) {
  auto r = LoadList(kData + "rich_targets.xml");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 2u);  // 300 de-listed, 400 nameless, 5th without ssid
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].element, "/swiss-sanctions-list/target[4]");
  EXPECT_EQ(r->rejections[1].field, "ssid");
  const Entity* p = Find(*r, "100");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->names[0].full, "Ivan Ivanov Ivanovich");
  EXPECT_EQ(p->names[0].parts,
            (std::vector<NamePart>{
                {"given", "Ivan"}, {"family", "Ivanov"}, {"patronymic", "Ivanovich"}}));
  auto has = [&](const std::string& full, NameKind kind, NameQuality q, const std::string& script) {
    return std::any_of(p->names.begin(), p->names.end(), [&](const Name& n) {
      return n.full == full && n.kind == kind && n.quality == q && n.script == script;
    });
  };
  EXPECT_TRUE(has("Иван Иванов Ivanovich", NameKind::kAka, NameQuality::kStrong, "Cyrl"));
  EXPECT_TRUE(has("Vanya", NameKind::kAka, NameQuality::kWeak, "Latn"));
  EXPECT_TRUE(has("Ivan Petrov", NameKind::kFka, NameQuality::kStrong, "Latn"));
  ASSERT_EQ(p->birth_dates.size(), 1u);
  EXPECT_EQ(p->birth_dates[0].from.ToString(), "1970-05");
  EXPECT_TRUE(p->birth_dates[0].circa);
  ASSERT_EQ(p->birth_places.size(), 1u);
  EXPECT_EQ(p->birth_places[0].text, "Moscow, Russia");
  EXPECT_EQ(p->birth_places[0].country, "RU");
  ASSERT_EQ(p->addresses.size(), 1u);
  EXPECT_EQ(p->addresses[0].city, "Moscow");
  EXPECT_EQ(p->addresses[0].postal_code, "125009");
  ASSERT_EQ(p->identifiers.size(), 1u);
  EXPECT_EQ(p->identifiers[0].type, "passport");
  EXPECT_EQ(p->identifiers[0].value, "7512345678");
  EXPECT_EQ(p->identifiers[0].country, "RU");
  EXPECT_EQ(p->programs, std::vector<std::string>{"RUS"});
  EXPECT_EQ(p->sanctions_notes,
            std::vector<std::string>{
                "Ordinance on measures in connection with the situation in Ukraine: Annex 8"});
  EXPECT_EQ(p->listed_on.from.ToString(), "2022-03-16");
  EXPECT_EQ(p->remarks, std::vector<std::string>{"Chief executive of Example JSC."});
  const Entity* v = Find(*r, "200");
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->type, EntityType::kVessel);
  bool delisted_warned = std::any_of(r->warnings.begin(), r->warnings.end(), [](const Warning& w) {
    return w.message.find("300 is de-listed") != std::string::npos;
  });
  EXPECT_TRUE(delisted_warned);
}

TEST(SecoTest, Truncated) {
  LoadOptions o;
  o.format = format::kChSecoXml;
  auto r = LoadList(kData + "truncated.xml", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("XML error"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
