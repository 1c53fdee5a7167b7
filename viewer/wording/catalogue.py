"""Every word a user reads outside Qt's widgets, by key and language.

One module per language (``en.py``, ``zh.py``) holds ``WORDS``: key -> phrase with ``{name}``
placeholders. Adding a language is adding its module and its code to
:data:`~viewer.wording.language.LANGUAGES`; a key it lacks falls back to English, so a partial
translation still shows something readable. Keys: report and export labels (``title``,
``f.<field>``…), status and vote words (``modified``, ``without_vote``…), and error messages
(``error.<code>``, the codes of :class:`viewer.model.InputError`).
"""
from __future__ import annotations

from importlib import import_module

from .language import DEFAULT, LANGUAGES, user_language

_WORDS: dict[str, dict[str, str]] = {}


def _words(language: str) -> dict[str, str]:
    if language not in _WORDS:
        _WORDS[language] = import_module(f"{__package__}.{language}").WORDS
    return _WORDS[language]


def has(key: str) -> bool:
    """Whether ``key`` is worded (in the default language, which has every key)."""
    return key in _words(DEFAULT)


def text(key: str, language: str | None = None, **fmt) -> str:
    """The phrase for ``key`` in ``language`` (default: the user's), formatted with ``fmt``.
    Raises KeyError for a key no language has: a misspelt key is a bug, not a blank."""
    if language not in LANGUAGES:
        language = user_language()
    phrase = _words(language).get(key)
    if phrase is None:
        phrase = _words(DEFAULT)[key]
    return phrase.format(**fmt) if fmt else phrase
