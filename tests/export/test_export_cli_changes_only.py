"""`rescompare --export out.html --changes-only OLD NEW`: the flag reaches the export; JSON keeps
every paragraph whatever the flag."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
OLD, NEW = DATA / "hrc-37-23-adopted.zh.txt", DATA / "hrc-43-21-adopted.zh.txt"


def _cli(*args):
    env = dict(os.environ, RESCOMPARE_LANG="en", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "viewer.cli", *map(str, args)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)


def test_changes_only_flag(tmp_path):
    full, short, data = tmp_path / "full.html", tmp_path / "short.html", tmp_path / "all.json"
    for out, extra in ((full, ()), (short, ("--changes-only",)), (data, ("--changes-only",))):
        r = _cli("--export", out, *extra, OLD, NEW)
        assert r.returncode == 0, r.stderr
    a, b = full.read_text(encoding="utf-8"), short.read_text(encoding="utf-8")
    assert 'class="collapsed"' in b and 'class="collapsed"' not in a
    assert b.count('class="unchanged"') == 0 < a.count('class="unchanged"')
    pairs = json.loads(data.read_text(encoding="utf-8"))["pairs"]
    assert any(p["status"] == "unchanged" for p in pairs)
