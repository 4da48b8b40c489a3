#include "sources/ofac_remarks.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sanctions {
namespace {

std::string Extra(const Entity& e, std::string_view label) {
  for (const auto& [l, v] : e.extra) {
    if (l == label) return v;
  }
  return "<none>";
}

const Identifier* FindId(const Entity& e, std::string_view type) {
  for (const Identifier& id : e.identifiers) {
    if (id.type == type) return &id;
  }
  return nullptr;
}

TEST(SplitOfacRemarks, SplitsOutsideQuotesAndParens) {
  struct Case {
    const char* in;
    std::vector<std::string> out;
  };
  const Case cases[] = {
      {"DOB 08 Jan 1984; POB Pyongyang.", {"DOB 08 Jan 1984", "POB Pyongyang"}},
      {"a.k.a. 'A; B'; a.k.a. 'C'.", {"a.k.a. 'A; B'", "a.k.a. 'C'"}},
      {"Passport 1 (Korea; North) issued 2010; Gender Male",
       {"Passport 1 (Korea; North) issued 2010", "Gender Male"}},
      {"Chairman of the Workers' Party of Korea; DOB 1984",
       {"Chairman of the Workers' Party of Korea", "DOB 1984"}},
      {"broken (paren; DOB 1984", {"broken (paren", "DOB 1984"}},
      {"", {}},
      {" ; ;.", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(SplitOfacRemarks(c.in), c.out);
  }
}

TEST(OfacIdentifierType, MapsLabels) {
  struct Case {
    const char* label;
    const char* type;
  };
  const Case cases[] = {
      {"Passport", "passport"},
      {"Diplomatic Passport", "passport"},
      {"National ID No.", "national_id"},
      {"Cedula No.", "national_id"},
      {"Tax ID No.", "tax_id"},
      {"R.F.C.", "tax_id"},
      {"SWIFT/BIC", "swift_bic"},
      {"Vessel Registration Identification", "imo"},
      {"MMSI", "mmsi"},
      {"Digital Currency Address - XBT", "crypto"},
      {"Aircraft Construction Number (also called L/N or S/N or F/N)", "aircraft_serial"},
      {"Aircraft Tail Number", "aircraft_tail"},
      {"Birth Certificate Number", "birth_certificate_number"},
      {"Electoral Registry No.", "electoral_registry_no"},
      {"Website", ""},
      {"Gender", ""},
      {"Secondary sanctions risk", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.label);
    EXPECT_EQ(OfacIdentifierType(c.label), c.type);
  }
}

TEST(ApplyOfacRemarks, KimJongUn) {
  Entity e;
  e.type = EntityType::kPerson;
  e.positions = {"Chairman of the Workers' Party of Korea"};
  ApplyOfacRemarks(
      "DOB 08 Jan 1984; Secondary sanctions risk: North Korea Sanctions Regulations, sections "
      "510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. "
      "Financial Institutions: North Korea Sanctions Regulations section 510.214; Chairman of "
      "the Workers' Party of Korea.",
      &e);
  ASSERT_EQ(e.birth_dates.size(), 1u);
  EXPECT_EQ(e.birth_dates[0].from.ToString(), "1984-01-08");
  EXPECT_EQ(e.birth_dates[0].text, "08 Jan 1984");
  ASSERT_EQ(e.sanctions_notes.size(), 2u);
  EXPECT_EQ(e.sanctions_notes[0],
            "Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and "
            "510.210");
  EXPECT_TRUE(e.sanctions_notes[1].starts_with("Transactions Prohibited For Persons"));
  EXPECT_TRUE(e.remarks.empty());  // the title repeated at the end is dropped
  EXPECT_TRUE(Extra(e, kRemarksFullLabel).starts_with("DOB 08 Jan 1984; Secondary"));
}

TEST(ApplyOfacRemarks, IdentifiersWithCountryAndNotes) {
  Entity e;
  e.type = EntityType::kPerson;
  ApplyOfacRemarks(
      "DOB 05 Jun 1950; alt. DOB circa 1951; DOB 1964 to 1966; POB Sargodha, Punjab, Pakistan; "
      "nationality Pakistan; citizen Korea, North; Gender Male; Passport BE5978421 (Pakistan) "
      "issued 14 Nov 2007 expires 12 Nov 2012; alt. Passport Booklet A5250088 (Pakistan); "
      "National ID No. 3520025509842-7 (Pakistan); Cedula No. 6068015 (Colombia); Tax ID No. "
      "AABA 670850 Y; SWIFT/BIC HAVIGB2L; Digital Currency Address - XBT "
      "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; Birth Certificate Number 365; Email Address "
      "a@b.example; Website http://x.example; Phone Number 982188526300; a.k.a. 'HAFIZ SAHIB'; "
      "f.k.a. 'OLD NAME'; n.k.a. \"NEW, Name\"; Linked To: LAZARUS GROUP; Organization "
      "Established Date 1969; Listing Date (EO 14024 Directive 2): 24 Feb 2022; Effective Date "
      "(CMIC) 02 Aug 2021; ICTY indictee.",
      &e);
  ASSERT_EQ(e.birth_dates.size(), 3u);
  EXPECT_EQ(e.birth_dates[1].from.ToString(), "1951");
  EXPECT_TRUE(e.birth_dates[1].circa);
  EXPECT_EQ(e.birth_dates[2].to.ToString(), "1966");
  ASSERT_EQ(e.birth_places.size(), 1u);
  EXPECT_EQ(e.birth_places[0].text, "Sargodha, Punjab, Pakistan");
  EXPECT_EQ(e.birth_places[0].country, "PK");
  EXPECT_EQ(e.nationalities, std::vector<std::string>{"PK"});
  EXPECT_EQ(e.citizenships, std::vector<std::string>{"KP"});
  EXPECT_EQ(e.gender, "male");
  const Identifier* pp = FindId(e, "passport");
  ASSERT_NE(pp, nullptr);
  EXPECT_EQ(pp->value, "BE5978421");
  EXPECT_EQ(pp->country, "PK");
  EXPECT_EQ(pp->note, "issued 14 Nov 2007 expires 12 Nov 2012");
  EXPECT_EQ(std::count_if(e.identifiers.begin(), e.identifiers.end(),
                          [](const Identifier& i) { return i.type == "passport"; }),
            2);
  const Identifier* ced = nullptr;
  for (const Identifier& i : e.identifiers) {
    if (i.note == "Cedula No.") ced = &i;
  }
  ASSERT_NE(ced, nullptr);
  EXPECT_EQ(ced->type, "national_id");
  EXPECT_EQ(ced->country, "CO");
  EXPECT_EQ(FindId(e, "tax_id")->value, "AABA 670850 Y");
  EXPECT_EQ(FindId(e, "swift_bic")->value, "HAVIGB2L");
  EXPECT_EQ(FindId(e, "crypto")->value, "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
  EXPECT_EQ(FindId(e, "crypto")->note, "XBT");
  EXPECT_EQ(FindId(e, "birth_certificate_number")->value, "365");
  EXPECT_EQ(e.emails, std::vector<std::string>{"a@b.example"});
  EXPECT_EQ(e.websites, std::vector<std::string>{"http://x.example"});
  EXPECT_EQ(e.phones, std::vector<std::string>{"982188526300"});
  ASSERT_EQ(e.names.size(), 3u);
  EXPECT_EQ(e.names[0].full, "HAFIZ SAHIB");
  EXPECT_EQ(e.names[0].kind, NameKind::kAka);
  EXPECT_EQ(e.names[0].quality, NameQuality::kWeak);
  EXPECT_EQ(e.names[1].kind, NameKind::kFka);
  EXPECT_EQ(e.names[2].kind, NameKind::kNka);
  EXPECT_EQ(e.names[2].full, "NEW, Name");
  ASSERT_EQ(e.names[2].parts.size(), 2u);
  EXPECT_EQ(e.names[2].parts[0], (NamePart{"family", "NEW"}));
  ASSERT_EQ(e.links.size(), 1u);
  EXPECT_EQ(e.links[0], (Link{"linked_to", "LAZARUS GROUP", ""}));
  EXPECT_EQ(Extra(e, "Organization Established Date"), "1969");
  EXPECT_EQ(Extra(e, "Listing Date (EO 14024 Directive 2)"), "24 Feb 2022");
  EXPECT_EQ(Extra(e, "Effective Date (CMIC)"), "02 Aug 2021");
  EXPECT_EQ(e.remarks, std::vector<std::string>{"ICTY indictee"});
}

TEST(ApplyOfacRemarks, VesselAndAircraftFacts) {
  Entity v;
  v.type = EntityType::kVessel;
  ApplyOfacRemarks(
      "Vessel Registration Identification IMO 8660313; MMSI 445123000; Vessel Type Crude Oil "
      "Tanker; Vessel Flag Korea, North; Vessel Year of Build 1985; Former Vessel Flag Tanzania; "
      "Linked To: KOREA ACHIM SHIPPING CO.",
      &v);
  EXPECT_EQ(FindId(v, "imo")->value, "8660313");
  EXPECT_EQ(FindId(v, "imo")->note, "");
  EXPECT_EQ(FindId(v, "mmsi")->value, "445123000");
  EXPECT_EQ(v.vessel.vessel_type, "Crude Oil Tanker");
  EXPECT_EQ(v.vessel.flag, "KP");
  EXPECT_EQ(v.vessel.flag_name, "Korea, North");
  EXPECT_EQ(v.vessel.build_year, "1985");
  EXPECT_EQ(Extra(v, "Former Vessel Flag"), "Tanzania");
  EXPECT_EQ(v.links.at(0).target_name, "KOREA ACHIM SHIPPING CO");

  Entity a;
  a.type = EntityType::kAircraft;
  ApplyOfacRemarks(
      "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture "
      "Date 01 Dec 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft "
      "Manufacturer's Serial Number (MSN) 1023409321; Aircraft Tail Number EP-MMH; Company "
      "Number IMO 1991835 (Iran).",
      &a);
  EXPECT_EQ(a.aircraft.model, "IL76-TD");
  EXPECT_EQ(a.aircraft.operator_name, "YAS AIR");
  EXPECT_EQ(a.aircraft.construction_year, "01 Dec 1992");
  EXPECT_EQ(FindId(a, "aircraft_serial")->value, "8401");
  EXPECT_EQ(FindId(a, "aircraft_tail")->value, "EP-MMH");
  const Identifier* imo = FindId(a, "imo");
  ASSERT_NE(imo, nullptr);
  EXPECT_EQ(imo->value, "1991835");
  EXPECT_EQ(imo->note, "Company Number");
  EXPECT_EQ(imo->country, "IR");
}

TEST(ApplyOfacRemarks, ParenthesisedItemsAndUnknownLabels) {
  Entity e;
  e.type = EntityType::kOrganization;
  ApplyOfacRemarks(
      "For more information on directives, please visit the following link: http://x.example; "
      "(Linked To: ROSTEC; Linked To: VTB BANK OAO); ISIN HK0883013259; Fax (357)(22668608); "
      "Position: Director; all offices worldwide",
      &e);
  ASSERT_EQ(e.links.size(), 2u);
  EXPECT_EQ(e.links[1].target_name, "VTB BANK OAO");
  EXPECT_EQ(FindId(e, "isin")->value, "HK0883013259");
  EXPECT_EQ(Extra(e, "Fax"), "(357)(22668608)");
  EXPECT_EQ(Extra(e, "For more information on directives, please visit the following link"),
            "http://x.example");
  EXPECT_EQ(e.positions, std::vector<std::string>{"Director"});
  EXPECT_EQ(e.remarks, std::vector<std::string>{"all offices worldwide"});
}

TEST(OfacPeriodToSpec, WholeYearsMonthsDaysAndRanges) {
  auto d = [](int y, int m, int dd) {
    return PartialDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(dd)};
  };
  EXPECT_EQ(OfacPeriodToSpec(d(1962, 1, 1), d(1962, 12, 31), false).text, "1962");
  EXPECT_EQ(OfacPeriodToSpec(d(1962, 2, 1), d(1962, 2, 28), false).text, "1962-02");
  EXPECT_EQ(OfacPeriodToSpec(d(1962, 2, 3), d(1962, 2, 3), false).text, "1962-02-03");
  EXPECT_EQ(OfacPeriodToSpec(d(1964, 1, 1), d(1966, 12, 31), true).text, "circa 1964 to 1966");
  EXPECT_EQ(OfacPeriodToSpec(d(1964, 3, 5), d(1964, 7, 9), false).text, "1964-03-05 to 1964-07-09");
  EXPECT_TRUE(OfacPeriodToSpec({}, {}, false).empty());
  EXPECT_EQ(OfacScriptCode("Chinese Simplified"), "Hans");
  EXPECT_EQ(OfacScriptCode("Cyrillic"), "Cyrl");
  EXPECT_EQ(OfacNamePartType("Last Name"), "family");
  EXPECT_EQ(OfacRelation("Owned or Controlled By"), "owned_or_controlled_by");
}

TEST(OfacCleanText, ReplacesIllFormedUtf8) {
  EXPECT_EQ(OfacCleanText("  Jos\xC3\xA9  Mar\xC3\xAD"
                          "a "),
            "Jos\xC3\xA9 Mar\xC3\xAD"
            "a");
  EXPECT_EQ(OfacCleanText("a\xED\xA0\x80z"), "a\xEF\xBF\xBDz");  // surrogate U+D800
  EXPECT_EQ(OfacCleanText("\xB8x"), "\xEF\xBF\xBDx");
  EXPECT_EQ(OfacCleanText("\xC0\xAF"), "\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(OfacCleanText("\xE2\x82"), "\xEF\xBF\xBD");  // truncated
}

TEST(MakeOfacName, SplitsPersonNamesOnly) {
  Name p = MakeOfacName("KIM, Jong Un", NameKind::kPrimary, NameQuality::kStrong, true);
  ASSERT_EQ(p.parts.size(), 2u);
  EXPECT_EQ(p.parts[0], (NamePart{"family", "KIM"}));
  EXPECT_EQ(p.parts[1], (NamePart{"given", "Jong Un"}));
  Name o = MakeOfacName("BANCO, S.A.", NameKind::kPrimary, NameQuality::kStrong, false);
  EXPECT_TRUE(o.parts.empty());
  EXPECT_EQ(OfacNameKind("f.k.a."), NameKind::kFka);
  EXPECT_EQ(OfacNameKind("nka"), NameKind::kNka);
  EXPECT_EQ(OfacNameKind("A.K.A."), NameKind::kAka);
}

}  // namespace
}  // namespace sanctions
