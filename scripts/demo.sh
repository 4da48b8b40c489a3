#!/usr/bin/env bash
# Builds sanctions (Release) and runs the main job, screening, on the official list files
# available offline in ../shared/lists. The README's first command.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SANCTIONS_SHARED_DIR:-$(cd .. && pwd)/shared}"
L="$SHARED/lists"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target sanctions
BIN=build/src/cli/sanctions
FILES=("$L/ofac/sdn_csv_2024-05-03/sdn.csv" "$L/ofac/consolidated_nonsdn_csv"
       "$L/un/consolidated_2026-02-27.xml" "$L/uk/ofsi_conlist_2020-04-27.csv"
       "$L/us_csl/consolidated_2022-05.csv.gz")
LISTS=()
for f in "${FILES[@]}"; do LISTS+=(--list "$f"); done

run() {  # screen and scan exit 1 when they find hits: that is success here
  echo
  echo "\$ sanctions $*" | sed "s#$L/##g"
  "$BIN" "$@" || [ $? -eq 1 ]
}

run lists info "${FILES[@]}"
run screen "${LISTS[@]}" "Kim Jong-un"
run screen "${LISTS[@]}" "김정은"
run screen "${LISTS[@]}" --type vessel --imo 8660313 "RENAMED TANKER"
run screen "${LISTS[@]}" --type person --dob 1952-10-07 "Wladimir Putin"
printf 'The leader of North Korea, Kim Jong-un, met officials in Pyongyang on Monday.\n' |
  { echo; echo '$ echo "...Kim Jong-un..." | sanctions scan -'; "$BIN" scan "${LISTS[@]}" - || [ $? -eq 1 ]; }
