// Shared plumbing of the libFuzzer targets: each input is written to a file in a
// per-process temporary folder and handed to LoadList with the format forced. A target
// passes when nothing crashes and no sanitizer reports; load errors are expected.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sanctions::fuzz {

// The per-process temporary folder (created on first use, removed at exit).
const std::string& TempDir();

// Writes `bytes` to TempDir()/name and returns the path.
std::string WriteTemp(const std::string& name, std::string_view bytes);

// Splits `data` on the separator line "\n#--#\n" (at most `max_parts` pieces; the last
// piece keeps any further separators). Seeds use it to feed several files at once.
std::vector<std::string_view> SplitParts(std::string_view data, size_t max_parts);

// Writes a zip archive TempDir()/name holding (entry name, bytes) pairs; returns the path.
std::string WriteZip(const std::string& name,
                     const std::vector<std::pair<std::string, std::string_view>>& entries);

// Loads `path` with `format` forced ("" = detect) and touches every entity so that
// sanitizers see the values; never throws.
void LoadAndTouch(const std::string& path, const std::string& format);

}  // namespace sanctions::fuzz
