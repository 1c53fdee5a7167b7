"""The layout-aware PDF reader on official UN PDFs (tests/data, from the development corpus)
and on a PDF drawn here with the same layout rules (a footnote running on to the next page).

Expected structures were written from reading the PDFs (``pdftotext -layout``, page images),
not from this program's output.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from viewer.loaders import load_document
from viewer.model.parser import parse_resolution
from viewer.model.resolution import Kind

DATA = Path(__file__).resolve().parents[1] / "data"

# symbol -> (file, first words of every OP in order, numbered footnotes, starred notes)
OFFICIAL = {
    # adopted resolution; running header repeats the title over two lines on later pages
    "A/RES/80/49": ("A_RES_80_49.pdf", [
        "Underlines the strong", "Calls for urgent", "Endorses the wide", "Calls for the",
        "Decides to convene,", "Takes note of", "Welcomes the commemoration",
        "Expresses its appreciation", "Reiterates its request", "Decides that the",
        "Requests the Secretary-General", "Calls upon Member", "Requests the Secretary-General",
        "Also requests the", "Decides to include"], 4, 0),
    # the draft of the same text: sponsor line "Indonesia:* draft resolution", starred note
    "A/C.1/80/L.15": ("A_C.1_80_L.15.pdf", [
        "Underlines the strong", "Calls for urgent", "Endorses the wide", "Calls for the",
        "Decides to convene,", "Takes note of", "Welcomes the commemoration",
        "Expresses its appreciation", "Reiterates its request", "Decides that the",
        "Requests the Secretary-General", "Calls upon Member", "Requests the Secretary-General",
        "Also requests the", "Decides to include"], 4, 1),
    # draft with 17 sponsors and a starred note, sub-items (a)-(f) and (i)-(vi), a quotation
    "A/80/L.26": ("A_80_L.26.pdf", [
        "Welcomes the advisory", "Expresses its grave", "Affirms, in accordance",
        "Also affirms, in", "Demands that Israel", "Urges all States", "Reaffirms the permanent",
        "Expresses its appreciation"], 6, 1),
    # one page, two OPs, resumed-meeting record
    "A/RES/80/235": ("A_RES_80_235.pdf", ["Takes note of", "Stresses that early"], 1, 0),
}
# What UN page furniture looks like; none of it may reach a paragraph.
FURNITURE = (
    re.compile(r"\b\d{2}-\d{5}\b"),                 # job number 25-20958
    re.compile(r"\*\d{7}\*"),                       # bar code *2520958*
    re.compile(r"Please recycle", re.I),
    re.compile(r"Distr\.:"),
)


@pytest.fixture(scope="module", params=sorted(OFFICIAL))
def official(request):
    symbol = request.param
    name, ops, notes, starred = OFFICIAL[symbol]
    loaded = load_document(DATA / name)
    return symbol, loaded, parse_resolution(loaded.text, name), ops, notes, starred


def _ops(resolution):
    return [p for p in resolution.paragraphs if p.kind is Kind.OPERATIVE]


def test_structure_matches_the_printed_document(official):
    symbol, _, resolution, ops, notes, _ = official
    found = _ops(resolution)
    assert [p.number for p in found] == [str(n) for n in range(1, len(ops) + 1)]
    for paragraph, words in zip(found, ops):
        assert paragraph.text.startswith(words), (paragraph.number, paragraph.text[:60])
    assert len(resolution.metadata.footnotes) == notes
    assert resolution.metadata.symbol == symbol


def test_paragraph_lines_carry_no_page_furniture(official):
    symbol, loaded, _, _, _, _ = official
    body = [line for line in loaded.text.split("\n") if line.startswith(" ")]
    assert body, "paragraphs start with a space"
    title_header = re.compile(re.escape(symbol) + r"\s*$")
    pages = len(re.findall(rb"/Type\s*/Page\b", (DATA / OFFICIAL[symbol][0]).read_bytes()))
    page_number = re.compile(rf"(?<![\d/])[1-9]/{pages}(?![\d/])")  # "3/4" with 4 pages
    for line in body:
        assert not page_number.search(line), line[:120]
        for pattern in FURNITURE:
            assert not pattern.search(line), (pattern.pattern, line[:120])
        assert not title_header.search(line), line[:120]
    assert "\f" not in loaded.text and "\ufffe" not in loaded.text


def test_marks_are_superscripts_and_bodies_come_last(official):
    _, loaded, _, _, notes, starred = official
    lines = loaded.text.split("\n")
    note_lines = [ln for ln in lines if re.match(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+ \S", ln)]
    star_lines = [ln for ln in lines if re.match(r"^\* \S", ln)]
    assert len(note_lines) == notes and len(star_lines) == starred
    # every footnote body follows the last paragraph, and no paragraph holds one
    last_paragraph = max(i for i, ln in enumerate(lines) if ln.startswith(" "))
    assert all(lines.index(ln) > last_paragraph for ln in note_lines + star_lines)
    text = "\n".join(ln for ln in lines if ln.startswith(" "))
    marks = re.findall(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", text)
    assert len(marks) >= notes  # each numbered note is referenced (some twice)
    assert not re.search(r"\s[¹²³⁴⁵⁶⁷⁸⁹⁰]", text), "no space before a mark"
    for line in note_lines:
        assert line.split(" ", 1)[1] not in text


def test_header_lines_keep_reading_order():
    text = load_document(DATA / "A_RES_80_49.pdf").text
    header = text.split("\n The General Assembly,")[0].split("\n")
    assert header[:5] == ["United Nations", "A/RES/80/49", "General Assembly", "Distr.: General",
                          "3 December 2025"]
    assert header[-2:] == ["80/49. Follow-up to the 2013 high-level meeting of the General Assembly",
                           "on nuclear disarmament"]
    # the running title printed over two lines on pages 2-4 is gone from the body: the
    # only mention left is OP 15's, which names the agenda sub-item
    body = [line for line in text.split("\n") if line.startswith(" ")]
    mentions = [line for line in body if "Follow-up to the 2013" in line]
    assert len(mentions) == 1 and mentions[0].startswith(" 15. Decides to include")


def test_draft_sponsor_line_and_starred_note():
    lines = load_document(DATA / "A_80_L.26.pdf").text.split("\n")
    assert "of Palestine:* draft resolution" in lines
    assert "* Any changes to the list of sponsors will be reflected in the official record of the meeting." in lines


def test_sub_items_and_quotation_stay_whole():
    lines = load_document(DATA / "A_80_L.26.pdf").text.split("\n")
    items = [ln for ln in lines if re.match(r"^ \((?:[a-f]|i{1,3}|iv|v|vi)\) ", ln)]
    labels = [re.match(r"^ \((\w+)\)", ln).group(1) for ln in items]
    assert labels[:11] == ["a", "i", "ii", "iii", "iv", "v", "vi", "b", "c", "d", "e"]
    quote = [ln for ln in lines if ln.startswith(" What are the obligations of Israel")]
    assert len(quote) == 1 and quote[0].endswith("right to self-determination?")


def test_line_end_hyphens_are_kept_and_joined():
    text = load_document(DATA / "A_80_L.26.pdf").text
    # printed "self-" | "determination" across a line end in the first preambular paragraph
    assert "the inalienable right of self-determination of peoples" in text
    assert "self- determination" not in text and "selfdetermination" not in text


# --- a PDF drawn here: the layout rules on a footnote that runs on to the next page ---------

def _draw(path: Path, family: str, header_rules: bool = True) -> Path:
    """Two US-letter pages laid out as the UN prints (points, y from the top); without
    ``header_rules`` the running header is known only by its place and its repetition."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)

    def text(x, y, size, words):
        font = QFont(family)
        font.setPointSizeF(size)
        painter.setFont(font)
        painter.drawText(QPointF(x, y), words)

    def rule(x0, x1, y):
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))

    text(123, 58, 14, "United Nations")
    text(480, 58, 10, "A/RES/99/1")
    if header_rules:
        rule(60, 552, 66)
    text(123, 120, 12, "99/1. Test of the layout reader")
    text(147, 160, 10, "The General Assembly,")
    body = [  # (x, text): first lines indented, wrapped lines at the left edge
        (147, "Recalling its resolution 98/1 of 1 January 2024, by which it decided to"),
        (123, "hold a high-level meeting of the Assembly on the matter, with the participation"),
        (123, "of all States,"),
        (147, "1. Decides to convene a further meeting of the Assembly in the course of its"),
        (123, "next session, with the participation of the Secretary-"),
        (123, "General, and invites all States to take part in that meeting;"),
        (147, "(a) On the first item of the agenda of that meeting, to be decided later;"),
    ]
    y = 178
    for x, words in body:
        if x == 147 and y > 178:
            y += 6  # paragraphs are set apart by half a line
        text(x, y, 10, words)
        y += 12
    # a footnote mark after "States," (line 3), raised and smaller
    text(123 + 52, 178 + 24 - 3.5, 6.5, "1")
    rule(100, 170, 700)
    text(117, 712, 5.5, "1")
    text(123, 715, 8.5, "Resolution 98/1, adopted by the General Assembly on 1 January 2024 and")
    text(65, 750, 10, "24-00001 (E)")
    text(65, 765, 12, "*2400001*")

    writer.newPage()
    text(60, 58, 8.5, "A/RES/99/1")
    if header_rules:
        rule(60, 552, 66)
    text(147, 100, 10, "2. Decides to remain seized of the matter.")
    rule(100, 170, 700)
    text(123, 715, 8.5, "published in the Official Records of the General Assembly.")
    text(60, 753, 7, "24-00001")
    text(540, 755, 8.5, "2/2")
    painter.end()
    return path


