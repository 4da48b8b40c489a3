// The route table lookup (exact and patterned paths, 405 vs 404) and the Request accessors.
#include "api/routes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sanctions::api {
namespace {

struct Found {
  std::string name;  // route name, "" when none
  std::string allow;
  std::vector<std::string> captures;
};

Found Find(const std::string& method, const std::string& path) {
  Found f;
  RouteMatch m = FindRoute(method, path, &f.captures);
  if (m.route != nullptr) f.name = m.route->name;
  f.allow = m.allow;
  return f;
}

TEST(FindRoute, ExactPaths) {
  EXPECT_EQ(Find("GET", "/healthz").name, "/healthz");
  EXPECT_EQ(Find("GET", "/v1/search").name, "/v1/search");
  EXPECT_EQ(Find("POST", "/v1/screen").name, "/v1/screen");
  EXPECT_EQ(Find("POST", "/v1/lists/reload").name, "/v1/lists/reload");
  EXPECT_EQ(Find("GET", "/v1/lists").name, "/v1/lists");
  // HEAD is served by the GET route.
  EXPECT_EQ(Find("HEAD", "/healthz").name, "/healthz");
  // No prefix or trailing-slash matches.
  EXPECT_EQ(Find("GET", "/healthz/").name, "");
  EXPECT_EQ(Find("GET", "/v1/search/x").name, "");
  EXPECT_TRUE(Find("GET", "/v1/search").captures.empty());
}

TEST(FindRoute, WrongMethodOnAKnownPathNamesTheAllowedOnes) {
  Found f = Find("GET", "/v1/screen");
  EXPECT_EQ(f.name, "");
  EXPECT_EQ(f.allow, "POST");
  f = Find("POST", "/v1/search");
  EXPECT_EQ(f.name, "");
  EXPECT_EQ(f.allow, "GET, HEAD");
  EXPECT_EQ(Find("DELETE", "/v1/entities/us_ofac_sdn/1").allow, "GET, HEAD");
  EXPECT_EQ(Find("GET", "/match/default").allow, "POST");
  // Unknown path: no allowed methods (404).
  f = Find("GET", "/v2/nothing");
  EXPECT_EQ(f.name, "");
  EXPECT_EQ(f.allow, "");
  EXPECT_TRUE(f.captures.empty());
}

TEST(FindRoute, EntityPathCapturesListAndSourceId) {
  Found f = Find("GET", "/v1/entities/us_ofac_sdn/20157");
  EXPECT_EQ(f.name, "/v1/entities/{list}/{source_id}");
  EXPECT_EQ(f.captures, (std::vector<std::string>{"us_ofac_sdn", "20157"}));
  // source_id = .+ : it may hold slashes; list = [^/]+ : it ends at the first one.
  f = Find("GET", "/v1/entities/eu_fsf/EU.123/456");
  EXPECT_EQ(f.captures, (std::vector<std::string>{"eu_fsf", "EU.123/456"}));
  f = Find("GET", "/v1/entities/un sc/KPi.033 x");
  EXPECT_EQ(f.captures, (std::vector<std::string>{"un sc", "KPi.033 x"}));
  for (const char* bad : {"/v1/entities/", "/v1/entities/us_ofac_sdn", "/v1/entities/us_ofac_sdn/",
                          "/v1/entities//20157", "/v1/entities/l/a\nb", "/v1/entitiesX/l/1"}) {
    Found b = Find("GET", bad);
    EXPECT_EQ(b.name, "") << bad;
    EXPECT_TRUE(b.captures.empty()) << bad;
  }
}

TEST(FindRoute, YenteDatasetIsAlphanumericDashUnderscore) {
  Found f = Find("POST", "/match/default");
  EXPECT_EQ(f.name, "/match/{dataset}");
  EXPECT_EQ(f.captures, (std::vector<std::string>{"default"}));
  EXPECT_EQ(Find("POST", "/match/us_ofac-sdn2").captures,
            (std::vector<std::string>{"us_ofac-sdn2"}));
  for (const char* bad : {"/match/", "/match/a/b", "/match/a.b", "/match/a b", "/match"}) {
    EXPECT_EQ(Find("POST", bad).name, "") << bad;
    EXPECT_EQ(Find("POST", bad).allow, "") << bad;
  }
}

TEST(Request, ParamsRepeatAndHeadersIgnoreCase) {
  Request req;
  req.params = {{"type", "person"}, {"q", "Kim"}, {"type", "vessel"}};
  req.headers = {{"content-type", "text/plain"}, {"x-api-key", "k1"}};
  EXPECT_TRUE(req.has_param("q"));
  EXPECT_FALSE(req.has_param("limit"));
  EXPECT_EQ(req.get_param_value_count("type"), 2u);
  EXPECT_EQ(req.get_param_value("type"), "person");
  EXPECT_EQ(req.get_param_value("type", 1), "vessel");
  EXPECT_EQ(req.get_param_value("type", 2), "");
  EXPECT_EQ(req.get_param_value("limit"), "");
  EXPECT_EQ(req.get_header_value("Content-Type"), "text/plain");
  EXPECT_EQ(req.get_header_value("X-API-KEY"), "k1");
  EXPECT_EQ(req.get_header_value("Authorization"), "");
}

}  // namespace
}  // namespace sanctions::api
