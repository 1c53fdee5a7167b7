"""Paragraph rules that hold for real resolutions (issues 8 and 9): where paragraphs start,
what one missing punctuation mark may change (its own paragraph, nothing more), texts that are
only part of a resolution, several resolutions in one file. Inputs are derived from the seeds
by mutation, so each case is the seed's own structure with one thing changed."""
from __future__ import annotations

import re

import pytest

from viewer.model import Kind, parse_resolution
from viewer.model.errors import InputError

from .helpers import raw, seed


def _flat(name: str) -> str:
    """The seed as a .docx gives it: header lines, then one paragraph per line, no indentation."""
    r = seed(name)
    text = raw(name)
    header = []
    for line in text.split("\n"):
        if line.strip() == r.opening:
            break
        if line.strip():
            header.append(line.strip())
    body = [f"{p.number}. {p.text}" if p.number else p.text for p in r.paragraphs]
    return "\n".join(header + [r.opening] + [b.replace("\n", " ") for b in body]) + "\n"


def _shape(r):
    return [(p.id, re.sub(r"\s+", "", p.text)[:12]) for p in r.paragraphs]


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# --- OP numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["en-hrc-draft", "hrc-43-21-adopted"])
def test_op_number_on_its_own_line(name):
    text = re.sub(r"(?m)^(\s*\d{1,2}\.)\s+(?=\S)", r"\1\n", raw(name))
    assert text != raw(name)
    assert _shape(parse_resolution(text)) == _shape(seed(name))


def test_an_extract_whose_ops_start_at_four():
    r = seed("hrc-43-21-adopted")
    flat = _flat("hrc-43-21-adopted")
    for n in (1, 2, 3):
        flat = re.sub(rf"(?m)^{n}\. .*\n", "", flat)
    got = parse_resolution(flat)
    assert [p.id for p in got.operative] == [p.id for p in r.operative][3:]
    assert [p.text for p in got.operative] == [p.text for p in r.operative][3:]
    assert "operative_from:4" in got.notices


def test_one_operative_paragraph_is_not_numbered():
    text = ("The General Assembly,\n\nRecalling its resolution 79/1,\n\nNoting the report of the "
            "Secretary-General,\n\nDecides to include in the provisional agenda of its eighty-first "
            "session the item entitled “Oceans”.\n\n52nd plenary meeting\n1 December 2025\n")
    r = parse_resolution(text)
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "OP1"]
    op = r.paragraph("OP1")
    assert op.number is None and op.verb == "Decides" and op.text.endswith("“Oceans”.")
    assert r.metadata.meeting == "52" and "unnumbered_operative" in r.notices


def test_one_unnumbered_operative_paragraph_in_chinese():
    r = seed("hrc-37-23-adopted")
    flat = _flat("hrc-37-23-adopted")
    flat = re.sub(r"(?m)^[2-5]\. .*\n", "", flat).replace("1. ", "", 1)
    got = parse_resolution(flat)
    assert [p.id for p in got.paragraphs] == [p.id for p in r.preambular] + ["OP1"]
    assert got.paragraph("OP1").text == r.paragraph("OP1").text.rstrip("；") or \
        got.paragraph("OP1").text == r.paragraph("OP1").text


def test_a_decision_has_unnumbered_operative_paragraphs():
    text = ("General Assembly\nEightieth session\nAgenda item 98\n\nDecision adopted by the General "
            "Assembly on 1 December 2025\n\n80/512. Nuclear disarmament verification\n\n"
            "At its 52nd plenary meeting, on 1 December 2025, the General Assembly, on the "
            "recommendation of the First Committee, decided to include in the provisional agenda "
            "of its eighty-first session the item entitled “Nuclear disarmament verification”.\n")
    r = parse_resolution(text)
    assert [p.id for p in r.paragraphs] == ["OP1"] and r.paragraph("OP1").number is None
    assert "decided to include" in r.paragraph("OP1").text and "decision" in r.notices
    assert r.metadata.number == "80/512"
    zh = ("大会\n第八十届会议\n议程项目 98\n\n"
          "大会决定将题为“核裁军核查”的项目列入第八十一届会议临时议程。\n")
    z = parse_resolution(zh)
    assert [p.id for p in z.paragraphs] == ["OP1"] and "decision" in z.notices


