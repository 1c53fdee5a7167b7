"""Smoke test of the PyInstaller bundle, headless: does the frozen app do what the source tree does?

    python packaging/smoke_test.py [--build] [--bundle dist/ResCompare] [--report figures.json]

Checks (each compares the bundle with ``python -m viewer.cli`` from this checkout):

* ``--version`` reports the version in pyproject.toml;
* ``--export out.json`` on the sample pair gives the same JSON (``source`` paths dropped), also
  when the newer text comes as GB18030 .txt, .docx or .pdf, and with the ``jieba`` backend
  (which must read the prebuilt cache shipped in the bundle, not build one);
* ``--export`` to .html/.pdf/.docx writes a well-formed file, for each format the source has;
* ``--demo --screenshot x.png`` writes a non-blank PNG (offscreen, and on Xvfb when
  ``xvfb-run`` exists) — reported as waiting while ``viewer.ui.app.run`` does not exist yet;
* every ``resources/i18n/*.ts`` ships as a compiled ``.qm`` and ``--lang zh`` translates the
  menu bar (waiting while there is no .ts);
* every shared library of the bundle finds its dependencies.

Figures: build time (with --build), bundle size, ``--export`` time and start-to-painted time
(``--demo --screenshot`` wall time). Exit status 0 when every check passed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_assets  # noqa: E402

DEFAULT_BUNDLE = ROOT / "dist" / bundle_assets.APP_NAME
SAMPLES = ROOT / "resources" / "samples"
OLD, NEW = SAMPLES / "hrc-37-23-adopted.zh.txt", SAMPLES / "hrc-43-21-adopted.zh.txt"
SIZE_LIMIT_MB = 150
START_TO_PAINT_TARGET_S = 2.5
TIMEOUT_S = 180
EXPORT_MAGIC = {".pdf": b"%PDF", ".docx": b"PK\x03\x04", ".html": b""}


@dataclass
class Check:
    name: str
    status: str  # "ok", "fail" or "waiting" (the feature is not in the source tree yet)
    detail: str = ""


@dataclass
class Report:
    bundle: str
    checks: list[Check] = field(default_factory=list)
    figures: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, ok: bool, detail: str = "", waiting: bool = False) -> bool:
        self.checks.append(Check(name, "waiting" if waiting else ("ok" if ok else "fail"), detail))
        return ok

    @property
    def passed(self) -> bool:
        return all(c.status != "fail" for c in self.checks)


# --- running the two programs ---------------------------------------------------------------

def _env(cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "RESCOMPARE_RESOURCES", "RESCOMPARE_SEGMENTER",
                        "RESCOMPARE_JIEBA_CACHE", "RESCOMPARE_CACHE")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["RESCOMPARE_CACHE"] = str(cache)  # never read or write the user's real cache
    env["XDG_CONFIG_HOME"] = str(cache / "config")  # nor the user's settings (recent files)
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S)
    return proc, time.perf_counter() - start


def bundle_cmd(bundle: Path, *args: str) -> list[str]:
    exe = bundle / (bundle_assets.APP_NAME + (".exe" if sys.platform == "win32" else ""))
    return [str(exe), *args]


def source_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "viewer.cli", *args]


def _tail(proc: subprocess.CompletedProcess) -> str:
    text = (proc.stderr or proc.stdout or "").strip().splitlines()
    return f"exit {proc.returncode}: " + " | ".join(text[-4:])


# --- comparing outputs ----------------------------------------------------------------------

def without_sources(value):
    """The JSON with every ``source`` key (a file path) removed, recursively."""
    if isinstance(value, dict):
        return {k: without_sources(v) for k, v in value.items() if k != "source"}
    if isinstance(value, list):
        return [without_sources(v) for v in value]
    return value


def first_difference(a, b, path: str = "$") -> str | None:
    """Where two JSON values first differ (for a readable failure), None when equal."""
    if type(a) is not type(b):
        return f"{path}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'bundle' if key in b else 'source'}"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r:.60} vs {b!r:.60}"


def png_info(path: Path) -> tuple[int, int] | None:
    """(width, height) of a PNG file, None when it is not one."""
    try:
        head = path.read_bytes()[:24]
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def png_colours(path: Path) -> int:
    """How many distinct colours a 64x64 sample grid of the image has (1 = blank)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return 0
    w, h = image.width(), image.height()
    return len({image.pixel(x * w // 64, y * h // 64) for x in range(64) for y in range(64)})


def dir_size(path: Path) -> int:
    """Bytes of all regular files (symlinks not followed), like ``du --apparent-size``."""
    total = 0
    for base, _dirs, files in os.walk(path):
        for name in files:
            p = Path(base, name)
            if not p.is_symlink():
                total += p.stat().st_size
    return total


# --- inputs in other encodings and formats ---------------------------------------------------

def make_inputs(tmp: Path) -> dict[str, Path]:
    """The newer sample as GB18030 text, as .docx and as .pdf (drawn with the bundled font)."""
    text = NEW.read_text(encoding="utf-8")
    made: dict[str, Path] = {}
    gb = tmp / "new-gb18030.txt"
    gb.write_bytes(text.encode("gb18030"))
    made["gb18030 .txt"] = gb

    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(tmp / "new.docx")
    made[".docx"] = tmp / "new.docx"

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import (QFont, QFontDatabase, QGuiApplication, QPageSize, QPdfWriter,
                               QTextDocument)

    _app = QGuiApplication.instance() or QGuiApplication([])
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    writer = QPdfWriter(str(tmp / "new.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    layout = QTextDocument()
    layout.documentLayout().setPaintDevice(writer)
    layout.setDefaultFont(QFont(family, 11))
    layout.setPlainText(text)
    layout.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()))
    layout.print_(writer)
    del writer  # flushes the file
    made[".pdf"] = tmp / "new.pdf"
    return made


# --- the checks -------------------------------------------------------------------------------

# Libraries that may stay unresolved: Wayland ones on an X11-only machine, CUPS without printing.
OPTIONAL_LIBRARY_USERS = ("*/plugins/wayland-*", "*/plugins/platforms/libqwayland*",
                          "*/libQt6WaylandClient*", "*/libQt6WlShellIntegration*",
                          "*/plugins/printsupport/*")


def check_libraries(report: Report, bundle: Path) -> None:
    """Every shared library in the bundle finds its dependencies (bundle first, then system)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return
    import fnmatch

    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: dict[str, set[str]] = {}
    optional: dict[str, set[str]] = {}
    files = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for path in files + [Path(bundle_cmd(bundle)[0])]:
        if not bundle_assets.elf_needed(path):
            continue
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        gone = {line.split()[0] for line in out.splitlines() if "not found" in line}
        if gone:
            rel = path.relative_to(bundle).as_posix()
            optional_user = any(fnmatch.fnmatch("/" + rel, pat) for pat in OPTIONAL_LIBRARY_USERS)
            (optional if optional_user else missing)[rel] = gone
    detail = "; ".join(f"{k}: {sorted(v)}" for k, v in sorted(missing.items()))
    note = sorted(set().union(*optional.values())) if optional else []
    report.add("shared libraries resolve", not missing,
               detail or f"{len(files)} libraries; optional, not on this system: {note or 'none'}")


def check_version(report: Report, bundle: Path, tmp: Path) -> None:
    proc, _ = run(bundle_cmd(bundle, "--version"), _env(tmp / "cache"), tmp)
    expected = f"ResCompare {bundle_assets.project_version()}"
    got = (proc.stdout + proc.stderr).strip()
    report.add("--version", proc.returncode == 0 and got == expected, f"{got!r}, expected {expected!r}")


def compare_export(report: Report, name: str, bundle: Path, tmp: Path, old: Path, new: Path,
                   runs: int = 1, **env: str) -> None:
    """Bundle and source export the same pair to JSON; the results must match."""
    results = {}
    times = []
    for who in ("source", "bundle"):
        out = tmp / f"{name.replace(' ', '_').replace('.', '')}-{who}.json"
        for _ in range(runs if who == "bundle" else 1):
            cmd = (source_cmd if who == "source" else lambda *a: bundle_cmd(bundle, *a))(
                "--export", str(out), str(old), str(new))
            proc, seconds = run(cmd, _env(tmp / f"cache-{who}", **env), ROOT if who == "source" else tmp)
            if proc.returncode != 0:
                report.add(name, False, f"{who}: {_tail(proc)}")
                return
            if who == "bundle":
                times.append(seconds)
        results[who] = without_sources(json.loads(out.read_text(encoding="utf-8")))
    diff = first_difference(results["source"], results["bundle"])
    report.add(name, diff is None, diff or f"same JSON ({len(json.dumps(results['bundle']))} chars)")
    if runs > 1:
        report.figures["export_json_s_median"] = round(statistics.median(times), 3)
        report.figures["export_json_s_first"] = round(times[0], 3)


def check_jieba_cache(report: Report, bundle: Path, tmp: Path) -> None:
    """The jieba backend in the bundle reads the shipped cache (writes none of its own)."""
    cache = tmp / "cache-jieba-bundle"
    shutil.rmtree(cache, ignore_errors=True)
    out = tmp / "jieba-bundle.json"
    proc, seconds = run(bundle_cmd(bundle, "--export", str(out), str(OLD), str(NEW)),
                        _env(cache, RESCOMPARE_SEGMENTER="jieba"), tmp)
    written = sorted(p.name for p in cache.rglob("*")) if cache.exists() else []
    report.add("jieba backend uses the prebuilt cache", proc.returncode == 0 and not written,
               _tail(proc) if proc.returncode else
               (f"built its own cache: {written}" if written else f"{seconds:.2f} s, no cache built"))
    report.figures["export_json_jieba_s"] = round(seconds, 3)


def check_export_formats(report: Report, bundle: Path, tmp: Path) -> None:
    for ext, magic in EXPORT_MAGIC.items():
        name = f"--export {ext}"
        if not (ROOT / "viewer" / "export" / f"{ext[1:]}.py").is_file():
            report.add(name, False, f"viewer/export/{ext[1:]}.py not written yet", waiting=True)
            continue
        src_out, bun_out = tmp / f"source{ext}", tmp / f"bundle{ext}"
        src, _ = run(source_cmd("--export", str(src_out), str(OLD), str(NEW)), _env(tmp / "c1"), ROOT)
        if src.returncode != 0:
            report.add(name, False, f"fails in the source tree too: {_tail(src)}", waiting=True)
            continue
        proc, seconds = run(bundle_cmd(bundle, "--export", str(bun_out), str(OLD), str(NEW)),
                            _env(tmp / "c2"), tmp)
        ok = proc.returncode == 0 and bun_out.is_file() and bun_out.stat().st_size > 0 \
            and bun_out.read_bytes().startswith(magic)
        size = bun_out.stat().st_size if bun_out.is_file() else 0
        report.add(name, ok, _tail(proc) if proc.returncode else
                   f"{size} bytes (source: {src_out.stat().st_size}), {seconds:.2f} s")


def ui_ready() -> bool:
    """True once viewer/ui/app.py defines ``run`` (the window the screenshot needs)."""
    app = ROOT / "viewer" / "ui" / "app.py"
    return app.is_file() and "def run(" in app.read_text(encoding="utf-8")


def check_screenshot(report: Report, bundle: Path, tmp: Path, runs: int) -> None:
    if not ui_ready():
        report.add("--demo --screenshot", False, "viewer.ui.app.run does not exist yet", waiting=True)
        return
    times = []
    for i in range(runs):
        png = tmp / f"shot-{i}.png"
        proc, seconds = run(bundle_cmd(bundle, "--demo", "--screenshot", str(png)), _env(tmp / "c3"), tmp)
        dims = png_info(png)
        if proc.returncode != 0 or dims is None:
            report.add("--demo --screenshot (offscreen)", False, _tail(proc) + f"; png: {dims}")
            return
        times.append(seconds)
    colours = png_colours(tmp / "shot-0.png")
    report.add("--demo --screenshot (offscreen)", colours > 8,
               f"{dims[0]}x{dims[1]} PNG, {colours} colours sampled, runs: "
               + ", ".join(f"{t:.2f}" for t in times) + " s")
    report.figures["start_to_painted_s_first"] = round(times[0], 3)
    report.figures["start_to_painted_s_median"] = round(statistics.median(times), 3)
    report.add(f"start to painted < {START_TO_PAINT_TARGET_S} s", statistics.median(times) < START_TO_PAINT_TARGET_S,
               f"median {statistics.median(times):.2f} s")

    xvfb = shutil.which("xvfb-run")
    if xvfb and sys.platform == "linux":  # the real xcb platform plugin and its libraries
        png = tmp / "shot-xcb.png"
        proc, seconds = run([xvfb, "-a", "-s", "-screen 0 1600x1000x24",
                             *bundle_cmd(bundle, "--demo", "--screenshot", str(png))],
                            _env(tmp / "c4", QT_QPA_PLATFORM="xcb"), tmp)
        dims = png_info(png)
        report.add("--demo --screenshot (xcb on Xvfb)", proc.returncode == 0 and dims is not None,
                   _tail(proc) if proc.returncode else f"{dims[0]}x{dims[1]} PNG, {seconds:.2f} s")
        report.figures["start_to_painted_xvfb_s"] = round(seconds, 3)


def _menu_strip(path: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return image.copy(0, 0, image.width(), 24)


def check_translations(report: Report, bundle: Path, tmp: Path) -> None:
    """Every resources/i18n/*.ts ships compiled, and --lang zh changes the menu bar."""
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        report.add("translations", False, "resources/i18n/*.ts not written yet", waiting=True)
        return
    shipped = bundle / "_internal" / "resources" / "i18n"
    missing = [f"{ts.stem}.qm" for ts in sources if not (shipped / f"{ts.stem}.qm").is_file()]
    if not report.add("translations compiled into the bundle", not missing,
                      f"missing: {missing}" if missing else ", ".join(f"{t.stem}.qm" for t in sources)):
        return
    if not ui_ready():
        return
    shots = {}
    for lang in ("en", "zh"):
        shots[lang] = tmp / f"lang-{lang}.png"
        proc, _ = run(bundle_cmd(bundle, "--demo", "--lang", lang, "--screenshot", str(shots[lang])),
                      _env(tmp / "c5"), tmp)
        if proc.returncode != 0 or png_info(shots[lang]) is None:
            report.add("--lang zh", False, f"--lang {lang}: {_tail(proc)}")
            return
        if lang == "zh" and "lrelease" in proc.stderr:
            report.add("--lang zh", False, proc.stderr.strip()[-300:])
            return
    report.add("--lang zh", _menu_strip(shots["en"]) != _menu_strip(shots["zh"]),
               "the menu bar differs from --lang en")


def smoke(bundle: Path = DEFAULT_BUNDLE, build: bool = False, runs: int = 3) -> Report:
    report = Report(str(bundle))
    if build:
        start = time.perf_counter()
        proc = subprocess.run(["sh", str(ROOT / "packaging" / "build_bundle.sh")], cwd=ROOT,
                              capture_output=True, text=True, timeout=1800)
        report.figures["build_s"] = round(time.perf_counter() - start, 1)
        if not report.add("build", proc.returncode == 0, _tail(proc)):
            return report
    exe = Path(bundle_cmd(bundle)[0])
    if not report.add("bundle exists", exe.is_file(), str(exe)):
        return report
    size_mb = dir_size(bundle) / 2**20
    report.figures["size_mb"] = round(size_mb, 1)
    report.add(f"size < {SIZE_LIMIT_MB} MB", size_mb < SIZE_LIMIT_MB, f"{size_mb:.1f} MB")

    with tempfile.TemporaryDirectory(prefix="rescompare-smoke-") as name:
        tmp = Path(name)
        check_libraries(report, bundle)
        check_version(report, bundle, tmp)
        compare_export(report, "--export .json on the sample pair", bundle, tmp, OLD, NEW, runs=runs)
        for label, new in make_inputs(tmp).items():
            compare_export(report, f"--export .json, newer text as {label}", bundle, tmp, OLD, new)
        compare_export(report, "--export .json with the jieba backend", bundle, tmp, OLD, NEW,
                       RESCOMPARE_SEGMENTER="jieba")
        check_jieba_cache(report, bundle, tmp)
        check_export_formats(report, bundle, tmp)
        check_screenshot(report, bundle, tmp, runs)
        check_translations(report, bundle, tmp)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="default: dist/ResCompare")
    parser.add_argument("--build", action="store_true", help="build it first (packaging/build_bundle.sh)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of export and screenshot")
    parser.add_argument("--report", type=Path, help="also write the results as JSON")
    args = parser.parse_args(argv)
    report = smoke(args.bundle, args.build, max(1, args.runs))
    for check in report.checks:
        print(f"{check.status.upper():8} {check.name}: {check.detail}")
    for key, value in report.figures.items():
        print(f"{'FIGURE':8} {key} = {value}")
    if args.report:
        args.report.write_text(json.dumps(asdict(report), indent=1, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    print("smoke test:", "passed" if report.passed else "FAILED")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
