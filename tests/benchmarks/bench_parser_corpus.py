"""How many official corpus PDFs parse to the agreed operative-paragraph count, read through
``pdftotext`` (plain and ``-raw``): extractions as messy as the seeds. Prints figures only.

    python tests/benchmarks/bench_parser_corpus.py [--verbose]

Skips with a message when ``../shared/corpus`` (or $RESCOMPARE_CORPUS) or pdftotext is absent.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from viewer.loaders.text import normalise_text  # noqa: E402
from viewer.model import parse_resolution  # noqa: E402
from viewer.model.errors import InputError  # noqa: E402


def corpus_dir() -> Path | None:
    for candidate in (os.environ.get("RESCOMPARE_CORPUS"), "/work/shared/corpus",
                      ROOT.parent / "shared" / "corpus"):
        if candidate and (Path(candidate) / "manifest.json").is_file():
            return Path(candidate)
    return None


def main() -> int:
    corpus = corpus_dir()
    if corpus is None or shutil.which("pdftotext") is None:
        print("corpus or pdftotext absent: nothing measured")
        return 0
    verbose = "--verbose" in sys.argv
    docs = json.loads((corpus / "manifest.json").read_text())["documents"]
    pp_counts: dict[str, list[int]] = {}
    for mode in ("plain", "raw"):
        exact = refused = note_like = 0
        times = []
        for doc in docs:
            args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if mode == "raw" else [])
            out = subprocess.run(args + [str(corpus / doc["file"]), "-"], capture_output=True,
                                 check=True).stdout.decode("utf-8", "replace")
            text = normalise_text(out)
            t0 = time.perf_counter()
            try:
                res = parse_resolution(text, doc["symbol"])
            except InputError as exc:
                refused += 1
                times.append(time.perf_counter() - t0)
                if verbose:
                    print(f"  {mode} {doc['symbol']}: refused ({exc.code})")
                continue
            times.append(time.perf_counter() - t0)
            pp_counts.setdefault(doc["symbol"], []).append(len(res.preambular))
            # A paragraph that opens like a footnote body ("2 Ibid.", "A/80/128.") leaked.
            note_like += sum(1 for p in res.paragraphs
                             if re.match(r"\d{1,2} \S|(?:Ibid|See)\b|[A-Z]{1,2}/\d", p.text))
            got = len(res.operative)
            if got == doc["operative_paragraphs"]:
                exact += 1
            elif verbose:
                print(f"  {mode} {doc['symbol']}: {got} OPs, expected {doc['operative_paragraphs']}"
                      f" notices={res.notices}")
        times.sort()
        print(f"pdftotext {mode:5}: {len(docs)} documents, OP count exact {exact}/{len(docs)}, "
              f"refused {refused}, paragraphs opening like a footnote body {note_like}, "
              f"median {times[len(times) // 2] * 1000:.1f} ms, worst {times[-1] * 1000:.1f} ms")
    same = sum(1 for counts in pp_counts.values() if len(counts) == 2 and counts[0] == counts[1])
    print(f"preambular paragraph count the same in both extractions: {same}/{len(docs)} "
          "(no agreed PP count exists; where the two differ, at least one is wrong)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
