#include <gtest/gtest.h>

#include "sanctions/screen.h"

namespace sanctions {
namespace {

Entity MakeEntity(std::string list, std::string id, EntityType type,
                  std::vector<std::string> names) {
  Entity e;
  e.list = list;
  e.source_id = id;
  e.id = MakeEntityId(list, id);
  e.type = type;
  for (auto& n : names)
    e.names.push_back(Name{n, {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
  return e;
}

std::shared_ptr<const Index> SmallIndex() {
  ListData l;
  l.list = "us_ofac_sdn";
  l.entities.push_back(MakeEntity("us_ofac_sdn", "20157", EntityType::kPerson, {"KIM, Jong Un"}));
  Entity v = MakeEntity("us_ofac_sdn", "23729", EntityType::kVessel, {"CHON MA SAN"});
  v.identifiers.push_back(Identifier{"imo", "8660313", "", ""});
  l.entities.push_back(v);
  l.entities.push_back(
      MakeEntity("us_ofac_sdn", "1", EntityType::kOrganization, {"KOREA ACHIM SHIPPING CO."}));
  l.entities.push_back(MakeEntity("us_ofac_sdn", "2", EntityType::kVessel, {"YU JONG 2"}));
  std::vector<ListData> lists;
  lists.push_back(std::move(l));
  auto r = Index::Build(std::move(lists));
  EXPECT_TRUE(r.ok());
  return *r;
}

TEST(Index, ScreenFindsKim) {
  auto index = SmallIndex();
  for (const char* name : {"김정은", "Gim Jeong-eun", "Kim Chong-un", "Jong Un Kim"}) {
    Query q;
    q.name = name;
    auto hits = index->Screen(q, {});
    ASSERT_FALSE(hits.empty()) << name;
    EXPECT_EQ(hits[0].entity->source_id, "20157") << name;
    EXPECT_FALSE(hits[0].explanation.summary.empty());
  }
}

TEST(Index, ImoIsDecisive) {
  auto index = SmallIndex();
  Query q;
  q.name = "Some Other Name";
  q.identifiers.push_back(Identifier{"imo", "IMO 8660313", "", ""});
  auto hits = index->Screen(q, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity->source_id, "23729");
  EXPECT_GE(hits[0].score, 0.99);
}

TEST(Index, FindAndStats) {
  auto index = SmallIndex();
  ASSERT_NE(index->Find("us_ofac_sdn", "20157"), nullptr);
  EXPECT_EQ(index->Find("us_ofac_sdn", "nope"), nullptr);
  EXPECT_EQ(index->stats().entities, 4u);
}

TEST(Index, ScanFindsKimInNews) {
  auto index = SmallIndex();
  std::string text =
      "PYONGYANG (Reuters) - North Korean leader Kim Jong-un's sister said on Tuesday that the\n"
      "country would respond. South Korea's president and the United States declined to comment.";
  auto mentions = index->Scan(text, {});
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].hit.entity->source_id, "20157");
  EXPECT_EQ(mentions[0].text, "Kim Jong-un");
}

}  // namespace
}  // namespace sanctions

namespace sanctions {
namespace {

// Hostile input: nothing may crash, scores stay in [0, 1].
TEST(Index, HostileInputIsSafe) {
  auto index = SmallIndex();
  std::string long_name;
  for (int i = 0; i < 3000; ++i) long_name += "kim jong un a b c 2 ";
  std::vector<std::string> inputs = {long_name,
                                     std::string("\xff\xfe\xc3", 3),
                                     "",
                                     "   ",
                                     std::string(100000, 'x'),
                                     "\xe2\x80\x8b\xcc\x81\xcc\x81",
                                     "ㅋㅋㅋ",
                                     "'s's's",
                                     "--",
                                     "M/V",
                                     "S.A."};
  for (const std::string& in : inputs) {
    Query q;
    q.name = in;
    q.birth_date = in;
    q.countries = {in};
    q.identifiers.push_back(Identifier{"imo", in, "", ""});
    ScreenOptions o;
    o.limit = 0;
    o.threshold = 0.0;
    for (const Hit& h : index->Screen(q, o)) {
      EXPECT_GE(h.score, 0.0);
      EXPECT_LE(h.score, 1.0);
    }
    index->Scan(in, {});
    CompareNames(in, "Kim Jong Un", EntityType::kUnknown);
  }
}

}  // namespace
}  // namespace sanctions
