"""A comparison the user is working on: both source texts, options, manual pairings and notes.

Saved as a ``.rescompare`` file — UTF-8 JSON with both texts embedded, so it opens on another
laptop without the original files. Notes are keyed by the pair key ('OP5>OP4'); a note whose
pair no longer exists after re-pairing is kept and reported as *orphaned*, never dropped.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from .alignment import Pins
from .comparison import Comparison, compare
from .errors import InputError
from .parser import parse_resolution
from .resolution import Resolution
from .worddiff import DiffOptions

FORMAT = "rescompare"
VERSION = 1
EXTENSION = ".rescompare"


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
    def from_dict(cls, data: dict, path: str = "(comparison)") -> "Session":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InputError("comparison_file", path, "not a ResCompare file")
        if int(data.get("version", 0)) > VERSION:
            raise InputError("comparison_file", path, "made by a newer version of ResCompare")
        try:
            old, new = data["old"], data["new"]
            notes = data.get("notes") or {}
            if not isinstance(notes, dict) or not all(isinstance(v, str) for v in notes.values()):
                raise ValueError("notes")
            return cls(Source(str(old["name"]), str(old["text"])),
                       Source(str(new["name"]), str(new["text"])),
                       DiffOptions.from_dict(data.get("options") or {}),
                       Pins.from_dict(data.get("pins")), dict(notes))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError("comparison_file", path, f"missing or invalid {exc}") from exc

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def read(cls, path: str | os.PathLike) -> "Session":
        p = Path(path)
        if not p.exists():
            raise InputError("not_found", p)
        if p.is_dir():
            raise InputError("is_directory", p)
        try:
            data = json.loads(p.read_bytes().decode("utf-8-sig"))
        except PermissionError as exc:
            raise InputError("permission", p) from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError("comparison_file", p, "not valid JSON") from exc
        return cls.from_dict(data, str(p))
