// LoadList checks that hold for every format: broken encoding fails the file, messages
// quoted from a damaged file are valid UTF-8, strict mode, unknown formats.
#include <gtest/gtest.h>

#include "sanctions/list.h"
#include "util/text.h"

namespace sanctions {
namespace {

std::string Regression(const std::string& rel) {
  return std::string(SANCTIONS_TESTDATA_DIR) + "/../../fuzz/regressions/" + rel;
}

TEST(LoadList, InvalidUtf8InAnyReaderFailsTheFileAsBrokenEncoding) {
  struct Case {
    const char* file;
    const char* format;
  } cases[] = {
      {"fuzz_ca_sema_xml/invalid_utf8_in_last_name.xml", format::kCaSemaXml},
      {"fuzz_ch_seco_xml/invalid_utf8_in_name.xml", format::kChSecoXml},
  };
  for (const Case& c : cases) {
    LoadOptions opts;
    opts.format = c.format;
    auto r = LoadList(Regression(c.file), opts);
    ASSERT_FALSE(r.ok()) << c.file;
    EXPECT_EQ(r.status().code(), Status::Code::kCorruption) << c.file;
    EXPECT_NE(r.status().message().find("broken encoding"), std::string::npos)
        << r.status().message();
    EXPECT_TRUE(IsValidUtf8(r.status().message())) << c.file;
  }
}

TEST(LoadList, RejectionMessagesAreValidUtf8) {
  LoadOptions opts;
  opts.format = format::kFtmJson;
  auto r = LoadList(Regression("fuzz_ftm_json/invalid_utf8_quoted_in_rejection.ftm.json"), opts);
  if (r.ok()) {
    ASSERT_FALSE(r->rejections.empty());
    for (const Rejection& rej : r->rejections) EXPECT_TRUE(IsValidUtf8(rej.ToString()));
  } else {
    EXPECT_TRUE(IsValidUtf8(r.status().message()));
  }
}

TEST(LoadList, UnknownFormatAndMissingFile) {
  LoadOptions opts;
  opts.format = "no_such_format";
  auto r =
      LoadList(std::string(SANCTIONS_SHARED_DIR) + "/lists/un/consolidated_2026-02-27.xml", opts);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  auto missing = LoadList("/nonexistent/list.xml");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace sanctions
