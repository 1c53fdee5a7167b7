"""Property-based tests (hypothesis) over the parser, the aligner and the word diff.

Inputs: the seed texts (``tests/data/*.zh.txt``, ``tests/data/en-*.txt``) mutated line by line,
random Unicode, and edited versions of a parsed seed — paragraphs split into 2-4 parts, merged,
moved, deleted, inserted, reworded, renumbered. Properties:

- nothing raises except the project's ``InputError``;
- the diff round-trips: equal + delete = old, equal + insert = new (also in the coarse mode);
- every paragraph of both texts is in exactly one row.

CI runs the "ci" profile: a bounded, derandomized example count (deterministic on every run).
``HYPOTHESIS_PROFILE=long`` runs many more; ``tests/benchmarks/fuzz_long.py`` runs thousands of
cases and prints counts.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.model import (DiffLimits, DiffOptions, EngineConfig, Granularity, InputError, Kind, Op,
                          Resolution, compare, diff_texts, parse_resolution, run)

from .helpers import numbered

DATA = Path(__file__).resolve().parent.parent / "data"
SEED_FILES = sorted(DATA.glob("*.zh.txt")) + sorted(DATA.glob("en-*.txt"))
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEED_FILES]
SEED_RES = [parse_resolution(t, p.name) for p, t in zip(SEED_FILES, SEED_TEXTS)]

settings.register_profile("ci", max_examples=60, derandomize=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

TINY_BUDGET = 200   # small enough that most changed paragraphs take the coarse path

OPTIONS = st.builds(DiffOptions, granularity=st.sampled_from(list(Granularity)),
                    ignore_punctuation_width=st.booleans(), ignore_whitespace=st.booleans(),
                    ignore_footnote_marks=st.booleans())

# Text from the seeds' own alphabet, plus the characters extraction leaves behind.
_ALPHABET = sorted(set("".join(SEED_TEXTS)) | set("\u2011\u00a0\u202f\u00ad\ufffe\x0b\x02¹²³⁴⁵"))
seedish_text = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=300)
any_text = st.text(max_size=300)


# --- mutations ------------------------------------------------------------------------------

@st.composite
def mutated_seed_text(draw) -> str:
    """A seed text with a few line-level edits: drop, duplicate, swap, cut, insert junk."""
    lines = draw(st.sampled_from(SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 6))):
        if not lines:
            break
        k = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "swap", "cut", "junk", "join"]))
        if action == "drop":
            del lines[k]
        elif action == "dup":
            lines.insert(k, lines[k])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[k], lines[j] = lines[j], lines[k]
        elif action == "cut":
            at = draw(st.integers(0, len(lines[k])))
            lines[k:k + 1] = [lines[k][:at], lines[k][at:]]
        elif action == "junk":
            lines.insert(k, draw(st.one_of(seedish_text, any_text)))
        elif k + 1 < len(lines):
            lines[k:k + 2] = [lines[k] + lines[k + 1]]
    return "\n".join(lines)


def _pieces(text: str, parts: int, draw) -> list[str]:
    if len(text) < parts:
        return [text]
    cuts = sorted(draw(st.sets(st.integers(1, len(text) - 1), min_size=parts - 1,
                               max_size=parts - 1))) if len(text) > parts else list(range(1, parts))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b]]


@st.composite
def edited_pair(draw) -> tuple[Resolution, Resolution]:
    """A seed resolution and a new version with structural edits of every kind."""
    old = draw(st.sampled_from(SEED_RES))
    paras = [(p.kind, p.text) for p in old.paragraphs]
    donors = [p.text for r in SEED_RES for p in r.paragraphs]
    for _ in range(draw(st.integers(1, 6))):
        if not paras:
            break
        k = draw(st.integers(0, len(paras) - 1))
        kind, text = paras[k]
        action = draw(st.sampled_from(["split", "merge", "move", "delete", "insert", "reword",
                                       "kind"]))
        if action == "split":
            parts = draw(st.integers(2, 4))
            paras[k:k + 1] = [(kind, t) for t in _pieces(text, parts, draw)]
        elif action == "merge" and k + 1 < len(paras) and paras[k + 1][0] is kind:
            paras[k:k + 2] = [(kind, text + paras[k + 1][1])]
        elif action == "move":
            item = paras.pop(k)
            paras.insert(draw(st.integers(0, len(paras))), item)
        elif action == "delete":
            del paras[k]
        elif action == "insert":
            paras.insert(k, (kind, draw(st.one_of(st.sampled_from(donors), seedish_text))))
        elif action == "reword":
            at = draw(st.integers(0, len(text)))
            paras[k] = (kind, text[:at] + draw(seedish_text) + text[at + draw(st.integers(0, 20)):])
        elif action == "kind":
            # Renumbering across kinds: an OP read as a PP or back (a parser's slip).
            other = Kind.OPERATIVE if kind is Kind.PREAMBULAR else Kind.PREAMBULAR
            paras[k] = (other, text)
    # Keep PPs before OPs as a resolution has them; the numbers follow the new positions.
    paras = [p for p in paras if p[0] is Kind.PREAMBULAR] + [p for p in paras if p[0] is Kind.OPERATIVE]
    new = replace(old, source="new", paragraphs=numbered(paras))
    return old, new


# --- checks ---------------------------------------------------------------------------------

def _round_trips(d, old: str, new: str) -> None:
    assert "".join(s.text for s in d.segments if s.op is not Op.INSERT) == old
    assert "".join(s.new_side if s.op is Op.EQUAL else s.text
                   for s in d.segments if s.op is not Op.DELETE) == new
    assert 0.0 <= d.similarity <= 1.0


def _every_paragraph_once(c) -> None:
    for side, res in (("old", c.old), ("new", c.new)):
        seen = [p.id for pair in c.pairs for p in getattr(pair, side)]
        assert sorted(seen) == sorted(p.id for p in res.paragraphs), side
    for pair in c.pairs:
        _round_trips(pair.diff, pair.old_text, pair.new_text)
        assert 0.0 <= pair.score <= 1.0


# --- properties -----------------------------------------------------------------------------

@given(mutated_seed_text())
def test_parser_reads_or_says_why(text):
    try:
        res = parse_resolution(text, "mutated.txt")
    except InputError as exc:
        assert str(exc)
        return
    ids = [p.id for p in res.paragraphs]
    assert len(ids) == len(set(ids))


@given(st.one_of(any_text, seedish_text))
def test_parser_on_random_unicode(text):
    try:
        parse_resolution(text, "random.txt")
    except InputError:
        pass


@given(mutated_seed_text(), mutated_seed_text(), OPTIONS)
def test_parse_and_compare_mutated_texts(a, b, options):
    try:
        old, new = parse_resolution(a, "a.txt"), parse_resolution(b, "b.txt")
    except InputError:
        return
    _every_paragraph_once(compare(old, new, options))


@given(edited_pair(), OPTIONS)
def test_aligner_on_splits_merges_moves_and_renumbering(pair, options):
    old, new = pair
    _every_paragraph_once(compare(old, new, options))
    _every_paragraph_once(compare(new, old, options))


@given(edited_pair())
def test_aligner_within_a_tiny_diff_budget(pair):
    old, new = pair
    _every_paragraph_once(run(old, new, EngineConfig(limits=DiffLimits(work=TINY_BUDGET))))


@given(st.one_of(any_text, seedish_text), st.one_of(any_text, seedish_text), OPTIONS,
       st.sampled_from([0, 100, 10_000, DiffLimits().work]))
def test_diff_round_trip(old, new, options, work):
    _round_trips(diff_texts(old, new, options, DiffLimits(work=work)), old, new)


@given(st.sampled_from([p.text for r in SEED_RES for p in r.paragraphs]), seedish_text,
       st.integers(0, 400), OPTIONS)
def test_diff_round_trip_on_edited_seed_paragraphs(text, insert, at, options):
    new = text[:at] + insert + text[at + len(insert) // 2:]
    _round_trips(diff_texts(text, new, options), text, new)
    _round_trips(diff_texts(new, text, options, DiffLimits(work=50)), new, text)
