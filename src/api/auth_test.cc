#include "api/auth.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace sanctions::api {
namespace {

TEST(Auth, ConstantTimeEquals) {
  EXPECT_TRUE(ConstantTimeEquals("secret-key-123456", "secret-key-123456"));
  EXPECT_FALSE(ConstantTimeEquals("secret-key-123456", "secret-key-123457"));
  EXPECT_FALSE(ConstantTimeEquals("secret-key-123456", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("", "x"));
}

TEST(Auth, PresentedKey) {
  EXPECT_EQ(PresentedKey("Bearer abc", ""), "abc");
  EXPECT_EQ(PresentedKey("ApiKey  abc ", ""), "abc");
  EXPECT_EQ(PresentedKey("", "xyz"), "xyz");
  EXPECT_EQ(PresentedKey("Basic dXNlcjpwdw==", ""), "");
}

TEST(Auth, LoadApiKeyFromFileAndEnvironment) {
  auto dir = std::filesystem::temp_directory_path() /
             ("sanctions_auth_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string file = (dir / "key").string();
  std::ofstream(file) << "  0123456789abcdef-key \nsecond line\n";
  auto key = LoadApiKey(file);
  ASSERT_TRUE(key.ok()) << key.status().ToString();
  EXPECT_EQ(*key, "0123456789abcdef-key");
  std::ofstream(file, std::ios::trunc) << "short\n";
  EXPECT_FALSE(LoadApiKey(file).ok());
  EXPECT_FALSE(LoadApiKey((dir / "missing").string()).ok());
  ::setenv("SANCTIONS_API_KEY", "env-key-0123456789", 1);
  auto env = LoadApiKey("");
  ASSERT_TRUE(env.ok());
  EXPECT_EQ(*env, "env-key-0123456789");
  ::unsetenv("SANCTIONS_API_KEY");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sanctions::api
