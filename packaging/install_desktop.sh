#!/bin/sh
# Linux: register a ResCompare bundle with the desktop for the current user (no root needed).
# Copied into the bundle as dist/ResCompare/install-desktop.sh; run it from there:
#
#   sh install-desktop.sh [--uninstall]
#
# Creates ~/.local/bin/rescompare (a link to the bundle's executable, so Exec=rescompare works),
# ~/.local/share/applications/rescompare.desktop and the icons in ~/.local/share/icons/hicolor.
set -eu

BUNDLE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
BIN=$HOME/.local/bin
RES="$BUNDLE/_internal/resources"

if [ "${1:-}" = --uninstall ]; then
    rm -f "$BIN/rescompare" "$DATA/applications/rescompare.desktop" \
        "$DATA/icons/hicolor/scalable/apps/rescompare.svg" "$DATA"/icons/hicolor/*/apps/rescompare.png
    echo "ResCompare desktop entry removed"
    exit 0
fi

[ -x "$BUNDLE/ResCompare" ] || { echo "install-desktop.sh: no ResCompare executable in $BUNDLE" >&2; exit 1; }
mkdir -p "$BIN" "$DATA/applications" "$DATA/icons/hicolor/scalable/apps"
ln -sf "$BUNDLE/ResCompare" "$BIN/rescompare"
cp "$RES/desktop/rescompare.desktop" "$DATA/applications/rescompare.desktop"
cp "$RES/icons/rescompare.svg" "$DATA/icons/hicolor/scalable/apps/rescompare.svg"
for png in "$RES"/icons/hicolor/*/apps/rescompare.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$png" "$DATA/icons/hicolor/$size/apps/rescompare.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "ResCompare installed for $(id -un): $BIN/rescompare, menu entry and icon"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "note: add $BIN to PATH to start it as 'rescompare'" ;; esac
