"""The shape the layout-aware PDF reader hands over parses exactly.

Contract: page 1's header lines one per line as printed (no leading space) up to the opening
formula; each body paragraph on one line starting with a single space, each sub-item likewise;
the adoption record lines; footnote marks as Unicode superscripts with no space before; at the
end each footnote body as "² A/80/123." and starred notes as "* text"; no furniture, no form
feeds. The three texts in tests/data/contract-*.txt are official GA documents (symbols in the
file names) transcribed by hand from the PDFs in the development corpus."""
from __future__ import annotations

import re

import pytest

from viewer.model import parse_resolution

from .helpers import DATA

EXPECTED = {
    "A/RES/80/235": dict(pps=2, ops=["Takes note", "Stresses"], footnotes=["A/80/79."], notes=0,
                         meta=("80/235", "adopted", "2025-12-30", "69", "A/RES/80/235")),
    "A/C.1/80/L.16": dict(pps=7, ops=["Reiterates", "Commends", "Reaffirms", "Appeals", "Emphasizes",
                                      "Requests", "Decides"],
                          footnotes=["A/80/128.", "A/80/129.", "A/80/122."], notes=1,
                          meta=(None, "draft", None, None, "A/C.1/80/L.16")),
    "A/RES/80/14": dict(pps=5, ops=["Recalls", "Calls upon", "Recalls", "Expresses its appreciation",
                                    "Calls upon", "Calls upon", "Expresses", "Decides"],
                        footnotes=["A/50/426, annex.", "A/51/113-S/1996/276, annex.",
                                   "S/PRST/1996/17; see Resolutions and Decisions of the Security "
                                   "Council, 1996 (S/INF/52).", "See A/50/426, annex.",
                                   "United Nations, Treaty Series, vol. 729, No. 10485."], notes=0,
                        meta=("80/14", "adopted", "2025-12-01", "52", "A/RES/80/14")),
}


def _text(symbol: str) -> str:
    return (DATA / f"contract-{symbol.replace('/', '_')}.txt").read_text(encoding="utf-8")


def _variants(text: str) -> dict[str, str]:
    """The contract leaves open whether the opening formula and record lines carry the
    paragraph's leading space; either must parse the same."""
    lines = text.split("\n")
    spaced = [(" " + l) if l and not l.startswith(" ") and re.match(
        r"The General Assembly,|\d+(?:st|nd|rd|th) |\d{1,2} [A-Z][a-z]+ \d{4}$", l) else l
        for l in lines]
    return {"as_transcribed": text, "opening_and_record_spaced": "\n".join(spaced)}


@pytest.mark.parametrize("variant", ["as_transcribed", "opening_and_record_spaced"])
@pytest.mark.parametrize("symbol", list(EXPECTED))
def test_contract_text_parses_exactly(symbol, variant):
    want = EXPECTED[symbol]
    source = _variants(_text(symbol))[variant]
    r = parse_resolution(source, symbol)
    assert r.notices == () and r.language == "en"
    assert len(r.preambular) == want["pps"]
    assert [p.verb for p in r.operative] == want["ops"]
    assert [p.number for p in r.operative] == [str(i) for i in range(1, len(want["ops"]) + 1)]
    assert [f.text for f in r.metadata.footnotes] == want["footnotes"]
    assert len(r.metadata.notes) == want["notes"]
    m = r.metadata
    assert (m.number, m.status, m.date, m.meeting, m.symbol) == want["meta"]
    # Every paragraph is one line of the source, read whole, with its marks as references.
    body = [l.strip() for l in source.split("\n") if l.startswith(" ") and re.match(
        r" (?:\d+\. )?[A-Z][a-z]+", l) and not re.match(r" (?:The General|\d+(?:st|nd|rd|th) |\d{1,2} [A-Z])", l)]
    assert [re.sub(r"^\d+\. ", "", b) for b in body] == [p.text for p in r.paragraphs]
    marks = re.findall(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", " ".join(body))
    assert len([x for p in r.paragraphs for x in p.footnote_refs]) == len(marks)


def test_draft_sponsors_and_title():
    m = parse_resolution(_text("A/C.1/80/L.16")).metadata
    assert m.sponsors == ("Indonesia",) and m.on_behalf_of == "Movement of Non-Aligned Countries"
    assert m.title == "United Nations regional centres for peace and disarmament"
    assert m.agenda_item == "100(f)"


def test_sub_items_on_their_own_lines():
    text = _text("A/RES/80/14").replace(
        " 2. Calls upon African States that have not yet done so to sign and ratify the Treaty as "
        "soon as possible;",
        " 2. Calls upon African States:\n (a) To sign the Treaty as soon as possible;\n"
        " (b) To ratify the Treaty as soon as possible;")
    r = parse_resolution(text)
    assert len(r.operative) == 8
    assert r.paragraph("OP2").text == ("Calls upon African States:\n(a) To sign the Treaty as soon as "
                                      "possible;\n(b) To ratify the Treaty as soon as possible;")


def test_the_symbol_on_its_own_line_names_the_document_not_one_cited_in_the_header():
    # An adopted text cites its draft in the header ("[without reference to a Main Committee
    # (A/80/L.26)]"); the symbol printed alone at the top right is the document's own.
    from pathlib import Path
    from viewer.model import parse_resolution
    text = (Path(__file__).parents[1] / "data" / "contract-A_RES_80_235.txt").read_text(encoding="utf-8")
    cited = text.replace("[on the report of the Fifth Committee (A/80/568, para. 19)]",
                         "[without reference to a Main Committee (A/80/L.99)]")
    assert parse_resolution(cited).metadata.symbol == "A/RES/80/235"


def test_a_draft_submitted_by_a_vice_chair_keeps_its_title():
    # "Draft resolution submitted by the Vice-Chair …" runs on over two lines; the title is
    # what follows, and there is no sponsor list.
    from pathlib import Path
    from viewer.model import parse_resolution
    text = (Path(__file__).parents[1] / "data" / "contract-A_C.1_80_L.16.txt").read_text(encoding="utf-8")
    vice_chair = text.replace(
        "Indonesia:* draft resolution\n",
        "Draft resolution submitted by the Vice-Chair of the Committee, Jenni Mikkola\n"
        "(Finland), on the basis of informal consultations on draft resolution A/C.1/80/L.9\n")
    meta = parse_resolution(vice_chair).metadata
    assert meta.status == "draft" and meta.sponsors == ()
    assert meta.title == "United Nations regional centres for peace and disarmament"
    assert meta.symbol == "A/C.1/80/L.16"
    long_list = text.replace("Indonesia:* draft resolution\n",
                             "Indonesia, Algeria, Chile, Egypt, Guyana, Ireland, Jordan,\n"
                             "Malaysia, Namibia and State\nof Palestine:* draft resolution\n")
    meta = parse_resolution(long_list).metadata
    assert meta.sponsors[0] == "Indonesia" and meta.sponsors[-1] == "State of Palestine"
    assert len(meta.sponsors) == 10 and meta.title.startswith("United Nations regional centres")
