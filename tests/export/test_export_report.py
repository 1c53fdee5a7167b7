"""The shared report: what every export shows, in both languages, Qt-free."""
from __future__ import annotations

import pytest
from export_helpers import SEED_PAIRS, seed_comparison, tiny_resolution

from viewer.present import DELETE, EQUAL, INSERT, build_report, document_name, pair_runs
from viewer.model import compare


@pytest.mark.parametrize("old,new", SEED_PAIRS)
def test_columns_rebuild_both_texts_exactly(old, new):
    comparison = seed_comparison(old, new)
    for pair in comparison.pairs:
        old_runs, new_runs = pair_runs(pair)
        assert "".join(r.text for r in old_runs) == pair.old_text
        assert "".join(r.text for r in new_runs) == pair.new_text
        assert {r.kind for r in old_runs} <= {EQUAL, DELETE}
        assert {r.kind for r in new_runs} <= {EQUAL, INSERT}


def test_report_of_37_23_to_43_21_names_what_changed():
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    report = build_report(comparison, {"OP2>OP4": "kept our text", "OP9>": "row gone"},
                          language="en", today="2020-07-01")
    assert report.header == "A/HRC/RES/37/23  →  A/HRC/RES/43/21"
    assert ("OP2", "OP4") in report.renumbering and ("OP3", "OP6") in report.renumbering
    assert dict(report.counts)["modified"] == comparison.summary["modified"]
    assert dict(report.counts)["renumbered"] == 3
    row = next(r for r in report.rows if r.key == "OP2>OP4")
    assert (row.label, row.note, row.status_text) == ("OP2 → OP4", "kept our text",
                                                       "modified · renumbered")
    assert report.orphaned == (("OP9>", "row gone"),)
    assert "A/HRC/43/31" in report.citations_added
    identity = {name: (a, b) for name, a, b in report.identity}
    assert identity["Symbol"] == ("A/HRC/RES/37/23", "A/HRC/RES/43/21")
    assert identity["Adoption"][1] == "recorded vote: 23 in favour, 16 against, 8 abstentions"
    fields = [name for name, _, _ in report.metadata_changes]
    assert "Vote (yes/no/abstain)" in fields and "Voted against" in fields
    assert "Symbol" not in fields  # already side by side in the identity table
    assert report.generated == "Prepared with ResCompare on 2020-07-01"


def test_report_in_chinese():
    comparison = seed_comparison("hrc-23-3-adopted", "hrc-44-draft")
    report = build_report(comparison, {}, language="zh")
    assert report.title == "决议两个版本的对照"
    assert report.t("page", page=2, pages=9) == "第 2 页，共 9 页"
    verbs = {lab: (a, b, d) for lab, a, b, d in report.verb_changes}
    assert verbs["OP20 → OP32"] == ("请", "邀请", "减弱")
    assert report.new_name == "人权理事会 44/… (草案)"    # a draft has no symbol yet
    assert dict((n, (a, b)) for n, a, b in report.identity)["提案国"][1] == "阿塞拜疆代表不结盟国家运动"


def test_default_language_follows_the_user(monkeypatch):
    comparison = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    monkeypatch.setenv("RESCOMPARE_LANG", "zh_CN")
    assert build_report(comparison).language == "zh"
    monkeypatch.setenv("RESCOMPARE_LANG", "en")
    assert build_report(comparison).language == "en"


def test_empty_notes_are_not_notes():
    a = tiny_resolution("a.txt", ["Recalling its resolutions,"], ["Decides to act."])
    report = build_report(compare(a, a), {"OP1>OP1": "   ", "gone>": ""}, language="en")
    assert all(r.note is None for r in report.rows) and report.orphaned == ()


def test_document_name_falls_back_to_the_file():
    a = tiny_resolution("/some/where/old.txt", [], ["Decides."])
    assert document_name(a) == "Human Rights Council 44/1"
    bare = type(a)(a.source, a.language, type(a.metadata)(), a.opening, a.paragraphs)
    assert document_name(bare) == "old.txt"
