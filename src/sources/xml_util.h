// Namespace-agnostic navigation of pugixml documents for the XML readers: elements are
// matched by local name, so any namespace prefix (or none) is accepted.
#pragma once

#include <pugixml.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sanctions::xml {

// "sdnEntry" for both <sdnEntry> and <ns:sdnEntry>.
inline std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The first element child of n named `local`, or an empty node.
inline pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c) == local) return c;
  }
  return {};
}

// Calls fn for each element child of n named `local`.
template <typename Fn>
void ForEach(const pugi::xml_node& n, std::string_view local, Fn fn) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && LocalName(c) == local) fn(c);
  }
}

// Maps byte offsets (pugi::xml_node::offset_debug) to 1-based lines, counting newlines
// incrementally: offsets must be asked in increasing order, as a document walk gives them.
class LineCounter {
 public:
  explicit LineCounter(std::string_view data) : data_(data) {}
  uint32_t LineAt(ptrdiff_t offset) {
    if (offset < 0) return 0;
    size_t target = std::min(static_cast<size_t>(offset), data_.size());
    for (; pos_ < target; ++pos_) {
      if (data_[pos_] == '\n') ++line_;
    }
    return line_;
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
};

}  // namespace sanctions::xml
