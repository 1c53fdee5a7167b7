"""Hand-edited or damaged .rescompare files: every variant is refused with one sentence naming
the problem (English and Chinese), never a traceback; special files are refused unread;
conflicting pins are repaired and reported."""
import copy
import json
import os
import threading

import pytest

from viewer.model import InputError
from viewer.model.session import MAX_FILE_BYTES, Session

from .helpers import raw

OLD, NEW = raw("hrc-37-23-adopted"), raw("hrc-43-21-adopted")


def valid() -> dict:
    return {"format": "rescompare", "version": 1, "saved": "2026-01-01T00:00:00+00:00",
            "old": {"name": "old.txt", "text": OLD}, "new": {"name": "new.txt", "text": NEW},
            "options": {"granularity": "word", "ignore_punctuation_width": False,
                        "ignore_whitespace": False, "ignore_footnote_marks": False},
            "pins": {"pairs": [["OP5", "OP5"]], "forbidden": [["PP1", "PP2"]]},
            "notes": {"OP1>OP1": "fine"}}


def mutate(path: str, value):
    """``valid()`` with the field at dotted ``path`` set to ``value`` (DELETE removes it)."""
    data = valid()
    *parents, last = path.split(".") if path else [None]
    if last is None:
        return value
    node = data
    for key in parents:
        node = node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return data


DELETE = object()

# (id, field path, value, a word the English message must contain)
VARIANTS = [
    ("top-list", "", [], "ResCompare file"),
    ("top-string", "", "rescompare", "ResCompare file"),
    ("top-number", "", 1, "ResCompare file"),
    ("top-null", "", None, "ResCompare file"),
    ("format-missing", "format", DELETE, "ResCompare file"),
    ("format-other", "format", "other", "ResCompare file"),
    ("format-number", "format", 1, "ResCompare file"),
    ("version-missing", "version", DELETE, "version"),
    ("version-string", "version", "1", "version"),
    ("version-float", "version", 1.5, "version"),
    ("version-zero", "version", 0, "version"),
    ("version-negative", "version", -3, "version"),
    ("version-bool", "version", True, "version"),
    ("version-null", "version", None, "version"),
    ("version-list", "version", [1], "version"),
    ("version-newer", "version", 99, "newer"),
    ("old-missing", "old", DELETE, "old"),
    ("old-string", "old", "old.txt", "old"),
    ("old-list", "old", ["a", "b"], "old"),
    ("old-name-missing", "old.name", DELETE, "old.name"),
    ("old-name-number", "old.name", 7, "old.name"),
    ("old-text-missing", "old.text", DELETE, "old.text"),
    ("old-text-list", "old.text", ["x"], "old.text"),
    ("new-null", "new", None, "new"),
    ("new-text-null", "new.text", None, "new.text"),
    ("new-text-dict", "new.text", {"a": 1}, "new.text"),
    ("saved-number", "saved", 5, "saved"),
    ("options-string", "options", "word", "options"),
    ("options-list", "options", ["word"], "options"),
    ("options-number", "options", 3, "options"),
    ("granularity-bad", "options.granularity", "sentence", "granularity"),
    ("granularity-number", "options.granularity", 1, "granularity"),
    ("granularity-list", "options.granularity", ["word"], "granularity"),
    ("ignore-string", "options.ignore_whitespace", "yes", "ignore_whitespace"),
    ("ignore-number", "options.ignore_punctuation_width", 1, "ignore_punctuation_width"),
    ("ignore-null", "options.ignore_footnote_marks", None, "ignore_footnote_marks"),
    ("pins-string", "pins", "OP1>OP1", "pins"),
    ("pins-list", "pins", [["OP1", "OP1"]], "pins"),
    ("pins-number", "pins", 0, "pins"),
    ("pairs-string", "pins.pairs", "OP1,OP1", "pins.pairs"),
    ("pairs-dict", "pins.pairs", {"OP1": "OP1"}, "pins.pairs"),
    ("pairs-three", "pins.pairs", [["OP1", "OP1", "OP2"]], "pins.pairs[0]"),
    ("pairs-one", "pins.pairs", [["OP1"]], "pins.pairs[0]"),
    ("pairs-empty-item", "pins.pairs", [[]], "pins.pairs[0]"),
    ("pairs-item-string", "pins.pairs", ["OP1"], "pins.pairs[0]"),
    ("pairs-numbers", "pins.pairs", [[1, 2]], "pins.pairs[0]"),
    ("pairs-null-member", "pins.pairs", [["OP1", None]], "pins.pairs[0]"),
    ("pairs-second-bad", "pins.pairs", [["OP1", "OP1"], "OP2"], "pins.pairs[1]"),
    ("forbidden-string", "pins.forbidden", "PP1", "pins.forbidden"),
    ("forbidden-three", "pins.forbidden", [["PP1", "PP2", "PP3"]], "pins.forbidden[0]"),
    ("notes-list", "notes", ["a"], "notes"),
    ("notes-string", "notes", "a note", "notes"),
    ("note-number", "notes", {"OP1>OP1": 3}, "OP1>OP1"),
    ("note-null", "notes", {"OP1>OP1": None}, "OP1>OP1"),
    ("note-dict", "notes", {"OP1>OP1": {"t": "x"}}, "OP1>OP1"),
]


