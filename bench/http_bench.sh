#!/usr/bin/env bash
# HTTP benchmark of `sanctions serve` with wrk on loopback (docs/performance.md):
# GET /v1/search and POST /v1/screen at 64 connections; prints requests/s and p50/p99.
#
# Usage: bench/http_bench.sh   (env: SANCTIONS_BIN, DURATION=15s, CONNECTIONS=64,
#                               WRK_THREADS=1, PORT=18080, SERVER_THREADS=0 = cores,
#                               ACCESS_LOG=1)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=${SANCTIONS_BIN:-$HERE/../build-rel/src/cli/sanctions}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
# One wrk thread drives the 64 connections: wrk shares the 2 cores with the server, and a
# second wrk thread takes CPU from it (docs/performance.md: 17,100 req/s with 2 wrk threads
# against 24,400 with 1 in the same minute).
WRK_THREADS=${WRK_THREADS:-1}
PORT=${PORT:-18080}
SERVER_THREADS=${SERVER_THREADS:-0}
source "$HERE/bench_lists.sh"

# The server runs as deployed: its JSON access log on (to stderr, here a temporary file;
# ACCESS_LOG=0 turns it off), one line per request.
LOG=$(mktemp /tmp/sanctions_http_bench.XXXXXX.log)
ACCESS_LOG_ARGS=()
if [ "${ACCESS_LOG:-1}" = 0 ]; then ACCESS_LOG_ARGS=(--no-access-log); fi
"$BIN" serve --listen "127.0.0.1:$PORT" --threads "$SERVER_THREADS" "${ACCESS_LOG_ARGS[@]}" \
  "${LIST_ARGS[@]}" 2> "$LOG" &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  sleep 0.1
done
curl -sf "http://127.0.0.1:$PORT/readyz" || { echo "server not ready"; cat "$LOG"; exit 1; }
echo

# The server's CPU time so far (user + system, in clock ticks), from /proc.
server_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat" 2>/dev/null || echo 0; }
TICKS_PER_S=$(getconf CLK_TCK)

bench() {  # bench LABEL SCRIPT PATH
  local out t0 t1
  t0=$(server_ticks)
  out=$(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/$2" \
        "http://127.0.0.1:$PORT$3")
  t1=$(server_ticks)
  local rps p50 p99 errors requests cpu
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" | tr '\n' ' ')
  # Server CPU per request: steadier than req/s on a VM whose speed varies.
  cpu=$(awk -v t=$((t1 - t0)) -v hz="$TICKS_PER_S" -v n="${requests:-0}" \
        'BEGIN { if (n > 0) printf "%.1f", t / hz * 1e6 / n; else print "?" }')
  printf '%-12s %s connections, %s: %s requests/s, p50 %s, p99 %s, server CPU %s us/request %s\n' \
    "$1" "$CONNECTIONS" "$DURATION" "$rps" "$p50" "$p99" "$cpu" "$errors"
}

bench "/v1/search" wrk_search.lua "/v1/search"
bench "/v1/screen" wrk_screen.lua "/v1/screen"
