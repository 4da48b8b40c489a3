#include "api/metrics.h"

#include <gtest/gtest.h>

namespace sanctions::api {
namespace {

TEST(Metrics, CountsAndHistogramBuckets) {
  Metrics m;
  m.Observe("/v1/search", "GET", 200, 0.0003);
  m.Observe("/v1/search", "GET", 200, 0.002);
  m.Observe("/v1/search", "GET", 400, 0.0001);
  EXPECT_EQ(m.total(), 3u);
  std::string text = m.Render();
  EXPECT_NE(text.find("# TYPE sanctions_http_requests_total counter"), std::string::npos);
  EXPECT_NE(
      text.find(R"(sanctions_http_requests_total{route="/v1/search",method="GET",status="200"} 2)"),
      std::string::npos);
  EXPECT_NE(
      text.find(R"(sanctions_http_requests_total{route="/v1/search",method="GET",status="400"} 1)"),
      std::string::npos);
  // 0.0003 is above the 0.00025 bucket and inside 0.0005; 0.002 is inside 0.0025.
  EXPECT_NE(text.find(R"(status="200",le="0.00025"} 0)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"(status="200",le="0.0005"} 1)"), std::string::npos);
  EXPECT_NE(text.find(R"(status="200",le="0.0025"} 2)"), std::string::npos);
  EXPECT_NE(text.find(R"(status="200",le="+Inf"} 2)"), std::string::npos);
  EXPECT_NE(
      text.find(
          R"(sanctions_http_request_duration_seconds_count{route="/v1/search",method="GET",status="200"} 2)"),
      std::string::npos);
}

TEST(Metrics, EscapesLabels) {
  EXPECT_EQ(PromEscape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
  EXPECT_EQ(PromLine("x", "a=\"1\"", 2.5), "x{a=\"1\"} 2.5\n");
  EXPECT_EQ(PromLine("x", "", 3), "x 3\n");
}

}  // namespace
}  // namespace sanctions::api
