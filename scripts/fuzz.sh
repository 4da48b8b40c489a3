#!/usr/bin/env bash
# Builds every libFuzzer target with clang (ASan + UBSan) and runs each for SECONDS
# (default 20) on a copy of its seed corpus (fuzz/corpus/<target>/) plus the regression
# inputs (fuzz/regressions/<target>/). Two targets run at a time (2 cores). Fails when any
# target crashes, leaks, times out or reports undefined behaviour; the crashing input is
# kept in the run folder printed at the end.
#
#   bash scripts/fuzz.sh [SECONDS]
#   FUZZ_BUILD_DIR=build-fuzz FUZZ_TARGETS="fuzz_un_xml fuzz_detect" FUZZ_JOBS=2 ...
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-20}"
BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${FUZZ_JOBS:-2}"
ALL_TARGETS="fuzz_ofac_csv fuzz_ofac_xml fuzz_ofac_advanced_xml fuzz_ofac_enhanced_xml
  fuzz_un_xml fuzz_eu_xml fuzz_uk_csv fuzz_csl_csv fuzz_bis_dpl fuzz_ca_sema_xml
  fuzz_au_dfat_xlsx fuzz_ch_seco_xml fuzz_ftm_json fuzz_user_csv fuzz_detect"
TARGETS="${FUZZ_TARGETS:-$ALL_TARGETS}"

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
echo "== configure $BUILD_DIR (clang, libFuzzer, ASan, UBSan)"
# -O1 with line tables: quick to build on 2 cores, fast enough to fuzz, readable stacks.
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DSANCTIONS_BUILD_FUZZ=ON -DSANCTIONS_BUILD_TESTS=OFF -DSANCTIONS_BUILD_BENCH=OFF \
  "${launcher[@]}" >/dev/null
echo "== build"
# shellcheck disable=SC2086
cmake --build "$BUILD_DIR" -j2 --target $TARGETS

RUN_DIR="$(mktemp -d -t sanctions-fuzz-run-XXXXXX)"
echo "== run each target ${SECONDS_PER_TARGET}s, $JOBS at a time (work in $RUN_DIR)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

run_one() {
  local t="$1"
  local work="$RUN_DIR/$t"
  mkdir -p "$work/corpus" "$work/artifacts"
  if [ -d "fuzz/corpus/$t" ]; then cp -r "fuzz/corpus/$t/." "$work/corpus/"; fi
  if [ -d "fuzz/regressions/$t" ]; then cp -r "fuzz/regressions/$t/." "$work/corpus/"; fi
  local dict=()
  if [ -f "fuzz/dict/$t.dict" ]; then dict=(-dict="fuzz/dict/$t.dict"); fi
  if "$BUILD_DIR/fuzz/$t" "$work/corpus" "${dict[@]}" -max_len=65536 -timeout=10 \
      -rss_limit_mb=2048 -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 \
      -artifact_prefix="$work/artifacts/" >"$work/log" 2>&1; then
    echo "ok    $t ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$') runs)"
  else
    echo "FAIL  $t: see $work/log; input in $work/artifacts/"
    grep -m3 -E 'ERROR|runtime error|invariant|==[0-9]+==' "$work/log" | sed 's/^/      /' || true
    return 1
  fi
}

failed=0
pids=()
names=()
for t in $TARGETS; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if [ "${#pids[@]}" -ge "$JOBS" ]; then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done

if [ "$failed" -ne 0 ]; then
  echo "== fuzz FAILED (details in $RUN_DIR)"
  exit 1
fi
rm -rf "$RUN_DIR"
echo "== fuzz ok"
