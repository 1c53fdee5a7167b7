#!/bin/sh
# ResCompare set-up. Safe to run again and again.
#
#   sh packaging/setup.sh demo         system packages, pip install -e ., start the demo
#   sh packaging/setup.sh test [ARGS]  system packages (+ LibreOffice Writer), pip install -e ".[test,bundle]",
#                                      then headless pytest (ARGS are passed on); exits with pytest's status
#
# System packages are installed only on Debian/Ubuntu (apt-get), as root or through sudo.
# Elsewhere (macOS, Windows, other Linux) the apt step is skipped: pip install is enough.
# PYTHON=/path/to/python3 picks the interpreter (default: python3). When that interpreter
# is "externally managed" (PEP 668, e.g. Debian's own python3) a .venv is created and used.
set -eu

ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"

MODE=${1:-}
[ $# -gt 0 ] && shift
PY=${PYTHON:-python3}

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    echo "usage: sh packaging/setup.sh demo | test [pytest args...]" >&2
    exit 2
}

case "$MODE" in
    demo|test) ;;
    *) usage ;;
esac

APT_PACKAGES="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 \
libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 xvfb poppler-utils"

# Wait (up to 10 minutes) for another apt/dpkg run to finish instead of failing at once.
APT_WAIT="-o DPkg::Lock::Timeout=600"

is_debian() {
    command -v apt-get >/dev/null 2>&1 || return 1
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    ( . /etc/os-release
      case " ${ID:-} ${ID_LIKE:-} " in
          *" debian "*|*" ubuntu "*) exit 0 ;;
          *) exit 1 ;;
      esac )
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 127
    fi
}

installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

missing_packages() {
    for pkg in "$@"; do
        installed "$pkg" || printf '%s ' "$pkg"
    done
}

# apt_step [office]: the Qt runtime libraries, Xvfb and poppler-utils; with "office" also
# LibreOffice Writer (libreoffice-writer-nogui on Debian 12, else libreoffice-writer).
apt_step() {
    if ! is_debian; then
        say "not Debian/Ubuntu: skipping system packages (Qt's pip wheels bring their own libraries)"
        return 0
    fi
    # shellcheck disable=SC2086
    missing=$(missing_packages $APT_PACKAGES)
    need_office=no
    if [ "${1:-}" = office ] && ! installed libreoffice-writer-nogui && ! installed libreoffice-writer; then
        need_office=yes
    fi
    if [ -z "$missing" ] && [ "$need_office" = no ]; then
        say "system packages: all already installed"
        return 0
    fi
    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        say "not root and no sudo: skipping apt; missing: $missing$([ "$need_office" = yes ] && echo libreoffice-writer-nogui)"
        return 0
    fi
    say "apt-get update"
    as_root apt-get $APT_WAIT update
    if [ "$need_office" = yes ]; then
        if apt-cache show libreoffice-writer-nogui >/dev/null 2>&1; then
            missing="${missing}libreoffice-writer-nogui"
        else
            missing="${missing}libreoffice-writer"
        fi
    fi
    say "apt-get install -y --no-install-recommends $missing"
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get $APT_WAIT install -y --no-install-recommends $missing
}

python_step() {
    command -v "$PY" >/dev/null 2>&1 || die "$PY not found; install Python 3.11 or newer"
    "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        || die "$PY is $("$PY" -V 2>&1); ResCompare needs Python 3.11 or newer"
    if "$PY" -c 'import os, sys, sysconfig
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(marker) else 1)'; then
        say "$PY is externally managed (PEP 668): using a virtual environment in .venv"
        if [ ! -x .venv/bin/python ]; then
            "$PY" -m venv .venv || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
        fi
        PY="$ROOT/.venv/bin/python"
    fi
    say "$PY -m pip install -e $1"
    "$PY" -m pip install -e "$1"
}

if [ "$MODE" = demo ]; then
    say "ResCompare demo set-up in $ROOT"
    apt_step
    python_step .
    BIN_DIR=$("$PY" -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
    if [ -x "$BIN_DIR/rescompare" ]; then
        say "starting $BIN_DIR/rescompare --demo"
        exec "$BIN_DIR/rescompare" --demo
    fi
    say "starting rescompare --demo"
    exec "$PY" -c 'import sys; from viewer.cli import main; sys.argv[0] = "rescompare"; sys.exit(main())' --demo
fi

say "ResCompare test set-up in $ROOT"
apt_step office
python_step ".[test,bundle]"
say "QT_QPA_PLATFORM=offscreen $PY -m pytest -q $*"
QT_QPA_PLATFORM=offscreen
export QT_QPA_PLATFORM
exec "$PY" -m pytest -q "$@"
