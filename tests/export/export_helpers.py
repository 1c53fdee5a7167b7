"""Helpers shared by the export tests: seed comparisons, tiny hand-made ones, text checks."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from viewer.model import (Comparison, Kind, Metadata, Paragraph, Resolution, compare,
                          parse_resolution)
from viewer.model.verbs import leading_verb

DATA = Path(__file__).resolve().parents[1] / "data"
# The natural pairs of the seed texts (DOMAIN.md).
SEED_PAIRS = (
    ("hrc-37-23-adopted", "hrc-43-21-adopted"),
    ("hrc-23-3-adopted", "hrc-44-draft"),
    ("hrc-44-draft", "ga-75-180-adopted"),
)
KANGXI = re.compile("[\u2F00-\u2FDF\u2E80-\u2EFF]")   # Kangxi radicals and their supplement

_cache: dict[tuple[str, str], Comparison] = {}


def seed_comparison(old: str, new: str) -> Comparison:
    key = (old, new)
    if key not in _cache:
        a = parse_resolution((DATA / f"{old}.zh.txt").read_text(encoding="utf-8"), f"{old}.zh.txt")
        b = parse_resolution((DATA / f"{new}.zh.txt").read_text(encoding="utf-8"), f"{new}.zh.txt")
        _cache[key] = compare(a, b)
    return _cache[key]


def tiny_resolution(name: str, pps: list[str], ops: list[str], *, symbol: str | None = None,
                    title: str = "Test resolution") -> Resolution:
    """A hand-made resolution (English), for exact expectations."""
    paras = [Paragraph(f"PP{i}", Kind.PREAMBULAR, None, t, leading_verb(t, False, "en"))
             for i, t in enumerate(pps, 1)]
    paras += [Paragraph(f"OP{i}", Kind.OPERATIVE, str(i), t, leading_verb(t, True, "en"))
              for i, t in enumerate(ops, 1)]
    meta = Metadata(body="Human Rights Council", session="44", number="44/1", symbol=symbol,
                    title=title, status="adopted", date="2020-07-17")
    return Resolution(name, "en", meta, "The Human Rights Council,", tuple(paras))


def split_pair() -> tuple[Resolution, Resolution]:
    """37/23 and a copy where OP2 is split in two (later OPs renumbered)."""
    src = (DATA / "hrc-37-23-adopted.zh.txt").read_text(encoding="utf-8")
    new = src.replace(" 2.  重申技术援助与能力建设对促进和保护人权的重要作用；呼吁各国应当",
                      " 2.  重申技术援助与能力建设对促进和保护人权的重要作用；\n\n 3.  呼吁各国应当")
    lines, n = [], 0
    for line in new.split("\n"):
        m = re.match(r"^ (\d+)\.  (.*)$", line)
        if m:
            n += 1
            line = f" {n}.  {m.group(2)}"
        lines.append(line)
    return (parse_resolution(src, "hrc-37-23.zh.txt"),
            parse_resolution("\n".join(lines), "hrc-37-23-split.zh.txt"))


def squash(text: str) -> str:
    """NFC with every whitespace character removed: how PDF text is compared."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def require(*tools: str) -> str:
    """The first of ``tools`` found on PATH; a missing tool fails the test (never a silent skip):
    `sh packaging/setup.sh test` installs poppler-utils and LibreOffice Writer."""
    for tool in tools:
        found = shutil.which(tool)
        if found:
            return found
    pytest.fail(f"{' or '.join(tools)} not found: run `sh packaging/setup.sh test` to install it")


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run([require("pdftotext"), *args, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def expected_docx(res: Resolution) -> tuple[list[str], list[str]]:
    """What one side of the Word export holds: (paragraphs, footnote texts). Paragraphs: the
    header lines, the PPs and 'N. ' OPs, the adoption record; each footnote mark that has a
    footnote numbered as Word numbers it (1, 2, 3 … in order)."""
    from viewer.export.docx_parts import MARK, header_lines, mark_digits, record_lines, xml_text

    texts = {f.mark: f.text for f in res.metadata.footnotes}
    notes: list[str] = []

    def number(m: re.Match) -> str:
        key = mark_digits(m.group())
        if key not in texts:
            return m.group()
        notes.append(texts[key])
        return str(len(notes)).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))

    out = [text for _, text in header_lines(res)]
    out += [(f"{p.number}. " if p.number else "") + MARK.sub(number, p.text)
            for p in res.paragraphs]
    out += [text for _, text in record_lines(res)]
    # What XML cannot hold (U+FFFE from PDF line-end hyphens, controls) is not in the file.
    return [xml_text(x) for x in out], [xml_text(x) for x in notes]


def expected_docx_paragraphs(res: Resolution) -> list[str]:
    """The paragraphs of :func:`expected_docx`."""
    return expected_docx(res)[0]
