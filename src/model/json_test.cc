#include "sanctions/json.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace sanctions {
namespace {

Entity KimJongUn() {
  Entity e;
  e.list = "us_ofac_sdn";
  e.source_id = "20157";
  e.id = MakeEntityId(e.list, e.source_id);
  e.type = EntityType::kPerson;
  Name n;
  n.full = "KIM, Jong Un";
  n.parts = {{"family", "KIM"}, {"given", "Jong Un"}};
  n.script = "Latn";
  e.names.push_back(n);
  Name aka;
  aka.full = "KIM, Jong-un";
  aka.kind = NameKind::kAka;
  aka.quality = NameQuality::kWeak;
  e.names.push_back(aka);
  e.identifiers.push_back({"passport", "836410069", "KP", "expires 2020"});
  e.birth_dates.push_back({{1984, 1, 8}, {}, false, "08 Jan 1984"});
  e.birth_dates.push_back({{1982, 0, 0}, {1983, 0, 0}, true, "circa 1982 to 1983"});
  e.birth_places.push_back({"Pyongyang, North Korea", "KP"});
  e.nationalities = {"KP"};
  e.addresses.push_back(
      {"Pyongyang, Korea, North", "", "Pyongyang", "", "", "KP", "Korea, North", ""});
  e.programs = {"DPRK2", "DPRK3"};
  e.listed_on = {{2016, 7, 6}, {}, false, "2016-07-06"};
  e.gender = "male";
  e.positions = {"Supreme Leader"};
  e.remarks = {"Chairman of the Workers' Party of Korea"};
  e.links.push_back({"linked_to", "WORKERS' PARTY OF KOREA", "12345"});
  e.extra.push_back({"Secondary sanctions risk", "yes"});
  e.extra.push_back({"Secondary sanctions risk", "again"});
  e.source = {"sdn.csv", 4021, ""};
  return e;
}

TEST(EntityToJson, EveryFieldWithEnumsAsNames) {
  nlohmann::json j = EntityToJson(KimJongUn());
  EXPECT_EQ(j["id"], "us_ofac_sdn:20157");
  EXPECT_EQ(j["list"], "us_ofac_sdn");
  EXPECT_EQ(j["source_id"], "20157");
  EXPECT_EQ(j["type"], "person");
  ASSERT_EQ(j["names"].size(), 2u);
  EXPECT_EQ(j["names"][0]["full"], "KIM, Jong Un");
  EXPECT_EQ(j["names"][0]["kind"], "primary");
  EXPECT_EQ(j["names"][0]["quality"], "strong");
  EXPECT_EQ(j["names"][0]["script"], "Latn");
  EXPECT_EQ(j["names"][0]["parts"][0]["type"], "family");
  EXPECT_EQ(j["names"][0]["parts"][1]["value"], "Jong Un");
  EXPECT_EQ(j["names"][1]["kind"], "aka");
  EXPECT_EQ(j["names"][1]["quality"], "weak");
  EXPECT_FALSE(j["names"][1].contains("parts"));
  EXPECT_FALSE(j["names"][1].contains("script"));
  EXPECT_EQ(j["identifiers"][0]["type"], "passport");
  EXPECT_EQ(j["identifiers"][0]["value"], "836410069");
  EXPECT_EQ(j["identifiers"][0]["country"], "KP");
  EXPECT_EQ(j["identifiers"][0]["note"], "expires 2020");
  EXPECT_EQ(j["birth_dates"][0]["from"], "1984-01-08");
  EXPECT_EQ(j["birth_dates"][0]["text"], "08 Jan 1984");
  EXPECT_FALSE(j["birth_dates"][0].contains("circa"));
  EXPECT_FALSE(j["birth_dates"][0].contains("to"));
  EXPECT_EQ(j["birth_dates"][1]["from"], "1982");
  EXPECT_EQ(j["birth_dates"][1]["to"], "1983");
  EXPECT_EQ(j["birth_dates"][1]["circa"], true);
  EXPECT_EQ(j["birth_places"][0]["country"], "KP");
  EXPECT_EQ(j["nationalities"], nlohmann::json::array({"KP"}));
  EXPECT_EQ(j["addresses"][0]["city"], "Pyongyang");
  EXPECT_EQ(j["addresses"][0]["country_name"], "Korea, North");
  EXPECT_FALSE(j["addresses"][0].contains("street"));
  EXPECT_EQ(j["programs"], nlohmann::json::array({"DPRK2", "DPRK3"}));
  EXPECT_EQ(j["listed_on"]["from"], "2016-07-06");
  EXPECT_EQ(j["gender"], "male");
  EXPECT_EQ(j["positions"][0], "Supreme Leader");
  EXPECT_EQ(j["remarks"][0], "Chairman of the Workers' Party of Korea");
  EXPECT_EQ(j["links"][0]["relation"], "linked_to");
  EXPECT_EQ(j["links"][0]["target_id"], "12345");
  ASSERT_EQ(j["extra"].size(), 2u);  // repeated labels survive
  EXPECT_EQ(j["extra"][1]["label"], "Secondary sanctions risk");
  EXPECT_EQ(j["extra"][1]["value"], "again");
  EXPECT_EQ(j["source"]["file"], "sdn.csv");
  EXPECT_EQ(j["source"]["line"], 4021);
  EXPECT_FALSE(j["source"].contains("element"));
}

TEST(EntityToJson, EmptyFieldsAreOmitted) {
  Entity e = KimJongUn();
  nlohmann::json j = EntityToJson(e);
  for (const char* key : {"citizenships", "titles", "emails", "websites", "phones",
                          "sanctions_notes", "vessel", "aircraft"}) {
    EXPECT_FALSE(j.contains(key)) << key;
  }
  Entity bare;
  bare.id = "x:1";
  bare.list = "x";
  bare.source_id = "1";
  nlohmann::json b = EntityToJson(bare);
  EXPECT_EQ(b.size(), 4u) << b.dump();  // id, list, source_id, type
  EXPECT_EQ(b["type"], "unknown");
}

TEST(EntityToJson, VesselAndAircraftFacts) {
  Entity v;
  v.type = EntityType::kVessel;
  v.vessel.flag = "KP";
  v.vessel.flag_name = "Korea, North";
  v.vessel.vessel_type = "Crude Oil Tanker";
  v.vessel.grt = "2,000";
  v.vessel.tonnage = "3,500";
  v.identifiers.push_back({std::string(id_type::kImo), "8660313", "", ""});
  nlohmann::json j = EntityToJson(v);
  EXPECT_EQ(j["type"], "vessel");
  EXPECT_EQ(j["vessel"]["flag"], "KP");
  EXPECT_EQ(j["vessel"]["vessel_type"], "Crude Oil Tanker");
  EXPECT_EQ(j["vessel"]["grt"], "2,000");
  EXPECT_EQ(j["vessel"]["tonnage"], "3,500");
  EXPECT_FALSE(j["vessel"].contains("owner_operator"));
  EXPECT_EQ(j["identifiers"][0]["type"], "imo");

  Entity a;
  a.type = EntityType::kAircraft;
  a.aircraft.model = "Boeing 747-2B9F";
  a.aircraft.construction_year = "1979";
  nlohmann::json aj = EntityToJson(a);
  EXPECT_EQ(aj["type"], "aircraft");
  EXPECT_EQ(aj["aircraft"]["model"], "Boeing 747-2B9F");
  EXPECT_EQ(aj["aircraft"]["construction_year"], "1979");
  EXPECT_FALSE(aj.contains("vessel"));
}

TEST(DateSpecToJson, KeepsTextOfUnparsedDates) {
  DateSpec d;
  d.text = "unknown date";
  nlohmann::json j = DateSpecToJson(d);
  EXPECT_EQ(j, nlohmann::json({{"text", "unknown date"}}));
  EXPECT_TRUE(DateSpecToJson(DateSpec{}).empty());
  Entity e;
  e.listed_on = d;  // text only: still reported
  EXPECT_EQ(EntityToJson(e)["listed_on"]["text"], "unknown date");
}

TEST(EntityToJson, UnicodeNamesSurvive) {
  Entity e;
  Name n;
  n.full = "Ким Чен Ын";
  n.script = "Cyrl";
  e.names.push_back(n);
  std::string dumped = EntityToJson(e).dump();
  EXPECT_NE(dumped.find("Ким Чен Ын"), std::string::npos);
}

ListData SampleList(size_t rejections) {
  ListData l;
  l.file = "/lists/sdn.csv";
  l.files = {"/lists/sdn.csv", "/lists/alt.csv"};
  l.list = "us_ofac_sdn";
  l.format = format::kOfacCsv;
  l.published = "2024-05-03";
  l.sha256 = "abc";
  l.entities.push_back(KimJongUn());
  Entity v;
  v.type = EntityType::kVessel;
  v.names.push_back({"CHON MA SAN", {}, "", "", NameKind::kPrimary, NameQuality::kStrong});
  v.identifiers.push_back({"imo", "8660313", "", ""});
  l.entities.push_back(v);
  Entity o;
  o.type = EntityType::kOrganization;
  l.entities.push_back(o);
  l.entities.push_back(Entity{});  // unknown
  for (size_t i = 0; i < rejections; ++i) {
    l.rejections.push_back(
        {"sdn.csv", static_cast<uint32_t>(i + 1), "", "ent_num", "not a number"});
  }
  l.warnings.push_back({"alt.csv", 3, "", "alias names unknown ent_num 99"});
  return l;
}

TEST(ListSummaryToJson, CountsByTypeNamesIdentifiersAndRejections) {
  nlohmann::json j = ListSummaryToJson(SampleList(2));
  EXPECT_EQ(j["file"], "/lists/sdn.csv");
  EXPECT_EQ(j["files"].size(), 2u);
  EXPECT_EQ(j["list"], "us_ofac_sdn");
  EXPECT_EQ(j["format"], "ofac_csv");
  EXPECT_EQ(j["published"], "2024-05-03");
  EXPECT_EQ(j["sha256"], "abc");
  EXPECT_EQ(j["entities"], 4);
  EXPECT_EQ(j["types"]["person"], 1);
  EXPECT_EQ(j["types"]["organization"], 1);
  EXPECT_EQ(j["types"]["vessel"], 1);
  EXPECT_EQ(j["types"]["aircraft"], 0);
  EXPECT_EQ(j["types"]["unknown"], 1);
  EXPECT_EQ(j["names"], 3);        // 2 for Kim + 1 for the vessel
  EXPECT_EQ(j["identifiers"], 2);  // passport + IMO
  EXPECT_EQ(j["rejected"], 2);
  EXPECT_EQ(j["warnings"], 1);
  ASSERT_EQ(j["rejections"].size(), 2u);
  EXPECT_EQ(j["rejections"][1]["line"], 2);
  EXPECT_EQ(j["rejections"][1]["field"], "ent_num");
  EXPECT_EQ(j["rejections"][1]["reason"], "not a number");
  EXPECT_EQ(j["rejections"][1]["message"], "sdn.csv:2: field 'ent_num': not a number");
  EXPECT_EQ(j["rejections_truncated"], false);
}

TEST(ListSummaryToJson, CapsRejectionsUnlessAskedForAll) {
  ListData l = SampleList(kSummaryRejectionLimit + 5);
  nlohmann::json capped = ListSummaryToJson(l);
  EXPECT_EQ(capped["rejected"], kSummaryRejectionLimit + 5);
  EXPECT_EQ(capped["rejections"].size(), kSummaryRejectionLimit);
  EXPECT_EQ(capped["rejections_truncated"], true);
  nlohmann::json all = ListSummaryToJson(l, SIZE_MAX);
  EXPECT_EQ(all["rejections"].size(), kSummaryRejectionLimit + 5);
  EXPECT_EQ(all["rejections_truncated"], false);
}

TEST(WarningToJson, NamesFileLineAndMessage) {
  nlohmann::json j = WarningToJson({"alt.csv", 3, "", "alias names unknown ent_num 99"});
  EXPECT_EQ(j["file"], "alt.csv");
  EXPECT_EQ(j["line"], 3);
  EXPECT_EQ(j["message"], "alias names unknown ent_num 99");
  EXPECT_FALSE(j.contains("element"));
}

}  // namespace
}  // namespace sanctions
