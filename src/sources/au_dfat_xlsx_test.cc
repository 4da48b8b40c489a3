// Tests of the xlsx reader and the Australia DFAT reader, on the real 2024-11 workbook
// and on fixtures written by tests/data/au/make_fixtures.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "sanctions/list.h"
#include "sources/source_text.h"
#include "sources/test_util.h"
#include "sources/xlsx.h"

namespace sanctions {
namespace {

const std::string kDfat =
    std::string(SANCTIONS_SHARED_DIR) + "/lists/au/dfat_regulation8_consolidated_2024-11.xlsx";
const std::string kData = std::string(SANCTIONS_TESTDATA_DIR) + "/au/";

using test_util::Find;

bool HasName(const Entity& e, const std::string& full, NameKind kind, const std::string& script) {
  return std::any_of(e.names.begin(), e.names.end(), [&](const Name& n) {
    return n.full == full && n.kind == kind && n.script == script;
  });
}

TEST(XlsxTest, ColumnIndex) {
  EXPECT_EQ(XlsxColumnIndex("A1"), 0);
  EXPECT_EQ(XlsxColumnIndex("C7"), 2);
  EXPECT_EQ(XlsxColumnIndex("AB12"), 27);
  EXPECT_EQ(XlsxColumnIndex("XFD1"), 16383);
  EXPECT_EQ(XlsxColumnIndex("XFE1"), -1);
  EXPECT_EQ(XlsxColumnIndex("ZZZZZZZZ1"), -1);
  EXPECT_EQ(XlsxColumnIndex("1"), -1);
}

TEST(XlsxTest, ReadsCellKindsAndGaps) {
  auto sheet = ReadXlsxSheet(kData + "mini.xlsx");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  EXPECT_EQ(sheet->name, "Consolidated");
  ASSERT_EQ(sheet->rows.size(), 9u);
  const XlsxRow& r2 = sheet->rows[1];
  EXPECT_EQ(r2.number, 2u);
  EXPECT_EQ(r2.Text(0), "7");
  EXPECT_TRUE(r2.Numeric(0));
  EXPECT_EQ(r2.Text(1), "TEST PERSON ONE");
  EXPECT_FALSE(r2.Numeric(1));
  EXPECT_EQ(r2.Text(7), "");  // H2 absent: a gap
  EXPECT_EQ(r2.Text(8), "");
  EXPECT_EQ(r2.Text(11), "41988");
  const XlsxRow& r4 = sheet->rows[3];
  EXPECT_EQ(r4.Text(1), "TEST ENTITY TWO");       // rich runs joined, phonetic run dropped
  EXPECT_EQ(r4.Text(8), "Founded 2012");          // formula string
  EXPECT_EQ(sheet->rows[2].Text(1), "محمد حسن");  // inline string
  EXPECT_EQ(XlsxModified(kData + "mini.xlsx"), "2024-05-06T07:08:09Z");
}

TEST(XlsxTest, RejectsNonWorkbooks) {
  auto a = ReadXlsxSheet(kData + "not_xlsx.zip");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), Status::Code::kCorruption);
  EXPECT_NE(a.status().message().find("no xl/workbook.xml"), std::string::npos)
      << a.status().message();
  auto b = ReadXlsxSheet(kData + "truncated.xlsx");
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().code(), Status::Code::kCorruption);
  EXPECT_NE(b.status().message().find("truncated.xlsx"), std::string::npos);
}

