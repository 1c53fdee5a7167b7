"""Which languages there are, and which one the user reads: the one detection shared by the
CLI, the window and error messages."""
from __future__ import annotations

import locale
import os

DEFAULT = "en"
LANGUAGES = ("en", "zh")     # each has a module of that name in this package

_ENV = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def _match(name: str) -> str:
    """'zh_CN.UTF-8' -> 'zh'; a locale with no catalogue -> the default language."""
    code = name.strip().lower()[:2]
    return code if code in LANGUAGES else DEFAULT


def user_language(system_locale: str | None = None) -> str:
    """RESCOMPARE_LANG, else the POSIX locale variables, else ``system_locale`` (the window passes
    Qt's, which also knows Windows and macOS settings), else Python's locale."""
    for var in ("RESCOMPARE_LANG",) + _ENV:
        value = os.environ.get(var, "")
        if value:
            return _match(value)
    if system_locale:
        return _match(system_locale)
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return _match(loc)
