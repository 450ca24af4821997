#!/bin/sh
# Validates the desktop entry and the AppStream metainfo (a ctest test).
# Usage: validate-metadata.sh DESKTOP_FILE METAINFO_FILE
# The validators are required, not optional: scripts/setup.sh installs them
# (desktop-file-utils, appstream).
set -eu
desktop="$1"
metainfo="$2"
for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool not found: install desktop-file-utils and appstream (scripts/setup.sh does)" >&2
        exit 1
    fi
done
desktop-file-validate "$desktop"
appstreamcli validate --no-net --explain "$metainfo"
# One id everywhere: file names, the AppStream id and the icon name.
id="$(basename "$desktop" .desktop)"
grep -q "^Icon=$id\$" "$desktop" || {
    echo "$desktop: Icon= must be $id" >&2
    exit 1
}
grep -q "<id>$id</id>" "$metainfo" || {
    echo "$metainfo: <id> must be $id" >&2
    exit 1
}
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || {
    echo "$metainfo: launchable must be $id.desktop" >&2
    exit 1
}
echo "desktop entry and metainfo for $id are valid"
