"""The bundle itself. With RESCOMPARE_BUNDLE_TEST=1 it is built into dist/ResCompare (replacing
what is there) and smoke-tested, about 40 s; it needs PyInstaller (pip install -e ".[bundle]").
Otherwise the same test checks everything the build would consume, without PyInstaller."""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_assets as assets  # noqa: E402
import smoke_test  # noqa: E402

BUILD = os.environ.get("RESCOMPARE_BUNDLE_TEST") == "1"


def test_bundle(tmp_path, qapp):
    if BUILD:
        report_file = tmp_path / "smoke.json"
        proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), "--build",
                               "--report", str(report_file)], cwd=ROOT, capture_output=True,
                              text=True, timeout=1800)
        print(proc.stdout)  # the figures, for the CI log (pytest -rA / -s)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
        report = json.loads(report_file.read_text(encoding="utf-8"))
        statuses = {c["name"]: c["status"] for c in report["checks"]}
        assert statuses["build"] == "ok" and statuses["--export .json on the sample pair"] == "ok"
        assert report["figures"]["size_mb"] < smoke_test.SIZE_LIMIT_MB
        return
    # No build: the spec compiles, and every file it would bundle exists once staged.
    spec = ROOT / "packaging" / "rescompare.spec"
    compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    pairs = assets.all_datas(tmp_path / "staging")
    missing = [src for src, _ in pairs if not Path(src).exists()]
    assert not missing
    assert any(dest == "resources/jieba" for _, dest in pairs)
    # And the smoke test reports a missing bundle as a failure, not as a pass.
    report = smoke_test.smoke(bundle=tmp_path / "no-bundle", build=False, runs=1)
    assert not report.passed
    assert [(c.name, c.status) for c in report.checks] == [("bundle exists", "fail")]


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_smoke_helpers(tmp_path):
    bundle_json = {"old": {"source": "/tmp/a.txt", "language": "zh"},
                   "pairs": [{"source": "x", "status": "changed"}]}
    source_json = {"old": {"source": "/work/a.txt", "language": "zh"},
                   "pairs": [{"source": "y", "status": "changed"}]}
    assert smoke_test.without_sources(bundle_json) == smoke_test.without_sources(source_json) == {
        "old": {"language": "zh"}, "pairs": [{"status": "changed"}]}
    assert smoke_test.first_difference(bundle_json, bundle_json) is None
    assert smoke_test.first_difference({"a": [1, 2]}, {"a": [1, 3]}) == "$.a[1]: 2 vs 3"
    assert smoke_test.first_difference({"a": 1}, {"a": 1, "b": 2}) == "$.b: only in bundle"
    assert smoke_test.first_difference([1], [1, 2]) == "$: 1 vs 2 items"

    png = tmp_path / "x.png"
    png.write_bytes(_png(3, 2))
    assert smoke_test.png_info(png) == (3, 2)
    assert smoke_test.png_colours(png) == 1  # one colour: a blank screenshot would fail
    (tmp_path / "bad.png").write_bytes(b"GIF89a")
    assert smoke_test.png_info(tmp_path / "bad.png") is None
    assert smoke_test.png_info(tmp_path / "absent.png") is None

    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "f").write_bytes(b"12345")
    (tmp_path / "d" / "link").symlink_to(tmp_path / "d" / "f")
    assert smoke_test.dir_size(tmp_path / "d") == 5
