"""viewer.present without Qt: runs, rows, connector links, navigation, find, facts."""
from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.model import Kind, Paragraph, Resolution, Metadata, Vote, compare, parse_resolution
from viewer.present import rows as present_rows
from viewer.present.facts import WITHOUT_VOTE, facts, vote_counts
from viewer.present.runs import DELETE, EQUAL, INSERT, Run


@pytest.fixture(scope="module")
def demo(seed_text):
    old = parse_resolution(seed_text("hrc-37-23-adopted"), "hrc-37-23-adopted.zh.txt")
    new = parse_resolution(seed_text("hrc-43-21-adopted"), "hrc-43-21-adopted.zh.txt")
    return compare(old, new)


def _res(paras: list[tuple[str, str]], meta: Metadata = Metadata()) -> Resolution:
    ps = tuple(Paragraph(pid, Kind.OPERATIVE if pid.startswith("OP") else Kind.PREAMBULAR,
                         pid[2:] if pid.startswith("OP") else None, text) for pid, text in paras)
    return Resolution("x", "zh", meta, "人权理事会，", ps)


def test_runs_concatenate_to_both_texts_on_the_demo(demo):
    for pair in demo.pairs:
        assert present_rows.plain(present_rows.old_runs(pair)) == pair.old_text
        assert present_rows.plain(present_rows.new_runs(pair)) == pair.new_text


def test_runs_of_a_modified_pair_mark_exactly_the_changed_words():
    c = compare(_res([("OP1", "请各国加强合作；")]), _res([("OP1", "敦促各国加强国际合作；")]))
    pair = c.pairs[0]
    assert present_rows.old_runs(pair) == (Run("请", DELETE), Run("各国加强", EQUAL),
                                      Run("合作", DELETE), Run("；", EQUAL))
    assert present_rows.new_runs(pair) == (Run("敦促", INSERT), Run("各国加强", EQUAL),
                                      Run("国际合作", INSERT), Run("；", EQUAL))
    assert present_rows.inline_runs(pair) == (Run("请", DELETE), Run("敦促", INSERT),
                                         Run("各国加强", EQUAL), Run("合作", DELETE),
                                         Run("国际合作", INSERT), Run("；", EQUAL))


def test_added_and_deleted_rows_are_one_run_each():
    c = compare(_res([("OP1", "决定继续处理此事。"), ("OP2", "请秘书长提交报告；")]),
                _res([("OP1", "决定继续处理此事。"), ("OP2", "鼓励各国分享最佳做法；")]))
    rows = present_rows.build_rows(c)
    added = [r for r in rows if r.status == "added"]
    deleted = [r for r in rows if r.status == "deleted"]
    assert [r.new for r in added] == [(Run("鼓励各国分享最佳做法；", INSERT),)]
    assert [r.old for r in deleted] == [(Run("请秘书长提交报告；", DELETE),)]
    assert all(r.old == () for r in added) and all(r.new == () for r in deleted)


def test_build_rows_on_the_demo(demo):
    rows = present_rows.build_rows(demo)
    by_key = {r.key: r for r in rows}
    assert by_key["OP2>OP4"].label == "OP2 → OP4"
    assert by_key["OP2>OP4"].flags == ("renumbered",)
    assert by_key["OP2>OP4"].status == "modified"
    assert by_key["PP7>PP12"].flags == ("moved",)
    assert by_key["PP7>PP12"].old_origin == "PP6"      # it stood after PP6 in 37/23
    assert by_key["OP5>"].status == "deleted"
    assert [r.index for r in rows] == list(range(len(demo.pairs)))


def test_visible_rows_and_summary(demo):
    rows = present_rows.build_rows(demo)
    changed = present_rows.visible_rows(rows, only_changes=True)
    assert len(present_rows.visible_rows(rows, False)) == 32
    assert len(changed) == 27 and all(rows[i].changed for i in changed)
    assert present_rows.summary_counts(demo) == [("added", 12), ("deleted", 1), ("modified", 14),
                                            ("moved", 2), ("renumbered", 3)]


def test_links_draw_moves_from_where_the_paragraph_stood(demo):
    rows = present_rows.build_rows(demo)
    visible = present_rows.visible_rows(rows, False)
    links = present_rows.links(rows, visible)
    pos = {rows[full].key: p for p, full in enumerate(visible)}
    moves = {(lk.row, lk.origin) for lk in links if lk.kind == "moved"}
    # PP7 stood after PP6 in 37/23; PP11 after PP10, which is now PP16 (below it)
    assert moves == {(pos["PP7>PP12"], pos["PP6>PP6"]), (pos["PP11>PP15"], pos["PP10>PP16"])}
    assert [lk.row for lk in links if lk.origin is None] == list(range(len(visible)))


