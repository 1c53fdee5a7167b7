"""Issue 12 without Qt: weak pairings and their candidates, folded runs, the copied reference,
sponsors and agenda item in the facts, one palette for screen and paper."""
from __future__ import annotations

import pytest

from viewer.model import Kind, Metadata, Paragraph, Resolution, compare, parse_resolution
from viewer.present import palette
from viewer.present import rows as present_rows
from viewer.present.facts import NOT_LISTED_WHEN_ADOPTED, facts
from viewer.present.rows import (LOW_CONFIDENCE, build_rows, fold_layout, hidden_count,
                                 marked_text, reference_text)


def _load(seed_text, name: str):
    return parse_resolution(seed_text(name), f"{name}.txt")


@pytest.fixture(scope="module")
def hard(seed_text):
    """23/3 -> the 44 draft: seven years apart, many weak candidates."""
    return compare(_load(seed_text, "hrc-23-3-adopted"), _load(seed_text, "hrc-44-draft"))


@pytest.fixture(scope="module")
def demo(seed_text):
    return compare(_load(seed_text, "hrc-37-23-adopted"), _load(seed_text, "hrc-43-21-adopted"))


def _row(rows, label):
    return next(r for r in rows if r.label == label)


def test_weak_pairings_are_the_ones_a_reader_rejects(hard):
    rows = build_rows(hard)
    # old PP3 with new PP6 shares 11 % of its text; OP12 -> OP20 nothing at all
    for label in ("PP3 → PP6", "OP12 → OP20"):
        r = _row(rows, label)
        assert r.weak and r.score < LOW_CONFIDENCE and r.paired
    assert _row(rows, "OP12 → OP20").text_similarity == 0.0
    # true rewrites and renumberings are not flagged
    # (PP2 -> PP4 at 0.36: both recall the Millennium Declaration of 8 September 2000)
    for label in ("PP1", "PP2 → PP4", "OP3 → OP6", "OP4 → OP7", "OP9 → OP17", "OP15 → OP22"):
        assert not _row(rows, label).weak
    # score and text similarity are two numbers, as the engine gives them
    pair = next(p for p in hard.pairs if p.label == "PP3 → PP6")
    r = _row(rows, "PP3 → PP6")
    assert (r.score, r.text_similarity) == (pair.score, pair.text_similarity)
    assert r.score != r.text_similarity


def test_unmatched_rows_offer_their_best_match_on_the_other_side(hard):
    rows = build_rows(hard)
    added = _row(rows, "PP2")            # new PP2 (added): old PP2 is the likeliest partner
    assert added.status == "added" and added.candidate == ("PP2", "PP2")
    assert added.candidate_id == "PP2" and added.candidate_similarity > 0.2
    deleted = _row(rows, "OP11")         # old OP11 (deleted): new OP31
    assert deleted.status == "deleted" and deleted.candidate == ("OP11", "OP31")
    assert deleted.candidate_id == "OP31"
    # every offer pairs paragraphs of the row's own kind
    for r in rows:
        if r.candidate is not None:
            assert {r.candidate[0][:2], r.candidate[1][:2]} == {r.kind[0].upper() + "P"}


def test_a_weak_pairing_is_offered_the_next_likeliest_partner(hard):
    rows = build_rows(hard)
    # old PP3 sits with new PP6 (11 % same text); new PP4 is the next likeliest partner
    r = _row(rows, "PP3 → PP6")
    assert r.candidate == ("PP3", "PP4") and r.candidate_id == "PP4"
    # OP12 -> OP20 share nothing: new OP30 shares the most of old OP12's words
    assert _row(rows, "OP12 → OP20").candidate == ("OP12", "OP30")
    for r in rows:
        if r.weak and r.candidate is not None:     # never the pairing it already has
            assert r.candidate != (r.old_ids[0], r.new_ids[0])
            assert r.candidate_similarity >= present_rows.CANDIDATE_FLOOR
    # a sure pairing offers nothing
    assert all(r.candidate is None for r in rows if r.paired and not r.weak)


def _res(paras, meta: Metadata = Metadata()) -> Resolution:
    ps = tuple(Paragraph(pid, Kind.OPERATIVE if pid.startswith("OP") else Kind.PREAMBULAR,
                         pid[2:] if pid.startswith("OP") else None, text) for pid, text in paras)
    return Resolution("x", "zh", meta, "人权理事会，", ps)


