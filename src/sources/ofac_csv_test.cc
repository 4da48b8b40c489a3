// OFAC legacy CSV reader on the real files in ../shared/lists/ofac and on small fixtures.
// Expected counts were computed independently with Python's csv module (cp1252), e.g.
//   python3 -c "import csv,collections; rows=[r for r in csv.reader(open('sdn.csv',
//     encoding='cp1252', newline='')) if len(r)>1]; print(collections.Counter(r[2].strip()
//     for r in rows))"
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sanctions/list.h"
#include "sources/ofac_remarks.h"

namespace sanctions {
namespace {

const std::string kOfac = std::string(SANCTIONS_SHARED_DIR) + "/lists/ofac/";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/ofac/";

Result<ListData> Load(const std::string& path) {
  LoadOptions o;
  o.format = format::kOfacCsv;
  return LoadList(path, o);
}

// The 2024 sdn.csv, loaded once for the tests that read it.
const Result<ListData>& Sdn2024() {
  static const Result<ListData> r = Load(kOfac + "sdn_csv_2024-05-03/sdn.csv");
  return r;
}

std::map<std::string, int> CountTypes(const ListData& d) {
  std::map<std::string, int> m;
  for (const Entity& e : d.entities) ++m[std::string(EntityTypeName(e.type))];
  return m;
}

const Entity* Find(const ListData& d, std::string_view source_id) {
  for (const Entity& e : d.entities) {
    if (e.source_id == source_id) return &e;
  }
  return nullptr;
}

const Identifier* FindId(const Entity& e, std::string_view type) {
  for (const Identifier& id : e.identifiers) {
    if (id.type == type) return &id;
  }
  return nullptr;
}

TEST(OfacCsv, Sdn2024CountsByType) {
  const auto& r = Sdn2024();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_sdn");
  EXPECT_EQ(r->entities.size(), 14965u);
  auto m = CountTypes(*r);
  EXPECT_EQ(m["person"], 6854);
  EXPECT_EQ(m["organization"], 6884);
  EXPECT_EQ(m["vessel"], 851);
  EXPECT_EQ(m["aircraft"], 376);
  EXPECT_TRUE(r->rejections.empty()) << r->rejections.front().ToString();
  EXPECT_EQ(r->files.size(), 1u);  // an sdn.csv alone is a valid partial set
  // Vessels with an IMO number. python: re.search(r'Vessel Registration Identification\s+IMO
  // \s+\d+', remarks) -> 843 vessels, plus 17104 and 33809 that give a bare 7-digit number
  // ("Vessel Registration Identification 8606173") = 845. DPRK-programme vessels: 105.
  int with_imo = 0, dprk = 0;
  for (const Entity& e : r->entities) {
    if (e.type != EntityType::kVessel) continue;
    for (const Identifier& id : e.identifiers) {
      if (id.type == "imo" && id.note.empty()) {
        ++with_imo;
        break;
      }
    }
    for (const std::string& p : e.programs) {
      if (p.starts_with("DPRK")) {
        ++dprk;
        break;
      }
    }
  }
  EXPECT_EQ(with_imo, 845);
  EXPECT_EQ(dprk, 105);
}

TEST(OfacCsv, KimJongUnFieldByField) {
  const auto& r = Sdn2024();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = Find(*r, "20157");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "us_ofac_sdn:20157");
  EXPECT_EQ(e->type, EntityType::kPerson);
  ASSERT_EQ(e->names.size(), 1u);
  EXPECT_EQ(e->names[0].full, "KIM, Jong Un");
  EXPECT_EQ(e->names[0].kind, NameKind::kPrimary);
  ASSERT_EQ(e->names[0].parts.size(), 2u);
  EXPECT_EQ(e->names[0].parts[0], (NamePart{"family", "KIM"}));
  EXPECT_EQ(e->names[0].parts[1], (NamePart{"given", "Jong Un"}));
  ASSERT_EQ(e->birth_dates.size(), 1u);
  EXPECT_EQ(e->birth_dates[0].from.ToString(), "1984-01-08");
  EXPECT_EQ(e->programs, std::vector<std::string>{"DPRK3"});
  EXPECT_EQ(e->positions, std::vector<std::string>{"Chairman of the Workers' Party of Korea"});
  ASSERT_EQ(e->sanctions_notes.size(), 2u);
  EXPECT_EQ(e->sanctions_notes[0],
            "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and "
            "510.210");
  EXPECT_TRUE(e->remarks.empty());
  EXPECT_EQ(e->source.file, "sdn.csv");
  EXPECT_EQ(e->source.line, 4157u);  // grep -n '^20157,' sdn.csv
}

TEST(OfacCsv, ChonMaSanVessel) {
  const auto& r = Sdn2024();
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Entity* e = Find(*r, "23729");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kVessel);
  EXPECT_EQ(e->names.at(0).full, "CHON MA SAN");
  EXPECT_TRUE(e->names[0].parts.empty());
  const Identifier* imo = FindId(*e, "imo");
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "8660313");
  EXPECT_EQ(e->vessel.flag_name, "Democratic People's Republic of Korea");
  EXPECT_EQ(e->vessel.flag, "KP");
  EXPECT_EQ(e->programs, std::vector<std::string>{"DPRK4"});
  ASSERT_EQ(e->links.size(), 1u);
  EXPECT_EQ(e->links[0].relation, "linked_to");
  EXPECT_EQ(e->links[0].target_name, "KOREA ACHIM SHIPPING CO");
}