@pytest.mark.parametrize("field,value,word", [v[1:] for v in VARIANTS], ids=[v[0] for v in VARIANTS])
def test_malformed_variant_is_refused_with_a_sentence(tmp_path, field, value, word):
    path = tmp_path / "bad.rescompare"
    path.write_text(json.dumps(mutate(field, value), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as err:
        Session.read(path)
    assert err.value.code == "comparison_file"
    english, chinese = err.value.message("en"), err.value.message("zh")
    assert english.startswith("bad.rescompare: ") and word in english and english.endswith(".")
    assert chinese.startswith("bad.rescompare：") and "对照文件" in chinese and chinese.endswith("。")


RAW_VARIANTS = [
    ("not-json", b"not json", "not valid JSON"),
    ("truncated", json.dumps(valid()).encode()[:200], "not valid JSON"),
    ("not-utf8", b'{"format": "rescompare", "version": 1, "x": "\xff\xfe"}', "UTF-8"),
    ("infinite-version", b'{"format": "rescompare", "version": Infinity}', "version"),
    ("nan-version", b'{"format": "rescompare", "version": NaN}', "version"),
    ("huge-float-version", b'{"format": "rescompare", "version": 1e400}', "version"),
    ("huge-int-version", b'{"format": "rescompare", "version": ' + b"9" * 5000 + b"}",
     "not valid JSON"),
    ("deep-nesting", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("deep-nesting-in-notes", b'{"format": "rescompare", "version": 1, "notes": '
     + b'{"a":' * 100_000 + b"1" + b"}" * 100_001, "nested too deeply"),
    ("empty-object", b"{}", "ResCompare file"),
]


@pytest.mark.parametrize("content,word", [v[1:] for v in RAW_VARIANTS], ids=[v[0] for v in RAW_VARIANTS])
def test_malformed_bytes_are_refused_with_a_sentence(tmp_path, content, word):
    path = tmp_path / "bad.rescompare"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        Session.read(path)
    assert err.value.code == "comparison_file" and word in err.value.message("en")
    assert "对照文件" in err.value.message("zh")


def test_there_are_at_least_45_malformed_variants():
    assert len(VARIANTS) + len(RAW_VARIANTS) >= 45


def test_valid_file_with_optional_parts_missing_or_null(tmp_path):
    data = valid()
    for key in ("options", "pins", "notes", "saved"):
        data[key] = None
    path = tmp_path / "ok.rescompare"
    path.write_text(json.dumps(data), encoding="utf-8")
    s = Session.read(path)
    assert s.notes == {} and not s.pins.pairs and not s.notices


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.rescompare"
    os.mkfifo(fifo)
    result = []
    worker = threading.Thread(target=lambda: result.append(_code(fifo)), daemon=True)
    worker.start()
    worker.join(30)  # not a timing assertion: a hang would otherwise block the suite forever
    if worker.is_alive():  # unblock the reader so the test process can end
        with open(fifo, "wb"):
            pass
    assert result == ["not_regular"]


def test_link_to_an_endless_device_is_refused_unread(tmp_path):
    link = tmp_path / "zero.rescompare"
    link.symlink_to("/dev/zero")
    assert _code(link) == "not_regular"


def test_over_the_size_limit_is_refused_from_stat(tmp_path):
    path = tmp_path / "big.rescompare"
    with open(path, "wb") as fh:  # sparse: no real disk use
        fh.truncate(MAX_FILE_BYTES + 1)
    assert _code(path) == "too_large"


def _code(path) -> str:
    try:
        Session.read(path)
    except InputError as exc:
        return exc.code
    return "opened"


@pytest.mark.parametrize("pairs,forbidden,kept,code,dropped", [
    ([["OP3", "OP3"], ["OP3", "OP4"], ["OP5", "OP5"]], [], {("OP5", "OP5")}, "pins_conflict",
     "OP3>OP3, OP3>OP4"),
    ([["OP3", "OP4"], ["OP5", "OP4"]], [], set(), "pins_conflict", "OP3>OP4, OP5>OP4"),
    ([["OP5", "OP5"]], [["OP5", "OP5"], ["PP1", "PP2"]], {("OP5", "OP5")}, "pins_forbidden",
     "OP5>OP5"),
])
def test_conflicting_pins_are_repaired_and_reported(tmp_path, pairs, forbidden, kept, code, dropped):
    data = valid()
    data["pins"] = {"pairs": pairs, "forbidden": forbidden}
    path = tmp_path / "pins.rescompare"
    path.write_text(json.dumps(data), encoding="utf-8")
    s = Session.read(path)
    assert set(s.pins.pairs) == kept
    assert [n.code for n in s.notices] == [code]
    assert dropped in s.notices[0].message("en") and dropped in s.notices[0].message("zh")
    # every paragraph is on exactly one row
    c = s.compare()
    for side in ("old", "new"):
        ids = [para.id for p in c.pairs for para in getattr(p, side)]
        assert len(ids) == len(set(ids))


def test_duplicate_identical_pins_are_not_a_conflict(tmp_path):
    data = copy.deepcopy(valid())
    data["pins"]["pairs"] = [["OP5", "OP5"], ["OP5", "OP5"]]
    path = tmp_path / "dup.rescompare"
    path.write_text(json.dumps(data), encoding="utf-8")
    s = Session.read(path)
    assert set(s.pins.pairs) == {("OP5", "OP5")} and not s.notices
