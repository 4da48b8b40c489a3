// Screening and scanning against the real OFAC SDN (2024-05-03) and UN (2026-02-27) lists.
#include <gtest/gtest.h>

#include <memory>

#include "sanctions/list.h"
#include "sanctions/screen.h"

namespace sanctions {
namespace {

std::shared_ptr<const Index> RealIndex() {
  static std::shared_ptr<const Index> index = [] {
    std::vector<ListData> lists;
    for (const char* rel :
         {"/lists/ofac/sdn_csv_2024-05-03/sdn.csv", "/lists/un/consolidated_2026-02-27.xml"}) {
      auto r = LoadList(std::string(SANCTIONS_SHARED_DIR) + rel);
      EXPECT_TRUE(r.ok()) << r.status().ToString();
      if (r.ok()) lists.push_back(std::move(*r));
    }
    auto idx = Index::Build(std::move(lists));
    EXPECT_TRUE(idx.ok());
    return idx.ok() ? *idx : nullptr;
  }();
  return index;
}

TEST(RealLists, KimJongUnInEveryRomanizationComesFirst) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  for (const char* name :
       {"김정은", "Gim Jeong-eun", "Kim Chong-un", "KIM Jong Un", "Jong-un Kim"}) {
    Query q;
    q.name = name;
    auto hits = index->Screen(q, {});
    ASSERT_FALSE(hits.empty()) << name;
    EXPECT_EQ(hits[0].entity->id, "us_ofac_sdn:20157")
        << name << ": " << hits[0].explanation.summary;
    EXPECT_EQ(hits[0].explanation.matched_name, "KIM, Jong Un");
    EXPECT_FALSE(hits[0].explanation.tokens.empty());
  }
}

TEST(RealLists, ImoNumberFindsTheVesselUnderAnyName) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  Query q;
  q.name = "SOME UNRELATED NAME";
  q.type = EntityType::kVessel;
  q.identifiers.push_back(Identifier{"imo", "8660313", "", ""});
  auto hits = index->Screen(q, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity->id, "us_ofac_sdn:23729");
  EXPECT_GE(hits[0].score, 0.99);
  EXPECT_NE(hits[0].explanation.summary.find("imo 8660313"), std::string::npos)
      << hits[0].explanation.summary;
  // Without a name at all.
  q.name.clear();
  hits = index->Screen(q, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity->id, "us_ofac_sdn:23729");
}

TEST(RealLists, BirthDateSeparatesNamesakes) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  Query q;
  q.name = "Kim Jong Un";
  q.birth_date = "1984-01-08";
  auto hits = index->Screen(q, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity->id, "us_ofac_sdn:20157");
  q.birth_date = "1950";
  hits = index->Screen(q, {});
  for (const Hit& h : hits) EXPECT_NE(h.entity->id, "us_ofac_sdn:20157") << h.score;
}

TEST(RealLists, ScanFindsKimJongUnInANewsStory) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  const std::string story =
      "SEOUL, March 3 - North Korea fired two short-range ballistic missiles into the sea on\n"
      "Tuesday, South Korea's military said. The launch came days after leader KIM JONG-UN's\n"
      "sister warned the United States and its allies. South Korean President Yoon Suk Yeol\n"
      "convened his national security council, and Japan's Prime Minister Fumio Kishida called\n"
      "the launches a threat to peace. State media said Kim Jong Un oversaw the test himself.\n"
      "Analysts in Washington and Tokyo said the country's weapons programme is growing.";
  auto mentions = index->Scan(story, {});
  bool kim = false;
  for (const Mention& m : mentions) {
    EXPECT_EQ(m.hit.entity->id, "us_ofac_sdn:20157")
        << "unexpected mention '" << m.text << "' -> " << m.hit.entity->id << " "
        << m.hit.explanation.summary;
    if (m.hit.entity->id == "us_ofac_sdn:20157") {
      kim = true;
      EXPECT_EQ(story.substr(m.byte_begin, m.byte_end - m.byte_begin), m.text);
    }
  }
  EXPECT_TRUE(kim);
  EXPECT_EQ(mentions.size(), 2u);  // both spellings, each once
}

TEST(RealLists, ScanSeesOtherScriptsAndLineBreaks) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  auto mentions = index->Scan("북한의 김정은 위원장이 말했다. Also: Kim\nJong Un.", {});
  size_t kim = 0;
  for (const Mention& m : mentions) kim += m.hit.entity->id == "us_ofac_sdn:20157";
  EXPECT_GE(kim, 1u);
}

TEST(RealLists, ScanReportsNothingInOrdinaryText) {
  auto index = RealIndex();
  ASSERT_TRUE(index);
  auto mentions = index->Scan(
      "The weather in London was mild on Monday. The Bank of England kept rates unchanged and "
      "the Prime Minister met business leaders from Germany, France and China.",
      {});
  for (const Mention& m : mentions) ADD_FAILURE() << m.text << " -> " << m.hit.entity->id;
}

}  // namespace
}  // namespace sanctions
