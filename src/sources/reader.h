// Internal interface between LoadList and the per-format readers.
//
// A reader parses one file (or an OFAC CSV set) into ctx.out(). It returns a non-OK
// Status only when the file as a whole is not a usable list (not this format, empty,
// truncated, broken encoding); a bad record is ctx.Reject()ed and reading goes on.
// Readers set out().list (unless options().list_name overrides; LoadList applies that),
// out().published, and Entity::source for every entity.
#pragma once

#include <string>

#include "sanctions/list.h"

namespace sanctions {

class ReadContext {
 public:
  ReadContext(ListData* out, const LoadOptions& options) : out_(out), options_(options) {}

  ListData& out() { return *out_; }
  const LoadOptions& options() const { return options_; }

  // Reports a rejected record; it is counted in out().rejections.
  void Reject(const std::string& file, uint32_t line, std::string element, std::string field,
              std::string reason);
  void Warn(const std::string& file, uint32_t line, std::string element, std::string message);

 private:
  ListData* out_;
  const LoadOptions& options_;
};

using ReaderFn = Status (*)(const std::string& path, ReadContext& ctx);

// One function per format (src/sources/<format>.cc).
Status ReadOfacCsv(const std::string& path, ReadContext& ctx);
Status ReadOfacXml(const std::string& path, ReadContext& ctx);
Status ReadOfacAdvancedXml(const std::string& path, ReadContext& ctx);
Status ReadOfacEnhancedXml(const std::string& path, ReadContext& ctx);
Status ReadUnXml(const std::string& path, ReadContext& ctx);
Status ReadEuXml(const std::string& path, ReadContext& ctx);
Status ReadUkCsv(const std::string& path, ReadContext& ctx);
Status ReadCslCsv(const std::string& path, ReadContext& ctx);
Status ReadBisDpl(const std::string& path, ReadContext& ctx);
Status ReadCaSemaXml(const std::string& path, ReadContext& ctx);
Status ReadAuDfatXlsx(const std::string& path, ReadContext& ctx);
Status ReadChSecoXml(const std::string& path, ReadContext& ctx);
Status ReadFtmJson(const std::string& path, ReadContext& ctx);
Status ReadUserCsv(const std::string& path, ReadContext& ctx);

}  // namespace sanctions
