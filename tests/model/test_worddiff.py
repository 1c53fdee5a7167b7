"""Word diff: exact small cases, ignore options, and the reconstruction invariant on every pair."""
import itertools

import pytest

from viewer.model import DiffOptions, Granularity, Op, compare, diff_texts, worddiff

from .helpers import NATURAL_PAIRS, SEEDS, seed


def ops(d):
    return [(s.op.value, s.text) for s in d.segments]


def test_chinese_changes_are_whole_words():
    d = diff_texts("吁请所有国家坚持多边主义，", "吁请所有国家奉行多边主义，")
    assert ops(d) == [("equal", "吁请所有国家"), ("delete", "坚持"), ("insert", "奉行"),
                      ("equal", "多边主义，")]


def test_un_terms_are_never_split():
    d = diff_texts("促进合作共赢的作用", "促进普遍定期审议的作用")
    assert ("delete", "合作共赢") in ops(d) and ("insert", "普遍定期审议") in ops(d)


def test_citation_changes_as_one_token():
    d = diff_texts("回顾第 37/23 号决议，", "回顾第 43/21 号决议，")
    assert ops(d) == [("equal", "回顾"), ("delete", "第 37/23 号决议"), ("insert", "第 43/21 号决议"),
                      ("equal", "，")]


def test_english_words():
    d = diff_texts("Encourages States to cooperate;", "Urges all States to cooperate;")
    assert d.old_text == "Encourages States to cooperate;" and d.new_text == "Urges all States to cooperate;"
    assert ("delete", "Encourages") in ops(d) and any(o == "insert" and "Urges" in t for o, t in ops(d))


def test_identical_and_empty():
    assert ops(diff_texts("相同", "相同")) == [("equal", "相同")]
    assert diff_texts("a", "a").similarity == 1.0
    assert ops(diff_texts("", "新增")) == [("insert", "新增")]
    assert ops(diff_texts("删除", "")) == [("delete", "删除")]


def test_character_granularity():
    d = diff_texts("合作共赢", "合作双赢", DiffOptions(granularity=Granularity.CHAR))
    assert ops(d) == [("equal", "合作"), ("delete", "共"), ("insert", "双"), ("equal", "赢")]


def test_ignore_punctuation_width():
    d = diff_texts("各国，包括", "各国,包括", DiffOptions(ignore_punctuation_width=True))
    assert not d.changed and d.segments[0].text == "各国，包括" and d.segments[0].new_text == "各国,包括"
    assert diff_texts("各国，包括", "各国,包括").changed


def test_ignore_whitespace():
    d = diff_texts("2012 年 12 月", "2012年12月", DiffOptions(ignore_whitespace=True))
    assert not d.changed and d.old_text == "2012 年 12 月" and d.new_text == "2012年12月"


def test_ignore_footnote_marks():
    d = diff_texts("的报告；¹", "的报告；", DiffOptions(ignore_footnote_marks=True))
    assert not d.changed
    assert diff_texts("的报告；¹", "的报告；").changed


def _rotation_pair():
    """Blocks of a real text in an order where dmp's time-limited mode (its half-match shortcut,
    on whenever Diff_Timeout > 0) returns a different, non-minimal diff than the exact one."""
    r = seed("hrc-37-23-adopted")
    a, b, c = (r.paragraph(x).text for x in ("PP1", "PP2", "PP3"))
    old = c + b + a + a + a + c + b + a
    new = a + c + b + c + b + a + a + a
    expected = [("insert", a), ("equal", c + b), ("delete", a + a + a), ("equal", c + b + a),
                ("insert", a + a)]
    return old, new, expected


def test_deterministic():
    """The exact (machine-independent) diff: fails if a time limit is ever configured."""
    old, new, expected = _rotation_pair()
    assert worddiff.DIFF_TIMEOUT == 0
    assert ops(diff_texts(old, new)) == expected


def test_deterministic_can_fail(monkeypatch):
    """With a 1-second timeout (what test_deterministic guards against) the diff differs."""
    old, new, expected = _rotation_pair()
    monkeypatch.setattr(worddiff, "DIFF_TIMEOUT", 1.0)
    assert ops(diff_texts(old, new)) != expected


def _check_invariant(comparison):
    for pair in comparison.pairs:
        d = pair.diff
        old = "".join(s.text for s in d.segments if s.op in (Op.EQUAL, Op.DELETE))
        new = "".join(s.new_side if s.op is Op.EQUAL else s.text
                      for s in d.segments if s.op in (Op.EQUAL, Op.INSERT))
        assert old == pair.old_text, pair.label
        assert new == pair.new_text, pair.label
        assert all(s.text or s.new_text for s in d.segments)


ALL_OPTIONS = [DiffOptions(g, p, w, f) for g, p, w, f in
               itertools.product(Granularity, (False, True), (False, True), (False, True))]


@pytest.mark.parametrize("old,new", list(itertools.permutations(SEEDS, 2)) + list(NATURAL_PAIRS))
def test_invariant_on_every_pair_of_seeds(old, new):
    _check_invariant(compare(seed(old), seed(new)))


@pytest.mark.parametrize("options", ALL_OPTIONS, ids=lambda o: "-".join(
    f"{k}={int(v) if isinstance(v, bool) else v.value}" for k, v in vars(o).items()))
def test_invariant_under_every_option(options):
    for old, new in NATURAL_PAIRS:
        _check_invariant(compare(seed(old), seed(new), options))
