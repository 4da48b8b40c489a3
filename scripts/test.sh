#!/usr/bin/env bash
# Builds sanctions (Release) and runs every test with ctest. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
export SANCTIONS_SHARED_DIR="${SANCTIONS_SHARED_DIR:-$(cd .. && pwd)/shared}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2 --timeout 900
