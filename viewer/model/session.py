"""A comparison the user is working on: both source texts, options, manual pairings and notes.

Saved as a ``.rescompare`` file — UTF-8 JSON with both texts embedded, so it opens on another
laptop without the original files. Notes are keyed by the pair key ('OP5>OP4'); a note whose
pair no longer exists after re-pairing is kept and reported as *orphaned*, never dropped.
"""
from __future__ import annotations

import json
import os
import stat
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .alignment import Pins
from .comparison import Comparison, compare
from .errors import InputError
from .parser import parse_resolution
from .resolution import Resolution
from .worddiff import DiffOptions, Granularity

FORMAT = "rescompare"
VERSION = 1
EXTENSION = ".rescompare"
# Two embedded texts of at most 32 MB each (the loaders' limit), grown by UTF-8 (a GB18030
# text grows by half) and JSON escaping: anything larger was not written by ResCompare.
MAX_FILE_BYTES = 96 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    name: str          # what the user opened (file name or path)
    text: str          # the loaded text, as parsed

    def parse(self) -> Resolution:
        return parse_resolution(self.text, source=self.name)


@dataclass(frozen=True)
class Session:
    old: Source
    new: Source
    options: DiffOptions = DiffOptions()
    pins: Pins = Pins()
    notes: dict[str, str] = field(default_factory=dict)
    # What was repaired while reading the file (conflicting pins dropped), as InputErrors
    # that are reported, not raised; not part of the session's identity.
    notices: tuple = field(default=(), compare=False)

    def compare(self) -> Comparison:
        return compare(self.old.parse(), self.new.parse(), self.options, self.pins)

    def with_note(self, key: str, text: str) -> "Session":
        notes = dict(self.notes)
        if text.strip():
            notes[key] = text
        else:
            notes.pop(key, None)
        return replace(self, notes=notes)

    def orphaned_notes(self, comparison: Comparison) -> dict[str, str]:
        """Notes whose row no longer exists (after re-pairing); shown to the user, kept on save."""
        keys = {p.key for p in comparison.pairs}
        return {k: v for k, v in self.notes.items() if k not in keys}

    # --- persistence -----------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION,
            "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "old": {"name": self.old.name, "text": self.old.text},
            "new": {"name": self.new.name, "text": self.new.text},
            "options": self.options.to_dict(), "pins": self.pins.to_dict(),
            "notes": dict(sorted(self.notes.items())),
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "(comparison)") -> "Session":
        """Validate ``data`` field by field (the file may be hand-edited or damaged).

        Every problem raises :class:`InputError` ``comparison_file`` naming the field, in
        English and Chinese. Conflicting pairings are not an error: they are dropped and
        listed in :attr:`notices` (the rest of the file is still the user's work).
        """
        def bad(en: str, zh: str) -> InputError:
            return InputError("comparison_file", path, (en, zh))

        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise bad("not a ResCompare file", "不是 ResCompare 文件")
        version = data.get("version")
        # bool is an int subclass and JSON allows 1e400 (inf): accept whole numbers only.
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise bad("“version” must be a whole number from 1", "“version” 必须是不小于 1 的整数")
        if version > VERSION:
            raise bad("made by a newer version of ResCompare", "由更新版本的 ResCompare 生成")
        old = _source(data.get("old"), "old", bad)
        new = _source(data.get("new"), "new", bad)
        if "saved" in data and data["saved"] is not None and not isinstance(data["saved"], str):
            raise bad("“saved” must be text", "“saved” 必须是文本")
        options = _options(data.get("options"), bad)
        pins, notices = _pins(data.get("pins"), bad, path)
        notes = data.get("notes")
        if notes is None:
            notes = {}
        if not isinstance(notes, dict):
            raise bad("“notes” must be an object of texts", "“notes” 必须是由文本组成的对象")
        for key, value in notes.items():
            if not isinstance(value, str):
                raise bad(f"the note “{key[:40]}” is not text", f"备注“{key[:40]}”不是文本")
        return cls(old, new, options, pins, dict(notes), notices)

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def read(cls, path: str | os.PathLike) -> "Session":
        p = Path(path)
        return cls.from_dict(read_json(p), str(p))


def read_json(p: Path) -> object:
    """The JSON value of a .rescompare file, read with every guard of :func:`_read_limited`."""
    data = _read_limited(p)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputError("comparison_file", p, ("not UTF-8 text", "不是 UTF-8 文本")) from exc
    except RecursionError as exc:  # [[[[… 100,000 deep: the parser's recursion runs out
        raise InputError("comparison_file", p, ("nested too deeply", "嵌套层次过深")) from exc
    except ValueError as exc:  # JSONDecodeError, or an integer with too many digits
        raise InputError("comparison_file", p, ("not valid JSON", "不是有效的 JSON")) from exc


