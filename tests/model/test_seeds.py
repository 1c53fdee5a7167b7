"""Every seed parses to the structure and metadata the issue names (and English texts too)."""
import re

import pytest

from viewer.model import InputError, Kind, parse_resolution

from .helpers import ENGLISH, SEEDS, raw, seed

EXPECTED_COUNTS = {
    "hrc-37-23-adopted": (15, 5), "hrc-43-21-adopted": (21, 10), "hrc-23-3-adopted": (11, 24),
    "hrc-44-draft": (32, 35), "ga-75-180-adopted": (15, 17),
    "en-hrc-draft": (5, 5), "en-hrc-adopted": (4, 5), "en-ga-adopted": (3, 3),
}


@pytest.mark.parametrize("name", SEEDS + ENGLISH)
def test_paragraph_counts_and_ids(name):
    r = seed(name)
    pp, op = EXPECTED_COUNTS[name]
    assert [p.id for p in r.preambular] == [f"PP{i}" for i in range(1, pp + 1)]
    assert [p.id for p in r.operative] == [f"OP{i}" for i in range(1, op + 1)]
    assert all(p.number == p.id[2:] for p in r.operative)
    assert all(p.number is None for p in r.preambular)


@pytest.mark.parametrize("name", SEEDS)
def test_clean_text_has_no_extraction_damage(name):
    r = seed(name)
    for p in r.paragraphs:
        assert "**" not in p.text
        assert "GE." not in p.text and "A/HRC/RES/" not in p.text
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", p.text), p.text  # rejoined lines
        assert not re.match(r"\d+\.", p.text)  # number removed
        assert p.text.endswith(("，", "；", "。", "¹", "²", "³", "⁴", "⁵")), (p.id, p.text[-10:])
    # every paragraph knows its verb (all seeds use known verbs)
    assert all(p.verb for p in r.paragraphs), [p.id for p in r.paragraphs if not p.verb]


def test_37_23_metadata():
    m = seed("hrc-37-23-adopted").metadata
    assert (m.body, m.number, m.session, m.date, m.status) == ("人权理事会", "37/23", "37", "2018-03-23", "adopted")
    assert m.symbol == "A/HRC/RES/37/23"
    assert m.title == "在人权领域促进合作共赢"
    assert m.meeting == "54"
    v = m.vote
    assert (v.yes, v.no, v.abstain, v.without_vote) == (28, 1, 17, False)
    assert (len(v.in_favour), len(v.against), len(v.abstaining)) == (28, 1, 17)
    assert v.consistent is True
    assert "吉尔吉斯斯坦" in v.in_favour and "刚果民主共和国" in v.in_favour  # rejoined across lines
    assert v.against == ("美利坚合众国",)
    assert v.abstaining[-1] == "大不列颠及北爱尔兰联合王国"


def test_43_21_metadata():
    m = seed("hrc-43-21-adopted").metadata
    assert (m.number, m.symbol, m.agenda_item, m.date, m.session) == (
        "43/21", "A/HRC/RES/43/21", "3", "2020-06-22", "43")
    assert (m.vote.yes, m.vote.no, m.vote.abstain) == (23, 16, 8)
    assert (len(m.vote.in_favour), len(m.vote.against), len(m.vote.abstaining)) == (23, 16, 8)
    assert m.vote.consistent is True
    assert [(f.mark, f.text) for f in m.footnotes] == [("1", "A/HRC/43/31。")]
    assert m.citations == ("A/HRC/43/31",)
    assert m.agenda_title == "促进和保护所有人权――公民权利、政治权利、经济、社会及文化权利，包括发展权"
    op5 = seed("hrc-43-21-adopted").paragraph("OP5")
    assert op5.footnote_refs == ("1",) and op5.text.endswith("报告；¹")
    assert op5.verb == "注意到" and op5.citations == ()


def test_23_3_metadata_and_footnotes():
    r = seed("hrc-23-3-adopted")
    m = r.metadata
    assert (m.number, m.status, m.date, m.meeting) == ("23/3", "adopted", "2013-06-13", "38")
    assert m.title == "增强人权领域的国际合作"
    assert m.vote.without_vote is True and m.vote.yes is None and m.vote.consistent is None
    assert [f.mark for f in m.footnotes] == ["1", "2", "3", "4", "5"]
    assert [f.text for f in m.footnotes][0] == "A/HRC/23/61。"
    assert [n.mark for n in m.notes] == ["*"]  # the starred note on the title is not a footnote
    # a footnote mark followed by more of the same paragraph
    op11 = r.paragraph("OP11")
    assert "最新报告；¹请高级专员办事处继续寻求" in op11.text and op11.footnote_refs == ("1",)
    assert r.paragraph("OP21").footnote_refs == ("4", "5")
    assert r.paragraph("OP12").text.startswith("又注意到秘书长的说明，²其中")
    assert "decision 22/116" in r.paragraph("PP3").citations
    assert r.paragraph("PP3").citations == ("decision 22/116", "resolution 67/169", "resolution 19/33")


def test_44_draft_metadata():
    m = seed("hrc-44-draft").metadata
    assert (m.status, m.session, m.number, m.date, m.symbol) == ("draft", "44", "44/…", None, None)
    assert m.sponsors == ("阿塞拜疆",) and m.on_behalf_of == "不结盟国家运动"
    assert [n.mark for n in m.notes] == ["*", "**"]
    assert [f.mark for f in m.footnotes] == ["1", "2", "3"]
    assert m.vote is None
    assert m.title == "加强人权领域的国际合作"


