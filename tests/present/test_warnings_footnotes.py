"""viewer.present's shared lists for every export: warnings, each row's footnotes, and the
changes-only rows."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.model import Kind, Metadata, Paragraph, Resolution, Vote, compare, parse_resolution
from viewer.model.resolution import Footnote
from viewer.present.report import build_report, collapse_unchanged, stamp
from viewer.present.runs import DELETE, EQUAL, INSERT, Run
from viewer.present.warnings import LOW_CONFIDENCE, warnings


def _res(paras, meta: Metadata = Metadata(), name="x") -> Resolution:
    ps = tuple(Paragraph(pid, Kind.OPERATIVE if pid.startswith("OP") else Kind.PREAMBULAR,
                         pid[2:] if pid.startswith("OP") else None, text,
                         footnote_refs=refs) for pid, text, refs in paras)
    return Resolution(name, "zh", meta, "人权理事会，", ps)


def test_vote_counts_that_disagree_with_the_lists_are_a_warning_in_both_languages():
    bad = Vote(yes=3, no=1, abstain=0, in_favour=("甲", "乙"), against=("丙",))
    good = Vote(yes=2, no=1, abstain=0, in_favour=("甲", "乙"), against=("丙",))
    old = _res([("OP1", "决定继续处理此事。", ())], Metadata(symbol="A/HRC/RES/1/1", vote=good))
    new = _res([("OP1", "决定继续处理此事。", ())], Metadata(symbol="A/HRC/RES/2/1", vote=bad))
    c = compare(old, new)
    en = build_report(c, language="en").warnings
    assert [(w.code, w.side) for w in en] == [("vote_mismatch", "new")]
    assert en[0].text == ("A/HRC/RES/2/1: the vote counts do not match the country lists "
                          "(Voted in favour: 3 stated, 2 listed).")
    zh = build_report(c, language="zh").warnings
    assert "A/HRC/RES/2/1" in zh[0].text and "表决票数与国家名单不符" in zh[0].text


def test_low_confidence_pairs_are_warned_on_their_row(seed_text):
    old = parse_resolution(seed_text("hrc-23-3-adopted"), "hrc-23-3-adopted.zh.txt")
    new = parse_resolution(seed_text("hrc-44-draft"), "hrc-44-draft.zh.txt")
    c = compare(old, new)
    weak = [p for p in c.pairs if p.old and p.new and p.score < LOW_CONFIDENCE]
    assert weak                      # this pair of versions seven years apart has some
    report = build_report(c, language="en")
    flagged = [w.key for w in report.warnings if w.code == "low_confidence"]
    assert flagged == [p.key for p in weak]
    rows = {r.key: r for r in report.rows}
    for p in weak:
        assert rows[p.key].warnings == (
            f"{p.label}: paired with low confidence (score {p.score:.2f}); check that these "
            "paragraphs correspond.",)
    # A pairing the user pinned is theirs: no warning.
    pinned = replace(c, pairs=tuple(replace(p, pinned=True) for p in c.pairs))
    assert [w for w in warnings(pinned, "en") if w.code == "low_confidence"] == []


def test_parser_notices_are_warnings(seed_text):
    """How the parser read a text (Resolution.notices) reaches the reader as a sentence."""
    import re
    text = seed_text("hrc-37-23-adopted")
    first_op = re.search(r"\n *1\. ", text).start()
    third_op = re.search(r"\n *3\. ", text).start()
    preamble = parse_resolution(text[:first_op], "pp.txt")
    cut = parse_resolution(text[:first_op] + text[third_op:], "from3.txt")
    assert preamble.notices == ("preamble_only",) and cut.notices == ("operative_from:3",)
    found = warnings(compare(preamble, cut), "en", "pp.txt", "from3.txt")
    assert [(w.code, w.side, w.text) for w in found] == [
        ("preamble_only", "old", "pp.txt was read as preambular paragraphs only (no numbered "
                                 "operative paragraphs were recognised); check the pairing."),
        ("operative_from", "new", "from3.txt: the operative paragraphs start at 3, not 1; part "
                                  "of the text may be missing.")]
    zh = warnings(compare(preamble, cut), "zh", "pp.txt", "from3.txt")
    assert "只识别出序言段" in zh[0].text and "第 3 段" in zh[1].text
    # A code this catalogue does not word yet still shows, as its code.
    odd = replace(cut, notices=("new_kind:7",))
    assert [w.text for w in warnings(compare(preamble, odd), "en", "a", "b")][1:] == [
        "b: the text was read with a reservation (new_kind:7)."]


def test_each_row_lists_its_footnotes_compared_by_content():
    old = _res([("OP1", "注意到报告；¹", ("1",)), ("OP2", "欢迎报告²和研究；³", ("2", "3"))],
               Metadata(footnotes=(Footnote("1", "A/HRC/43/31。"), Footnote("2", "A/75/1。"),
                                   Footnote("3", "A/HRC/40/2。"))))
    new = _res([("OP1", "注意到报告；¹", ("1",)), ("OP2", "欢迎报告²和研究；³", ("2", "3"))],
               Metadata(footnotes=(Footnote("1", "A/HRC/43/31。"), Footnote("2", "A/HRC/40/2。"),
                                   Footnote("3", "A/76/9。"))))
    rows = build_report(compare(old, new), language="en").rows
    op1, op2 = rows
    # Unchanged notes are listed too.
    assert [(f.mark, f.text, f.changed) for f in op1.footnotes_old] == [("1", "A/HRC/43/31。", False)]
    assert [(f.mark, f.text, f.changed) for f in op1.footnotes_new] == [("1", "A/HRC/43/31。", False)]
    # Old note 3 is new note 2 (same text): renumbered, not changed; A/75/1 went, A/76/9 came.
    assert [(f.mark, f.changed, f.partner) for f in op2.footnotes_old] == [
        ("2", True, None), ("3", False, "2")]
    assert [(f.mark, f.changed, f.partner) for f in op2.footnotes_new] == [
        ("2", False, "3"), ("3", True, None)]
    assert op2.footnotes_old[0].runs == (Run("A/75/1。", DELETE),)
    assert op2.footnotes_new[1].runs == (Run("A/76/9。", INSERT),)
    assert op2.footnotes_new[0].runs == (Run("A/HRC/40/2。", EQUAL),)


def test_changes_only_collapses_each_run_of_unchanged_rows(seed_text):
    old = parse_resolution(seed_text("hrc-37-23-adopted"), "hrc-37-23-adopted.zh.txt")
    new = parse_resolution(seed_text("hrc-43-21-adopted"), "hrc-43-21-adopted.zh.txt")
    c = compare(old, new)
    full = build_report(c, language="en")
    short = build_report(c, {full.rows[0].key: "keep me"}, language="en", changes_only=True)
    assert short.changes_only and len(short.rows) < len(full.rows)
    by_key = {r.key: r for r in full.rows}
    covered = []
    for row in short.rows:
        if row.collapsed:
            members = [by_key[k] for k in row.collapsed]
            assert all(m.status == "unchanged" and not m.flags for m in members)
            assert len({m.kind for m in members}) == 1
            span = members[0].label if len(members) == 1 else \
                f"{members[0].label}–{members[-1].label}"
            assert (row.label, row.status_text) == (span, f"{span} unchanged")
            assert row.old == row.new == ()
            covered += row.collapsed
        else:
            covered.append(row.key)
    # Every row is there once, in order; the row with a note is kept whole.
    assert covered == [r.key for r in full.rows]
    assert next(r for r in short.rows if r.key == full.rows[0].key).note == "keep me"
    zh = collapse_unchanged(build_report(c, language="zh").rows, "zh")
    assert any(r.status_text.endswith("未改动") and "–" in r.label for r in zh)


def test_the_stamp_carries_the_time():
    assert stamp().count(":") >= 1
    assert build_report(compare(_res([("OP1", "决定。", ())]), _res([("OP1", "决定。", ())])),
                        language="en", today="2020-07-01").generated.endswith("2020-07-01")
