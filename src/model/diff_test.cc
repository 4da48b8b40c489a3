#include "sanctions/diff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sanctions {
namespace {

Entity Make(const std::string& id, EntityType type, const std::string& name,
            std::vector<std::string> programs = {}) {
  Entity e;
  e.list = "test";
  e.source_id = id;
  e.id = MakeEntityId(e.list, id);
  e.type = type;
  e.names.push_back({name, {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
  e.programs = std::move(programs);
  return e;
}

ListData MakeList(std::vector<Entity> entities) {
  ListData l;
  l.file = "test.csv";
  l.files = {"test.csv"};
  l.list = "test";
  l.entities = std::move(entities);
  return l;
}

const FieldChange* FindField(const EntityChange& c, const std::string& field) {
  for (const FieldChange& f : c.fields) {
    if (f.field == field) return &f;
  }
  return nullptr;
}

TEST(ProgramFamily, LeadingLettersOfCodes) {
  EXPECT_EQ(ProgramFamily("DPRK"), "DPRK");
  EXPECT_EQ(ProgramFamily("DPRK3"), "DPRK");
  EXPECT_EQ(ProgramFamily("DPRK-NKSPEA"), "DPRK");
  EXPECT_EQ(ProgramFamily("IRAN-EO13846"), "IRAN");
  EXPECT_EQ(ProgramFamily("RUSSIA-EO14024"), "RUSSIA");
  EXPECT_EQ(ProgramFamily("Al-Qaida"), "Al-Qaida");  // a name, not a code
  EXPECT_EQ(ProgramFamily("1718"), "1718");
  EXPECT_EQ(ProgramFamily(""), "");
}

TEST(DiffLists, AddedRemovedChangedUnchanged) {
  Entity kim = Make("1", EntityType::kPerson, "KIM, Jong Un", {"DPRK2"});
  Entity ship = Make("2", EntityType::kVessel, "CHON MA SAN", {"DPRK4"});
  Entity gone = Make("3", EntityType::kOrganization, "OLD CO", {"SDGT"});
  Entity same = Make("4", EntityType::kPerson, "SAME, Person", {"SDGT"});
  ListData old_list = MakeList({kim, ship, gone, same});

  Entity kim2 = kim;
  kim2.names.push_back({"KIM, Jong-un", {}, "", "", NameKind::kAka, NameQuality::kWeak});
  kim2.programs.push_back("DPRK3");
  kim2.birth_dates.push_back({{1984, 1, 8}, {}, false, "08 Jan 1984"});
  Entity ship2 = ship;
  ship2.vessel.flag = "KP";
  ship2.identifiers.push_back({"imo", "8660313", "", ""});
  Entity fresh = Make("5", EntityType::kVessel, "NEW SHIP", {"DPRK3", "DPRK4"});
  // Same content, other order of values, other position in the file: unchanged.
  Entity same2 = same;
  same2.source.line = 99;
  ListData new_list = MakeList({fresh, same2, ship2, kim2});

  ListDiff d = DiffLists(old_list, new_list);
  ASSERT_EQ(d.added.size(), 1u);
  EXPECT_EQ(d.added[0].source_id, "5");
  ASSERT_EQ(d.removed.size(), 1u);
  EXPECT_EQ(d.removed[0].source_id, "3");
  ASSERT_EQ(d.changed.size(), 2u);
  EXPECT_EQ(d.unchanged, 1u);
  EXPECT_TRUE(d.warnings.empty());
  // Changed in the new file's order: ship (2) before kim (1).
  EXPECT_EQ(d.changed[0].source_id, "2");
  EXPECT_EQ(d.changed[1].source_id, "1");
  EXPECT_EQ(d.changed[1].name, "KIM, Jong Un");

  const EntityChange& k = d.changed[1];
  const FieldChange* names = FindField(k, "names");
  ASSERT_NE(names, nullptr);
  EXPECT_TRUE(names->multi);
  EXPECT_EQ(names->added, std::vector<std::string>{"KIM, Jong-un (aka, weak)"});
  EXPECT_TRUE(names->removed.empty());
  const FieldChange* programs = FindField(k, "programs");
  ASSERT_NE(programs, nullptr);
  EXPECT_EQ(programs->added, std::vector<std::string>{"DPRK3"});
  const FieldChange* dob = FindField(k, "birth_dates");
  ASSERT_NE(dob, nullptr);
  EXPECT_EQ(dob->added, std::vector<std::string>{"1984-01-08 [08 Jan 1984]"});
  EXPECT_EQ(FindField(k, "type"), nullptr);

  const EntityChange& s = d.changed[0];
  const FieldChange* flag = FindField(s, "vessel.flag");
  ASSERT_NE(flag, nullptr);
  EXPECT_FALSE(flag->multi);
  EXPECT_EQ(flag->old_value, "");
  EXPECT_EQ(flag->new_value, "KP");
  const FieldChange* ids = FindField(s, "identifiers");
  ASSERT_NE(ids, nullptr);
  EXPECT_EQ(ids->added, std::vector<std::string>{"imo: 8660313"});

  // Summaries: by type and by programme, per family once per entity.
  EXPECT_EQ(d.by_type["vessel"].added, 1u);
  EXPECT_EQ(d.by_type["vessel"].changed, 1u);
  EXPECT_EQ(d.by_type["organization"].removed, 1u);
  EXPECT_EQ(d.by_type["person"].changed, 1u);
  EXPECT_EQ(d.by_program["DPRK3"].total.added, 1u);
  EXPECT_EQ(d.by_program["DPRK4"].by_type["vessel"].added, 1u);
  EXPECT_EQ(d.by_program_family["DPRK"].by_type["vessel"].added, 1u);  // not 2
  EXPECT_EQ(d.by_program_family["DPRK"].total.changed, 2u);
  EXPECT_EQ(d.by_program_family["SDGT"].total.removed, 1u);
  EXPECT_EQ(d.by_field["names"], 1u);
  EXPECT_EQ(d.by_field["vessel.flag"], 1u);
}

TEST(DiffLists, ReorderedValuesAreNotChanges) {
  Entity a = Make("1", EntityType::kPerson, "A");
  a.nationalities = {"KP", "CN"};
  a.remarks = {"one", "two"};
  Entity b = a;
  std::reverse(b.nationalities.begin(), b.nationalities.end());
  std::reverse(b.remarks.begin(), b.remarks.end());
  ListDiff d = DiffLists(MakeList({a}), MakeList({b}));
  EXPECT_TRUE(d.changed.empty());
  EXPECT_EQ(d.unchanged, 1u);
}

TEST(DiffLists, RepeatedValuesCountAsMultiset) {
  Entity a = Make("1", EntityType::kPerson, "A");
  a.remarks = {"x", "x"};
  Entity b = a;
  b.remarks = {"x"};
  ListDiff d = DiffLists(MakeList({a}), MakeList({b}));
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].fields[0].removed, std::vector<std::string>{"x"});
}

TEST(DiffLists, TypeChangeAndNamesThatRenderAlike) {
  Entity a = Make("1", EntityType::kOrganization, "ACME");
  Entity b = Make("1", EntityType::kVessel, "ACME");
  b.names[0].parts = {{"whole", "ACME"}};
  ListDiff d = DiffLists(MakeList({a}), MakeList({b}));
  ASSERT_EQ(d.changed.size(), 1u);
  const FieldChange* type = FindField(d.changed[0], "type");
  ASSERT_NE(type, nullptr);
  EXPECT_EQ(type->old_value, "organization");
  EXPECT_EQ(type->new_value, "vessel");
  const FieldChange* names = FindField(d.changed[0], "names");
  ASSERT_NE(names, nullptr);
  // Both render as "ACME": shown in full so the reader sees what differs.
  EXPECT_EQ(names->added, std::vector<std::string>{"ACME (primary, strong) {whole=ACME}"});
  EXPECT_EQ(names->removed, std::vector<std::string>{"ACME (primary, strong)"});
}

TEST(DiffLists, DuplicatesAndDifferentListsAreWarned) {
  Entity a = Make("1", EntityType::kPerson, "A");
  Entity a_again = Make("1", EntityType::kPerson, "A bis");
  ListData old_list = MakeList({a, a_again});
  ListData new_list = MakeList({a});
  new_list.list = "other";
  ListDiff d = DiffLists(old_list, new_list);
  EXPECT_EQ(d.unchanged, 1u);
  EXPECT_TRUE(d.removed.empty());
  ASSERT_EQ(d.warnings.size(), 2u);
  EXPECT_NE(d.warnings[0].find("different lists"), std::string::npos);
  EXPECT_NE(d.warnings[1].find("repeat a source id"), std::string::npos);
}

TEST(DiffLists, EntitiesWithoutSourceIdMatchByName) {
  Entity a = Make("", EntityType::kPerson, "NO ID");
  Entity b = a;
  b.gender = "female";
  ListDiff d = DiffLists(MakeList({a}), MakeList({b}));
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].fields[0].field, "gender");
}

