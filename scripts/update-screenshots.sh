#!/usr/bin/env bash
# Renders the pictures in docs/screenshots/ from a fresh demo database, so
# README and docs show the current build. Run after changing a view:
#   scripts/update-screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
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
    echo "docs/screenshots/$name.png"
}

shoot main-window main 1280x800
shoot candidate-detail candidate 480x800
# Views added by later features are listed by `debrief --screenshot x --view ?`;
# shoot every registered view that is not covered above.
for view in $(QT_QPA_PLATFORM=offscreen "$build/app/gui/debrief" --list-views 2>/dev/null || true); do
    case "$view" in main | candidate) continue ;; esac
    shoot "$view" "$view" 1280x800
done
