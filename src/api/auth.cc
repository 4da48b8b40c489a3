// API keys (see auth.h).
#include "api/auth.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cstdlib>

#include "util/io.h"
#include "util/text.h"

namespace sanctions::api {

Result<std::string> LoadApiKey(const std::string& key_file) {
  std::string key;
  if (!key_file.empty()) {
    auto bytes = ReadFile(key_file);
    if (!bytes.ok()) return bytes.status().WithContext("--api-key-file");
    std::string_view text = *bytes;
    size_t nl = text.find_first_of("\r\n");
    key = TrimCopy(text.substr(0, nl));
    if (key.empty()) return Status::InvalidArgument(key_file + ": the API key file is empty");
  } else if (const char* env = std::getenv("SANCTIONS_API_KEY"); env != nullptr) {
    key = TrimCopy(env);
  }
  if (!key.empty() && key.size() < 16) {
    return Status::InvalidArgument("the API key is shorter than 16 characters");
  }
  return key;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  unsigned char da[SHA256_DIGEST_LENGTH];
  unsigned char db[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(a.data()), a.size(), da);
  SHA256(reinterpret_cast<const unsigned char*>(b.data()), b.size(), db);
  return CRYPTO_memcmp(da, db, SHA256_DIGEST_LENGTH) == 0;
}

std::string PresentedKey(const std::string& authorization, const std::string& x_api_key) {
  if (!x_api_key.empty()) return TrimCopy(x_api_key);
  std::string_view auth = Trim(authorization);
  for (std::string_view scheme : {"Bearer ", "ApiKey ", "Token "}) {
    if (StartsWithIgnoreCase(auth, scheme)) return TrimCopy(auth.substr(scheme.size()));
  }
  return "";
}

}  // namespace sanctions::api
