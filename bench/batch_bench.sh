#!/usr/bin/env bash
# Benchmark of `sanctions batch` (docs/performance.md): generates N records (default
# 1,000,000, plus a 100,000 run to show that memory stays flat), screens them on 2 threads
# against the lists of the matching issue, prints records/s and peak memory.
#
# Usage: bench/batch_bench.sh [N]   (env: SANCTIONS_BIN=path/to/sanctions, THREADS=2,
#                                     WORK=/tmp dir for the generated files)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=${SANCTIONS_BIN:-$HERE/../build-rel/src/cli/sanctions}
N=${1:-1000000}
THREADS=${THREADS:-2}
WORK=${WORK:-$(mktemp -d /tmp/sanctions_batch_bench.XXXXXX)}
source "$HERE/bench_lists.sh"

run() {  # run N_RECORDS
  local n=$1 in="$WORK/input_$1.csv" out="$WORK/output_$1.jsonl" tv="$WORK/time_$1.txt"
  [ -s "$in" ] || python3 "$HERE/gen_batch_input.py" "$n" "$in" "$SHARED"
  /usr/bin/time -v "$BIN" batch --quiet --no-progress --threads "$THREADS" "${LIST_ARGS[@]}" \
    "$in" -o "$out" 2> "$tv"
  local rc=$?
  local summary rss wall
  summary=$(grep '^sanctions batch:' "$tv")
  rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$tv")
  wall=$(awk '/Elapsed \(wall clock\)/ {print $NF}' "$tv")
  echo "records=$n rc=$rc wall=$wall peak_rss_mb=$((rss / 1024))"
  echo "  $summary"
  echo "  output lines: $(wc -l < "$out"), with hits: $(grep -c '"hits":\[{' "$out")"
}

echo "binary: $BIN, threads: $THREADS, work dir: $WORK"
run 100000
[ "$N" -ne 100000 ] && run "$N"
echo "(generated inputs kept in $WORK)"
