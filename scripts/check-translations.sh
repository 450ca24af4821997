#!/usr/bin/env bash
# Fails when a committed translations/*.ts file is stale (lupdate would
# change it) or still has unfinished, vanished or obsolete entries.
# Runs lupdate on temporary copies; the working tree is never modified.
# Uses the same sources and options as the update_translations target
# (translations/CMakeLists.txt). To refresh the files:
#   cmake --build <build dir> --target update_translations
set -euo pipefail
export LC_ALL=C

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

find_lupdate() {
    if [[ -n "${LUPDATE:-}" ]]; then
        echo "$LUPDATE"
        return
    fi
    local candidate bins
    for candidate in lupdate-qt6 lupdate6; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return
        fi
    done
    bins="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)"
    for candidate in "$bins/lupdate" /usr/lib/qt6/bin/lupdate; do
        if [[ -x "$candidate" ]]; then
            echo "$candidate"
            return
        fi
    done
    if command -v lupdate >/dev/null 2>&1 && lupdate -version 2>&1 | grep -q ' 6\.'; then
        command -v lupdate
        return
    fi
    echo "check-translations: no Qt 6 lupdate found (install qt6-l10n-tools or set LUPDATE)" >&2
    exit 2
}
lupdate="$(find_lupdate)"

dirs=(lib/core lib/draw app/gui app/cli)
existing_dirs=()
for dir in "${dirs[@]}"; do
    [[ -d "$dir" ]] && existing_dirs+=("$dir")
done
mapfile -t sources < <(find "${existing_dirs[@]}" -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.ui' \) | sort)
includes=()
for dir in "${existing_dirs[@]}"; do
    includes+=("-I$root/$dir")
done

shopt -s nullglob
ts_files=(translations/*.ts)
if [[ ${#ts_files[@]} -eq 0 ]]; then
    echo "check-translations: no .ts files in translations/" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copies=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$work/"
    copies+=("$work/$(basename "$ts")")
done

# debrief_en.ts holds only the English plural forms: lupdate -pluralonly,
# as in translations/CMakeLists.txt.
full_copies=()
plural_copies=()
for copy in "${copies[@]}"; do
    if [[ "$(basename "$copy")" == debrief_en.ts ]]; then
        plural_copies+=("$copy")
    else
        full_copies+=("$copy")
    fi
done
run_lupdate() {
    # "$@" ends with -ts and the files, which must come last.
    "$lupdate" -locations none -no-obsolete -source-language en "${includes[@]}" \
        "${sources[@]}" "$@" >>"$work/lupdate.log" 2>&1 || {
        cat "$work/lupdate.log" >&2
        echo "check-translations: lupdate failed" >&2
        exit 1
    }
}
if [[ ${#full_copies[@]} -gt 0 ]]; then
    run_lupdate -ts "${full_copies[@]}"
fi
if [[ ${#plural_copies[@]} -gt 0 ]]; then
    run_lupdate -pluralonly -ts "${plural_copies[@]}"
fi

status=0
for ts in "${ts_files[@]}"; do
    copy="$work/$(basename "$ts")"
    if ! cmp -s "$ts" "$copy"; then
        echo "$ts is stale: run the update_translations target and commit the result" >&2
        diff -u "$ts" "$copy" | head -n 40 >&2 || true
        status=1
    fi
    for kind in unfinished vanished obsolete; do
        count="$(grep -c "type=\"$kind\"" "$ts" || true)"
        if [[ "$count" -gt 0 ]]; then
            echo "$ts: $count $kind entr$([[ $count -eq 1 ]] && echo y || echo ies)" >&2
            status=1
        fi
    done
done
if [[ $status -eq 0 ]]; then
    echo "check-translations: ${#ts_files[@]} translation files up to date and complete"
fi
exit $status