TEST(OfacCsv, Set2021WithCompanions) {
  // The folder form; companions are found beside sdn.csv.
  auto r = Load(kOfac + "csv_set_2021-07-07");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->entities.size(), 8976u);
  auto m = CountTypes(*r);
  EXPECT_EQ(m["person"], 4620);
  EXPECT_EQ(m["organization"], 3673);
  EXPECT_EQ(m["vessel"], 406);
  EXPECT_EQ(m["aircraft"], 277);
  EXPECT_EQ(r->files.size(), 4u);
  EXPECT_TRUE(r->rejections.empty());
  EXPECT_TRUE(r->warnings.empty());
  // python: 11910 alt.csv rows; 2441 remarks aliases (with comments); 13837 add.csv rows
  // of which 2397 are all "-0-".
  size_t strong_aliases = 0, weak_aliases = 0, addresses = 0, links = 0;
  for (const Entity& e : r->entities) {
    for (const Name& n : e.names) {
      if (n.kind == NameKind::kPrimary) continue;
      (n.quality == NameQuality::kWeak ? weak_aliases : strong_aliases)++;
    }
    addresses += e.addresses.size();
    links += e.links.size();
  }
  EXPECT_EQ(strong_aliases, 11910u);
  EXPECT_EQ(weak_aliases, 2441u);
  EXPECT_EQ(addresses, 13837u - 2397u);
  EXPECT_EQ(links, 3408u);

  // BANCO NACIONAL DE CUBA: a.k.a. in alt.csv, weak a.k.a. in remarks, four addresses.
  const Entity* bnc = Find(*r, "306");
  ASSERT_NE(bnc, nullptr);
  EXPECT_EQ(bnc->type, EntityType::kOrganization);
  ASSERT_EQ(bnc->names.size(), 3u);
  EXPECT_EQ(bnc->names[0].full, "BANCO NACIONAL DE CUBA");
  EXPECT_EQ(bnc->names[1].full, "BNC");
  EXPECT_EQ(bnc->names[1].quality, NameQuality::kWeak);
  EXPECT_EQ(bnc->names[2].full, "NATIONAL BANK OF CUBA");
  EXPECT_EQ(bnc->names[2].kind, NameKind::kAka);
  EXPECT_EQ(bnc->names[2].quality, NameQuality::kStrong);
  ASSERT_EQ(bnc->addresses.size(), 4u);
  EXPECT_EQ(bnc->addresses[0].street, "Zweierstrasse 35");
  EXPECT_EQ(bnc->addresses[0].city, "Zurich CH-8022");
  EXPECT_EQ(bnc->addresses[0].country_name, "Switzerland");
  EXPECT_EQ(bnc->addresses[0].country, "CH");
  EXPECT_EQ(bnc->addresses[0].full, "Zweierstrasse 35, Zurich CH-8022, Switzerland");

  // LI, Jiadong: remarks cut at "...; P" continue in sdn_comments.csv with "hone Number".
  const Entity* li = Find(*r, "28264");
  ASSERT_NE(li, nullptr);
  EXPECT_EQ(li->programs, (std::vector<std::string>{"DPRK3", "CYBER2"}));
  EXPECT_EQ(li->phones, (std::vector<std::string>{"8613314257947", "8618004121000"}));
  EXPECT_EQ(std::count_if(li->identifiers.begin(), li->identifiers.end(),
                          [](const Identifier& i) { return i.type == "crypto"; }),
            12);
  const Identifier* nid = FindId(*li, "national_id");
  ASSERT_NE(nid, nullptr);
  EXPECT_EQ(nid->value, "210302198701102136");
  EXPECT_EQ(nid->country, "CN");
  ASSERT_EQ(li->links.size(), 1u);
  EXPECT_EQ(li->links[0].target_name, "LAZARUS GROUP");
  EXPECT_EQ(li->names.back().full, "khaleesi");
  EXPECT_EQ(li->addresses.at(0).city, "Anshan, Liaoning");
  EXPECT_EQ(li->sanctions_notes.size(), 2u);
  EXPECT_TRUE(li->remarks.empty());
}

