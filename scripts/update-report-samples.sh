#!/usr/bin/env bash
# Writes the sample PDF reports in docs/reports/ from a fresh demo database
# with debrief-cli, and their first pages as PNG in docs/screenshots/
# (shown in README.md). Run after changing a report or the typesetting:
#   scripts/update-report-samples.sh [BUILD_DIR]   (default: build)
# Needs pdftoppm (poppler-utils).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
cli="$build/app/cli/debrief-cli"
reports="${REPORTS_OUT:-$root/docs/reports}"
shots="${SHOTS_OUT:-$root/docs/screenshots}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A fixed date and time keep the footers, the overdue list and the pictures
# stable; the C locale keeps numbers and dates the same on every machine.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
today=2026-11-26
"$cli" demo --out "$work/demo.sqlite" --today "$today" >/dev/null
mkdir -p "$reports" "$shots"

# The demo's ids are stable: opening 1 is "Senior Backend Engineer", the one
# ready for its debrief; candidate 2 is its finalist Miguel Ángel Ortega.
report() { # report NAME KIND OPENING [extra args...]
    local name="$1" kind="$2" opening="$3"
    shift 3
    "$cli" report --db "$work/demo.sqlite" --opening "$opening" --kind "$kind" --page-size a4 \
        --generated-at "${today}T09:00" --out "$reports/$name.pdf" "$@" >/dev/null
    chmod 644 "$reports/$name.pdf" # a sample of made-up people, meant to be read
    if [[ "$name" != comparison-decided ]]; then # its first page is like comparison's
        pdftoppm -r 60 -png -singlefile -f 1 -l 1 "$reports/$name.pdf" "$shots/report-$name"
    fi
    echo "$reports/$name.pdf"
}

report comparison comparison 1
report packet packet 1 --candidate 2
report calibration calibration 1
report summary summary 1
# Opening 3, "Engineering Manager", is filled: its comparison carries the
# decision record (chosen, runners-up, deciding factors, rationale).
report comparison-decided comparison 3
