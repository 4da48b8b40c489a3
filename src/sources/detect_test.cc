#include <gtest/gtest.h>

#include "sanctions/list.h"

namespace sanctions {
namespace {

std::string Shared(const std::string& rel) {
  return std::string(SANCTIONS_SHARED_DIR) + "/lists/" + rel;
}

struct Case {
  const char* path;
  const char* format;
};

TEST(DetectFormat, EveryRealFileByContent) {
  const Case cases[] = {
      {"ofac/sdn_csv_2024-05-03/sdn.csv", format::kOfacCsv},
      {"ofac/csv_set_2021-07-07", format::kOfacCsv},
      {"ofac/consolidated_nonsdn_csv/cons_prim.csv", format::kOfacCsv},
      {"ofac/consolidated_nonsdn_xml_2018-04-06/consolidated.xml", format::kOfacXml},
      {"ofac/consolidated_nonsdn_xml_2025-03-28/consolidated.xml", format::kOfacXml},
      {"ofac/sdn_xml_subset/sdn.xml", format::kOfacXml},
      {"ofac/consolidated_nonsdn_advanced_xml_2020-03-17/cons_advanced.xml",
       format::kOfacAdvancedXml},
      {"ofac/consolidated_nonsdn_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP",
       format::kOfacEnhancedXml},
      {"un/consolidated_2026-02-27.xml", format::kUnXml},
      {"eu/fsf_xml_subset_sample_eu.xml", format::kEuXml},
      {"uk/ofsi_conlist_2020-04-27.csv", format::kUkCsv},
      {"us_csl/consolidated_2022-05.csv.gz", format::kCslCsv},
      {"us_csl/csl_subset_2023-11-30.csv", format::kCslCsv},
      {"us_bis/dpl_2023-11.txt", format::kBisDpl},
      {"ca/sema-lmes_2025-05.xml", format::kCaSemaXml},
      {"au/dfat_regulation8_consolidated_2024-11.xlsx", format::kAuDfatXlsx},
      {"ch/seco_amendment_example_2024-01-17.xml", format::kChSecoXml},
      {"opensanctions_ftm/yente_fixture_t1_entities.ftm.json", format::kFtmJson},
  };
  for (const Case& c : cases) {
    auto r = DetectFormat(Shared(c.path));
    ASSERT_TRUE(r.ok()) << c.path << ": " << r.status().ToString();
    EXPECT_EQ(*r, c.format) << c.path;
  }
}

TEST(DetectFormat, NotAListFailsWithTheFileName) {
  auto r = DetectFormat(std::string(SANCTIONS_SHARED_DIR) + "/STYLE.md");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  EXPECT_NE(r.status().message().find("STYLE.md"), std::string::npos);
}

}  // namespace
}  // namespace sanctions
