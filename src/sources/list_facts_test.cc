#include "sources/list_facts.h"

#include <gtest/gtest.h>

namespace sanctions {
namespace {

TEST(ListFactsTest, IdLabels) {
  EXPECT_EQ(IdTypeFromLabel("Passport"), "passport");
  EXPECT_EQ(IdTypeFromLabel("Numéro de passeport "), "passport");
  EXPECT_EQ(IdTypeFromLabel("Número de pasaporte"), "passport");
  EXPECT_EQ(IdTypeFromLabel("Diplomatic Passport"), "passport");
  EXPECT_EQ(IdTypeFromLabel("National Identification Number"), "national_id");
  EXPECT_EQ(IdTypeFromLabel("National ID No."), "national_id");
  EXPECT_EQ(IdTypeFromLabel("Cedula No."), "national_id");
  EXPECT_EQ(IdTypeFromLabel("id"), "national_id");
  EXPECT_EQ(IdTypeFromLabel("Tax ID No."), "tax_id");
  EXPECT_EQ(IdTypeFromLabel("NIT #"), "tax_id");
  EXPECT_EQ(IdTypeFromLabel("R.F.C."), "tax_id");
  EXPECT_EQ(IdTypeFromLabel("Registration Number"), "registration");
  EXPECT_EQ(IdTypeFromLabel("regnumber"), "registration");
  EXPECT_EQ(IdTypeFromLabel("Unified Social Credit Code (USCC)"), "registration");
  EXPECT_EQ(IdTypeFromLabel("SWIFT/BIC"), "swift_bic");
  EXPECT_EQ(IdTypeFromLabel("swiftbic"), "swift_bic");
  EXPECT_EQ(IdTypeFromLabel("Digital Currency Address - XBT"), "crypto");
  EXPECT_EQ(IdTypeFromLabel("Vessel Registration Identification"), "imo");
  EXPECT_EQ(IdTypeFromLabel("imo"), "imo");
  EXPECT_EQ(IdTypeFromLabel("MMSI"), "mmsi");
  EXPECT_EQ(IdTypeFromLabel("Other Vessel Call Sign"), "call_sign");
  EXPECT_EQ(IdTypeFromLabel("Aircraft Tail Number"), "aircraft_tail");
  EXPECT_EQ(IdTypeFromLabel("Aircraft Manufacturer's Serial Number (MSN)"), "aircraft_serial");
  EXPECT_EQ(IdTypeFromLabel("Driver's License No."), "drivers_license");
  EXPECT_EQ(IdTypeFromLabel("SSN"), "ssn");
  EXPECT_EQ(IdTypeFromLabel("drivinglicence"), "drivers_license");      // EU FSF code
  EXPECT_EQ(IdTypeFromLabel("Electoral Registry No."), "national_id");  // a voter ID
  EXPECT_EQ(IdTypeFromLabel("ISIN"), "isin");
  EXPECT_EQ(IdTypeFromLabel("Equity Ticker"), "equity_ticker");
  EXPECT_EQ(IdTypeFromLabel(""), "other");
}

TEST(ListFactsTest, ImoNumbers) {
  EXPECT_EQ(ExtractImoNumbers("IMO number: 5571322."), std::vector<std::string>{"5571322"});
  EXPECT_EQ(ExtractImoNumbers("International Maritime Organization (IMO) Number: 1790183."),
            std::vector<std::string>{"1790183"});
  EXPECT_EQ(ExtractImoNumbers("Company Number IMO 5434358."), std::vector<std::string>{"5434358"});
  EXPECT_EQ(ExtractImoNumbers("Vessel Registration Identification IMO 8660313; IMO 8660313"),
            std::vector<std::string>{"8660313"});
  EXPECT_EQ(ExtractImoNumbers("IMO No. 9163099 and IMO 123"), std::vector<std::string>{"9163099"});
  EXPECT_TRUE(ExtractImoNumbers("IMOBILIARIA 1234567").empty());
  EXPECT_TRUE(ExtractImoNumbers("IMO number: 12345678").empty());
  EXPECT_TRUE(ExtractImoNumbers("IMO").empty());
  EXPECT_TRUE(ExtractImoNumbers("IMO said 1234567").empty());
}

TEST(ListFactsTest, ImoCheckDigit) {
  EXPECT_TRUE(IsImoShipNumber("8660313"));  // CHON MA SAN (OFAC SDN)
  EXPECT_TRUE(IsImoShipNumber("9163099"));
  EXPECT_FALSE(IsImoShipNumber("5571322"));  // CHONMYONG SHIPPING CO, a company number
  EXPECT_FALSE(IsImoShipNumber("866031"));
  EXPECT_FALSE(IsImoShipNumber("86603a3"));
}

TEST(ListFactsTest, LegalForms) {
  EXPECT_TRUE(HasLegalForm("ACME TRADING INC."));
  EXPECT_TRUE(HasLegalForm("Foo GmbH"));
  EXPECT_TRUE(HasLegalForm("CHONMYONG SHIPPING CO"));
  EXPECT_TRUE(HasLegalForm("Alfa S.A."));
  EXPECT_FALSE(HasLegalForm("AARON ABRAHAM VILLA"));
  EXPECT_FALSE(HasLegalForm("HAI XING 1"));
  EXPECT_FALSE(HasLegalForm("INCA GARCILASO"));
}

TEST(ListFactsTest, LineIndex) {
  LineIndex idx("a\nbb\n\nc");
  EXPECT_EQ(idx.LineAt(0), 1u);
  EXPECT_EQ(idx.LineAt(2), 2u);
  EXPECT_EQ(idx.LineAt(5), 3u);
  EXPECT_EQ(idx.LineAt(6), 4u);
  EXPECT_EQ(idx.LineAt(100), 4u);
}

}  // namespace
}  // namespace sanctions