@pytest.fixture(scope="module", params=[True, False], ids=["header-rule", "no-header-rule"])
def drawn(request, qapp, tmp_path_factory):
    from PySide6.QtGui import QFontDatabase

    from viewer.resources import font_path

    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    path = tmp_path_factory.mktemp("layout") / "A_RES_99_1.pdf"
    return load_document(_draw(path, family, header_rules=request.param)).text


def test_drawn_pdf_reads_back_in_the_output_contract(drawn):
    assert drawn.split("\n") == [
        "United Nations",
        "A/RES/99/1",
        "99/1. Test of the layout reader",
        " The General Assembly,",
        " Recalling its resolution 98/1 of 1 January 2024, by which it decided to hold a high-level"
        " meeting of the Assembly on the matter, with the participation of all States,¹",
        " 1. Decides to convene a further meeting of the Assembly in the course of its next session,"
        " with the participation of the Secretary-General, and invites all States to take part in"
        " that meeting;",
        " (a) On the first item of the agenda of that meeting, to be decided later;",
        " 2. Decides to remain seized of the matter.",
        "¹ Resolution 98/1, adopted by the General Assembly on 1 January 2024 and published in the"
        " Official Records of the General Assembly.",
    ]


def test_a_sponsor_list_wrapped_over_three_lines_is_read_whole():
    """The 17 sponsors of A/80/L.26 are printed over three lines above ":* draft resolution";
    the agenda title above them stays the agenda title. A/C.1/80/L.15 is under item 99 (cc)."""
    meta = parse_resolution(load_document(DATA / "A_80_L.26.pdf").text).metadata
    assert meta.sponsors[:2] == ("Algeria", "Chile") and meta.sponsors[-2:] == ("Türkiye", "State of Palestine")
    assert len(meta.sponsors) == 17
    assert (meta.agenda_item, meta.agenda_title) == ("123", "Strengthening of the United Nations system")
    meta = parse_resolution(load_document(DATA / "A_C.1_80_L.15.pdf").text).metadata
    assert meta.agenda_item == "99(cc)" and meta.sponsors == ("Indonesia",)
    assert meta.agenda_title.startswith("General and complete disarmament")


def test_a_pdf_far_longer_than_any_resolution_is_refused_before_it_is_read(monkeypatch):
    # (tests/benchmarks/bench_io_worst.py times the real limit: 200 pages read, 201 refused)
    from viewer.loaders import pdf_layout
    from viewer.model import InputError
    monkeypatch.setattr(pdf_layout, "MAX_PAGES", 1)
    with pytest.raises(InputError) as caught:
        load_document(DATA / "A_RES_80_49.pdf")
    assert caught.value.code == "too_large"
    assert "pages); a resolution is far smaller" in caught.value.message("en")
    assert "页" in caught.value.message("zh")