TEST(DiffLists, JsonView) {
  Entity a = Make("1", EntityType::kVessel, "SHIP", {"DPRK3"});
  Entity b = a;
  b.vessel.flag = "PA";
  Entity c = Make("2", EntityType::kVessel, "NEW", {"DPRK4"});
  nlohmann::json j = ListDiffToJson(DiffLists(MakeList({a}), MakeList({b, c})));
  EXPECT_EQ(j["summary"]["added"], 1);
  EXPECT_EQ(j["summary"]["removed"], 0);
  EXPECT_EQ(j["summary"]["changed"], 1);
  EXPECT_EQ(j["summary"]["by_program_family"]["DPRK"]["by_type"]["vessel"]["added"], 1);
  EXPECT_EQ(j["added"][0]["source_id"], "2");
  EXPECT_EQ(j["added"][0]["type"], "vessel");
  EXPECT_EQ(j["added"][0]["name"], "NEW");
  EXPECT_EQ(j["changed"][0]["changes"][0]["field"], "vessel.flag");
  EXPECT_EQ(j["changed"][0]["changes"][0]["old"], "");
  EXPECT_EQ(j["changed"][0]["changes"][0]["new"], "PA");
  nlohmann::json full = ListDiffToJson(DiffLists(MakeList({a}), MakeList({b, c})), true);
  EXPECT_EQ(full["added"][0]["id"], "test:2");
  EXPECT_EQ(full["added"][0]["names"][0]["full"], "NEW");
}

