"""Running the command line as a user does, for the CLI tests: a fresh process, the
interface language set, no display."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def cli(*args, lang: str = "en") -> subprocess.CompletedProcess:
    env = dict(os.environ, RESCOMPARE_LANG=lang, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "viewer.cli", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
