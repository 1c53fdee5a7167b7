"""Comparison files: notes and pairings survive save and reopen; bad files are refused clearly."""
import json

import pytest

from viewer.model import DiffOptions, Granularity, InputError, Pins
from viewer.model.session import Session, Source

from .helpers import raw


def make() -> Session:
    return Session(Source("old.txt", raw("hrc-37-23-adopted")), Source("new.txt", raw("hrc-43-21-adopted")),
                   DiffOptions(granularity=Granularity.CHAR), Pins().pin("OP5", "OP5"))


def test_round_trip(tmp_path):
    s = make().with_note("OP2>OP4", "Capital: accept the new wording").with_note("PP1>PP1", "")
    path = tmp_path / "x.rescompare"
    path.write_bytes(s.to_bytes())
    back = Session.read(path)
    assert back == s
    assert back.notes == {"OP2>OP4": "Capital: accept the new wording"}
    c = back.compare()
    assert c.pair("OP5>OP5").pinned and c.options.granularity is Granularity.CHAR


def test_orphaned_notes_are_kept_and_reported():
    s = make().with_note("OP5>OP5", "keep me")
    unpinned = Session(s.old, s.new, s.options, Pins(), s.notes)
    c = unpinned.compare()
    assert unpinned.orphaned_notes(c) == {"OP5>OP5": "keep me"}
    assert unpinned.to_dict()["notes"] == {"OP5>OP5": "keep me"}


@pytest.mark.parametrize("content,code", [
    (b"not json", "comparison_file"), (b'{"format": "other"}', "comparison_file"),
    (b'{"format": "rescompare", "version": 1}', "comparison_file"),
    (b'{"format": "rescompare", "version": 99}', "comparison_file"),
    (json.dumps({"format": "rescompare", "version": 1, "old": {"name": "a", "text": "x"},
                 "new": {"name": "b", "text": "y"}, "notes": {"k": 3}}).encode(), "comparison_file"),
])
def test_bad_comparison_files(tmp_path, content, code):
    path = tmp_path / "bad.rescompare"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        Session.read(path)
    assert err.value.code == code and "bad.rescompare" in err.value.message("en")


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError) as err:
        Session.read(tmp_path / "nope.rescompare")
    assert err.value.code == "not_found"
    with pytest.raises(InputError) as err:
        Session.read(tmp_path)
    assert err.value.code == "is_directory"
