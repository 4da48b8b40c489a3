#!/usr/bin/env bash
# Installs every Debian package that sanctions needs to build, test, benchmark and fuzz.
# Used by the README and by .ci/run. Safe to run more than once.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev            # Unicode normalisation, case folding, transliteration
  libpugixml-dev        # DOM XML (UN, EU, classic OFAC, SEMA, SECO, xlsx parts)
  libexpat1-dev         # streaming XML (OFAC advanced XML, ~120 MB)
  nlohmann-json3-dev    # JSON (FollowTheMoney, API, output)
  libyaml-cpp-dev       # entity_bench checks.yml in the quality harness
  zlib1g-dev libminizip-dev   # .gz and .zip/.xlsx containers
  libsqlite3-dev        # embedded store
  libcli11-dev libfmt-dev libspdlog-dev
  libcpp-httplib-dev libssl-dev   # HTTP test client, URL decoding; SHA-256 of list files
  libboost-dev          # HTTP server: Boost.Beast + Boost.Asio (header-only, 1.74)
  libgtest-dev libgmock-dev libbenchmark-dev
  clang libclang-rt-14-dev    # libFuzzer targets
  wrk                   # HTTP load benchmark
  time curl             # bench/batch_bench.sh (peak memory), bench/http_bench.sh (readiness)
)
if ! dpkg -s "${PACKAGES[@]}" >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
fi