# --- partial texts -------------------------------------------------------------------------

def test_preamble_only_is_read_and_flagged():
    r = seed("hrc-43-21-adopted")
    flat = re.sub(r"(?m)^\d+\. .*\n", "", _flat("hrc-43-21-adopted"))
    got = parse_resolution(flat)
    assert got.notices == ("preamble_only",)
    assert [p.text for p in got.paragraphs] == [p.text for p in r.preambular]


def test_operative_only_is_read_and_flagged():
    r = seed("en-hrc-draft")
    text = "The Human Rights Council,\n" + "\n".join(f"{p.number}. {p.text}" for p in r.operative)
    got = parse_resolution(text)
    assert got.notices == ("operative_only",)
    assert [p.text for p in got.paragraphs] == [p.text for p in r.operative]


def test_not_a_resolution_says_what_was_looked_for():
    with pytest.raises(InputError) as err:
        parse_resolution("Dear colleague,\n\nPlease find attached the agenda.\n", "letter.txt")
    assert err.value.code == "not_resolution"
    en, zh = err.value.message("en"), err.value.message("zh")
    assert "opening formula" in en and "numbered operative paragraphs" in en and "verb" in en
    assert "开头语" in zh and "执行段落" in zh and "动词" in zh


# --- one missing mark costs one paragraph --------------------------------------------------

@pytest.mark.parametrize("name", ["hrc-37-23-adopted", "en-hrc-draft"])
def test_missing_semicolon_after_op1_in_flat_text(name):
    base = parse_resolution(_flat(name))
    assert _shape(base) == _shape(seed(name))
    op1 = base.paragraph("OP1").text.replace("\n", " ")
    mutated = _flat(name).replace(op1, op1.rstrip("；;"), 1)
    got = parse_resolution(mutated)
    assert [p.id for p in got.paragraphs] == [p.id for p in base.paragraphs]
    assert [p.text for p in got.operative][1:] == [p.text for p in base.operative][1:]


def test_flat_chinese_ops_ending_in_a_bracket_stay_apart():
    name = "hrc-43-21-adopted"
    flat = _flat(name)
    # Every other OP ends with a closing bracket instead of its semicolon.
    for p in seed(name).operative[:-1:2]:
        flat = flat.replace(p.text, p.text.rstrip("；") + "（见 A/HRC/43/31）", 1)
    got = parse_resolution(flat)
    assert len(got.operative) == 10 and [p.id for p in got.operative] == [f"OP{i}" for i in range(1, 11)]


@pytest.mark.parametrize("name,verb", [("hrc-43-21-adopted", "回顾"), ("en-hrc-draft", "Recalling")])
def test_preambular_paragraph_without_its_comma(name, verb):
    r = seed(name)
    target = next(i for i, p in enumerate(r.preambular) if i and p.text.startswith(verb))
    before = r.preambular[target - 1].text
    for text in (raw(name), _flat(name)):
        # Drop the comma that ends the paragraph before the one opening with the verb.
        cut = before.rstrip("，,")[-8:]
        mutated = re.sub(re.escape(cut) + r"[，,]", cut, text, count=1)
        assert mutated != text
        got = parse_resolution(mutated)
        assert [p.id for p in got.paragraphs] == [p.id for p in r.paragraphs]
        assert got.preambular[target].text == r.preambular[target].text


