#!/usr/bin/env bash
# Renders the pictures in docs/screenshots/ from a fresh demo database, so
# README and docs show the current build. Run after changing a view:
#   scripts/update-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
out="${SHOTS_OUT:-$root/docs/screenshots}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A fixed date keeps the overdue markers and relative dates stable.
today=2026-11-26
"$build/app/cli/debrief-cli" demo --out "$work/demo.sqlite" --today "$today" >/dev/null
mkdir -p "$out"

shoot() { # shoot NAME VIEW SIZE [extra args...]
    local name="$1" view="$2" size="$3"
    shift 3
    QT_QPA_PLATFORM=offscreen "$build/app/gui/debrief" --db "$work/demo.sqlite" --today "$today" \
        --lang en --screenshot "$out/$name.png" --view "$view" --size "$size" "$@"
    echo "$out/$name.png"
}

# The main window, Compare, the draft editor and the welcome page at the
# smallest screen Debrief supports (1280×720), as a user would first see them.
shoot main-window main 1280x720
shoot candidate-detail candidate 480x800
# Dialogs and editors at the size a user would give them.
view_size() {
    case "$1" in
    opening-setup) echo 960x660 ;;
    csv-import) echo 1100x700 ;;
    scorecard | rubric-editor) echo 1100x800 ;;
    scores) echo 520x800 ;;
    comparison | comparison-calibration | drafts | rejection-drafts | welcome) echo 1280x720 ;;
    decision) echo 960x640 ;;
    report-export) echo 560x300 ;;
    data-protection) echo 900x560 ;;
    connect-dialog) echo 680x380 ;;
    schedule-interview) echo 560x520 ;;
    my-interviews) echo 1280x720 ;;
    waiting) echo 1280x900 ;;
    talent-pool) echo 1100x700 ;;
    templates) echo 1280x800 ;;
    *) echo 1280x800 ;;
    esac
}
# Every other registered view (`debrief --list-views`) is shot too, so a new
# view gets its picture without editing this script.
for view in $(QT_QPA_PLATFORM=offscreen "$build/app/gui/debrief" --list-views 2>/dev/null || true); do
    case "$view" in main | candidate) continue ;; esac
    shoot "$view" "$view" "$(view_size "$view")"
done

# The main window on a shared panel server: a throwaway PostgreSQL server
# (scripts/pg-test-server), set up as docs/SERVER.md says (server-init,
# the demo pushed to it, Priya Raman given the login "priya"), opened with
# her login, so the status bar shows the server and who is scoring.
if [[ -n "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null)" ]]; then
    admin=$("$root/scripts/pg-test-server" start "$work/pg")
    trap '"$root/scripts/pg-test-server" stop "$work/pg"; rm -rf "$work"' EXIT
    psql "$admin" -q -c "CREATE DATABASE panel" >/dev/null
    panel="${admin%/*}/panel"
    cli="$build/app/cli/debrief-cli"
    "$cli" server-init --db "$panel" >/dev/null
    "$cli" server-push --db "$work/demo.sqlite" --to "$panel" >/dev/null
    email=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT email FROM panelists WHERE name = ?", ("Priya Raman",)).fetchone()[0])' \
        "$work/demo.sqlite")
    password=$("$cli" server-add-panelist --db "$panel" --panelist "$email" --login priya |
        sed -n -E 's/.*: ([A-Za-z0-9]{20})$/\1/p')
    [[ -n "$password" ]] || { echo "server-add-panelist printed no password" >&2; exit 1; }
    port=$(sed -E 's|.*:([0-9]+)/.*|\1|' <<<"$admin")
    server="postgresql://priya:$password@127.0.0.1:$port/panel?sslmode=disable"
    QT_QPA_PLATFORM=offscreen "$build/app/gui/debrief" --db "$server" --today "$today" \
        --lang en --screenshot "$out/main-window-server.png" --view main --size 1280x720
    echo "$out/main-window-server.png"
else
    echo "PostgreSQL is not installed: main-window-server.png not updated" >&2
fi