def test_ga_75_180_metadata():
    r = seed("ga-75-180-adopted")
    m = r.metadata
    assert (m.body, m.session, m.agenda_item, m.number, m.symbol, m.date) == (
        "大会", "75", "72(b)", "75/180", "A/RES/75/180", "2020-12-16")
    assert m.report == "A/75/478/Add.2" and m.meeting == "46"
    assert [f.mark for f in m.footnotes] == ["1", "2", "3", "4", "5"]
    assert r.paragraph("PP3").footnote_refs == ("2", "3")
    assert r.paragraph("OP1").verb == "重申" and r.paragraph("OP5").verb == "敦促"
    assert "A/CONF.157/24(PART I)/Corr.1" in m.citations
    assert "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46" in m.citations
    # the preamble paragraph interrupted by the footnote block rejoins
    assert "在日内瓦举行的德班审查会议" in r.paragraph("PP4").text


def test_english_texts_parse_through_the_same_pipeline():
    draft, adopted = seed("en-hrc-draft"), seed("en-hrc-adopted")
    assert draft.language == adopted.language == "en"
    assert draft.opening == "The Human Rights Council,"
    d, a = draft.metadata, adopted.metadata
    assert (d.status, d.symbol, d.session, d.sponsors, d.on_behalf_of) == (
        "draft", "A/HRC/44/L.12", "44", ("Azerbaijan", "Cuba", "Venezuela"),
        "Movement of Non-Aligned Countries")
    assert (a.status, a.number, a.symbol, a.date, a.meeting) == (
        "adopted", "44/18", "A/HRC/RES/44/18", "2020-07-17", "47")
    assert (a.vote.yes, a.vote.no, a.vote.abstain, a.vote.in_favour) == (
        3, 1, 2, ("Angola", "Argentina", "Bahamas"))
    assert [p.verb for p in draft.operative] == ["Reaffirms", "Encourages", "Invites", "Takes note", "Decides"]
    op3 = draft.paragraph("OP3")
    assert op3.text == ("Invites all States to consider:\n(a) Sharing good practices;\n"
                        "(b) Providing technical assistance upon request;")
    assert draft.paragraph("PP3").footnote_refs == ("1",)
    assert draft.paragraph("PP2").citations == ("resolution 70/1",)


def test_english_without_a_vote():
    text = ("Human Rights Council\nForty-third session\nAgenda item 3\n\n"
            "Resolution adopted by the Human Rights Council on 22 June 2020\n\n"
            "43/1. A test title\n\nThe Human Rights Council,\n\n"
            "Reaffirming the Charter,\n\nRecalling its previous resolutions,\n\n"
            "1. Calls upon all States to cooperate;\n\n2. Decides to remain seized of the matter.\n\n"
            "45th meeting\n22 June 2020\n\n[Adopted without a vote.]\n")
    r = parse_resolution(text, "en.txt")
    assert [p.verb for p in r.paragraphs] == ["Reaffirming", "Recalling", "Calls upon", "Decides"]
    assert r.metadata.vote.without_vote is True
    assert (r.metadata.number, r.metadata.date, r.metadata.meeting) == ("43/1", "2020-06-22", "45")


def test_vote_mismatch_is_reported_not_hidden():
    text = raw("hrc-43-21-adopted").replace("菲律宾、卡塔尔", "菲律宾")  # one name lost
    v = parse_resolution(text).metadata.vote
    assert (v.yes, len(v.in_favour)) == (23, 22)
    assert v.consistent is False
    assert v.mismatches() == (("in_favour", 23, 22),)


@pytest.mark.parametrize("text", ["", "just some words, nothing else.",
                                  "人权理事会，\n 重申一切，\n",
                                  "Shopping list:\n1 egg\n2 milk\n"])
def test_not_a_resolution(text):
    with pytest.raises(InputError) as err:
        parse_resolution(text, "x.txt")
    assert err.value.code == "not_resolution"
    assert "x.txt" in err.value.message("en") and "operative" in err.value.message("en")
    assert "执行段落" in err.value.message("zh")


def test_paragraph_kinds():
    r = seed("hrc-37-23-adopted")
    assert {p.kind for p in r.preambular} == {Kind.PREAMBULAR}
    assert r.opening == "人权理事会，"
    assert r.paragraph("PP13").verb == "又认识到"


def test_vote_line():
    assert seed("hrc-37-23-adopted").metadata.vote.line() == "28/1/17"
    assert seed("hrc-43-21-adopted").metadata.vote.line(" / ") == "23 / 16 / 8"
    assert seed("hrc-23-3-adopted").metadata.vote.line() == "without a vote"


def test_citation_label():
    from viewer.model.citations import citation_label
    assert citation_label("resolution 70/1", "zh") == "第 70/1 号决议"
    assert citation_label("decision 22/116", "zh") == "第 22/116 号决定"
    assert citation_label("resolution 70/1", "en") == "resolution 70/1"
    assert citation_label("A/HRC/43/31", "zh") == "A/HRC/43/31"


def test_english_general_assembly_text():
    r = seed("en-ga-adopted")
    m = r.metadata
    assert (m.body, m.session, m.agenda_item, m.number, m.symbol, m.date, m.report, m.meeting) == (
        "General Assembly", "75", "72(b)", "75/180", "A/RES/75/180", "2020-12-16", "A/75/478/Add.2", "46")
    assert m.title == "Enhancement of international cooperation in the field of human rights"
    assert [f.mark for f in m.footnotes] == ["1"] and "A/CONF.157/24(Part I)" in m.citations
    assert [p.id for p in r.paragraphs] == ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]
    assert r.paragraph("OP2").text == (
        "Urges all actors on the international scene:\n"
        "(a) To build an international order based on inclusion, justice, equality and equity;\n"
        "(b) To reject all doctrines of exclusion based on racism, including:\n"
        "(i) Racial discrimination;\n(ii) Xenophobia;")
    assert r.paragraph("PP1").footnote_refs == ("1",)
