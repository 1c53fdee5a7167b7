"""What an export may be asked for, as one typed value that every builder takes.

A misspelt option (``langauge="zh"``) is a TypeError when the options are made, not silently
an export in the wrong language.
"""
from __future__ import annotations

from dataclasses import dataclass

PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class ExportOptions:
    language: str | None = None   # None: the user's language (viewer.wording.user_language)
    paper: str = "a4"             # PAPERS
    landscape: bool = True        # PDF and HTML pages; Word follows the resolution (portrait)
    date: str | None = None       # Word revision date, ISO 8601 (None: now)
    changes_only: bool = False    # PDF, HTML, Word: unchanged runs collapsed ("PP3–PP7
                                  # unchanged"); JSON always keeps everything

    def __post_init__(self):
        if self.paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}, not {self.paper!r}")
