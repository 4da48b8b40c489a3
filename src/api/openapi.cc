// The OpenAPI 3 document of the HTTP API, generated from THE route table plus the
// request/response shapes of each route.
#include "api/routes.h"

namespace sanctions::api {

namespace {

Json Ref(const std::string& name) {
  return {{"$ref", "#/components/schemas/" + name}};
}

Json QueryParam(const std::string& name, const std::string& type, const std::string& description,
                bool required = false) {
  return {{"name", name},
          {"in", "query"},
          {"required", required},
          {"description", description},
          {"schema", {{"type", type}}}};
}

Json PathParam(const std::string& name, const std::string& description) {
  return {{"name", name},
          {"in", "path"},
          {"required", true},
          {"description", description},
          {"schema", {{"type", "string"}}}};
}

Json JsonContent(const Json& schema) {
  return {{"application/json", {{"schema", schema}}}};
}

Json ErrorResponses(std::initializer_list<int> codes) {
  Json out = Json::object();
  for (int code : codes) {
    std::string description;
    switch (code) {
      case 400:
        description = "Invalid request (bad JSON, bad parameter)";
        break;
      case 401:
        description = "API key missing";
        break;
      case 403:
        description = "API key wrong, or none configured on the server";
        break;
      case 404:
        description = "Not found";
        break;
      case 409:
        description = "A reload is already running";
        break;
      case 413:
        description = "Body or batch too large";
        break;
      case 500:
        description = "Server error (e.g. reload failed; the old lists stay served)";
        break;
      case 503:
        description = "The lists are still loading";
        break;
      default:
        description = "Error";
        break;
    }
    out[std::to_string(code)] = {{"description", description},
                                 {"content", JsonContent(Ref("Error"))}};
  }
  return out;
}

Json Operation(const Route& r) {
  Json op = Json::object();
  op["summary"] = r.summary;
  op["operationId"] = std::string(r.method) + std::string(r.name);
  Json params = Json::array();
  Json responses = Json::object();
  std::string name = r.name;
  if (name == "/v1/search") {
    params.push_back(QueryParam("q", "string", "Name to search (any script, any order)", true));
    params.push_back(QueryParam("type", "string", "person, organization, vessel or aircraft"));
    params.push_back(QueryParam("limit", "integer", "Maximum hits (default 10)"));
    params.push_back(QueryParam("threshold", "number", "Minimum score (default 0.80)"));
    params.push_back(QueryParam("country", "string", "Country or nationality (repeatable)"));
    params.push_back(QueryParam("dob", "string", "Birth date: 1984-01-08, 1984-01 or 1984"));
    params.push_back(QueryParam("imo", "string", "IMO number"));
    params.push_back(QueryParam("passport", "string", "Passport number"));
    params.push_back(QueryParam("gender", "string", "male or female"));
    params.push_back(QueryParam("list", "string", "Restrict to these list ids (comma-separated)"));
    responses["200"] = {{"description", "Ranked hits"},
                        {"content", JsonContent(Ref("ScreenResult"))}};
    responses.update(ErrorResponses({400, 503}));
  } else if (name == "/v1/screen") {
    op["requestBody"] = {
        {"required", true},
        {"content",
         JsonContent(
             {{"oneOf",
               {Ref("Record"),
                {{"type", "object"},
                 {"properties",
                  {{"records", {{"type", "array"}, {"maxItems", 1000}, {"items", Ref("Record")}}},
                   {"threshold", {{"type", "number"}}},
                   {"limit", {{"type", "integer"}}},
                   {"lists", {{"type", "array"}, {"items", {{"type", "string"}}}}}}},
                 {"required", Json::array({"records"})}}}}})}};
    responses["200"] = {
        {"description", "One record: {query, hits}; several: {results: [{query, hits}]}"},
        {"content",
         JsonContent(
             {{"oneOf",
               {Ref("ScreenResult"),
                {{"type", "object"},
                 {"properties",
                  {{"results", {{"type", "array"}, {"items", Ref("ScreenResult")}}}}}}}}})}};
    responses.update(ErrorResponses({400, 413, 503}));
  } else if (name == "/v1/scan") {
    op["requestBody"] = {
        {"required", true},
        {"content",
         {{"application/json",
           {{"schema",
             {{"type", "object"},
              {"properties", {{"text", {{"type", "string"}}}, {"threshold", {{"type", "number"}}}}},
              {"required", Json::array({"text"})}}}}},
          {"text/plain", {{"schema", {{"type", "string"}}}}}}}};
    responses["200"] = {
        {"description", "Mentions in text order"},
        {"content",
         JsonContent(
             {{"type", "object"},
              {"properties", {{"mentions", {{"type", "array"}, {"items", Ref("Mention")}}}}}})}};
    responses.update(ErrorResponses({400, 413, 503}));
  } else if (name == "/v1/entities/{list}/{source_id}") {
    params.push_back(PathParam("list", "List id, e.g. us_ofac_sdn"));
    params.push_back(PathParam("source_id", "The list's own id, e.g. 20157"));
    responses["200"] = {{"description", "The whole entity (docs/json.md)"},
                        {"content", JsonContent({{"type", "object"}})}};
    responses.update(ErrorResponses({404, 503}));
  } else if (name == "/v1/lists") {
    responses["200"] = {
        {"description", "Lists loaded, publication dates, counts, hashes, load time"},
        {"content", JsonContent({{"type", "object"}})}};
    responses.update(ErrorResponses({503}));
  } else if (name == "/v1/lists/reload") {
    op["security"] = {{{"bearerAuth", Json::array()}}, {{"apiKeyHeader", Json::array()}}};
    responses["200"] = {{"description", "Reloaded; the new lists are served"},
                        {"content", JsonContent({{"type", "object"}})}};
    responses.update(ErrorResponses({401, 403, 409, 500}));
  } else if (name == "/match/{dataset}") {
    params.push_back(PathParam("dataset", "'default' (all lists) or a list id"));
    params.push_back(QueryParam("limit", "integer", "Results per query (default 5)"));
    params.push_back(QueryParam("threshold", "number", "Score for match=true (default 0.80)"));
    params.push_back(QueryParam("cutoff", "number", "Lowest score returned (default = threshold)"));
    Json example = {
        {"type", "object"},
        {"properties", {{"schema", {{"type", "string"}}}, {"properties", {{"type", "object"}}}}}};
    Json queries = {{"type", "object"}, {"additionalProperties", example}};
    Json body = {{"type", "object"},
                 {"properties", {{"queries", queries}}},
                 {"required", Json::array({"queries"})}};
    op["requestBody"] = {{"required", true}, {"content", JsonContent(body)}};
    responses["200"] = {{"description", "yente EntityMatchResponse"},
                        {"content", JsonContent({{"type", "object"}})}};
    responses.update(ErrorResponses({400, 404, 413, 503}));
  } else if (name == "/metrics") {
    responses["200"] = {{"description", "Prometheus text format 0.0.4"},
                        {"content", {{"text/plain", {{"schema", {{"type", "string"}}}}}}}};
  } else if (name == "/readyz") {
    responses["200"] = {{"description", "Ready"}, {"content", JsonContent({{"type", "object"}})}};
    responses.update(ErrorResponses({503}));
  } else {
    responses["200"] = {{"description", "OK"}, {"content", JsonContent({{"type", "object"}})}};
  }
  if (!params.empty()) op["parameters"] = std::move(params);
  op["responses"] = std::move(responses);
  return op;
}

Json T(const char* type) {
  return Json{{"type", type}};
}

Json Object(Json properties) {
  Json o = Json::object();
  o["type"] = "object";
  o["properties"] = std::move(properties);
  return o;
}

Json ArrayOf(Json items) {
  Json a = Json::object();
  a["type"] = "array";
  a["items"] = std::move(items);
  return a;
}

Json Schemas() {
  Json s = Json::object();
  Json error_props = Json::object();
  error_props["code"] = T("string");
  error_props["message"] = T("string");
  Json error_outer = Json::object();
  error_outer["error"] = Object(error_props);
  s["Error"] = Object(error_outer);

  Json id_props = Json::object();
  id_props["type"] = T("string");
  id_props["value"] = T("string");
  Json record = Json::object();
  record["id"] = T("string");
  record["name"] = T("string");
  record["type"] = T("string");
  record["type"]["enum"] = Json::array({"person", "organization", "vessel", "aircraft"});
  record["birth_date"] = T("string");
  record["country"] = T("string");
  record["countries"] = ArrayOf(T("string"));
  record["imo"] = T("string");
  record["passport"] = T("string");
  record["identifiers"] = ArrayOf(Object(id_props));
  record["gender"] = T("string");
  s["Record"] = Object(record);
  s["Record"]["description"] = "A record to screen; needs a name or an identifier";

  Json expl = Json::object();
  expl["summary"] = T("string");
  expl["matched_name"] = T("string");
  expl["name_score"] = T("number");
  expl["tokens"] = ArrayOf(T("object"));
  expl["factors"] = ArrayOf(T("object"));
  s["Explanation"] = Object(expl);

  Json hit = Json::object();
  for (const char* k : {"list", "source_id", "entity_id", "name", "matched_name", "type"}) {
    hit[k] = T("string");
  }
  hit["score"] = T("number");
  hit["programs"] = ArrayOf(T("string"));
  hit["explanation"] = Ref("Explanation");
  s["Hit"] = Object(hit);

  Json result = Json::object();
  result["query"] = T("object");
  result["hits"] = ArrayOf(Ref("Hit"));
  s["ScreenResult"] = Object(result);

  Json mention = Json::object();
  mention["begin"] = T("integer");
  mention["end"] = T("integer");
  mention["text"] = T("string");
  mention["entity_id"] = T("string");
  mention["score"] = T("number");
  s["Mention"] = Object(mention);
  s["Mention"]["description"] = "Character offsets [begin, end), the text, then the hit fields";
  return s;
}

}  // namespace

Json OpenApiDocument() {
  Json doc = Json::object();
  doc["openapi"] = "3.0.3";
  doc["info"] = {{"title", "sanctions screening API"},
                 {"version", SANCTIONS_VERSION},
                 {"description",
                  "Screen names, records and text against official sanctions lists. "
                  "Errors are {\"error\":{\"code\",\"message\"}}."}};
  Json paths = Json::object();
  for (const Route& r : Routes()) {
    std::string method = r.method == std::string("GET") ? "get" : "post";
    paths[r.name][method] = Operation(r);
  }
  doc["paths"] = std::move(paths);
  doc["components"] = {
      {"schemas", Schemas()},
      {"securitySchemes",
       {{"bearerAuth", {{"type", "http"}, {"scheme", "bearer"}}},
        {"apiKeyHeader", {{"type", "apiKey"}, {"in", "header"}, {"name", "X-API-Key"}}}}}};
  return doc;
}

}  // namespace sanctions::api
