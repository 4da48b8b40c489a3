# Sourced by the bench scripts: the lists of the matching issue (section 6), those that load.
# Sets LIST_ARGS (--list FILE ...) and prints which lists are used or skipped (and why).
SHARED=${SANCTIONS_SHARED_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../shared" && pwd)}
BENCH_LISTS=(
  "$SHARED/lists/ofac/sdn_csv_2024-05-03/sdn.csv"
  "$SHARED/lists/ofac/consolidated_nonsdn_csv"
  "$SHARED/lists/un/consolidated_2026-02-27.xml"
  "$SHARED/lists/uk/ofsi_conlist_2020-04-27.csv"
  "$SHARED/lists/us_csl/consolidated_2022-05.csv.gz"
)
# LISTS="a:b:c" replaces the default set (e.g. a small fixture to isolate the pipeline).
if [ -n "${LISTS:-}" ]; then IFS=: read -r -a BENCH_LISTS <<<"$LISTS"; fi
LIST_ARGS=()
for l in "${BENCH_LISTS[@]}"; do
  if err=$("$BIN" screen --quiet --list "$l" "bench probe" 2>&1 >/dev/null); [ $? -ne 2 ]; then
    LIST_ARGS+=(--list "$l")
    echo "list: $l" >&2
  else
    echo "list SKIPPED (does not load yet): $l: ${err%%$'\n'*}" >&2
  fi
done
if [ ${#LIST_ARGS[@]} -eq 0 ]; then echo "no list loads" >&2; exit 2; fi
