// API keys for the HTTP server: where the key comes from, how a request presents it,
// and a comparison whose time does not depend on where the strings differ.
#pragma once

#include <string>
#include <string_view>

#include "sanctions/status.h"

namespace sanctions::api {

// The configured key: the first line of `key_file` (trimmed) when given, else the
// SANCTIONS_API_KEY environment variable, else "" (no key: protected routes refuse).
// InvalidArgument when the file cannot be read or holds an empty or too short key.
Result<std::string> LoadApiKey(const std::string& key_file);

// Compares two secrets in time independent of their contents (both are hashed with
// SHA-256 first, so lengths do not leak either).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// The key a request presents: "Authorization: Bearer KEY", "Authorization: ApiKey KEY"
// or "X-API-Key: KEY". Empty when none.
std::string PresentedKey(const std::string& authorization, const std::string& x_api_key);

}  // namespace sanctions::api