// ---- The real files ----

std::string Shared(const std::string& rel) {
  return std::string(SANCTIONS_SHARED_DIR) + "/lists/" + rel;
}

ListData MustLoad(const std::string& rel) {
  auto r = LoadList(Shared(rel));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return {};
  return std::move(r).value();
}

// Expected added/removed counts computed independently from REFERENCE_NUMBER sets:
//   python3 + xml.etree / csv, as in docs/lists.md ("Checks on the real files").
// 2018->2020: +23 -102 (+16 ind +7 ent, -10 ind -92 ent); 2020->2026: +96 -107
// (+73 ind +23 ent, -52 ind -55 ent); 2018->2026: +111 -201.
TEST(DiffListsRealFiles, UnConsolidatedVersions) {
  ListData u2018 = MustLoad("un/consolidated_2018-10-29.xml");
  ListData u2020 = MustLoad("un/consolidated_2020-03-20.xml");
  ListData u2026 = MustLoad("un/consolidated_2026-02-27.xml");
  ASSERT_EQ(u2018.entities.size(), 1093u);
  ASSERT_EQ(u2020.entities.size(), 1014u);
  ASSERT_EQ(u2026.entities.size(), 1003u);

  ListDiff a = DiffLists(u2018, u2020);
  EXPECT_EQ(a.added.size(), 23u);
  EXPECT_EQ(a.removed.size(), 102u);
  EXPECT_EQ(a.by_type["person"].added, 16u);
  EXPECT_EQ(a.by_type["organization"].added, 7u);
  EXPECT_EQ(a.by_type["person"].removed, 10u);
  EXPECT_EQ(a.by_type["organization"].removed, 92u);
  EXPECT_EQ(a.added.size() + a.changed.size() + a.unchanged, u2020.entities.size());
  EXPECT_EQ(a.removed.size() + a.changed.size() + a.unchanged, u2018.entities.size());
  EXPECT_GT(a.changed.size(), 0u);
  EXPECT_TRUE(a.warnings.empty());

  ListDiff b = DiffLists(u2020, u2026);
  EXPECT_EQ(b.added.size(), 96u);
  EXPECT_EQ(b.removed.size(), 107u);
  EXPECT_EQ(b.by_type["person"].added, 73u);
  EXPECT_EQ(b.by_type["organization"].added, 23u);
  EXPECT_EQ(b.by_type["person"].removed, 52u);
  EXPECT_EQ(b.by_type["organization"].removed, 55u);
  EXPECT_EQ(b.added.size() + b.changed.size() + b.unchanged, u2026.entities.size());
  EXPECT_GT(b.changed.size(), 0u);

  ListDiff c = DiffLists(u2018, u2026);
  EXPECT_EQ(c.added.size(), 111u);
  EXPECT_EQ(c.removed.size(), 201u);
  EXPECT_EQ(c.added.size() + c.changed.size() + c.unchanged, u2026.entities.size());

  // A version compared with itself has no differences.
  ListDiff same = DiffLists(u2026, u2026);
  EXPECT_TRUE(same.added.empty());
  EXPECT_TRUE(same.removed.empty());
  EXPECT_TRUE(same.changed.empty());
  EXPECT_EQ(same.unchanged, 1003u);
}

