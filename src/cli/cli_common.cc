// Helpers shared by the screening commands (see cli_common.h).
#include "cli/cli_common.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/list_config.h"

namespace sanctions::cli {

void AddListOption(CLI::App* cmd, std::vector<std::string>* lists) {
  cmd->add_option("--list,-l", *lists,
                  "List file to screen against (repeatable; format detected; an OFAC CSV set "
                  "by its folder or sdn.csv). Default: the lists configured with `sanctions "
                  "lists add`")
      ->type_name("FILE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
}

Result<std::shared_ptr<const Index>> LoadIndexForCommand(const std::vector<std::string>& paths,
                                                         bool quiet) {
  auto lists = LoadListsForCommand(paths, LoadOptions{}, quiet);
  if (!lists.ok()) return lists.status();
  return Index::Build(std::move(*lists));
}

void PrintError(const std::string& command, const Status& status) {
  std::fprintf(stderr, "sanctions %s: %s\n", command.c_str(), status.message().c_str());
}

Status CheckThreshold(double threshold) {
  if (!(threshold >= 0.0 && threshold <= 1.0)) {
    return Status::InvalidArgument("--threshold must be between 0 and 1, got " +
                                   std::to_string(threshold));
  }
  return Status::Ok();
}

Result<std::string> ReadInputText(const std::string& path, size_t max_bytes) {
  std::string text;
  auto read_all = [&](std::istream& in) -> Status {
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
      text.append(buf, static_cast<size_t>(in.gcount()));
      if (text.size() > max_bytes) {
        return Status::InvalidArgument((path == "-" ? std::string("stdin") : path) +
                                       ": input larger than " + std::to_string(max_bytes) +
                                       " bytes");
      }
    }
    if (in.bad())
      return Status::IoError((path == "-" ? std::string("stdin") : path) + ": read error");
    return Status::Ok();
  };
  if (path == "-" || path.empty()) {
    SANCTIONS_RETURN_IF_ERROR(read_all(std::cin));
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound(path + ": cannot open");
    SANCTIONS_RETURN_IF_ERROR(read_all(in));
  }
  return text;
}

}  // namespace sanctions::cli