def test_links_map_origins_to_shown_rows_when_unchanged_rows_are_hidden(demo):
    rows = present_rows.build_rows(demo)
    visible = present_rows.visible_rows(rows, True)
    pos = {rows[full].key: p for p, full in enumerate(visible)}
    moves = {(lk.row, lk.origin) for lk in present_rows.links(rows, visible) if lk.kind == "moved"}
    # PP5 and PP6 are unchanged and hidden: the gap is drawn under PP4, the last shown row
    assert moves == {(pos["PP7>PP12"], pos["PP4>PP4"]), (pos["PP11>PP15"], pos["PP10>PP16"])}


def test_next_change_skips_unchanged_rows(demo):
    rows = present_rows.build_rows(demo)
    visible = present_rows.visible_rows(rows, False)
    labels = [rows[i].label for i in visible]
    first = present_rows.next_change(rows, visible, None, True)
    assert labels[first] == "PP2"
    assert labels[present_rows.next_change(rows, visible, first, True)] == "PP4"
    assert labels[present_rows.next_change(rows, visible, labels.index("PP4"), False)] == "PP2"
    assert present_rows.next_change(rows, visible, first, False) is None
    last = present_rows.next_change(rows, visible, None, False)
    assert rows[visible[last]].changed and last == len(visible) - 1


def test_find_matches_each_side_and_case(demo):
    rows = present_rows.build_rows(demo)
    visible = present_rows.visible_rows(rows, False)
    both = present_rows.find_matches(rows, visible, "合作共赢", ("old", "new"))
    old_only = present_rows.find_matches(rows, visible, "合作共赢", ("old",))
    assert old_only and len(old_only) < len(both)
    for m in both:
        assert rows[visible[m.row]].text(m.side)[m.start:m.end] == "合作共赢"
    assert [m.row for m in both] == sorted(m.row for m in both)
    assert present_rows.find_matches(rows, visible, "", ("old",)) == []


def test_shown_matches_keep_the_shown_rows_at_their_positions():
    m = present_rows.Match
    found = [m(0, "old", 3, 8), m(2, "new", 0, 2), m(4, "old", 1, 3), m(4, "new", 5, 7)]
    assert present_rows.shown_matches(found, [1, 2, 4]) == [m(1, "new", 0, 2), m(2, "old", 1, 3),
                                                       m(2, "new", 5, 7)]
    assert present_rows.shown_matches(found, [0, 1, 2, 3, 4]) == found
    assert present_rows.shown_matches(found, [1, 3]) == []


def test_find_ignores_case_unless_asked():
    c = compare(_res([("OP1", "Requests the Office;")]), _res([("OP1", "Requests the office;")]))
    rows = present_rows.build_rows(c)
    assert len(present_rows.find_matches(rows, [0], "office", ("old", "new"))) == 2
    assert len(present_rows.find_matches(rows, [0], "office", ("old", "new"), True)) == 1


def test_facts_mark_differences_and_vote_warnings(demo):
    bad_vote = replace(demo.new.metadata.vote, yes=24)          # 24 stated, 23 listed
    new = replace(demo.new, metadata=replace(demo.new.metadata, vote=bad_vote))
    c = replace(demo, new=new)
    by_field = {f.field: f for f in facts(c)}
    assert by_field["number"].old == "37/23" and by_field["number"].new == "43/21"
    assert by_field["number"].differs and not by_field["title"].differs
    assert by_field["vote"].old == "28 / 1 / 17" and by_field["vote"].new == "24 / 16 / 8"
    assert by_field["vote"].warn_new == (("in_favour", 24, 23),)
    assert by_field["vote"].warn_old == ()
    assert by_field["against"].removed == ("美利坚合众国",)
    assert "澳大利亚" in by_field["against"].added
    assert by_field["citations"].added == ("A/HRC/43/31",)


def test_vote_counts_wording():
    assert vote_counts(None) is None
    assert vote_counts(Vote(without_vote=True)) == WITHOUT_VOTE
    assert vote_counts(Vote(23, 16, 8)) == "23 / 16 / 8"
