"""Write the UN-style PDFs made from the seed texts (and the English test texts) to a folder.

    python tests/benchmarks/make_un_pdfs.py [OUT_DIR]     # default: ./un-pdfs

Prints, per document, the pages, the time to lay it out and write it, and the time to read it
back (load + parse) with today's reader. Render a page to look at it with
``pdftoppm -r 80 -png -f 2 -l 2 OUT_DIR/hrc-43-21-adopted.pdf page``.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from viewer.qtfix import make_singletons_immortal  # noqa: E402

make_singletons_immortal()

from viewer.loaders import load_document  # noqa: E402
from viewer.model.errors import InputError  # noqa: E402
from viewer.model.parser import parse_resolution  # noqa: E402

import unpdf  # noqa: E402

NAMES = ["hrc-37-23-adopted.zh.txt", "hrc-43-21-adopted.zh.txt", "hrc-23-3-adopted.zh.txt",
         "hrc-44-draft.zh.txt", "ga-75-180-adopted.zh.txt", "en-hrc-adopted.txt",
         "en-hrc-draft.txt", "en-ga-adopted.txt"]


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "un-pdfs")
    out.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        res = parse_resolution((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"), name)
        target = out / (name.removesuffix(".txt").removesuffix(".zh") + ".pdf")
        t0 = time.perf_counter()
        layout = unpdf.write_un_pdf(res, target)
        t1 = time.perf_counter()
        try:
            back = len(parse_resolution(load_document(target).text, str(target)).paragraphs)
        except InputError as exc:  # today's reader may not find the structure at all
            back = f"refused ({exc})"
        t2 = time.perf_counter()
        print(f"{target.name:28s} {layout.pages:2d} pages  write {1000 * (t1 - t0):6.1f} ms  "
              f"read+parse {1000 * (t2 - t1):6.1f} ms  paragraphs {len(res.paragraphs)} -> {back}")


if __name__ == "__main__":
    main()
