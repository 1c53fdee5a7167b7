"""Every export writes whatever the engine can compare (issue 9, "every export writes"):
hypothesis over edited and mutated seed pairs, and the official PDFs in tests/data, through
all four builders. Each output is checked as its format: JSON parses, the Word file is a zip
with its document part, the PDF has pages, the HTML holds its table."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.export import ExportOptions
from viewer.export import docx, html, json_export, pdf
from viewer.loaders import load_document
from viewer.model import InputError, compare, parse_resolution

from tests.model.test_properties import edited_pair, mutated_seed_text

DATA = Path(__file__).resolve().parents[1] / "data"
OFFICIAL = sorted(DATA.glob("A_*.pdf"))
# Notes as users paste them from PDFs: control characters, non-characters, markup.
NOTES = st.text(alphabet=st.sampled_from(list("ab 中文<&>\"'\x02\x0b\x0c\ufffe\u2011\u00ad\n")),
                max_size=40)


def _writes_every_format(comparison, notes, language="en") -> None:
    options = ExportOptions(language=language, date="2026-01-01T00:00:00Z")
    data = json.loads(json_export.to_bytes(comparison, notes, options))
    assert len(data["pairs"]) == len(comparison.pairs)
    page = html.to_bytes(comparison, notes, options).decode("utf-8")
    assert "<table" in page and "</html>" in page
    with zipfile.ZipFile(io.BytesIO(docx.to_bytes(comparison, notes, options))) as z:
        assert "word/document.xml" in z.namelist()
        z.testzip()
    out = pdf.to_bytes(comparison, notes, options)
    assert out.startswith(b"%PDF") and b"/Type /Page" in out


@settings(max_examples=12, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(edited_pair(), NOTES, st.sampled_from(["en", "zh"]))
def test_every_export_writes_an_edited_pair(qapp, pair, note, language):
    old, new = pair
    comparison = compare(old, new)
    keys = [p.key for p in comparison.pairs]
    notes = {keys[0]: note, "OP99>OP99": note} if keys else {}   # one on a row, one orphaned
    _writes_every_format(comparison, notes, language)


@settings(max_examples=8, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_seed_text(), mutated_seed_text())
def test_every_export_writes_a_mutated_pair(qapp, a, b):
    try:
        comparison = compare(parse_resolution(a, "a.txt"), parse_resolution(b, "b.txt"))
    except InputError:
        return
    _writes_every_format(comparison, {})


@pytest.mark.parametrize("path", OFFICIAL, ids=[p.stem for p in OFFICIAL])
def test_every_export_writes_an_official_pdf(qapp, path):
    """Any text the PDF reader returns goes through every builder (here against the next
    official document, so most paragraphs are added or deleted and all text is written)."""
    assert len(OFFICIAL) >= 4
    other = OFFICIAL[(OFFICIAL.index(path) + 1) % len(OFFICIAL)]
    old = parse_resolution(load_document(other).text, other.name)
    new = parse_resolution(load_document(path).text, path.name)
    _writes_every_format(compare(old, new), {})
    _writes_every_format(compare(new, new), {})
