"""A resolution's history: order, lineages that agree with the pairwise comparisons, verb
history, non-adjacent comparisons and manual pairings. Real material: the seeds form two histories
(HRC 23/3 → HRC 44 draft → GA 75/180, and 37/23 → 43/21); lineages asserted below were checked
by reading the paragraphs."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from viewer.model import Pins, compare, parse_resolution
from viewer.model.history import History, Version, chronological

from .helpers import compose, seed

HRC23, HRC44, GA75 = "hrc-23-3-adopted", "hrc-44-draft", "ga-75-180-adopted"
HRC37, HRC43 = "hrc-37-23-adopted", "hrc-43-21-adopted"


@pytest.fixture(scope="module")
def seeds():
    return {n: seed(n) for n in (HRC23, HRC44, GA75, HRC37, HRC43)}


@pytest.fixture(scope="module")
def family(seeds):
    """Given out of order on purpose: the dates put them right."""
    return History([seeds[GA75], seeds[HRC23], seeds[HRC44]])


@pytest.fixture(scope="module")
def win_win(seeds):
    return History([seeds[HRC43], seeds[HRC37]])


def by_label(history: History, label: str):
    found = [lin for lin in history.lineages if lin.label == label]
    assert len(found) == 1, (label, [lin.label for lin in history.lineages])
    return found[0]


def kinds(lineage) -> list[tuple[int, str]]:
    return [(e.version, e.kind) for e in lineage.events]


# --- order ------------------------------------------------------------------------------------

def test_versions_are_ordered_by_date_keeping_their_keys(family, win_win):
    # 23/3 adopted 2013-06-13; the 44 draft has no adoption date, its session opened 2020-06-30;
    # GA 75/180 adopted 2020-12-16.
    assert family.ordering == "date"
    assert [v.resolution.metadata.number for v in family.versions] == ["23/3", "44/…", "75/180"]
    assert family.keys == ("v2", "v3", "v1")
    assert [v.when for v in family.versions] == ["2013-06-13", "2020-06-30", "2020-12-16"]
    assert [v.label for v in family.versions] == ["A/HRC/RES/23/3", "44/… (draft)", "A/RES/75/180"]
    assert [v.resolution.metadata.number for v in win_win.versions] == ["37/23", "43/21"]


def undated(r):
    return replace(r, metadata=replace(r.metadata, date=None, session_dates=None))


def test_without_dates_the_session_decides_within_one_body(seeds):
    versions = [Version("a", undated(seeds[HRC44])), Version("b", undated(seeds[HRC23])),
                Version("c", undated(seeds[HRC37]))]
    ordered, rule = chronological(versions)
    assert rule == "session" and [v.key for v in ordered] == ["b", "c", "a"]


def test_sessions_of_different_bodies_keep_the_given_order(seeds):
    versions = [Version("a", undated(seeds[GA75])), Version("b", undated(seeds[HRC44]))]
    ordered, rule = chronological(versions)
    assert rule == "given" and [v.key for v in ordered] == ["a", "b"]


def test_a_draft_comes_before_the_text_adopted_the_same_day(seeds):
    adopted = seeds[HRC43]
    draft = replace(adopted, metadata=replace(adopted.metadata, status="draft"))
    ordered, rule = chronological([Version("adopted", adopted), Version("draft", draft)])
    assert rule == "date" and [v.key for v in ordered] == ["draft", "adopted"]


def test_reorder_move_and_back_to_chronological(family):
    reversed_ = family.reordered(["v1", "v3", "v2"])
    assert reversed_.ordering == "manual" and reversed_.keys == ("v1", "v3", "v2")
    assert family.moved("v1", 0).keys == ("v1", "v2", "v3")
    assert reversed_.chronological().keys == family.keys
    with pytest.raises(ValueError):
        family.reordered(["v1", "v2"])
    with pytest.raises(ValueError):
        History([family.versions[0].resolution])


# --- lineages agree with the pairwise result -------------------------------------------------

def assert_lineages_agree(history: History) -> None:
    n = len(history)
    for k in range(n - 1):
        fresh = compare(history.versions[k].resolution, history.versions[k + 1].resolution)
        step = history.steps[k]
        assert [p.key for p in step.pairs] == [p.key for p in fresh.pairs]
        linked = Counter(id(p) for lin in history.lineages for p in lin.links[k])
        assert linked == Counter(id(p) for p in step.pairs)  # every pair in exactly one lineage
    for lin in history.lineages:
        for k in range(n - 1):
            olds = sorted(p.id for pair in lin.links[k] for p in pair.old)
            news = sorted(p.id for pair in lin.links[k] for p in pair.new)
            assert olds == sorted(lin.ids[k]) and news == sorted(lin.ids[k + 1])
    for v, version in enumerate(history.versions):
        placed = Counter(pid for lin in history.lineages for pid in lin.ids[v])
        assert placed == Counter(p.id for p in version.resolution.paragraphs)


@pytest.mark.parametrize("order", [None, ["v1", "v3", "v2"], ["v3", "v1", "v2"]])
def test_lineages_agree_with_adjacent_comparisons_on_the_seed_family(family, order):
    assert_lineages_agree(family if order is None else family.reordered(order))


def test_lineages_agree_on_the_win_win_history(win_win):
    assert_lineages_agree(win_win)


def test_seed_family_lineages_read_by_hand(family):
    # 促请国际舞台上所有行动者建立…国际秩序 → 敦促…(44 OP7) → 敦促…(GA OP5)
    urge = by_label(family, "OP4 → OP7 → OP5")
    assert urge.verb_path == "促请 → 敦促" and urge.introduced == 0 and urge.dropped is None
    assert kinds(urge) == [(1, "renumbered"), (1, "modified"), (1, "verb"), (2, "renumbered"),
                           (2, "modified")]
    # 请各国和联合国有关人权机制… → 邀请… (44 OP32, unchanged in GA OP14): weaker.
    invite = by_label(family, "OP20 → OP32 → OP14")
    assert invite.verb_path == "请 → 邀请"
    assert [(e.version, e.verb_old, e.verb_new, e.direction) for e in invite.events
            if e.kind == "verb"] == [(1, "请", "邀请", "weaker")]
    assert [s.scales for s in invite.verb_history] == [(("request", 2),), (("request", 1),),
                                                       (("request", 1),)]
    # South-South cooperation: new in the 44 draft, moved and weakened to 鼓励 in GA 75/180.
    south = by_label(family, "— → OP29 → OP15")
    assert south.introduced == 1 and south.verb_path == "请 → 鼓励"
    assert kinds(south) == [(1, "introduced"), (2, "moved"), (2, "renumbered"), (2, "modified"),
                            (2, "verb")]
    assert south.versions_where("moved") == (2,) and south.versions_where("split") == ()
    # 促请各国继续支助两基金 survives into the draft (OP23), gone from GA 75/180.
    funds = by_label(family, "OP16 → OP23 → —")
    assert funds.dropped == 2 and kinds(funds)[-1] == (2, "dropped")
    # The voluntary fund report OP of 23/3 is dropped in the draft already.
    assert by_label(family, "OP11 → — → —").dropped == 1
    # Dialogue among civilizations: OP3 → OP6 → moved back to OP3; 又重申 is the same verb.
    dialogue = by_label(family, "OP3 → OP6 → OP3")
    assert (2, "moved") in kinds(dialogue) and dialogue.verb_path == "重申"
    # The closing OP keeps 决定 throughout.
    assert by_label(family, "OP24 → OP35 → OP17").verb_path == "决定"
    assert family.lineage_of("v3", "OP7") is urge and family.lineage_of(2, "OP5") is urge


def test_win_win_lineages_read_by_hand(win_win):
    # DOMAIN: in 37/23 → 43/21 old OP2 becomes OP4 and OP3 becomes OP6.
    assert kinds(by_label(win_win, "OP2 → OP4")) == [(1, "renumbered"), (1, "modified")]
    assert kinds(by_label(win_win, "OP3 → OP6")) == [(1, "renumbered"), (1, "modified")]
    assert by_label(win_win, "OP4 → OP7").verb_path == "请"
    assert by_label(win_win, "OP5 → —").dropped == 1  # the Advisory Committee study request
    assert by_label(win_win, "— → OP8").introduced == 1  # the two-hour meeting at session 46
    ops = [lin.label for lin in win_win.lineages if lin.kind.value == "operative"]
    assert ops == ["OP1 → OP1", "OP2 → OP4", "OP3 → OP6", "OP4 → OP7", "OP5 → —", "— → OP2",
                   "— → OP3", "— → OP5", "— → OP8", "— → OP9", "— → OP10"]


PPS = ["遵循《联合国宪章》的宗旨和原则，", "回顾大会和人权理事会通过的有关人权领域国际合作的以往各项决议，"]
CALL = "吁请所有国家奉行多边主义，共同促进人权领域的合作共赢"
AID = "请联合国人权事务高级专员办事处继续向各国提供技术援助与能力建设，协助其履行人权义务"
REPORT = "并就技术合作自愿基金的运作情况向人权理事会第四十八届会议提交一份详细的书面报告"
END = "决定继续处理此事。"


def test_a_split_then_a_merge_is_one_branched_lineage():
    texts = [compose(PPS, [CALL + "；", AID + "，" + REPORT + "；", END]),
             compose(PPS, [CALL + "；", AID + "；", "又请高级专员办事处" + REPORT + "；", END]),
             compose(PPS, [CALL + "；", AID + "，" + REPORT + "，并提出建议；", END])]
    history = History([parse_resolution(t, f"t{i}") for i, t in enumerate(texts)], order="given")
    assert_lineages_agree(history)
    aid = by_label(history, "OP2 → OP2+OP3 → OP2")
    assert aid.branched and aid.introduced == 0 and aid.dropped is None
    assert [(e.version, e.kind, e.old, e.new) for e in aid.events if e.kind in ("split", "merged")] \
        == [(1, "split", ("OP2",), ("OP2", "OP3")), (2, "merged", ("OP2", "OP3"), ("OP2",))]
    assert aid.verb_path == "请 → 请/又请 → 请"
    assert by_label(history, "OP3 → OP4 → OP3").verb_path == "决定"


def test_a_branch_can_end_while_the_lineage_goes_on():
    texts = [compose(PPS, [CALL + "；", AID + "，" + REPORT + "；", END]),
             compose(PPS, [CALL + "；", AID + "；", "又请高级专员办事处" + REPORT + "；", END]),
             compose(PPS, [CALL + "；", AID + "；", END])]
    history = History([parse_resolution(t, f"t{i}") for i, t in enumerate(texts)], order="given")
    assert_lineages_agree(history)
    aid = by_label(history, "OP2 → OP2+OP3 → OP2")
    assert aid.dropped is None  # the lineage lives on in OP2 …
    assert (2, "dropped", ("OP3",), ()) in [(e.version, e.kind, e.old, e.new) for e in aid.events]


# --- comparisons of any two versions; manual pairings ----------------------------------------

def test_non_adjacent_pairs_are_compared_once_and_shared_after_reordering(family, seeds):
    first_last = family.compare(0, 2)
    assert family.compare("v2", "v1") is first_last
    fresh = compare(seeds[HRC23], seeds[GA75])
    assert [p.key for p in first_last.pairs] == [p.key for p in fresh.pairs]
    assert first_last.summary == fresh.summary
    reordered = family.reordered(["v2", "v1", "v3"])  # 23/3 next to GA 75/180 now
    assert reordered.steps[0] is first_last


def test_pins_apply_to_their_pair_and_mirror_when_the_order_is_reversed(win_win):
    assert win_win.compare(0, 1).pair("OP5>").status.value == "deleted"
    pinned = win_win.with_pins("v2", "v1", Pins().pin("OP5", "OP5"))  # 37/23 OP5 is 43/21 OP5
    pair = pinned.steps[0].pair("OP5>OP5")
    assert pair.pinned
    # Pinned across OP4 → OP7, so it is out of order: a move, and 请 became 注意到.
    assert kinds(by_label(pinned, "OP5 → OP5")) == [(1, "moved"), (1, "modified"), (1, "verb")]
    assert by_label(pinned, "OP5 → OP5").verb_path == "请 → 注意到"
    back = pinned.reordered(["v1", "v2"]).steps[0].pair("OP5>OP5")
    assert back.pinned
    assert win_win.steps[0].pair("OP5>").status.value == "deleted"  # the original is untouched


def test_adding_a_version_keeps_keys_and_resorts(seeds):
    history = History([seeds[HRC23], seeds[GA75]]).extended(seeds[HRC44])
    assert history.keys == ("v1", "v3", "v2") and history.ordering == "date"
    assert_lineages_agree(history)
