#include "util/io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace sanctions {
namespace {

std::string Shared(const std::string& rel) {
  return std::string(SANCTIONS_SHARED_DIR) + "/" + rel;
}

TEST(Io, MissingFileIsNotFoundAndNamesThePath) {
  auto r = ReadFile("/nonexistent/x.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
  EXPECT_NE(r.status().message().find("/nonexistent/x.csv"), std::string::npos);
}

TEST(Io, GzipOfTheRealCslFile) {
  auto r = ReadGzipFile(Shared("lists/us_csl/consolidated_2022-05.csv.gz"));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->size(), 5829294u);  // PROVENANCE.md: uncompressed size
  EXPECT_EQ(r->rfind("_id,source,entity_number", 0), 0u);
}

TEST(Io, TruncatedGzipIsCorruption) {
  auto full = ReadFile(Shared("lists/us_csl/consolidated_2022-05.csv.gz"));
  ASSERT_TRUE(full.ok());
  auto dir = std::filesystem::temp_directory_path() / "sanctions_io_test";
  std::filesystem::create_directories(dir);
  auto path = (dir / "cut.csv.gz").string();
  std::ofstream(path, std::ios::binary) << full->substr(0, full->size() / 2);
  auto r = ReadGzipFile(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kCorruption);
  std::filesystem::remove_all(dir);
}

TEST(Io, ZipEntriesAndRead) {
  std::string zip =
      Shared("lists/ofac/consolidated_nonsdn_enhanced_xml_2025-01-10/CONS_ENHANCED.ZIP");
  auto entries = ZipEntries(zip);
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_EQ(entries->size(), 1u);
  EXPECT_EQ((*entries)[0], "CONS_ENHANCED.XML");
  auto body = ReadZipEntry(zip, "CONS_ENHANCED.XML");
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body->size(), 3420879u);
  EXPECT_FALSE(ReadZipEntry(zip, "nope.xml").ok());
}

TEST(Io, Sha256KnownVector) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace sanctions