def test_a_few_leading_spaces_do_not_make_indentation_the_rule():
    # A LibreOffice PDF of seed 43/21: no indentation convention, blank lines gone, and a
    # leading space on a few lines only.
    name = "hrc-43-21-adopted"
    lines = [line.strip() for line in raw(name).split("\n") if line.strip()]
    starts = [i for i, line in enumerate(lines) if line.startswith(("回顾", "重申", "认识到"))][:3]
    assert len(starts) == 3
    for i in starts:
        lines[i] = " " + lines[i]
    got = parse_resolution("\n".join(lines))
    base = seed(name)
    assert len(got.preambular) == 21
    assert [_squash(p.text) for p in got.paragraphs] == [_squash(p.text) for p in base.paragraphs]


# --- English wrapping and web copies -------------------------------------------------------

def test_english_line_ending_in_a_comma_continues_the_sentence():
    text = ("The General Assembly,\n"
            "Recalling its resolutions 51/53 of 10 December 1996, 56/17 of 29 November 2001,\n"
            "Member States and all its other relevant resolutions,\n"
            "Noting the report of the Secretary-General, in particular the sections on the\n"
            "African Union and the Organization of African Unity,\n"
            "United Nations, Treaty Series, and related documents,\n"
            "1. Calls upon African States that have not yet done so to sign and ratify the\n"
            "Treaty as soon as possible;\n"
            "2. Decides to remain seized of the matter.\n")
    r = parse_resolution(text)
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "OP1", "OP2"]
    assert r.paragraph("PP1").text.endswith("Member States and all its other relevant resolutions,")


def test_web_copy_metadata_and_repeated_blank_lines():
    base = seed("en-hrc-draft")
    lines = [line.strip() for line in raw("en-hrc-draft").split("\n") if line.strip()]
    web = ("Skip to main content\nSearch\nDocument symbol: A/HRC/44/L.12\nDate: 10 July 2020\n"
           "Language: English\nDownload: PDF | Word\n\n\n\n" + "\n\n\n".join(lines) + "\n")
    got = parse_resolution(web)
    assert [p.id for p in got.paragraphs] == [p.id for p in base.paragraphs]
    assert [_squash(p.text) for p in got.paragraphs] == [_squash(p.text) for p in base.paragraphs]


# --- several resolutions, large inputs -----------------------------------------------------

def test_several_resolutions_read_the_first_and_say_so():
    first, second = raw("hrc-37-23-adopted"), raw("hrc-43-21-adopted")
    got = parse_resolution(first + "\n" + second + "\n" + first)
    alone = seed("hrc-37-23-adopted")
    assert "several_resolutions:3" in got.notices
    assert [(p.id, p.text) for p in got.paragraphs] == [(p.id, p.text) for p in alone.paragraphs]
    assert (got.metadata.number, got.metadata.vote) == (alone.metadata.number, alone.metadata.vote)


def test_generated_large_inputs_parse_correctly():
    # Correctness only; the timings are in tests/benchmarks/bench_parser_worst.py.
    batch = (raw("en-hrc-adopted") + "\n") * 200
    r = parse_resolution(batch)
    assert "several_resolutions:200" in r.notices and len(r.operative) == 5
    pages = "人权理事会，\n 重申宪章，\n 1. 决定继续处理此事。\n" + "".join(f"\f\n{n}\n" for n in range(2, 2002))
    r = parse_resolution(pages)
    assert [p.text for p in r.paragraphs] == ["重申宪章，", "决定继续处理此事。"]
    long_op = "人权理事会，\n 重申宪章，\n 1. 吁请" + "所有国家坚持多边主义，" * 20000 + "合作。\n"
    r = parse_resolution(long_op)
    assert len(r.paragraph("OP1").text) == 2 + 11 * 20000 + 3


def test_missing_semicolon_shows_as_one_modified_paragraph_in_a_comparison():
    # Issue 9, item 6: before, OP2-OP5 folded into OP1 and the comparison showed false
    # deletions, a merge and a verb change.
    from viewer.model import Status, compare

    name = "hrc-37-23-adopted"
    base = parse_resolution(_flat(name))
    op1 = base.paragraph("OP1").text
    mutated = parse_resolution(_flat(name).replace(op1, op1.rstrip("；"), 1))
    changed = [(p.old_id, p.new_id, p.status) for p in compare(base, mutated).pairs
               if p.status is not Status.UNCHANGED]
    assert changed == [("OP1", "OP1", Status.MODIFIED)]


