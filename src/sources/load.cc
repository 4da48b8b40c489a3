// LoadList: format detection, dispatch to the reader, strict mode, and the checks that
// apply to every format (an empty result from a non-empty file is an error).
#include <filesystem>
#include <map>

#include "sanctions/list.h"
#include "sources/reader.h"
#include "util/io.h"

namespace sanctions {

namespace {

const std::map<std::string, ReaderFn>& Readers() {
  static const std::map<std::string, ReaderFn> kReaders = {
      {format::kOfacCsv, &ReadOfacCsv},
      {format::kOfacXml, &ReadOfacXml},
      {format::kOfacAdvancedXml, &ReadOfacAdvancedXml},
      {format::kOfacEnhancedXml, &ReadOfacEnhancedXml},
      {format::kUnXml, &ReadUnXml},
      {format::kEuXml, &ReadEuXml},
      {format::kUkCsv, &ReadUkCsv},
      {format::kCslCsv, &ReadCslCsv},
      {format::kBisDpl, &ReadBisDpl},
      {format::kCaSemaXml, &ReadCaSemaXml},
      {format::kAuDfatXlsx, &ReadAuDfatXlsx},
      {format::kChSecoXml, &ReadChSecoXml},
      {format::kFtmJson, &ReadFtmJson},
      {format::kUserCsv, &ReadUserCsv},
  };
  return kReaders;
}

}  // namespace

void ReadContext::Reject(const std::string& file, uint32_t line, std::string element,
                         std::string field, std::string reason) {
  Rejection r{BaseName(file), line, std::move(element), std::move(field), std::move(reason)};
  if (options_.reporter) options_.reporter->Reject(r);
  out_->rejections.push_back(std::move(r));
}

void ReadContext::Warn(const std::string& file, uint32_t line, std::string element,
                       std::string message) {
  Warning w{BaseName(file), line, std::move(element), std::move(message)};
  if (options_.reporter) options_.reporter->Warn(w);
  out_->warnings.push_back(std::move(w));
}

std::vector<std::string> SupportedFormats() {
  std::vector<std::string> out;
  for (const auto& [name, fn] : Readers()) out.push_back(name);
  return out;
}

Result<ListData> LoadList(const std::string& path, const LoadOptions& options) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return Status::NotFound(path + ": no such file");
  std::string fmt = options.format;
  if (fmt.empty()) {
    auto detected = DetectFormat(path);
    if (!detected.ok()) return detected.status();
    fmt = *detected;
  }
  auto it = Readers().find(fmt);
  if (it == Readers().end()) {
    return Status::InvalidArgument("unknown format '" + fmt + "'");
  }
  ListData data;
  data.file = path;
  data.format = fmt;
  ReadContext ctx(&data, options);
  Status st = it->second(path, ctx);
  if (!st.ok()) return st;
  if (!options.list_name.empty()) {
    data.list = options.list_name;
    for (Entity& e : data.entities) {
      e.list = data.list;
      e.id = MakeEntityId(e.list, e.source_id);
    }
  }
  if (data.files.empty()) data.files.push_back(path);
  if (data.entities.empty()) {
    std::string why = data.rejections.empty()
                          ? "no entities found"
                          : "no entities loaded; first rejection: " + data.rejections.front().ToString();
    return Status::Corruption(path + ": " + why);
  }
  if (options.strict && !data.rejections.empty()) {
    return Status::Corruption(path + ": " + std::to_string(data.rejections.size()) +
                              " rejected record(s) in strict mode; first: " +
                              data.rejections.front().ToString());
  }
  return data;
}

}  // namespace sanctions
