"""PDF polish as a reader meets it: text layer without repeats at page cuts, no nearly empty
page, summary headings whole, table rows continued with their label, bookmarks, the stamp's
time; warnings and every referred footnote on paper; the changes-only export."""
from __future__ import annotations

import html
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from export_helpers import require, seed_comparison, squash, tiny_resolution

from viewer.export import export
from viewer.model import compare
from viewer.model.resolution import Footnote, Metadata, Vote
from dataclasses import replace


def _text(path: Path, *args: str) -> str:
    return subprocess.run([require("pdftotext"), *args, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def _outline(path: Path) -> list[tuple[int, str, int]]:
    """(depth, title, page) of every bookmark, as poppler reads the outline."""
    xml = subprocess.run([require("pdftohtml"), "-xml", "-stdout", "-i", "-q", str(path)],
                         check=True, capture_output=True, text=True).stdout
    out, depth = [], 0
    for tag in re.finditer(r'<outline>|</outline>|<item page="(\d+)">([^<]*)</item>', xml):
        if tag.group(0) == "<outline>":
            depth += 1
        elif tag.group(0) == "</outline>":
            depth -= 1
        else:
            out.append((depth, tag.group(2), int(tag.group(1))))
    return out


def _words(path: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of each word on ``page`` (from 1), in points."""
    xml = _text(path, "-bbox", "-f", str(page), "-l", str(page))
    return [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        xml)]


def _fill(path: Path) -> list[float]:
    """Per page: how far down the body's text reaches, as a share of the page height (the
    footer line, 'Page X of Y', is left out)."""
    xml = _text(path, "-bbox")
    out = []
    for page in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', xml, re.S):
        height = float(page[0])
        bottoms = [float(b) for b in re.findall(r'yMax="([\d.]+)"', page[1])]
        body = [b for b in bottoms if b < height - 20 * 72 / 25.4]   # above the footer band
        out.append(max(body) / height)
    return out


@pytest.fixture
def pdf(qapp, tmp_path):
    count = iter(range(1000))

    def make(comparison, notes=None, **options):
        path = tmp_path / f"out{next(count)}.pdf"
        export(comparison, path, notes or {}, **options)
        return path

    return make


@pytest.mark.parametrize("landscape", [True, False])
def test_a_row_cut_across_pages_is_in_the_text_layer_once(pdf, landscape):
    words = [f"Sentence{k:03d}" for k in range(420)]
    long = " ".join(f"{w} asks every State to act." for w in words)
    old = tiny_resolution("a.txt", ["Recalling its resolutions,"], ["Decides to act."])
    new = tiny_resolution("b.txt", ["Recalling its resolutions,"], ["Decides to act.", long])
    path = pdf(compare(old, new), language="en", landscape=landscape)
    text = _text(path)
    pages = text.count("\f")
    counts = Counter(re.findall(r"Sentence\d{3}", text))
    assert pages >= 3                      # the added paragraph runs over more than a page
    assert {w: counts[w] for w in words if counts[w] != 1} == {}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("landscape", [True, False])
def test_no_nearly_empty_page_and_headings_whole(pdf, language, landscape):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    path = pdf(comparison, language=language, landscape=landscape)
    # Every page but the last is filled at least two thirds down: no page left nearly empty
    # by a forced break (the rows of the seeds are far shorter than a third of a page).
    fill = _fill(path)
    assert min(fill[:-1]) > 0.66, fill
    # Count names are never broken inside a word: each stands whole on one line.
    names = (["unchanged", "modified", "renumbered", "verb changed"] if language == "en"
             else ["未修改", "已修改", "重新编号", "动词变化"])
    lines = [line.strip() for line in _text(path, "-layout", "-l", "2").splitlines()]
    for name in names:
        assert any(name in re.split(r"\s{2,}", line) for line in lines), name


def test_a_table_row_cut_across_pages_repeats_its_label(pdf):
    """Long lists (sponsors, a vote's country lists) may run over a page: the row goes on
    under its field name and '(continued)', never under a blank label."""
    names = tuple(f"Country{k:03d}" for k in range(700))
    old = tiny_resolution("a.txt", ["Recalling its resolutions,"], ["Decides to act."])
    new = tiny_resolution("b.txt", ["Recalling its resolutions,"], ["Decides to act now."])
    # The same sponsors on both sides: one table row (identity), no list of differences.
    old = replace(old, metadata=replace(old.metadata, sponsors=names))
    new = replace(new, metadata=replace(new.metadata, sponsors=names))
    for landscape in (True, False):
        path = pdf(compare(old, new), language="en", landscape=landscape)
        pages = _text(path).split("\f")
        holding = [k for k, page in enumerate(pages) if "Country" in page]
        assert len(holding) >= 2
        for k in holding[1:]:
            words = _words(path, k + 1)
            label = [w for w in words if w[4] == "Sponsors"]
            cont = [w for w in words if w[4] == "(continued)"]
            # '(continued)' right under the field name, in the label column.
            assert any(abs(a[0] - b[0]) < 1 and 0 <= b[1] - a[3] < 3 for a in label for b in cont), \
                (landscape, k, label, cont)
        assert Counter(re.findall(r"Country\d{3}", "".join(pages))) == Counter(names * 2)


def test_notes_without_a_row_have_two_columns(pdf, tmp_path):
    """A note whose row is gone is printed beside its key, across both text columns: no
    empty third column (no rule where the table's 'New' column starts)."""
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    path = pdf(comparison, {"OP99>OP99": "Orphan."}, language="en")
    pages = _text(path).split("\f")
    page = next(k for k, p in enumerate(pages, 1) if "Orphan." in p)
    words = _words(path, page)
    key = next(w for w in words if w[4] == "OP99>OP99")
    # The table's 'New' column header, on any page of the table (same place on each).
    new_column = next(w for k in range(1, len(pages)) for w in _words(path, k) if w[4] == "New:")
    subprocess.run([require("pdftoppm"), "-r", "150", "-gray", "-f", str(page), "-l", str(page),
                    str(path), str(tmp_path / "page")], check=True)
    data = next(tmp_path.glob("page-*.pgm")).read_bytes()
    width, height, pixels = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s(.*)", data, re.S).groups()
    width = int(width)
    scale = 150 / 72
    # Where the table's middle rule would be: just left of the 'New:' header text.
    xs = range(int((new_column[0] - 8) * scale), int(new_column[0] * scale))
    ys = range(int((key[1] + 1) * scale), int((key[3] - 1) * scale))
    ruled = [x for x in xs if all(pixels[y * width + x] < 200 for y in ys)]
    assert ruled == []
    # The table above it does have that rule (the check can see one).
    row = next(w for w in words if w[4].startswith("OP") and w[1] < key[1] and w[4] != "OP99>OP99")
    ys = range(int((row[1] + 1) * scale), int((row[3] - 1) * scale))
    assert [x for x in xs if all(pixels[y * width + x] < 200 for y in ys)]


def test_bookmarks_per_section_and_operative_paragraph(pdf):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    for language, sections in (("en", ["Documents compared", "Summary of changes",
                                       "Paragraph by paragraph"]),
                               ("zh", ["所对照的文件", "修改摘要", "逐段对照"])):
        path = pdf(comparison, language=language)
        marks = _outline(path)
        titles = [t for _d, t, _p in marks]
        for section in sections:
            assert section in titles
        ops = [t for d, t, _p in marks if d == 3]
        labels = [p.label for p in comparison.pairs if p.kind.value == "operative"]
        assert [t.split(" · ")[0] for t in ops] == labels
        # Each bookmark points at the page that shows its paragraph.
        pages = _text(path).split("\f")
        for depth, title, page in marks:
            if depth == 3:
                assert title.split(" · ")[0] in pages[page - 1], title


def test_stamp_carries_the_time(pdf):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    text = _text(pdf(comparison, language="en"))
    assert re.search(r"Prepared with ResCompare on \d{4}-\d\d-\d\d \d\d:\d\d", text)
