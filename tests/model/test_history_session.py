""".rescompare version 2: all versions, notes and manual pairings per version pair; version-1
files still read; bad files raise InputError (comparison_file) in both languages."""
from __future__ import annotations

import json

import pytest

from viewer.model import DiffOptions, Granularity, InputError, Pins
from viewer.model.history_session import HistorySession, file_version
from viewer.model.session import Session, Source

from .helpers import raw

NAMES = ("ga-75-180-adopted", "hrc-23-3-adopted", "hrc-44-draft")


@pytest.fixture(scope="module")
def saved():
    s = HistorySession.from_texts([(f"{n}.zh.txt", raw(n)) for n in NAMES],
                                  DiffOptions(ignore_whitespace=True))
    s = s.with_note("v3", "v1", "OP7>OP5", "敦促 kept after the draft")
    s = s.with_pins("v2", "v3", Pins().pin("OP11", "OP20").unpair("OP12", "OP20"))
    return s


def test_texts_are_put_in_date_order_with_stable_keys(saved):
    assert [v.key for v in saved.versions] == ["v2", "v3", "v1"]
    assert [v.name for v in saved.versions] == [
        "hrc-23-3-adopted.zh.txt", "hrc-44-draft.zh.txt", "ga-75-180-adopted.zh.txt"]
    assert saved.ordering == "date"


def test_round_trip_keeps_versions_order_options_pins_and_notes(saved, tmp_path):
    path = tmp_path / "family.rescompare"
    path.write_bytes(saved.to_bytes())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "rescompare" and data["version"] == 2
    assert [v["key"] for v in data["versions"]] == ["v2", "v3", "v1"]
    back = HistorySession.read(path)
    assert back.versions == saved.versions and back.options == saved.options
    assert back.pairs == saved.pairs and back.ordering == "date"
    assert file_version(path) == 2
    history = back.history()
    assert history.keys == ("v2", "v3", "v1") and history.options.ignore_whitespace
    assert history.steps[0].pair("OP11>OP20").pinned  # the pin made for v2 > v3 applies
    assert back.notes() == {("v3", "v1"): {"OP7>OP5": "敦促 kept after the draft"}}


def test_a_reordered_history_is_saved_in_the_shown_order(saved):
    moved = saved.reordered(["v1", "v2", "v3"])
    back = HistorySession.from_dict(json.loads(moved.to_bytes()))
    assert [v.key for v in back.versions] == ["v1", "v2", "v3"] and back.ordering == "manual"
    assert back.history().keys == ("v1", "v2", "v3")  # a chosen order is not re-sorted


def test_an_empty_note_removes_it_and_unknown_versions_are_refused(saved):
    assert saved.with_note("v3", "v1", "OP7>OP5", "  ").notes() == {}
    with pytest.raises(KeyError):
        saved.with_note("v3", "v9", "OP1>OP1", "x")


def test_version_1_files_still_read(tmp_path):
    old = Session(Source("37-23.txt", raw("hrc-37-23-adopted")), Source("43-21.txt", raw("hrc-43-21-adopted")),
                  DiffOptions(granularity=Granularity.CHAR), Pins().pin("OP5", "OP5"),
                  {"OP2>OP4": "renumbered, same text"})
    path = tmp_path / "pair.rescompare"
    path.write_bytes(old.to_bytes())
    assert file_version(path) == 1
    read = HistorySession.read(path)
    assert [(v.key, v.name) for v in read.versions] == [("v1", "37-23.txt"), ("v2", "43-21.txt")]
    assert read.session("v1", "v2") == old  # and back to the two-version session of today
    history = read.history()
    assert history.steps[0].pair("OP5>OP5").pinned
    assert history.options.granularity is Granularity.CHAR
    assert read.notes() == {("v1", "v2"): {"OP2>OP4": "renumbered, same text"}}