def test_record_after_a_paragraph_ending_in_a_closing_quote():
    text = ("The General Assembly,\nRecalling its resolution 79/1,\n"
            "1. Decides to include in the provisional agenda of its eighty-first session the item\n"
            "entitled “Groups of countries in special situations: Least Developed Countries.”\n"
            "64th plenary meeting\n15 December 2025\n")
    r = parse_resolution(text)
    assert r.paragraph("OP1").text.endswith("Least Developed Countries.”")
    assert (r.metadata.meeting, r.metadata.date) == ("64", "2025-12-15")


def test_footnotes_under_a_rule_at_the_page_foot_leave_the_flow():
    # pdftotext's shape: after the rule, marks on lines of their own, bodies on the next line,
    # a starred note wrapped over two lines, furniture, then the page break; the preamble
    # carries on on the next page.
    text = ("The General Assembly,\n"
            "Recalling the reports of the Secretary-General on the Regional Centre in Africa,1\n"
            "the Regional Centre in Asia2\nand the Regional Centre in Latin America,3\n"
            "__________________\n"
            "* On behalf of the States Members of the United Nations that are members of the Movement of\n"
            "Non-Aligned Countries.\n1\nA/80/128.\n2\nA/80/129.\n3\nSee the report of the\n"
            "Secretary-General (A/80/122).\n25-16447 (E)\n*2516447*\n\f\n"
            "A/C.1/80/L.16\n2/2\n"
            "Bearing in mind its resolutions 40/151 G of 16 December 1985,\n"
            "1. Decides to include the item in its provisional agenda.\n")
    r = parse_resolution(text)
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "OP1"]
    assert r.paragraph("PP1").footnote_refs == ("1", "2", "3")
    assert r.paragraph("PP1").text.endswith("Latin America,³")
    assert [(f.mark, f.text) for f in r.metadata.footnotes] == [
        ("1", "A/80/128."), ("2", "A/80/129."), ("3", "See the report of the Secretary-General (A/80/122).")]
    assert [n.text for n in r.metadata.notes] == [
        "On behalf of the States Members of the United Nations that are members of the Movement of "
        "Non-Aligned Countries."]


def test_plain_pdftotext_sets_a_pages_first_mark_apart_from_its_body():
    text = ("The General Assembly,\n"
            "Recalling the Rio Declaration on Environment and Development,1\n"
            "Agenda 21,2 and the Programme for the Further Implementation of Agenda 21,3\n"
            "__________________\n\n"
            "Report of the United Nations Conference on Environment and Development, Rio de Janeiro,\n"
            "3-14 June 1992, resolution 1, annex I.\n2\nIbid., annex II.\n3\nResolution S-19/2, annex.\n"
            "23-25907\n\f\n"
            "Reaffirming its resolution 70/1 of 25 September 2015,\n"
            "1. Decides to include the item in its provisional agenda.\n")
    r = parse_resolution(text)
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "OP1"]
    assert r.paragraph("PP1").text == ("Recalling the Rio Declaration on Environment and Development,¹ "
                                      "Agenda 21,² and the Programme for the Further Implementation "
                                      "of Agenda 21,³")
    assert [f.mark for f in r.metadata.footnotes] == ["1", "2", "3"]
    assert r.metadata.footnotes[0].text.endswith("resolution 1, annex I.")


def test_non_breaking_hyphens_read_as_hyphens_in_the_header():
    # The UN types "Seventy‑fifth session" with U+2011: the session is still 75, not 5.
    from pathlib import Path
    text = (Path(__file__).parents[1] / "data" / "en-ga-adopted.txt").read_text(encoding="utf-8")
    plain = parse_resolution(text)
    typeset = parse_resolution(text.replace("-", "\u2011"))
    assert plain.metadata.session == typeset.metadata.session == "75"
