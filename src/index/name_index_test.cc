// The index's keys cover every token rule but initials: any two units with a non-zero,
// non-initial TokenSimilarity share a key (the no-loss-of-recall argument of
// docs/scoring.md, "Index", checked pair by pair).
#include "index/name_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace sanctions {
namespace {

struct Keyed {
  NameUnit unit;
  std::vector<uint64_t> keys;  // sorted, unique
};

Keyed MakeKeyed(const NameUnit& u) {
  Keyed k{u, {}};
  UnitKeys(u, &k.keys);
  std::sort(k.keys.begin(), k.keys.end());
  k.keys.erase(std::unique(k.keys.begin(), k.keys.end()), k.keys.end());
  return k;
}

bool ShareKey(const Keyed& a, const Keyed& b) {
  size_t i = 0;
  size_t j = 0;
  while (i < a.keys.size() && j < b.keys.size()) {
    if (a.keys[i] == b.keys[j]) return true;
    (a.keys[i] < b.keys[j]) ? ++i : ++j;
  }
  return false;
}

// Every unit pair with a non-initial match shares a key; returns the number of such pairs.
size_t ExpectCovered(const std::vector<Keyed>& units) {
  size_t matched = 0;
  for (const Keyed& a : units) {
    for (const Keyed& b : units) {
      UnitSimilarity s = TokenSimilarity(a.unit, b.unit);
      if (s.rule == MatchRule::kNone || s.rule == MatchRule::kInitial) continue;
      ++matched;
      EXPECT_TRUE(ShareKey(a, b)) << a.unit.text << " (" << int{a.unit.count} << ") / "
                                  << b.unit.text << " (" << int{b.unit.count}
                                  << "): " << MatchRuleName(s.rule) << " " << s.sim;
      if (::testing::Test::HasFailure()) return matched;
    }
  }
  return matched;
}

std::vector<std::string> AllStrings(const std::string& alphabet, size_t min_len, size_t max_len) {
  std::vector<std::string> all = {""};
  for (size_t i = 0; i < all.size() && all[i].size() < max_len; ++i) {
    for (char c : alphabet) all.push_back(all[i] + c);
  }
  std::erase_if(all, [&](const std::string& s) { return s.size() < min_len; });
  return all;
}

Keyed Token(const std::string& s) {
  return MakeKeyed(PrepareTokens({s}, EntityType::kPerson, false).units[0]);
}

// Every single token over two letters up to 9 letters (edit distances 0-2 at every length,
// weak edits between 5-7 letters, tokens of different lengths).
TEST(NameIndexKeys, CoverEveryPairOverTwoLetters) {
  std::vector<Keyed> units;
  for (const std::string& s : AllStrings("ab", 1, 9)) units.push_back(Token(s));
  EXPECT_GT(ExpectCovered(units), 10000u);
}

// Tokens of 4-7 letters over three letters with the same first letter: the weak edits
// (two edits, equal first letters) and the one-edit pairs among them.
TEST(NameIndexKeys, CoverWeakEditsOverThreeLetters) {
  std::vector<Keyed> units;
  for (const std::string& s : AllStrings("abc", 3, 6)) units.push_back(Token("a" + s));
  size_t weak = 0;
  for (const Keyed& a : units) {
    for (const Keyed& b : units) {
      UnitSimilarity s = TokenSimilarity(a.unit, b.unit);
      if (s.rule != MatchRule::kEdit) continue;
      weak += s.sim <= kWeakEditSimilarity ? 1 : 0;
      ASSERT_TRUE(ShareKey(a, b)) << a.unit.text << " / " << b.unit.text;
    }
  }
  EXPECT_GT(weak, 1000u);
}

// Real-looking names: random tokens and their edits (letters of any kind), with their
// concatenations, against each other.
TEST(NameIndexKeys, CoverRandomEditedNames) {
  std::mt19937 rng(5);
  std::vector<Keyed> units;
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  for (int n = 0; n < 300; ++n) {
    std::vector<std::string> tokens;
    for (int t = 0; t < 3; ++t) {
      std::string s(1 + rng() % 9, 'a');
      for (char& c : s) c = letters[rng() % (t == 2 ? 6 : 26)];
      tokens.push_back(s);
    }
    for (int variant = 0; variant < 4; ++variant) {
      std::vector<std::string> edited = tokens;
      for (int e = static_cast<int>(rng() % 3); e > 0; --e) {
        std::string& s = edited[rng() % edited.size()];
        size_t pos = rng() % s.size();
        char c = letters[rng() % 26];
        switch (rng() % 4) {
          case 0:
            s[pos] = c;
            break;
          case 1:
            if (s.size() > 1) s.erase(pos, 1);
            break;
          case 2:
            s.insert(pos, 1, c);
            break;
          default:
            if (pos + 1 < s.size()) std::swap(s[pos], s[pos + 1]);
            break;
        }
      }
      for (const NameUnit& u : PrepareTokens(edited, EntityType::kPerson, false).units) {
        units.push_back(MakeKeyed(u));
      }
    }
  }
  EXPECT_GT(ExpectCovered(units), 5000u);
}

// Short tokens index no deletions, 4-7 letters one, longer tokens two; weak-edit keys
// only for single tokens of 5-7 letters.
TEST(NameIndexKeys, DeletionLevels) {
  EXPECT_EQ(IndexedDeletions(Token("ali").unit), 0);
  EXPECT_EQ(IndexedDeletions(Token("omar").unit), 1);
  EXPECT_EQ(IndexedDeletions(Token("hussein").unit), 1);
  EXPECT_EQ(IndexedDeletions(Token("abdulrahman").unit), 2);
  EXPECT_FALSE(WeakEditCandidate(Token("omar").unit));
  EXPECT_TRUE(WeakEditCandidate(Token("ahmed").unit));
  EXPECT_TRUE(WeakEditCandidate(Token("hussein").unit));
  EXPECT_FALSE(WeakEditCandidate(Token("abdulrahman").unit));
}

// A run of one letter has one deletion per level, however long (hostile input).
TEST(NameIndexKeys, LongRunsHaveFewKeys) {
  NameUnit u = PrepareTokens({std::string(100000, 'x')}, EntityType::kPerson, false).units[0];
  std::vector<uint64_t> keys;
  UnitKeys(u, &keys);
  EXPECT_LE(keys.size(), 10u);
}

}  // namespace

