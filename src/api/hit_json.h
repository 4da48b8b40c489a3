// JSON views of screening queries, hits and mentions, shared by the CLI (--json, batch
// output) and the HTTP API, so both surfaces print exactly the same shapes (docs/api.md).
//
// A hit:  {"list","source_id","entity_id","name","matched_name","type","score",
//          "programs","explanation":{...}}
// A query record (input): {"id","name","type","birth_date","country"|"countries",
//          "imo","mmsi","passport","national_id","identifiers":[{type,value,country}],"gender"}
//
// Pure functions, thread-safe. Scores are rounded to 4 decimals for output only.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "sanctions/screen.h"
#include "sanctions/status.h"

namespace sanctions::api {

// Output JSON keeps keys in insertion order, so documents read as documented.
using Json = nlohmann::ordered_json;

// A score rounded to 4 decimals (0.97123456 -> 0.9712), for output.
double RoundScore(double score);

// {"id","name","type","birth_date","countries","identifiers","gender"}; empty fields omitted.
Json QueryToJson(const Query& query);

// The explanation of a hit: matched name, normalised forms, name score, token matches,
// factors and the one-line summary.
Json ExplanationToJson(const Explanation& explanation);

// One hit in the shape documented above. `hit.entity` must not be null.
Json HitToJson(const Hit& hit);

// {"query":{...},"hits":[...]} — the answer to one screened record.
Json ScreenResultToJson(const Query& query, const std::vector<Hit>& hits);

// The text of ScreenResultToJson(query, hits).dump() (and of HitToJson(hit).dump()),
// written straight into `out` without building a JSON tree: the serving hot path. Byte for
// byte the same as the tree's compact dump (hit_json_test checks it).
void AppendScreenResultJson(const Query& query, const std::vector<Hit>& hits, std::string* out);

// A JSON string literal (quotes included) as the compact dump writes it; invalid UTF-8
// gets U+FFFD for its bad bytes.
void AppendJsonString(std::string_view s, std::string* out);
void AppendHitJson(const Hit& hit, std::string* out);

// A mention found by Scan: offsets, matched text, then the hit fields flattened in.
Json MentionToJson(const Mention& mention);

// One line for people: the explanation summary, or a fallback built from its parts.
std::string HitReason(const Hit& hit);

// Sets one field of `query` from a textual value, by its record key (CSV column or JSON
// key; case-insensitive; aliases: dob/birthdate, nationality, schema...). Returns false
// in `*known` when the key is not a query field (the caller passes it through).
// InvalidArgument on a bad value (unknown type, identifier without a value...).
Status SetQueryField(Query* query, std::string_view key, std::string_view value, bool* known);

// Parses "TYPE=VALUE" (e.g. "passport=AB123456") into an identifier.
Result<Identifier> ParseIdentifierSpec(std::string_view spec);

// Builds a Query from a JSON record object. Keys that are not query fields are copied to
// `*passthrough` (when given) so batch output can carry them. InvalidArgument when the
// record is not an object, has a wrongly typed field, or has neither a name nor an
// identifier.
Result<Query> QueryFromJson(const Json& record, Json* passthrough = nullptr);

// InvalidArgument when the query has neither a name nor an identifier to search by.
Status ValidateQuery(const Query& query);

}  // namespace sanctions::api