def test_long_runs_of_unchanged_rows_fold_and_only_changes_folds_every_run():
    texts = [f"重申第{n}项原则的重要性，" for n in range(1, 9)]
    old = _res([(f"PP{i + 1}", t) for i, t in enumerate(texts)] + [("OP1", "请各国合作；")])
    changed = list(texts)
    changed[5] = "重申第6项原则的重要性，并欢迎取得的进展，"
    new = _res([(f"PP{i + 1}", t) for i, t in enumerate(changed)] + [("OP1", "请各国合作；")])
    rows = build_rows(compare(old, new))
    visible, folds = fold_layout(rows, only_changes=False)
    # PP1-PP5 unchanged (5: folded), PP6 modified, PP7-PP8 (2: shown), OP1 (another kind)
    assert [f"{f.first}-{f.last}:{f.count}" for f in folds.values()] == ["PP1-PP5:5"]
    assert [rows[i].label for i in visible] == ["PP1", "PP6", "PP7", "PP8", "OP1"]
    assert hidden_count(folds) == 5
    visible, folds = fold_layout(rows, only_changes=True)
    assert [f"{f.first}-{f.last}:{f.count}" for f in folds.values()] == \
        ["PP1-PP5:5", "PP7-PP8:2", "OP1-OP1:1"]
    assert sum(folds[i].count if i in folds else 1 for i in visible) == len(rows)
    # an opened fold shows its rows in place
    key = folds[visible[0]].key
    visible, folds = fold_layout(rows, only_changes=False, unfolded={key})
    assert folds == {} and len(visible) == len(rows)


def test_copied_reference_names_symbol_and_paragraph_with_the_changes_as_text(demo):
    rows = build_rows(demo)
    r = _row(rows, "OP2 → OP4")
    text = reference_text(r, "A/HRC/RES/37/23", "A/HRC/RES/43/21", "en")
    lines = text.split("\n")
    assert lines[0] == "A/HRC/RES/37/23, OP 2 → A/HRC/RES/43/21, OP 4"
    assert lines[1] == "Old: " + r.old_text and lines[2] == "New: " + r.new_text
    assert lines[3] == "Changes: " + marked_text(r.inline)
    assert "[-；欢迎在此方面开展的-]{+，并在这方面欢迎+}" in lines[3]
    # one version only, and in Chinese
    assert reference_text(r, "A/HRC/RES/37/23", "A/HRC/RES/43/21", "zh", side="new") == \
        "A/HRC/RES/43/21，执行部分第4段\n" + r.new_text
    unchanged = _row(rows, "PP1")
    assert reference_text(unchanged, "A", "A/HRC/RES/43/21", "en") == \
        "A, PP 1 → A/HRC/RES/43/21, PP 1\n" + unchanged.new_text
    added = _row(rows, "OP3")
    assert reference_text(added, "A", "B", "en") == "B, OP 3\n" + added.new_text


def test_the_group_a_sponsor_speaks_for_is_not_a_sponsor_and_adopted_texts_list_none(seed_text):
    c = compare(_load(seed_text, "hrc-44-draft"), _load(seed_text, "ga-75-180-adopted"))
    by = {f.field: f for f in facts(c)}
    assert by["sponsors"].old == ("阿塞拜疆",)
    assert by["on_behalf_of"].old == "不结盟国家运动"
    for name in ("sponsors", "on_behalf_of"):     # not struck out: simply not listed
        f = by[name]
        assert not f.differs and f.removed == () and f.note_new == NOT_LISTED_WHEN_ADOPTED
        assert f.note_old is None


def test_agenda_item_differs_by_its_number_not_by_a_printed_title(demo, seed_text):
    by = {f.field: f for f in facts(demo)}
    assert by["agenda_item"].old == "3" and by["agenda_item"].new.startswith("3 · ")
    assert not by["agenda_item"].differs
    other = compare(_load(seed_text, "hrc-44-draft"), _load(seed_text, "ga-75-180-adopted"))
    assert {f.field: f for f in facts(other)}["agenda_item"].differs     # 3 vs 72(b)


def test_screen_and_paper_mark_changes_in_the_same_colours():
    light, paper = palette.LIGHT, palette.PAPER
    assert (paper.insert_fg, paper.insert_bg) == (light.insert_fg, light.insert_bg)
    assert (paper.delete_fg, paper.delete_bg) == (light.delete_fg, light.delete_bg)
    # insertions are blue on both (more blue than green), deletions orange-red
    r, g, b = (int(light.insert_fg[i:i + 2], 16) for i in (1, 3, 5))
    assert b > g > r
    r, g, b = (int(light.delete_fg[i:i + 2], 16) for i in (1, 3, 5))
    assert r > g >= b
    from viewer.export import html
    assert paper.insert_fg in html.CSS and paper.delete_fg in html.CSS
