"""UN-style PDFs printed from the seed texts read back to the structure of the seed (issue 8).

No official Chinese PDF is in the corpus, so ``tests/unpdf.py`` prints each seed as the UN does
(masthead, running headers that alternate sides, ``GE.20-xxxxx(C)`` and the bar-code line,
page numbers, footnotes under a rule in a smaller font with raised marks, first-line indents,
Chinese wrapped mid-word). Each PDF is then opened as a delegate would open it —
``load_document`` then ``parse_resolution`` — and must give the seed's structure: the same
paragraphs (ids, kinds, OP numbers, texts), footnotes, symbol, number, title and vote, with no
page furniture inside any paragraph.

These tests are written to the contract of the layout-aware PDF reader; they do not bend to
what a plain-text extraction happens to produce.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.loaders import load_document
from viewer.model.parser import parse_resolution
from viewer.model.resolution import Kind, Resolution
from viewer.model.text import is_cjk

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import unpdf  # noqa: E402  (test-support module in tests/)

DATA = Path(__file__).resolve().parents[1] / "data"
DOCUMENTS = ["hrc-37-23-adopted.zh.txt", "hrc-43-21-adopted.zh.txt", "hrc-23-3-adopted.zh.txt",
             "hrc-44-draft.zh.txt", "ga-75-180-adopted.zh.txt", "en-hrc-adopted.txt",
             "en-hrc-draft.txt", "en-ga-adopted.txt"]

# A footnote long enough that it cannot sit whole under the line that cites it: it must
# continue on the next page (the reader has to join the two pieces into one body).
LONG_NOTE = ("见《大会正式记录，第七十五届会议，补编第 53 号》(A/75/53)，第五章，A 节；"
             "另见人权理事会第 37/23 号和第 43/21 号决议，以及联合国人权事务高级专员"
             "关于技术援助和能力建设的报告(A/HRC/43/31 和 A/HRC/40/49)。") * 8


def squeeze(text: str) -> str:
    """Whitespace normalisation: runs collapse to one space; none next to a CJK character."""
    text = re.sub(r"\s+", " ", text).strip()
    return "".join(ch for i, ch in enumerate(text)
                   if ch != " " or not (is_cjk(text[i - 1]) or is_cjk(text[i + 1])))


def seed(name: str) -> Resolution:
    return parse_resolution((DATA / name).read_text(encoding="utf-8"), name)


def stem(name: str) -> str:
    return name.removesuffix(".txt").removesuffix(".zh")


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory):
    """name -> (seed structure, Layout, structure read back from the PDF), each made once."""
    folder = tmp_path_factory.mktemp("un-pdfs")
    cache: dict[str, tuple] = {}

    def get(name: str):
        if name not in cache:
            expected = seed(name)
            layout = unpdf.write_un_pdf(expected, folder / f"{stem(name)}.pdf")
            loaded = load_document(layout.path)
            cache[name] = (expected, layout, parse_resolution(loaded.text, str(layout.path)))
        return cache[name]

    return get


@pytest.mark.parametrize("name", DOCUMENTS, ids=stem)
def test_paragraphs_read_back(printed, name):
    expected, _layout, got = printed(name)
    assert [(p.id, p.kind, p.number) for p in got.paragraphs] == \
        [(p.id, p.kind, p.number) for p in expected.paragraphs]
    for want, have in zip(expected.paragraphs, got.paragraphs):
        assert squeeze(have.text) == squeeze(want.text), want.id
        assert have.footnote_refs == want.footnote_refs, want.id
    assert squeeze(got.opening or "") == squeeze(expected.opening or "")


@pytest.mark.parametrize("name", DOCUMENTS, ids=stem)
def test_footnotes_read_back(printed, name):
    expected, _layout, got = printed(name)
    assert [(f.mark, squeeze(f.text)) for f in got.metadata.footnotes] == \
        [(f.mark, squeeze(f.text)) for f in expected.metadata.footnotes]
    assert [(n.mark, squeeze(n.text)) for n in got.metadata.notes] == \
        [(n.mark, squeeze(n.text)) for n in expected.metadata.notes]


@pytest.mark.parametrize("name", DOCUMENTS, ids=stem)
def test_identity_and_vote_read_back(printed, name):
    expected, layout, got = printed(name)
    want, have = expected.metadata, got.metadata
    # A seed draft names no symbol; its PDF prints one in the masthead and running headers.
    assert have.symbol == (want.symbol or layout.symbol)
    assert (have.number, have.status, have.body, have.session, have.agenda_item) == \
        (want.number, want.status, want.body, want.session, want.agenda_item)
    assert squeeze(have.title or "") == squeeze(want.title or "")
    assert (have.date, have.meeting) == (want.date, want.meeting)
    assert have.vote == want.vote
    if want.vote is not None and want.vote.recorded:
        assert have.vote.consistent is True


@pytest.mark.parametrize("name", DOCUMENTS, ids=stem)
def test_no_page_furniture_in_paragraphs(printed, name):
    expected, layout, got = printed(name)
    if expected.language == "zh":
        assert layout.pages >= 2  # running headers and page numbers are really there
    want = "\n".join(p.text for p in expected.paragraphs)
    have = "\n".join(p.text for p in got.paragraphs)
    for piece in layout.furniture() + layout.header_title:
        # The title may be quoted in the text; only extra occurrences are furniture.
        assert have.count(piece) == want.count(piece), piece
    # Plain page numbers are bare digits: none may be added to the text's own bare numbers
    # (an OP number "4." or a symbol "37/23" is not a bare number).
    def bare(text: str) -> Counter:
        return Counter(re.findall(r"(?<![\d/.])\d+(?![\d/.])", text))

    extra = bare(have) - bare(want)
    assert not set(extra) & {label.split("/")[0] for label in layout.page_labels}, extra


def test_long_footnote_continues_on_next_page(qapp, tmp_path):
    """A footnote that does not fit under the line that cites it continues on the next page;
    it reads back as one body, and neither piece leaks into a paragraph."""
    base = seed("hrc-43-21-adopted.zh.txt")
    probe = unpdf.write_un_pdf(base, tmp_path / "probe.pdf")
    # Cite the note from a preambular paragraph that ends low on its page (between 600 and
    # 700 pt of 768): there the ~17-line body cannot fit whole, but its first line can.
    pid = next(pid for pid, (_page, y) in probe.paragraph_ends.items()
               if pid.startswith("PP") and 600 <= y <= 700)
    paragraphs = []
    for p in base.paragraphs:
        text, refs = p.text.replace("¹", ""), ()
        if p.id == pid:
            text, refs = text + "¹", ("1",)
        paragraphs.append(replace(p, text=text, footnote_refs=refs))
    notes = (replace(base.metadata.footnotes[0], text=LONG_NOTE),)
    res = replace(base, paragraphs=tuple(paragraphs),
                  metadata=replace(base.metadata, footnotes=notes))
    layout = unpdf.write_un_pdf(res, tmp_path / "long-note.pdf")
    assert layout.continued_footnotes == ["1"]
    assert len(layout.footnote_pages["1"]) == 2
    got = parse_resolution(load_document(layout.path).text, str(layout.path))
    assert [(f.mark, squeeze(f.text)) for f in got.metadata.footnotes] == [("1", squeeze(LONG_NOTE))]
    assert [p.id for p in got.paragraphs] == [p.id for p in res.paragraphs]
    for want, have in zip(res.paragraphs, got.paragraphs):
        assert squeeze(have.text) == squeeze(want.text), want.id
        assert have.footnote_refs == want.footnote_refs, want.id


def test_generator_prints_the_un_furniture(qapp, tmp_path):
    """What the generator promises, checked on the PDF's own text layer page by page (so a
    failure above is the reader's, not the generator's)."""
    import pypdfium2 as pdfium  # the reader's own library: one PDF library in the project

    res = seed("hrc-43-21-adopted.zh.txt")
    layout = unpdf.write_un_pdf(res, tmp_path / "a.pdf")
    again = unpdf.write_un_pdf(res, tmp_path / "b.pdf")
    pages = []
    for path in (layout.path, again.path):
        doc = pdfium.PdfDocument(str(path))
        try:
            pages.append([doc[i].get_textpage().get_text_range() for i in range(len(doc))])
        finally:
            doc.close()
    assert pages[0] == pages[1]  # deterministic
    text = [squeeze(t) for t in pages[0]]
    assert layout.job.startswith("GE.20-") and layout.job.endswith("(C)")
    assert layout.barcode == "*20" + layout.job[6:11] + "*"
    assert squeeze(layout.job) in text[0] and layout.barcode in text[0]
    assert "A/HRC/RES/43/21" in text[0] and "人权理事会 2020 年 6 月 22 日通过的决议".replace(" ", "") \
        in text[0].replace(" ", "")
    for number, page in enumerate(text[1:], start=2):
        assert res.metadata.symbol in page and layout.job_short in page
        assert squeeze("".join(layout.header_title)) in page.replace(" ", "")
    # The footnote body sits on the page of the OP that cites it (OP5).
    note_page = layout.footnote_pages["1"][0]
    assert "A/HRC/43/31" in text[note_page - 1]
    assert "注意到人权理事会咨询委员会" in text[note_page - 1].replace(" ", "")

    # The cues a layout-aware reader uses are in the geometry: the mark is a raised, smaller
    # digit; a paragraph's first line is indented against its next line. Boxes are
    # (left, bottom, right, top) in PDF points, y upwards.
    doc = pdfium.PdfDocument(str(layout.path))
    try:
        def box(page: int, index: int):
            return doc[page].get_textpage().get_charbox(index)

        raw = pages[0][note_page - 1]
        at = raw.index("报告；") + 3
        assert raw[at] == "1"
        mark, ideograph = box(note_page - 1, at), box(note_page - 1, at - 2)  # "1" and "告"
        assert mark[3] - mark[1] < 0.75 * (ideograph[3] - ideograph[1])
        assert mark[1] > ideograph[1] + 1  # raised
        raw = pages[0][0]
        first, second = raw.index("重申《世界人权宣言》"), raw.index("条约，包括《公民")
        assert box(0, first)[0] - box(0, second)[0] >= 15  # two characters of indent
        assert abs(box(0, first)[3] - box(0, second)[3]) >= 12  # and really the line above
    finally:
        doc.close()


def test_english_and_chinese_numbers_for_the_masthead():
    assert [unpdf.zh_number(n) for n in (10, 23, 43, 75, 80, 101)] == \
        ["十", "二十三", "四十三", "七十五", "八十", "一百零一"]
    assert [unpdf.en_ordinal_words(n) for n in (23, 44, 75, 80)] == \
        ["Twenty-third", "Forty-fourth", "Seventy-fifth", "Eightieth"]
    assert [unpdf.en_ordinal(n) for n in (1, 2, 3, 11, 45, 46, 112)] == \
        ["1st", "2nd", "3rd", "11th", "45th", "46th", "112th"]
    assert unpdf.format_date("2020-06-22", "zh") == "2020 年 6 月 22 日"
    assert unpdf.format_date("2020-12-16", "en") == "16 December 2020"
    assert all(p.kind in (Kind.PREAMBULAR, Kind.OPERATIVE) for p in seed(DOCUMENTS[0]).paragraphs)