def read_comparison(path: str | os.PathLike):
    """A saved comparison of either format: a :class:`Session` for a version-1 file, a
    :class:`~viewer.model.history_session.HistorySession` for a version-2 file (a history of
    two or more versions). Both go through the same guarded reading and field validation."""
    from .history_session import VERSION as HISTORY_VERSION, HistorySession
    p = Path(path)
    value = read_json(p)
    version = value.get("version") if isinstance(value, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version == HISTORY_VERSION:
        return HistorySession.from_dict(value, str(p))
    # Anything else (version 1, missing, newer, not a ResCompare file) is judged and worded
    # by the version-1 validation.
    return Session.from_dict(value, str(p))


# --- validation helpers ------------------------------------------------------------------------

def _read_limited(p: Path) -> bytes:
    """The file's bytes — only from a regular file, and never more than MAX_FILE_BYTES.

    A FIFO would block ``read`` forever and a link to ``/dev/zero`` never ends, so the type is
    checked before opening (stat follows links) and again on the open descriptor (the name may
    have been swapped in between); O_NONBLOCK keeps even that open from waiting on a FIFO.
    """
    try:
        info = os.stat(p)
    except PermissionError as exc:
        raise InputError("permission", p) from exc
    except (OSError, ValueError) as exc:
        raise InputError("not_found", p) from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is_directory", p)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not_regular", p)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError as exc:
        raise InputError("not_found", p) from exc
    except OSError as exc:
        raise InputError("permission", p) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not_regular", p)
        if info.st_size > MAX_FILE_BYTES:
            raise InputError("too_large", p, f"{info.st_size / 2**20:.1f} MB")
        chunks, total = [], 0
        while total <= MAX_FILE_BYTES:  # the file may grow after fstat
            chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_FILE_BYTES:
            raise InputError("too_large", p, f"> {MAX_FILE_BYTES / 2**20:.0f} MB")
        return b"".join(chunks)
    except OSError as exc:
        raise InputError("permission", p, exc.strerror or "") from exc
    finally:
        os.close(fd)


def _source(value: object, side: str, bad) -> Source:
    if not isinstance(value, dict):
        raise bad(f"“{side}” must be an object with “name” and “text”",
                  f"“{side}” 必须是包含 “name” 和 “text” 的对象")
    for key in ("name", "text"):
        if not isinstance(value.get(key), str):
            raise bad(f"“{side}.{key}” is missing or not text", f"“{side}.{key}” 缺失或不是文本")
    return Source(value["name"], value["text"])


def _options(value: object, bad) -> DiffOptions:
    if value is None:
        return DiffOptions()
    if not isinstance(value, dict):
        raise bad("“options” must be an object", "“options” 必须是对象")
    granularity = value.get("granularity", Granularity.WORD.value)
    if granularity not in [g.value for g in Granularity]:
        raise bad("“options.granularity” must be “word” or “char”",
                  "“options.granularity” 必须是 “word” 或 “char”")
    for key in ("ignore_punctuation_width", "ignore_whitespace", "ignore_footnote_marks"):
        if not isinstance(value.get(key, False), bool):
            raise bad(f"“options.{key}” must be true or false", f"“options.{key}” 必须是 true 或 false")
    return DiffOptions.from_dict(value)


def _pin_list(value: object, name: str, bad) -> list[tuple[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise bad(f"“pins.{name}” must be a list of [old, new] pairs",
                  f"“pins.{name}” 必须是由 [旧, 新] 组成的列表")
    out = []
    for k, item in enumerate(value):
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise bad(f"“pins.{name}[{k}]” must be two paragraph names such as [\"OP3\", \"OP4\"]",
                      f"“pins.{name}[{k}]” 必须是两个段落名，例如 [\"OP3\", \"OP4\"]")
        out.append((item[0], item[1]))
    return out


def _pins(value: object, bad, path: str) -> tuple[Pins, tuple[InputError, ...]]:
    """The pins, with conflicting ones dropped and each drop described in ``notices``.

    A paragraph pinned to two partners would sit on two rows; which pin the user meant cannot
    be known, so every pin of that paragraph is dropped and it is paired automatically again.
    A pair both pinned and forbidden keeps the pin (pinning a pair lifts its ban in the window).
    """
    if value is None:
        return Pins(), ()
    if not isinstance(value, dict):
        raise bad("“pins” must be an object with “pairs” and “forbidden”",
                  "“pins” 必须是包含 “pairs” 和 “forbidden” 的对象")
    pairs = list(dict.fromkeys(_pin_list(value.get("pairs"), "pairs", bad)))
    forbidden = set(_pin_list(value.get("forbidden"), "forbidden", bad))
    notices: list[InputError] = []
    olds = Counter(a for a, _ in pairs)
    news = Counter(b for _, b in pairs)
    conflicting = [p for p in pairs if olds[p[0]] > 1 or news[p[1]] > 1]
    if conflicting:
        listed = ", ".join(f"{a}>{b}" for a, b in conflicting)
        notices.append(InputError("pins_conflict", path, listed))
        pairs = [p for p in pairs if p not in conflicting]
    both = sorted(forbidden & set(pairs))
    if both:
        notices.append(InputError("pins_forbidden", path, ", ".join(f"{a}>{b}" for a, b in both)))
        forbidden -= set(both)
    return Pins(frozenset(pairs), frozenset(forbidden)), tuple(notices)
