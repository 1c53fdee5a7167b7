"""PDF export and printing: one Qt painter, paginated, fonts embedded, exact text layer."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import (KANGXI, SEED_PAIRS, pdftotext, seed_comparison, squash,
                            tiny_resolution)

from viewer.export import export
from viewer.model import compare
from viewer.resources import font_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pdf_of(qapp, tmp_path):
    """``pdf_of(comparison, notes, **options)`` → path of the exported PDF."""
    count = iter(range(1000))

    def make(comparison, notes=None, **options):
        path = tmp_path / f"out{next(count)}.pdf"
        export(comparison, path, notes or {}, **options)
        return path

    return make


def _page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return re.search(r"Page size:\s+([\d.]+ x [\d.]+)", info).group(1)


@pytest.mark.parametrize("old,new", SEED_PAIRS)
def test_text_layer_holds_every_paragraph_exactly(pdf_of, old, new):
    comparison = seed_comparison(old, new)
    text = pdftotext(pdf_of(comparison, language="zh"))
    flat = squash(text)
    missing = [(p.id, p.text[:30]) for res in (comparison.old, comparison.new)
               for p in res.paragraphs if squash(p.text) not in flat]
    assert missing == []
    assert KANGXI.findall(text) == []
    # No digit went missing (some CJK fonts map digits to nothing in the text layer).
    printed = sum(ch.isdigit() for ch in flat)
    assert printed >= sum(ch.isdigit() for res in (comparison.old, comparison.new)
                          for p in res.paragraphs for ch in p.text)


def test_every_page_has_both_symbols_and_page_x_of_y(pdf_of):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    pages = pdftotext(pdf_of(comparison, language="en")).split("\f")[:-1]
    assert len(pages) >= 4
    for number, page in enumerate(pages, 1):
        assert "A/HRC/RES/37/23" in page and "A/HRC/RES/43/21" in page
        assert f"Page {number} of {len(pages)}" in page
    first = squash(pages[0])
    for label in ("Documentscompared", "Summaryofchanges", "OP2→OP4", "A/HRC/43/31",
                  "recordedvote:28infavour,1against,17abstentions"):
        assert label in first
    assert "OP2 → OP4" in pdftotext(pdf_of(comparison, language="en"), "-f", "3")


def test_chinese_labels(pdf_of):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    text = pdftotext(pdf_of(comparison, language="zh"))
    pages = text.split("\f")[:-1]
    assert "决议两个版本的对照" in text and "逐段对照" in text and "重新编号" in text
    assert f"第 1 页，共 {len(pages)} 页" in text


def test_fonts_embedded_and_paper_options(pdf_of):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    a4 = pdf_of(comparison)
    fonts = subprocess.run(["pdffonts", str(a4)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and any("WenQuanYi" in r for r in rows)
    assert all(r.split()[-5] == "yes" for r in rows)              # the "emb" column
    assert _page_size(a4) == "841.89 x 595.276" or _page_size(a4).startswith("842 x 595")
    letter = pdf_of(comparison, paper="letter", landscape=False)
    assert _page_size(letter).startswith("612 x 792")


def test_notes_and_orphaned_notes_are_printed(pdf_of):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    notes = {"OP2>OP4": "Keep our wording — 保留我方措辞", "OP12>OP99": "row gone 123"}
    flat = squash(pdftotext(pdf_of(comparison, notes, language="en")))
    assert squash("Note: Keep our wording — 保留我方措辞") in flat
    assert "Noteswithoutaparagraph" in flat and "OP12>OP99" in flat and "rowgone123" in flat


def test_a_paragraph_longer_than_a_page_is_cut_between_lines(pdf_of):
    long_old = "Requests " + " ".join(f"item{i} of the long list" for i in range(900)) + "."
    long_new = long_old.replace("item450 ", "item450 inserted words ")
    a = tiny_resolution("a.txt", ["Recalling x,"], [long_old, "Decides to remain seized."])
    b = tiny_resolution("b.txt", ["Recalling x,"], [long_new, "Decides to remain seized."])
    path = pdf_of(compare(a, b), language="en")
    raw = pdftotext(path, "-raw")
    pages = raw.split("\f")[:-1]
    assert len(pages) >= 5
    # Each page's body continues the paragraph: every word is printed once in each column.
    for i in (0, 449, 450, 899):
        assert raw.count(f"item{i} ") == 2
    assert raw.count("inserted words") == 1
    assert "(continued)" in raw


def test_render_paints_the_same_pages_on_a_qprinter(qapp, tmp_path, pdf_of):
    from PySide6.QtPrintSupport import QPrinter

    from viewer.export.printing import render, setup_printer

    comparison = seed_comparison("hrc-23-3-adopted", "hrc-44-draft")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    setup_printer(printer)                                   # A4 landscape, as the window does
    pages = render(comparison, {"OP4>OP7": "verb"}, printer, language="en")
    exported = pdf_of(comparison, {"OP4>OP7": "verb"}, language="en")
    printed_text = pdftotext(tmp_path / "printed.pdf")
    assert pages == len(printed_text.split("\f")[:-1]) == len(
        pdftotext(exported).split("\f")[:-1])
    assert squash(printed_text).count(squash(comparison.new.paragraph("OP7").text)) == 1


@pytest.mark.skipif(sys.platform != "linux", reason="fontconfig set-up is Linux-specific")
def test_headless_cli_without_any_system_cjk_font(tmp_path):
    """`rescompare --export out.pdf OLD NEW` with no display, no Qt platform set, and a
    fontconfig that knows no font at all: only the bundled one can render the Chinese."""
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                    f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(FONTCONFIG_FILE=str(conf), RESCOMPARE_LANG="en", PYTHONPATH=str(ROOT))
    out = tmp_path / "cli.pdf"
    old, new = ROOT / "tests/data/hrc-37-23-adopted.zh.txt", ROOT / "tests/data/hrc-43-21-adopted.zh.txt"
    done = subprocess.run([sys.executable, "-m", "viewer.cli", "--export", str(out), str(old),
                           str(new)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert font_path().is_file()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert [r.split()[0] for r in fonts.splitlines()[2:]] == ["WenQuanYiMicroHei"]
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    flat = squash(pdftotext(out))
    assert all(squash(p.text) in flat for p in comparison.new.paragraphs)
    assert KANGXI.findall(flat) == []


def test_a_note_longer_than_a_page_is_printed_in_full(pdf_of):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    note = "START " + " ".join(f"note{i} 批注{i}" for i in range(1500)) + " END"
    raw = pdftotext(pdf_of(comparison, {"OP2>OP4": note}, language="en"), "-raw")
    assert all(re.search(rf"note{i}\s", raw) for i in range(1500))
    assert "START" in raw and "END" in raw