// Expected figures computed independently from the ent_num column with Python's csv
// module (latin-1; programme column split on "] ["):
//   2021-07-07: 8976 rows, 2024-05-03: 14965 rows; added 6870, removed 881;
//   vessels with a DPRK* programme: 106 -> 105; added 0, removed 1 (25690 JW JEWEL);
//   any entity with a DPRK* programme: added 72, removed 2;
//   vessels added 461 (223 under RUSSIA-EO14024), removed 16; aircraft added 100, removed 1.
TEST(DiffListsRealFiles, OfacSdnCsv2021To2024) {
  ListData o2021 = MustLoad("ofac/csv_set_2021-07-07/sdn.csv");
  ListData o2024 = MustLoad("ofac/sdn_csv_2024-05-03/sdn.csv");
  ASSERT_EQ(o2021.entities.size(), 8976u);
  ASSERT_EQ(o2024.entities.size(), 14965u);
  ListDiff d = DiffLists(o2021, o2024);
  EXPECT_EQ(d.added.size(), 6870u);
  EXPECT_EQ(d.removed.size(), 881u);
  EXPECT_EQ(d.added.size() + d.changed.size() + d.unchanged, 14965u);
  EXPECT_EQ(d.by_program_family["DPRK"].by_type["vessel"].added, 0u);
  EXPECT_EQ(d.by_program_family["DPRK"].by_type["vessel"].removed, 1u);
  EXPECT_EQ(d.by_program_family["DPRK"].total.added, 72u);
  EXPECT_EQ(d.by_program_family["DPRK"].total.removed, 2u);
  EXPECT_EQ(d.by_type["vessel"].added, 461u);
  EXPECT_EQ(d.by_type["vessel"].removed, 16u);
  EXPECT_EQ(d.by_type["aircraft"].added, 100u);
  EXPECT_EQ(d.by_type["aircraft"].removed, 1u);
  EXPECT_EQ(d.by_program["RUSSIA-EO14024"].by_type["vessel"].added, 223u);
  auto jw = std::find_if(d.removed.begin(), d.removed.end(),
                         [](const Entity& e) { return e.source_id == "25690"; });
  ASSERT_NE(jw, d.removed.end());
  EXPECT_EQ(jw->names.at(0).full, "JW JEWEL");
  EXPECT_EQ(jw->type, EntityType::kVessel);
  // The 2021 set was read with its add/alt/comments companions, the 2024 sdn.csv alone.
  bool warned = false;
  for (const std::string& w : d.warnings)
    warned = warned || w.find("companion") != std::string::npos;
  EXPECT_TRUE(warned);
}

}  // namespace
}  // namespace sanctions
