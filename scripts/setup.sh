#!/usr/bin/env bash
# Sets up Debrief on a fresh Debian 12 machine from a clean clone.
#
#   scripts/setup.sh run    install what is missing, build Release into build/,
#                           create a demo database and open Debrief on it
#   scripts/setup.sh test   install what is missing, build Debug into build-test/
#                           with warnings as errors, check the formatting and
#                           run every test, then build the core library alone
#                           (no Qt Widgets) with clang's sanitizers into
#                           build-sanitize/, run its tests and each fuzz target
#
# Works as root without sudo (a bare debootstrap or a CI container) and as a
# normal user with sudo. apt runs only when a package is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
    sed -n '2,11p' "$root/scripts/setup.sh" | sed 's/^# \{0,1\}//'
}

cd "$root"

# Everything the build, the tests and the packaging checks need. Keep in step
# with README.md.
packages=(
    build-essential cmake ninja-build ccache git pkg-config ca-certificates file
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev qt6-translations-l10n
    qtkeychain-qt6-dev
    fonts-dejavu-core poppler-utils sqlite3 postgresql xvfb xauth python3 python3-icalendar
    desktop-file-utils appstream
    clang clang-format libclang-rt-14-dev
)

log() { printf '==> %s\n' "$*"; }
die() {
    printf 'setup.sh: %s\n' "$*" >&2
    exit 1
}

# Prints the packages of the list above that dpkg does not report as installed.
missing_packages() {
    local package status
    for package in "${packages[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
        if [[ "$status" != "installed" ]]; then
            echo "$package"
        fi
    done
}

