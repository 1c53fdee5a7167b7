"""Warnings, every footnote referred to, and the changes-only form reach paper: PDF (text layer)
and HTML (its text), on the seeds and on an official PDF."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from export_helpers import DATA, pdftotext, seed_comparison, squash, tiny_resolution

from viewer.export import export
from viewer.loaders import load_document
from viewer.model import compare, parse_resolution
from viewer.model.resolution import Footnote, Vote
from viewer.present.report import build_report
from dataclasses import replace

CORPUS = Path("/work/shared/corpus/pdf")


def _html_text(path: Path) -> str:
    """The page's visible text (tags and the style sheet removed)."""
    page = path.read_text(encoding="utf-8")
    page = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.fixture
def exported(qapp, tmp_path):
    count = iter(range(1000))

    def make(comparison, ext, notes=None, **options) -> str:
        path = tmp_path / f"out{next(count)}{ext}"
        export(comparison, path, notes or {}, **options)
        return pdftotext(path) if ext == ".pdf" else _html_text(path)

    return make


def _mismatched():
    old = tiny_resolution("a.txt", ["Recalling its resolutions,"], ["Decides to act."],
                          symbol="A/HRC/RES/1/1")
    new = tiny_resolution("b.txt", ["Recalling its resolutions,"], ["Decides to act now."],
                          symbol="A/HRC/RES/2/1")
    vote = Vote(yes=3, no=0, abstain=1, in_favour=("Chile", "Peru"), abstaining=("Fiji",))
    return compare(old, replace(new, metadata=replace(new.metadata, vote=vote)))


def _preamble_only():
    """37/23 cut before its operative part (the parser says so: 'preamble_only') vs 43/21."""
    text = (DATA / "hrc-37-23-adopted.zh.txt").read_text(encoding="utf-8")
    old = parse_resolution(text[:re.search(r"\n *1\. ", text).start()], "cut.zh.txt")
    assert old.notices == ("preamble_only",)
    return compare(old, seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted").new)


@pytest.mark.parametrize("ext", [".pdf", ".html"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_warning_is_printed(exported, ext, language):
    for comparison in (_mismatched(), seed_comparison("hrc-23-3-adopted", "hrc-44-draft"),
                       _preamble_only()):
        report = build_report(comparison, language=language)
        assert report.warnings
        text = squash(exported(comparison, ext, language=language))
        for warning in report.warnings:
            assert squash(warning.text) in text, warning.text


@pytest.mark.parametrize("ext", [".pdf", ".html"])
def test_every_footnote_referred_to_is_printed(exported, ext):
    for old, new in (("hrc-23-3-adopted", "hrc-44-draft"), ("hrc-44-draft", "ga-75-180-adopted")):
        comparison = seed_comparison(old, new)
        text = squash(exported(comparison, ext, language="zh"))
        for res in (comparison.old, comparison.new):
            referred = {m for p in res.paragraphs for m in p.footnote_refs}
            notes = [f for f in res.metadata.footnotes if f.mark in referred]
            assert notes
            for note in notes:
                # Unchanged notes too: the text appears under its row, after its mark.
                assert squash(note.mark + note.text) in text, (res.source, note)


def test_unchanged_footnote_is_printed_under_both_columns(exported):
    note = Footnote("1", "A/HRC/43/31.")
    old = tiny_resolution("a.txt", [], ["Takes note of the report of the High Commissioner;¹",
                                        "Decides to act."])
    new = tiny_resolution("b.txt", [], ["Takes note of the report of the High Commissioner;¹",
                                        "Decides to act now."])
    old = replace(old, metadata=replace(old.metadata, footnotes=(note,)),
                  paragraphs=(replace(old.paragraphs[0], footnote_refs=("1",)),
                              old.paragraphs[1]))
    new = replace(new, metadata=replace(new.metadata, footnotes=(note,)),
                  paragraphs=(replace(new.paragraphs[0], footnote_refs=("1",)),
                              new.paragraphs[1]))
    for ext in (".pdf", ".html"):
        text = squash(exported(compare(old, new), ext, language="en"))
        assert text.count("1A/HRC/43/31.") == 2, ext


@pytest.mark.parametrize("ext", [".pdf", ".html"])
@pytest.mark.parametrize("language,word", [("en", "unchanged"), ("zh", "未改动")])
def test_changes_only_collapses_unchanged_paragraphs(exported, ext, language, word):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    full = exported(comparison, ext, language=language)
    short = exported(comparison, ext, language=language, changes_only=True)
    unchanged = [p for p in comparison.pairs if not p.changed and not p.flags]
    changed = [p for p in comparison.pairs if p.changed or p.flags]
    assert unchanged and changed
    for pair in unchanged:
        assert squash(pair.new_text) in squash(full)
        assert squash(pair.new_text) not in squash(short)
    for pair in changed:
        for side in (pair.old_text, pair.new_text):
            assert squash(side) in squash(short)
    spans = re.findall(rf"((?:PP|OP)\d+(?: → (?:PP|OP)\d+)?(?:–(?:PP|OP)\d+(?: → (?:PP|OP)\d+)?)?) ?{word}",
                       short)
    assert spans, short[:2000]
    assert any("–" in s for s in spans)


def test_official_pdfs_export_with_their_footnotes(exported):
    """Two official PDFs as the documents system prints them (their paragraph structure is
    not asserted: a better PDF reader is landing)."""
    # A series pair from the corpus manifest: last session's resolution and this session's.
    files = [CORPUS / "A_RES_79_186.pdf", CORPUS / "A_RES_80_225.pdf"]
    docs = [parse_resolution(load_document(str(f)).text, f.name) for f in files]
    comparison = compare(docs[0], docs[1])
    for ext in (".pdf", ".html"):
        text = squash(exported(comparison, ext, language="en"))
        for res in docs:
            referred = {m for p in res.paragraphs for m in p.footnote_refs}
            for note in res.metadata.footnotes:
                if note.mark in referred:
                    assert squash(note.text) in text
        assert squash(build_report(comparison, language="en").generated[:30]) in text


def test_html_prints_deletions_struck_through_the_middle_and_page_one_without_header(qapp,
                                                                                    tmp_path):
    """No browser here to render it: the rules a browser applies when printing are checked."""
    out = tmp_path / "page.html"
    export(seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted"), out, {}, language="zh")
    page = out.read_text(encoding="utf-8")
    rule = re.sub(r"\s+", " ", re.search(r"\bdel \{([^}]*)\}", page).group(1))
    # A line through the middle of the glyph box, as thick as the PDF's mark, beside the
    # browser's own (thickened) line-through; printed although it is a background.
    assert re.search(r"linear-gradient\(to bottom, transparent calc\(50% - \.06em\), "
                     r"var\(--del\) calc\(50% - \.06em\), var\(--del\) calc\(50% \+ \.06em\), "
                     r"transparent calc\(50% \+ \.06em\)\)", rule)
    assert "text-decoration-thickness: .09em" in rule
    assert "print-color-adjust: exact" in page
    assert re.search(r"@page :first \{ @top-left \{ content: none; \} @top-right \{ content: "
                     r"none; \} \}", page)
    assert "<del>" in page
