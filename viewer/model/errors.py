"""The one error type for problems with what the user gave us.

Everything a person can get wrong (a missing file, a corrupt .docx, a text that is not a
resolution) raises :class:`InputError`. It carries a stable ``code`` and the offending
``path`` so the window can word it in the user's language and the CLI can print it and
exit 2 — never a traceback for a user error.

The words are not here: each code is worded in every language by the catalogue
(:mod:`viewer.wording`, keys ``error.<code>`` in ``en.py`` / ``zh.py``). A new code is a new
key there, in each language module.
"""
from __future__ import annotations

import os

from ..wording import has, text, user_language


class InputError(Exception):
    """A problem with a file or text the user supplied; ``str()`` is a message for people."""

    def __init__(self, code: str, path: str | os.PathLike | None = None,
                 detail: str | tuple[str, str] = ""):
        if not has(f"error.{code}"):
            raise ValueError(f"unknown InputError code {code!r}")
        self.code = code
        self.path = os.fspath(path) if path is not None else None
        self.detail = detail
        super().__init__(self.message())

    @property
    def name(self) -> str:
        return os.path.basename(self.path) if self.path else "(text)"

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` (default: the user's), from the wording catalogue."""
        lang = language or user_language()
        detail = self.detail
        if isinstance(detail, tuple):  # (English, Chinese) wording of the detail
            detail = detail[1] if lang == "zh" else detail[0]
        return text(f"error.{self.code}", lang, name=self.name, detail=detail)

    def __str__(self) -> str:  # pragma: no cover - exercised through message()
        return self.message()
