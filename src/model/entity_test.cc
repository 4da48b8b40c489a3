#include <gtest/gtest.h>

#include "sanctions/entity.h"
#include "sanctions/list.h"

namespace sanctions {
namespace {

TEST(Entity, TypeNamesRoundTrip) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kVessel,
                       EntityType::kAircraft, EntityType::kUnknown}) {
    auto parsed = ParseEntityType(EntityTypeName(t));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, t);
  }
  EXPECT_EQ(ParseEntityType("Individual"), EntityType::kPerson);
  EXPECT_EQ(ParseEntityType("Entity "), EntityType::kOrganization);
  EXPECT_FALSE(ParseEntityType("spaceship").has_value());
}

TEST(Entity, PartialDateToString) {
  EXPECT_EQ((PartialDate{1984, 1, 8}).ToString(), "1984-01-08");
  EXPECT_EQ((PartialDate{1984, 1, 0}).ToString(), "1984-01");
  EXPECT_EQ((PartialDate{1984, 0, 0}).ToString(), "1984");
  EXPECT_EQ(PartialDate{}.ToString(), "");
}

TEST(Entity, RejectionNamesFileLineAndField) {
  Rejection r{"sdn.csv", 12, "", "ent_num", "not a number"};
  EXPECT_EQ(r.ToString(), "sdn.csv:12: field 'ent_num': not a number");
  EXPECT_EQ(MakeEntityId("us_ofac_sdn", "20157"), "us_ofac_sdn:20157");
}

}  // namespace
}  // namespace sanctions