install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "this script needs Debian (dpkg-query not found)"
    local missing
    mapfile -t missing < <(missing_packages)
    if [[ ${#missing[@]} -eq 0 ]]; then
        log "All ${#packages[@]} packages are installed"
        return
    fi
    log "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local -a as_root=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 ||
            die "not root and sudo is missing: run as root or install sudo"
        as_root=(sudo)
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    mapfile -t missing < <(missing_packages)
    [[ ${#missing[@]} -eq 0 ]] || die "still missing after apt-get install: ${missing[*]}"
}

cpu_count() { nproc 2>/dev/null || echo 2; }

# configure <build dir> <build type> [extra cmake arguments...]
configure() {
    local dir="$1" type="$2"
    shift 2
    local -a launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # Paths relative to the checkout and no working directory in the
        # hash: a second checkout or build folder with the same flags reuses
        # the compiled objects.
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
        export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
    fi
    log "Configuring $dir ($type)"
    cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
        "${launcher[@]}" "$@"
}

build() {
    log "Building $1"
    cmake --build "$root/$1" --parallel "$(cpu_count)"
}

# run_tests <build dir> <label>: runs ctest, keeps its summary line in
# $summaries, returns ctest's status.
summaries=()
run_tests() {
    local dir="$1" label="$2" status=0 summary
    log "Testing $dir"
    ctest --test-dir "$root/$dir" --output-on-failure -j2 --timeout 300 \
        2>&1 | tee "$root/$dir/ctest.log" || status=$?
    summary="$(grep -E 'tests passed|No tests were found' "$root/$dir/ctest.log" | tail -n 1 || true)"
    summaries+=("$label: ${summary:-no ctest summary (exit status $status)}")
    return "$status"
}

find_binary() {
    local path="$root/build/$1"
    [[ -x "$path" ]] || path="$(find "$root/build" -type f -name "$(basename "$1")" -perm -u+x | head -n 1)"
    [[ -n "$path" && -x "$path" ]] || die "built program $(basename "$1") not found under build/"
    echo "$path"
}

mode_run() {
    install_packages
    configure build Release -DDEBRIEF_BUILD_TESTS=OFF -DDEBRIEF_BUILD_BENCHMARKS=OFF
    build build
    local cli gui data database
    cli="$(find_binary app/cli/debrief-cli)"
    gui="$(find_binary app/gui/debrief)"
    data="${XDG_DATA_HOME:-$HOME/.local/share}/debrief"
    mkdir -p "$data"
    chmod 700 "$data"
    database="$data/demo.sqlite"
    log "Creating the demo database $database"
    "$cli" demo --out "$database" --force
    if [[ -n "${DEBRIEF_NO_LAUNCH:-}" || (-z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}") ]]; then
        log "No display to open a window on. Start Debrief with:"
        printf '    %q --db %q\n' "$gui" "$database"
        return
    fi
    log "Opening Debrief"
    exec "$gui" --db "$database"
}

# The core-only build must not even look for the Gui side of Qt, and none of
# its programs or libraries may load it.
check_core_only() {
    local dir="$root/$1" file found=0
    if grep -E '^Qt6(Gui|Widgets|Charts|PrintSupport)_DIR:PATH=/' "$dir/CMakeCache.txt"; then
        log "$1 configured a Gui-side Qt module"
        return 1
    fi
    while IFS= read -r -d '' file; do
        if readelf -d "$file" 2>/dev/null | grep -E 'NEEDED.*libQt6(Gui|Widgets|Charts|PrintSupport)'; then
            log "$file loads a Gui-side Qt library"
            found=1
        fi
    done < <(find "$dir" -type f \( -perm -u+x -o -name '*.so*' \) -not -path '*/CMakeFiles/*' -print0)
    return "$found"
}

# The crash test (docs/RELIABILITY.md): scripts/crash-test.py kills
# debrief-cli's imports and a scorecard autosave loop with SIGKILL at random
# points, at least 120 times within 3.5 minutes, and fails unless every
# file left behind opens, passes SQLite's integrity check and holds the data
# of exactly before or exactly after the write. run_crash_test <build dir>
run_crash_test() {
    local dir="$root/$1" status=0 line
    log "Crash test: kill -9 during imports and autosaves ($1)"
    python3 "$root/scripts/crash-test.py" --cli "$dir/app/cli/debrief-cli" \
        --tool "$dir/tests/tools/debrief-testtool" --gui "$dir/app/gui/debrief" \
        2>&1 | tee "$dir/crash-test.log" || status=$?
    line="$(grep -E '^crash test: [0-9]+ kills' "$dir/crash-test.log" | tail -n 1 || true)"
    if [[ -n "$line" ]]; then
        summaries+=("Crash test: ${line#crash test: }")
    else
        summaries+=("Crash test: no result (exit status $status)")
    fi
    return "$status"
}

# Every C++ file as clang-format (the repo's .clang-format) writes it.
check_format() {
    local status=0
    log "Checking the formatting"
    cmake --build "$root/$1" --target format-check || status=$?
    summaries+=("Formatting: $([[ $status -eq 0 ]] && echo clean || echo "files not formatted (run the format target)")")
    return "$status"
}

# The translation checks (stale or unfinished .ts files, the glossary) are
# CTest tests of the full build; fail if they were not among its tests, so
# a missing tool cannot skip them quietly.
check_translation_tests() {
    local count
    count="$(ctest --test-dir "$root/$1" -N -L translations | sed -n 's/^Total Tests: //p')"
    if [[ "${count:-0}" -lt 3 ]]; then
        log "The translation checks are not CTest tests of $1 (found ${count:-0} of 3)"
        summaries+=("Translation checks: missing")
        return 1
    fi
}

# The core library and its tests alone, without Qt Gui or Widgets (which
# proves that lib/core needs nothing from the application side), built with
# clang, AddressSanitizer and UndefinedBehaviorSanitizer, and the libFuzzer
# targets of tests/fuzz (docs/FUZZING.md). Its CTest run is the core tests
# under the sanitizers plus each fuzz target for DEBRIEF_FUZZ_SECONDS (30).
# Core only to keep CI short: the whole suite under the sanitizers is the
# `asan` preset, by hand.
sanitizer_tests() {
    local status=0
    configure build-sanitize Debug -DCMAKE_CXX_COMPILER=clang++ -DDEBRIEF_WERROR=ON \
        -DDEBRIEF_BUILD_APP=OFF -DDEBRIEF_BUILD_BENCHMARKS=OFF \
        -DDEBRIEF_BUILD_FUZZERS=ON -DDEBRIEF_FUZZ_SECONDS="${DEBRIEF_FUZZ_SECONDS:-30}"
    build build-sanitize
    check_core_only build-sanitize || status=1
    run_tests build-sanitize "Core only, ASan+UBSan, fuzz targets (build-sanitize)" || status=1
    report_fuzzers build-sanitize
    return "$status"
}

# One line per fuzz target from the CTest log: executions, time, and
# whether it found anything.
report_fuzzers() {
    local dir="$root/$1" log="$root/$1/Testing/Temporary/LastTest.log"
    [[ -f "$log" ]] || return 0
    log "Fuzz targets (inputs run, seconds; a finding fails its test)"
    awk '
        /^[0-9]+\/[0-9]+ Test: fuzz_/ { name = $3 }
        name != "" && /stat::number_of_executed_units:/ { runs = $2 }
        name != "" && /^Done [0-9]+ runs in/ { secs = $5 }
        name != "" && /^Test (Passed|Failed)/ {
            printf "    %-24s %9s inputs in %s s: %s\n", name, runs, secs, ($2 ~ /^Passed/ ? "no finding" : "FAILED")
            name = ""; runs = "?"; secs = "?"
        }' "$log"
}

mode_test() {
    install_packages
    local status=0
    configure build-test Debug -DDEBRIEF_WERROR=ON
    build build-test
    check_format build-test || status=1
    run_tests build-test "Full build (build-test)" || status=1
    check_translation_tests build-test || status=1
    sanitizer_tests || status=1
    run_crash_test build-test || status=1
    log "Summary"
    printf '    %s\n' "${summaries[@]}"
    if [[ $status -ne 0 ]]; then
        log "FAILED"
    else
        log "All tests passed"
    fi
    return "$status"
}

case "${1:-}" in
run) mode_run ;;
test) mode_test ;;
-h | --help | help)
    usage
    ;;
*)
    usage >&2
    exit 2
    ;;
esac
