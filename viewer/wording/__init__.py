"""Wording: what the user reads, in their language — the one catalogue and the one detection.

``text(key, language, **fmt)`` words a key (report labels, statuses, vote words, field names,
``error.<code>`` messages); ``user_language()`` says which language the user reads. The model
returns codes and values; whoever shows them to a person asks here. Widget texts of the Qt
window stay in Qt's own catalogue (``resources/i18n``, see :mod:`viewer.ui.i18n`), because Qt's
tools extract and translate them; the window's language comes from the same detection.

Import direction: imports nothing of the project at import time; anyone may import it.
"""
from .catalogue import has, text
from .language import DEFAULT, LANGUAGES, user_language

__all__ = ["DEFAULT", "LANGUAGES", "has", "text", "user_language"]