// What Collect returns, in a comparable form.
std::vector<std::tuple<uint32_t, uint64_t, float, float>> Hits(const NameIndex& index,
                                                               const PreparedName& q) {
  std::vector<NameIndex::NameHit> out;
  std::vector<UnitSimCache::KnownPair> pairs;
  index.Collect(q, 0.5, &out, &pairs);
  std::vector<std::tuple<uint32_t, uint64_t, float, float>> r;
  for (const auto& h : out) r.emplace_back(h.name, h.query_mask, h.listed_count, h.max_sim);
  std::sort(r.begin(), r.end());
  return r;
}

// The per-thread memo of unit matches: a query repeated, and the same query on another
// index built after it (whose unit ids differ), give what a thread with no memo gets.
TEST(NameIndexMemo, RepeatedAndRebuiltIndexesGiveFreshResults) {
  std::vector<PreparedName> first = {PrepareName("Kim Jong Un", EntityType::kPerson),
                                     PrepareName("Jong Kim", EntityType::kPerson)};
  std::vector<PreparedName> second = {PrepareName("Ivan Petrov", EntityType::kPerson),
                                      PrepareName("Kim Jung Eun", EntityType::kPerson),
                                      PrepareName("Kym Jong", EntityType::kPerson)};
  auto build = [](const std::vector<PreparedName>& names) {
    std::vector<const PreparedName*> ptrs;
    for (const auto& n : names) ptrs.push_back(&n);
    auto index = std::make_unique<NameIndex>();
    index->Build(ptrs);
    return index;
  };
  const PreparedName q = PrepareName("Kim Jong Un", EntityType::kPerson);
  auto a = build(first);
  auto on_a = Hits(*a, q);
  EXPECT_EQ(on_a.size(), 2u);
  EXPECT_EQ(Hits(*a, q), on_a);  // from the memo
  a.reset();
  auto b = build(second);
  auto on_b = Hits(*b, q);
  decltype(on_b) fresh;
  std::thread([&] { fresh = Hits(*b, q); }).join();  // a new thread: an empty memo
  EXPECT_EQ(on_b, fresh);
  EXPECT_EQ(on_b.size(), 2u);  // Kim Jung Eun, Kym Jong
}

}  // namespace sanctions