TEST(OfacCsv, ConsolidatedSet) {
  auto r = Load(kOfac + "consolidated_nonsdn_csv/cons_prim.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "us_ofac_cons");
  EXPECT_EQ(r->entities.size(), 442u);
  auto m = CountTypes(*r);
  EXPECT_EQ(m["organization"], 363);
  EXPECT_EQ(m["person"], 79);
  EXPECT_EQ(r->files.size(), 4u);
  EXPECT_EQ(r->entities[0].id.substr(0, 13), "us_ofac_cons:");
  size_t strong = 0;
  for (const Entity& e : r->entities) {
    for (const Name& n : e.names)
      strong += n.kind != NameKind::kPrimary && n.quality == NameQuality::kStrong;
  }
  EXPECT_EQ(strong, 1073u);  // cons_alt.csv rows
}

TEST(OfacCsv, CompanionsWithoutMainFileIsAnError) {
  auto r = Load(kOfac + "csv_2025-12-24_partial");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("sdn.csv is missing"), std::string::npos)
      << r.status().ToString();
  auto r2 = Load(kOfac + "csv_2025-12-24_partial/alt.csv");
  ASSERT_FALSE(r2.ok());
  EXPECT_NE(r2.status().message().find("sdn.csv"), std::string::npos);
  auto r3 = Load(kData + "companions_only");
  ASSERT_FALSE(r3.ok());
}

TEST(OfacCsv, BadRowsAreRejectedWithLineNumbersAndTheRestLoads) {
  auto r = Load(kData + "bad_entnum/sdn.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 3u);
  ASSERT_EQ(r->rejections.size(), 2u);
  EXPECT_EQ(r->rejections[0].line, 2u);
  EXPECT_EQ(r->rejections[0].field, "ent_num");
  EXPECT_EQ(r->rejections[0].file, "sdn.csv");
  EXPECT_EQ(r->rejections[1].line, 4u);
  // CP1252 decoding, an impossible DOB kept as text rather than invented.
  const Entity* jose = Find(*r, "306");
  ASSERT_NE(jose, nullptr);
  EXPECT_EQ(jose->names[0].full, "JOSÉ, María");
  EXPECT_TRUE(jose->birth_dates.empty());
  EXPECT_EQ(jose->nationalities, std::vector<std::string>{"ES"});
  LoadOptions strict;
  strict.format = format::kOfacCsv;
  strict.strict = true;
  EXPECT_FALSE(LoadList(kData + "bad_entnum/sdn.csv", strict).ok());
}

TEST(OfacCsv, UnknownIdsInCompanionsAreWarnings) {
  auto r = Load(kData + "unknown_ids/SDN.CSV");  // case-insensitive companion names
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->entities.size(), 1u);
  EXPECT_EQ(r->files.size(), 4u);
  EXPECT_EQ(r->warnings.size(), 3u);
  const Entity& e = r->entities[0];
  EXPECT_EQ(e.names.size(), 2u);
  EXPECT_EQ(e.addresses.size(), 1u);  // the all-null row is skipped
  const Identifier* pp = FindId(e, "passport");
  ASSERT_NE(pp, nullptr);  // "...; Pa" + "ssport 123 (Cuba)."
  EXPECT_EQ(pp->value, "123");
  EXPECT_EQ(pp->country, "CU");
}

// Every real OFAC file loads with its format detected from content (no --format).
TEST(OfacFormats, DetectedAndLoadedWithoutAFormat) {
  const std::pair<const char*, const char*> cases[] = {
      {"csv_set_2021-07-07", format::kOfacCsv},
      {"csv_set_2021-07-07/sdn.csv", format::kOfacCsv},
      {"consolidated_nonsdn_csv", format::kOfacCsv},
      {"consolidated_nonsdn_xml_2018-04-06/consolidated.xml", format::kOfacXml},
      {"consolidated_nonsdn_xml_2025-03-28/consolidated.xml", format::kOfacXml},
      {"sdn_xml_subset/sdn.xml", format::kOfacXml},
      {"consolidated_nonsdn_advanced_xml_2020-03-17/cons_advanced.xml", format::kOfacAdvancedXml},
      {"consolidated_nonsdn_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP", format::kOfacEnhancedXml},
  };
  for (const auto& [file, fmt] : cases) {
    SCOPED_TRACE(file);
    auto r = LoadList(kOfac + file);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->format, fmt);
    EXPECT_FALSE(r->entities.empty());
  }
}

TEST(OfacCsv, HeaderRowOfAReExportIsSkipped) {
  auto r = Load(kData + "with_header_sdn.csv");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->entities.size(), 1u);
  EXPECT_TRUE(r->rejections.empty());
}

TEST(OfacCsv, EmptyAndBinaryFilesFail) {
  auto e = Load(kData + "empty/sdn.csv");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), Status::Code::kCorruption);
  EXPECT_NE(e.status().message().find("empty"), std::string::npos);
  EXPECT_NE(e.status().message().find("sdn.csv"), std::string::npos);
  auto b = Load(kData + "binary/sdn.csv");
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("encoding"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
