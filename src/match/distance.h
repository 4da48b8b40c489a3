// String distances on normalised ASCII tokens (bytes are characters after folding).
//
// Levenshtein: unit-cost insert/delete/substitute edit distance (Levenshtein 1966),
// computed with Hyyrö's bit-parallel form of Myers' algorithm (2003) for tokens of up
// to 64 characters, with a bound: results above `max` are reported as max + 1.
// Jaro-Winkler: Jaro (1989) with Winkler's common-prefix boost (prefix <= 4, p = 0.1).
// The textbook dynamic-programming versions live in the tests and are checked against
// these on random and exhaustive small inputs.
#pragma once

#include <string_view>

namespace sanctions {

// Edit distance between a and b, or max + 1 when it exceeds max.
int BoundedLevenshtein(std::string_view a, std::string_view b, int max);

// Exact edit distance (no bound).
int Levenshtein(std::string_view a, std::string_view b);

// Optimal string alignment distance (Levenshtein plus adjacent transpositions, each
// substring edited once), or max + 1 when it exceeds max. Short tokens only (<= 64).
int BoundedOsa(std::string_view a, std::string_view b, int max);

// Jaro-Winkler similarity in [0, 1]; 1 for equal strings, 0 when either is empty.
double JaroWinkler(std::string_view a, std::string_view b);

}  // namespace sanctions
