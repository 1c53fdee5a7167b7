"""I/O worst cases (a script, not a test): time and peak memory of each, figures printed.

    python tests/benchmarks/bench_io_worst.py [--quick]

Each case runs in its own process, so the peak RSS printed is that case's alone:
- the zip bomb of issue 9 (a ~1.4 MB .docx whose document.xml inflates to 418 MB): refused;
- the largest accepted file of each format, loaded (read + decode + normalise, no parse):
  .txt of MAX_BYTES, .docx whose document.xml is just under the part limit, a .pdf of
  MAX_PAGES text pages (--quick: an eighth), a .rescompare just under its limit;
- a .pdf one page over MAX_PAGES: refused before it is read;
- malformed .rescompare files: JSON nested 100,000 deep, a FIFO and a link to /dev/zero.
All files are generated in a temporary folder and removed afterwards.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "loaders")]

DATA = ROOT / "tests" / "data"
SEED = (DATA / "hrc-43-21-adopted.zh.txt").read_text(encoding="utf-8")


def _filled(limit: int) -> str:
    """Seed text repeated to just under ``limit`` UTF-8 bytes (real Chinese resolution text)."""
    unit = SEED.encode("utf-8")
    return (unit * (limit // len(unit))).decode("utf-8")


def make_cases(folder: Path, quick: bool) -> list[tuple[str, str, Path]]:
    from docx_bombs import write_bomb

    from viewer.loaders import MAX_BYTES
    from viewer.loaders import docx as docx_loader
    from viewer.model.session import MAX_FILE_BYTES, Session, Source

    cases = []
    bomb = folder / "bomb.docx"
    write_bomb(bomb, 418 * 2**20)
    cases.append(("zip bomb (418 MB document.xml)", "load", bomb))

    txt = folder / "largest.txt"
    txt.write_text(_filled(MAX_BYTES), encoding="utf-8")
    cases.append(("largest .txt", "load", txt))

    docx = folder / "largest.docx"
    write_bomb(docx, docx_loader.MAX_XML_BYTES - 2**16, varied=True)
    cases.append(("largest .docx (document.xml at the part limit)", "load", docx))

    from viewer.loaders.pdf_layout import MAX_PAGES
    pdf = folder / "largest.pdf"
    _write_pdf(pdf, MAX_PAGES // (8 if quick else 1))
    cases.append((f"largest .pdf ({MAX_PAGES // (8 if quick else 1)} pages"
                   + (", 1/8, --quick)" if quick else ")"), "load", pdf))
    longer = folder / "longer.pdf"
    _write_pdf(longer, MAX_PAGES + 1)
    cases.append((f".pdf of {MAX_PAGES + 1} pages", "load", longer))

    session = folder / "largest.rescompare"
    half = _filled(int(MAX_FILE_BYTES * 0.45))  # two texts + JSON escaping: just under the limit
    session.write_bytes(Session(Source("a.txt", half), Source("b.txt", half)).to_bytes())
    cases.append(("largest .rescompare", "session", session))

    deep = folder / "deep.rescompare"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    cases.append((".rescompare nested 100,000 deep", "session", deep))
    fifo = folder / "fifo.rescompare"
    os.mkfifo(fifo)
    cases.append((".rescompare that is a FIFO", "session", fifo))
    zero = folder / "zero.rescompare"
    zero.symlink_to("/dev/zero")
    cases.append((".rescompare linked to /dev/zero", "session", zero))
    return cases


def _write_pdf(path: Path, pages: int) -> None:
    """``pages`` pages of text (the seed, in the bundled font, 40 lines a page)."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841
    lines = [x for x in SEED.split("\n") if x.strip()]
    per_page = 40
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setResolution(150)
    painter = QPainter(writer)
    painter.setFont(QFont("WenQuanYi Micro Hei", 9))
    for page in range(pages):
        if page:
            writer.newPage()
        chunk = [lines[(page * per_page + k) % len(lines)] for k in range(per_page)]
        painter.drawText(QRectF(0, 0, writer.width(), writer.height()),
                         int(Qt.TextFlag.TextWordWrap), "\n".join(chunk))
    painter.end()


def run_case(kind: str, path: str) -> dict:
    from viewer.model import InputError

    start = time.perf_counter()
    try:
        if kind == "load":
            from viewer.loaders import load_document
            outcome = f"loaded, {len(load_document(path).text):,} characters"
        else:
            from viewer.model.session import Session
            s = Session.read(path)
            outcome = f"opened, {len(s.old.text) + len(s.new.text):,} characters"
    except InputError as exc:
        outcome = f"refused: {exc.message('en')[:110]}"
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _peak_mb(), "outcome": outcome}


def _peak_mb() -> float:
    """This process's peak RSS. VmHWM, because Linux carries ru_maxrss across exec: the
    child would report the parent's peak (it generated the big files) as its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2], sys.argv[3])))
        return
    quick = "--quick" in sys.argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF is drawn without a screen
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        print("generating files…", flush=True)
        cases = make_cases(Path(tmp), quick)
        print(f"{'case':50} {'file':>9} {'time':>8} {'peak RSS':>9}  outcome")
        for label, kind, path in cases:
            size = path.lstat().st_size if path.is_symlink() or not path.is_file() else path.stat().st_size
            try:
                done = subprocess.run([sys.executable, __file__, "--case", kind, str(path)], env=env,
                                      capture_output=True, text=True, timeout=600, cwd=ROOT)
                r = json.loads(done.stdout.strip().splitlines()[-1])
                print(f"{label:50} {size / 2**20:7.1f}MB {r['seconds']:7.2f}s {r['peak_mb']:7.0f}MB  "
                      f"{r['outcome']}", flush=True)
            except subprocess.TimeoutExpired:
                print(f"{label:50} {size / 2**20:7.1f}MB  >600 s  (did not finish)", flush=True)
            except (ValueError, IndexError):
                print(f"{label:50} crashed: {done.stderr.strip()[-300:]}", flush=True)


if __name__ == "__main__":
    main()
