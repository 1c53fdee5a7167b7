"""Control characters and non-characters (pasted from PDFs) in notes and in paragraph texts:
every export format writes, and no note is dropped — including notes whose row is gone."""
from __future__ import annotations

import io
import json
import re
import zipfile

import docx
import pytest
from docx_revisions import document_xml, resolve
from export_helpers import pdftotext, require, tiny_resolution
from lxml import etree

from viewer.export import export
from viewer.export.docx_parts import xml_text as xml_safe
from viewer.model import compare

HOSTILE = "\x02\x0b\ufffe\x1f\x0c\uffff\x00"


@pytest.fixture(scope="module")
def case(qapp):
    old = tiny_resolution("old.txt", ["Recalling its resolution 1/1\x02,"],
                          ["Requests the\x0bSecretary-General to report;",
                           "Decides to remain seized of the matter\ufffe."])
    new = tiny_resolution("new.txt", ["Recalling its resolution 1/1\x02 and 2/2,"],
                          ["Requests the\x0bSecretary-General to report annually;",
                           "Decides to remain seized of the matter\ufffe\x1f."])
    comparison = compare(old, new)
    op1 = next(p.key for p in comparison.pairs if p.new_id == "OP1")
    notes = {op1: f"Capital\x02 says\x0bfine{HOSTILE}end",
             "OP9>OP9": f"orphaned\x0bnote{HOSTILE} kept"}   # no such row
    return comparison, notes, op1


def test_json_keeps_every_note_and_the_exact_text(case, tmp_path):
    comparison, notes, op1 = case
    data = json.loads(export(comparison, tmp_path / "o.json", notes).read_text(encoding="utf-8"))
    pair = next(p for p in data["pairs"] if p.get("note"))
    assert pair["note"] == notes[op1]       # JSON can carry any character: nothing is lost
    assert data["orphan_notes"] == [{"key": "OP9>OP9", "text": notes["OP9>OP9"]}]


def test_json_orphan_notes_is_empty_when_every_note_has_a_row(case, tmp_path):
    comparison, notes, op1 = case
    data = json.loads(export(comparison, tmp_path / "o.json", {op1: "x"}).read_text(encoding="utf-8"))
    assert data["orphan_notes"] == []


def test_word_export_writes_and_keeps_the_notes(case, tmp_path):
    comparison, notes, _ = case
    data = export(comparison, tmp_path / "o.docx", notes, language="en").read_bytes()
    document_xml(data)                                       # well-formed XML 1.0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
        body = etree.fromstring(z.read("word/document.xml"))
    squeeze = lambda t: re.sub(r"\s+", " ", t)  # noqa: E731
    # VT and FF became spaces, the other forbidden characters were removed; a note on a row is
    # a comment there, a note whose row is gone is listed on the first page
    assert "Capital says fine end" in squeeze("".join(comments.itertext()))
    assert "orphaned note kept" in squeeze("".join(body.itertext()))
    assert docx.Document(io.BytesIO(data)).paragraphs        # python-docx opens it
    accepted = resolve(data, accept=True)
    assert "Recalling its resolution 1/1 and 2/2," in accepted
    assert "1. Requests the Secretary-General to report annually;" in accepted
    assert "2. Decides to remain seized of the matter." in accepted
    assert "Recalling its resolution 1/1," in resolve(data, accept=False)


def test_html_export_writes_and_keeps_the_notes(case, tmp_path):
    comparison, notes, _ = case
    html = export(comparison, tmp_path / "o.html", notes, language="en").read_text(encoding="utf-8")
    assert "Capital" in html and "orphaned" in html and "annually" in html


def test_pdf_export_writes_and_keeps_the_notes(case, tmp_path):
    require("pdftotext")
    comparison, notes, _ = case
    path = export(comparison, tmp_path / "o.pdf", notes, language="en")
    text = pdftotext(path)
    assert "Capital" in text and "orphaned" in text and "annually" in text


def test_xml_safe_keeps_everything_xml_allows():
    allowed = "\t\n\r 中文 text \ud7ff\ue000\ufffd\U0001f600\U0010ffff"
    assert xml_safe(allowed) == allowed
    assert xml_safe("a\x0bb\x0cc") == "a b c"
    assert xml_safe("".join(map(chr, range(0x20)))) == "\t\n \r"   # VT+FF: one space
