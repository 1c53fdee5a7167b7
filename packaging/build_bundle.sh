#!/bin/sh
# Build the ResCompare bundle: dist/ResCompare/ (one folder, windowed) from packaging/rescompare.spec.
#
#   sh packaging/build_bundle.sh
#
# Needs the project and PyInstaller installed in the interpreter: pip install -e ".[bundle]"
# (PYTHON=/path/to/python3 picks it; default python3). Build outputs go to build/ and dist/,
# both git-ignored. Start the result with dist/ResCompare/ResCompare --demo; on Linux,
# dist/ResCompare/install-desktop.sh adds the menu entry and icon for the current user.
set -eu

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-python3}

"$PY" -c 'import PyInstaller' 2>/dev/null \
    || { echo "build_bundle.sh: PyInstaller missing; run: $PY -m pip install -e \".[bundle]\"" >&2; exit 1; }

start=$(date +%s)
rm -rf dist/ResCompare build/rescompare
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build packaging/rescompare.spec
cp packaging/install_desktop.sh dist/ResCompare/install-desktop.sh
chmod 755 dist/ResCompare/install-desktop.sh
end=$(date +%s)

echo "==> dist/ResCompare built in $((end - start)) s, $(du -sh dist/ResCompare | cut -f1)"
echo "==> try: dist/ResCompare/ResCompare --version && dist/ResCompare/ResCompare --demo"