TEST(SourceTextTest, SplitEnumerated) {
  EXPECT_EQ(SplitEnumerated("a) Algeria b) Mali c) Niger"),
            (std::vector<std::string>{"Algeria", "Mali", "Niger"}));
  EXPECT_EQ(SplitEnumerated("a)1960 b)1961;"), (std::vector<std::string>{"1960", "1961"}));
  EXPECT_EQ(SplitEnumerated("(a) x; (b) y"), (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(SplitEnumerated("Unit(a) b) c"), (std::vector<std::string>{"Unit(a) b) c"}));
  EXPECT_EQ(SplitEnumerated("  "), std::vector<std::string>{});
  EXPECT_EQ(DetectScript("محمد حسن"), "Arab");
  EXPECT_EQ(DetectScript("Амир Хазмат"), "Cyrl");
  EXPECT_EQ(DetectScript("Kim Jong Un"), "Latn");
  EXPECT_EQ(DetectScript("123 -"), "");
  EXPECT_TRUE(IsNullMarker(" N/A "));
  EXPECT_FALSE(IsNullMarker("Nauru"));
}

TEST(DfatTest, MiniFixture) {
  LoadOptions o;
  o.format = format::kAuDfatXlsx;
  auto r = LoadList(kData + "mini.xlsx", o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->list, "au_dfat");
  EXPECT_EQ(r->published, "2024-05-06");
  ASSERT_EQ(r->entities.size(), 2u);
  const Entity* p = Find(*r, "7");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->id, "au_dfat:7");
  EXPECT_EQ(p->type, EntityType::kPerson);
  ASSERT_EQ(p->names.size(), 3u);
  EXPECT_EQ(p->names[0].full, "TEST PERSON ONE");
  EXPECT_EQ(p->names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(HasName(*p, "محمد حسن", NameKind::kAka, "Arab"));
  EXPECT_TRUE(HasName(*p, "T. P. ONE", NameKind::kAka, "Latn"));
  ASSERT_GE(p->birth_dates.size(), 3u);
  EXPECT_EQ(p->birth_dates[0].from.ToString(), "1966-01-01");  // serial 24108
  EXPECT_EQ(p->birth_dates[1].from.ToString(), "1960");
  EXPECT_TRUE(p->birth_dates[2].circa);
  EXPECT_EQ(p->listed_on.from.ToString(), "2014-06-02");
  EXPECT_EQ(p->programs, std::vector<std::string>{"1518 (Iraq)"});
  ASSERT_EQ(p->birth_places.size(), 1u);
  EXPECT_EQ(p->birth_places[0].country, "IQ");
  EXPECT_EQ(p->source.element, "Consolidated/row[2]");
  const Entity* o2 = Find(*r, "8");
  ASSERT_NE(o2, nullptr);
  EXPECT_EQ(o2->type, EntityType::kOrganization);
  EXPECT_EQ(o2->names[0].full, "TEST ENTITY TWO");
  EXPECT_EQ(o2->remarks, std::vector<std::string>{"Founded 2012"});
  // Rejected: the nameless row 6, the non-numeric reference, the group without a primary.
  ASSERT_EQ(r->rejections.size(), 3u);
  EXPECT_EQ(r->rejections[0].element, "Consolidated/row[6]");
  EXPECT_EQ(r->rejections[1].field, "Reference");
  EXPECT_NE(r->rejections[2].reason.find("no 'Primary Name'"), std::string::npos);
  // The unknown name type is a warning.
  bool warned = std::any_of(r->warnings.begin(), r->warnings.end(), [](const Warning& w) {
    return w.message.find("nickname") != std::string::npos;
  });
  EXPECT_TRUE(warned);
}

TEST(DfatTest, NotAWorkbook) {
  LoadOptions o;
  o.format = format::kAuDfatXlsx;
  auto r = LoadList(kData + "not_xlsx.zip", o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  auto t = LoadList(kData + "truncated.xlsx", o);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorruption);
}

// Figures from an independent parse (python3 zipfile + xml.etree): 9553 non-empty data
// rows, 3062 "Primary Name" rows (any casing/spacing) of which 2316 Individual and 746
// Entity, grouped by the numeric part of the Reference.
TEST(DfatTest, RealFile) {
  auto r = LoadList(kDfat);  // format detected from content
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, format::kAuDfatXlsx);
  EXPECT_EQ(r->list, "au_dfat");
  EXPECT_EQ(r->published, "2024-11-11");
  EXPECT_EQ(r->entities.size(), 3062u);
  std::map<EntityType, size_t> types;
  size_t names = 0;
  for (const Entity& e : r->entities) {
    ++types[e.type];
    names += e.names.size();
    EXPECT_EQ(e.names[0].kind, NameKind::kPrimary) << e.id;
  }
  EXPECT_EQ(types[EntityType::kPerson], 2316u);
  EXPECT_EQ(types[EntityType::kOrganization], 746u);
  EXPECT_EQ(types[EntityType::kUnknown], 0u);
  EXPECT_TRUE(r->rejections.empty()) << r->rejections.front().ToString();

  // Reference 2: MOHAMMAD HASSAN AKHUND, with his Arabic original-script name.
  const Entity* akhund = Find(*r, "2");
  ASSERT_NE(akhund, nullptr);
  EXPECT_EQ(akhund->names[0].full, "MOHAMMAD HASSAN AKHUND");
  EXPECT_EQ(akhund->type, EntityType::kPerson);
  EXPECT_TRUE(HasName(*akhund, "محمد حسن أخوند", NameKind::kAka, "Arab"));
  EXPECT_EQ(akhund->programs, std::vector<std::string>{"1988 (Taliban)"});
  EXPECT_EQ(akhund->citizenships, std::vector<std::string>{"AF"});
  EXPECT_EQ(akhund->listed_on.from.ToString(), "2001-01-25");
  ASSERT_EQ(akhund->birth_places.size(), 1u);
  EXPECT_EQ(akhund->birth_places[0].country, "AF");
  EXPECT_TRUE(akhund->addresses.empty());  // "NA"
  EXPECT_EQ(akhund->source.element, "Sheet1/row[2]");
  ASSERT_EQ(akhund->birth_dates.size(), 2u);
  EXPECT_TRUE(akhund->birth_dates[0].circa);

  // Reference 2678: the entity AL MOULATHAMOUN, Arabic name, three addresses.
  const Entity* mou = Find(*r, "2678");
  ASSERT_NE(mou, nullptr);
  EXPECT_EQ(mou->type, EntityType::kOrganization);
  EXPECT_EQ(mou->names[0].full, "AL MOULATHAMOUN");
  EXPECT_TRUE(HasName(*mou, "الملثمون", NameKind::kAka, "Arab"));
  EXPECT_TRUE(HasName(*mou, "The Veiled", NameKind::kAka, "Latn"));
  ASSERT_EQ(mou->addresses.size(), 3u);
  EXPECT_EQ(mou->addresses[1].country, "ML");
  EXPECT_EQ(mou->listed_on.from.ToString(), "2014-06-02");
  auto control = std::find(mou->extra.begin(), mou->extra.end(),
                           std::pair<std::string, std::string>{"Control Date", "2020-01-31"});
  EXPECT_NE(control, mou->extra.end());

  // Citizenship cells with "and": two countries, or one country's name.
  const Entity* bezler = Find(*r, "2974");
  ASSERT_NE(bezler, nullptr);
  EXPECT_EQ(bezler->citizenships, (std::vector<std::string>{"RU", "UA"}));
  const Entity* crawford = Find(*r, "3283");
  ASSERT_NE(crawford, nullptr);
  EXPECT_EQ(crawford->citizenships, std::vector<std::string>{"TT"});
  const Entity* ali = Find(*r, "6269");
  ASSERT_NE(ali, nullptr);
  EXPECT_EQ(ali->citizenships, (std::vector<std::string>{"TT", "US"}));

  // Reference 2940: its alias 2940j sits 180 rows below the others.
  const Entity* crimea = Find(*r, "2940");
  ASSERT_NE(crimea, nullptr);
  EXPECT_EQ(crimea->names.size(), 11u);
  EXPECT_EQ(crimea->names.back().full, "Chernomorneftegaz CJSC");
}

}  // namespace
}  // namespace sanctions
