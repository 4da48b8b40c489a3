// Which titles can stand in front of a surname alone ("President Putin", "Mullah Omar")
// and which are also given names ("Hafez", "Amir"): read from the kind column of
// data/titles.tsv (owned with NameTables). Thread-safe, loaded once.
#pragma once

#include <string_view>

namespace sanctions {

// True when titles.tsv marks this title as also being a given name.
bool IsTitleAlsoGivenName(std::string_view token);

}  // namespace sanctions
