#!/bin/sh
# Makes the class-data-sharing archive of an installed Settle; the .deb's postinst runs it as root.
# One training run (settle training: the sample company in a temporary database, Verify books, and the
# classes a launch of the window uses) records the classes in lib/app/settle.jsa; the launcher then
# maps them instead of loading them. The archive only works at the path it was made at, which is why
# it is made here and not at build time. Safe to run again; if it fails, Settle works without it.
set -e
app="$(cd "$(dirname "$0")" && pwd)"
cfg="$app/settle.cfg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rm -f "$app/settle.jsa"
sed -i '/^java-options=-XX:SharedArchiveFile=/d' "$cfg"
XDG_DATA_HOME="$tmp" HOME="$tmp" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/settle.jsa" \
    "$app/../../bin/settle" training --db "$tmp/training.mv.db" >/dev/null 2>&1
if [ -s "$app/settle.jsa" ]; then
    chmod 644 "$app/settle.jsa"
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/settle.jsa' >> "$cfg"
fi
