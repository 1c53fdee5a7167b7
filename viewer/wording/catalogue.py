"""Every word a user reads outside Qt's widgets, by key and language.

One module per language (``en.py``, ``zh.py``) holds ``WORDS``: key -> phrase with ``{name}``
placeholders. Adding a language is adding its module to :data:`LANGUAGES`; a key it lacks falls
back to English, so a partial translation still shows something readable.

Error messages are keyed ``error.<code>`` with the codes of :class:`viewer.model.InputError`.
Their phrases are still kept beside the codes in ``viewer.model.errors.MESSAGES`` (en, zh)
while other work adds codes there; moving them into the language modules under the same keys
changes no caller.
"""
from __future__ import annotations

from importlib import import_module

DEFAULT = "en"
LANGUAGES = ("en", "zh")
_WORDS: dict[str, dict[str, str]] = {}


def _words(language: str) -> dict[str, str]:
    if language not in _WORDS:
        _WORDS[language] = import_module(f"{__package__}.{language}").WORDS
    return _WORDS[language]


def _error(code: str, language: str) -> str:
    # Imported here: model.errors asks this catalogue for its phrases at message time.
    from ..model.errors import MESSAGES
    english, chinese = MESSAGES[code]
    return chinese if language == "zh" else english


def has(key: str) -> bool:
    if key.startswith("error."):
        from ..model.errors import MESSAGES
        return key[6:] in MESSAGES
    return key in _words(DEFAULT)


def text(key: str, language: str | None = None, **fmt) -> str:
    """The phrase for ``key`` in ``language`` (default: the user's), formatted with ``fmt``.
    Raises KeyError for a key no language has: a misspelt key is a bug, not a blank."""
    if language not in LANGUAGES:
        from .language import user_language
        language = user_language()
    if key.startswith("error."):
        phrase = _error(key[6:], language)
    else:
        phrase = _words(language).get(key)
        if phrase is None:
            phrase = _words(DEFAULT)[key]
    return phrase.format(**fmt) if fmt else phrase
