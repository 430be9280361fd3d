#!/usr/bin/env bash
# Prints system-tests/src/test/resources/permission-matrix.csv as the Markdown table of README.md
# ("Permission matrix"). After adding a row: deploy/permission-matrix.sh, paste over the table in the README.
set -euo pipefail
csv="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/system-tests/src/test/resources/permission-matrix.csv"
grep -v '^#' "$csv" | awk -F, '
  NR == 1 { printf "| operation |"; for (i = 2; i < NF; i++) printf " %s |", $i; printf "\n|---|";
            for (i = 2; i < NF; i++) printf ":-:|"; printf "\n"; next }
  { printf "| `%s` |", $1; for (i = 2; i < NF; i++) printf " %s |", ($i == "Y" ? "Y" : "·"); printf "\n" }'
