"""HTML export: one self-contained page, side by side, escaped, printable."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from export_helpers import SEED_PAIRS, seed_comparison, split_pair, tiny_resolution

from viewer.export import ExportOptions, export
from viewer.export.html import to_bytes
from viewer.model import compare


class _Cells(HTMLParser):
    """Collects the text of every old/new cell (without the footnotes listed under it), the
    text inside <del> and <ins>, and tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells: dict[str, list[str]] = {"old": [], "new": []}
        self.tags: set[str] = set()
        self._cell: str | None = None
        self._buf: list[str] = []
        self._notes = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        cls = dict(attrs).get("class") or ""
        if tag == "ol" and cls == "footnotes":
            self._notes = True
        if tag == "td" and "text" in cls.split() and ("old" in cls or "new" in cls):
            self._cell = "old" if "old" in cls.split() else "new"
            self._buf = []
        elif tag == "br" and self._cell:
            self._buf.append("\n")

    def handle_endtag(self, tag):
        if tag == "ol":
            self._notes = False
        if tag == "td" and self._cell:
            self.cells[self._cell].append("".join(self._buf))
            self._cell = None

    def handle_data(self, data):
        if self._cell and not self._notes:
            self._buf.append(data)


def _parse(data: bytes) -> _Cells:
    parser = _Cells()
    parser.feed(data.decode("utf-8"))
    return parser


@pytest.mark.parametrize("old,new", SEED_PAIRS)
def test_every_paragraph_is_in_its_column(old, new):
    comparison = seed_comparison(old, new)
    cells = _parse(to_bytes(comparison, {}, ExportOptions(language="zh"))).cells
    assert cells["old"] == [p.old_text for p in comparison.pairs]
    assert cells["new"] == [p.new_text for p in comparison.pairs]


def test_self_contained_and_printable():
    text = to_bytes(seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted"), {},
                    ExportOptions(language="en")).decode("utf-8")
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    for forbidden in ("<script", "<link", "src=", "href=", "url(", "@import", "http://",
                      "https://"):
        assert forbidden not in text.lower()
    assert "@media print" in text and "size: A4 landscape" in text
    assert "display: table-header-group" in text          # table header on every page
    assert "page-break-inside: avoid" in text
    assert 'counter(page) " of " counter(pages)' in text    # "Page X of Y"
    assert "<del>" in text and "<ins>" in text
    assert "OP2 → OP4" in text and "A/HRC/RES/37/23" in text and "A/HRC/RES/43/21" in text


def test_letter_portrait_option():
    text = to_bytes(seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted"), {},
                    ExportOptions(paper="letter", landscape=False)).decode("utf-8")
    assert "size: letter portrait" in text


def test_text_and_notes_are_escaped_and_line_breaks_kept():
    a = tiny_resolution("a.txt", ["Recalling <b>bold</b> & \"quotes\","], ["Decides to act."])
    b = tiny_resolution("b.txt", ["Recalling <b>bold</b> & 'quotes',"],
                        ["Decides to act.", "Requests <script>alert(1)</script> a report."])
    notes = {"PP1>PP1": "<i>mine</i> & yours", ">OP2": "new <one>", "OP7>": "lost & found"}
    text = to_bytes(compare(a, b), notes, ExportOptions(language="en")).decode("utf-8")
    assert "<script>" not in text and "<b>bold" not in text and "<i>" not in text
    assert "Recalling &lt;b&gt;bold&lt;/b&gt; &amp;" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;i&gt;mine&lt;/i&gt; &amp; yours" in text
    assert "Notes without a paragraph" in text and "lost &amp; found" in text
    old, new = split_pair()
    cells = _parse(to_bytes(compare(old, new), {}, ExportOptions(language="en"))).cells
    split = [c for c in cells["new"] if "\n" in c]
    assert len(split) == 1 and split[0].count("\n") == 1


def test_insertions_and_deletions_are_marked():
    a = tiny_resolution("a.txt", [], ["Requests the Secretary-General to report."])
    b = tiny_resolution("b.txt", [], ["Urges the Secretary-General to report annually."])
    text = to_bytes(compare(a, b), {}, ExportOptions(language="en")).decode("utf-8")
    dels = [html.unescape(m) for m in re.findall(r"<del>(.*?)</del>", text)]
    inss = [html.unescape(m) for m in re.findall(r"<ins>(.*?)</ins>", text)]
    assert "Requests" in dels[1] and "Urges" in inss[1]      # [0] is the legend sample
    assert any("annually" in s for s in inss)
    assert "Verb: Requests → Urges (stronger)" in text


def test_export_writes_html_by_extension(tmp_path):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    for name in ("out.html", "OUT.HTM"):
        path = export(comparison, tmp_path / name, {"OP2>OP4": "note"}, language="zh")
        assert path.read_bytes().startswith(b"<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["OUT.HTM", "out.html"]
