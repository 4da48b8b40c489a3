// BIS Denied Persons List reader. Expected counts from an independent python3 parse
// (csv.reader delimiter='\t'; the legal-form token rule of bis_dpl.cc re-implemented):
// 665 rows, 125 organizations, 540 unknown; 546 distinct names.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "sanctions/list.h"

namespace sanctions {
namespace {

const std::string kDpl = std::string(SANCTIONS_SHARED_DIR) + "/lists/us_bis/dpl_2023-11.txt";
const std::string kFixtures = std::string(SANCTIONS_TESTDATA_DIR) + "/bis/";

// Loads once per file and test program: the real files are large and read-only.
const Result<ListData>& Load(const std::string& path) {
  static auto* cache = new std::map<std::string, Result<ListData>>();
  auto it = cache->find(path);
  if (it == cache->end()) {
    LoadOptions opts;
    opts.format = format::kBisDpl;
    it = cache->emplace(path, LoadList(path, opts)).first;
  }
  return it->second;
}

std::string Extra(const Entity& e, const std::string& label) {
  for (const auto& [l, v] : e.extra)
    if (l == label) return v;
  return "";
}

TEST(BisDplTest, RealFileCounts) {
  const auto& r = Load(kDpl);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const ListData& d = *r;
  EXPECT_EQ(d.list, "us_bis_dpl");
  // sha256sum dpl_2023-11.txt
  EXPECT_EQ(d.sha256, "b4d9a287f8527af7c5713f7cc03751c639819aa44595863088506a80cd63988a");
  EXPECT_EQ(d.entities.size(), 665u);
  EXPECT_EQ(d.rejections.size(), 0u);
  std::map<EntityType, int> m;
  std::set<std::string> ids;
  for (const Entity& e : d.entities) {
    ++m[e.type];
    ids.insert(e.id);
  }
  EXPECT_EQ(m[EntityType::kOrganization], 125);
  EXPECT_EQ(m[EntityType::kUnknown], 540);
  EXPECT_EQ(ids.size(), 665u);  // ids unique, duplicates suffixed
}

TEST(BisDplTest, TypoDateKeptWithWarning) {
  const auto& r = Load(kDpl);
  ASSERT_TRUE(r.ok());
  const Entity* jose = nullptr;
  for (const Entity& e : r->entities) {
    if (e.names[0].full == "JOSE ERNESTO GARCIA") jose = &e;
  }
  ASSERT_NE(jose, nullptr);
  EXPECT_EQ(jose->source.line, 316u);
  EXPECT_EQ(Extra(*jose, "last_update"), "3033-09-30");
  EXPECT_EQ(Extra(*jose, "expiration_date"), "02/03/2030");
  EXPECT_EQ(jose->listed_on.from, (PartialDate{2022, 9, 26}));
  bool warned = false;
  for (const Warning& w : r->warnings) {
    if (w.line == 316 && w.message.find("3033-09-30") != std::string::npos) warned = true;
  }
  EXPECT_TRUE(warned);
}

TEST(BisDplTest, RowFieldByField) {
  const auto& r = Load(kDpl);
  ASSERT_TRUE(r.ok());
  const Entity& e = r->entities[1];  // line 3
  EXPECT_EQ(e.source.line, 3u);
  EXPECT_EQ(e.names[0].full, "AARON ABRAHAM VILLA");
  EXPECT_EQ(e.type, EntityType::kUnknown);
  ASSERT_EQ(e.addresses.size(), 1u);
  EXPECT_EQ(e.addresses[0].street, "3415 RIVERA AVENUE");
  EXPECT_EQ(e.addresses[0].city, "EL PASO");
  EXPECT_EQ(e.addresses[0].region, "TX");
  EXPECT_EQ(e.addresses[0].postal_code, "79905");
  EXPECT_EQ(e.addresses[0].country, "");
  EXPECT_EQ(e.listed_on.from, (PartialDate{2022, 8, 24}));
  EXPECT_EQ(Extra(e, "fr_citation"), "87 F.R. 52741 8/29/2022");
  EXPECT_EQ(Extra(e, "action"), "F.R. NOTICE ADDED");
  EXPECT_EQ(Extra(e, "standard_order"), "Y");
  EXPECT_EQ(e.source_id.size(), 12u);
  // Stable id: same input, same id on a second load.
  LoadOptions opts;
  opts.format = format::kBisDpl;
  auto again = LoadList(kDpl, opts);  // a fresh load, not the cached one
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->entities[1].id, e.id);
}

TEST(BisDplTest, BadRowsRejectedRestLoads) {
  const auto& r = Load(kFixtures + "bad_rows.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 2u);
  EXPECT_EQ(r->entities[0].type, EntityType::kOrganization);
  EXPECT_EQ(r->entities[0].addresses[0].country, "US");
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].line, 3u);
  EXPECT_EQ(r->rejections[1].line, 4u);
  EXPECT_EQ(r->rejections[1].field, "Name");
  EXPECT_EQ(r->entities[1].listed_on.text, "13/45/2020");
}

// Found by fuzz_bis_dpl: a header with an extra column moved the fields right, and a
// short row was read past its end.
TEST(BisDplTest, ColumnsFoundByHeaderShortRowRejected) {
  const auto& r = Load(kFixtures + "extra_column.txt");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  EXPECT_EQ(r->entities[0].names[0].full, "JOHN DOE");
  EXPECT_EQ(r->entities[0].addresses[0].country, "US");
  ASSERT_EQ(r->rejections.size(), 1u);
  EXPECT_EQ(r->rejections[0].line, 3u);
}

TEST(BisDplTest, EmptyAndForeignFail) {
  const auto& empty = Load(kFixtures + "empty.txt");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("empty.txt: empty file"), std::string::npos);
  const auto& other = Load(kFixtures + "not_dpl.txt");
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.status().code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace sanctions