def test_adding_a_version_takes_the_next_key(saved):
    more = saved.with_version("extra.txt", raw("hrc-37-23-adopted"))
    assert [v.key for v in more.versions] == ["v2", "v3", "v1", "v4"]


def v2(**changes) -> dict:
    data = {"format": "rescompare", "version": 2,
            "versions": [{"key": "v1", "name": "a.txt", "text": "x"},
                         {"key": "v2", "name": "b.txt", "text": "y"}],
            "ordering": "given", "options": {}, "pairs": []}
    data.update(changes)
    return data


@pytest.mark.parametrize("data, detail", [
    (v2(version=3), "newer version"),
    (v2(format="other"), "not a ResCompare file"),
    (v2(versions=[{"key": "v1", "name": "a", "text": "x"}]), "versions"),
    (v2(versions=[{"key": "v1", "name": "a", "text": "x"}, {"key": "v1", "name": "b", "text": "y"}]),
     "version keys"),
    (v2(versions=[{"key": "v1", "name": "a", "text": 5}, {"key": "v2", "name": "b", "text": "y"}]),
     "version entry"),
    (v2(ordering="alphabetical"), "ordering"),
    (v2(pairs=[{"old": "v1", "new": "v7", "notes": {}}]), "pair v1>v7"),
    (v2(pairs=[{"old": "v1", "new": "v2", "notes": {"OP1>OP1": 3}}]), "notes"),
    (v2(pairs=[{"old": "v1", "new": "v2", "pins": {"pairs": [["OP1"]]}}]), "pins"),
    (v2(options={"granularity": "sentence"}), "invalid"),
    (v2(versions="v1,v2"), "versions"),
])
def test_bad_version_2_files_raise_input_error(data, detail):
    with pytest.raises(InputError) as info:
        HistorySession.from_dict(data, "bad.rescompare")
    err = info.value
    assert err.code == "comparison_file" and detail in err.message("en")
    assert "不是有效的 ResCompare 对照文件" in err.message("zh")


def test_unreadable_files_raise_input_error(tmp_path):
    bad = tmp_path / "broken.rescompare"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as info:
        HistorySession.read(bad)
    assert info.value.code == "comparison_file" and file_version(bad) is None
    with pytest.raises(InputError) as info:
        HistorySession.read(tmp_path / "missing.rescompare")
    assert info.value.code == "not_found"


def test_read_comparison_reads_both_formats_through_one_guarded_reader(tmp_path):
    """Version 1 → Session, version 2 → HistorySession; a damaged version-2 file names its
    problem in both languages; what is not a regular file is refused before it is read."""
    import json
    import os

    from viewer.model import InputError
    from viewer.model.history_session import HistorySession
    from viewer.model.session import Session, Source, read_comparison

    pair = Session(Source("a.txt", "x"), Source("b.txt", "y"), notes={"OP1>OP1": "n"})
    one = tmp_path / "one.rescompare"
    one.write_bytes(pair.to_bytes())
    assert read_comparison(one) == pair
    two = tmp_path / "two.rescompare"
    saved = HistorySession.from_session(pair).with_version("c.txt", "z")
    two.write_bytes(saved.to_bytes())
    back = read_comparison(two)
    assert isinstance(back, HistorySession) and [v.name for v in back.versions] == [
        "a.txt", "b.txt", "c.txt"] and back.notes() == {("v1", "v2"): {"OP1>OP1": "n"}}
    bad = tmp_path / "bad.rescompare"
    bad.write_text(json.dumps({"format": "rescompare", "version": 2, "versions": [1, 2]}))
    with pytest.raises(InputError) as err:
        read_comparison(bad)
    assert "version entry" in err.value.message("en") and "缺失或无效" in err.value.message("zh")
    fifo = tmp_path / "fifo.rescompare"
    os.mkfifo(fifo)
    for reader in (read_comparison, HistorySession.read):
        with pytest.raises(InputError) as err:
            reader(fifo)
        assert err.value.code == "not_regular"
