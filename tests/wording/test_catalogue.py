"""The one wording catalogue: every language words the same keys with the same placeholders,
a missing key falls back to English, a third language is one more module, and the language is
detected in one place."""
from __future__ import annotations

import string
import sys
import types

import pytest

from viewer import wording
from viewer.model import InputError
from viewer.wording import catalogue, language


def _fields(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


def test_every_language_words_every_key_with_the_same_placeholders():
    english = catalogue._words("en")
    for lang in wording.LANGUAGES:
        words = catalogue._words(lang)
        assert words.keys() == english.keys(), lang
        for key, phrase in words.items():
            assert _fields(phrase) == _fields(english[key]), (lang, key)


def test_text_formats_and_an_unknown_key_is_an_error():
    assert wording.text("recorded_vote", "zh", yes=23, no=16, abstain=8) == \
        "记录表决：23 票赞成，16 票反对，8 票弃权"
    assert wording.text("sponsors_on_behalf_of", "en", sponsors="Cuba", group="NAM") == \
        "Cuba on behalf of NAM"
    with pytest.raises(KeyError):
        wording.text("no_such_key", "en")


def test_error_messages_come_from_the_catalogue():
    err = InputError("empty", "/tmp/a.txt")
    assert err.message("en") == "a.txt: the file is empty."
    assert err.message("zh") == "a.txt：文件是空的。"
    with pytest.raises(ValueError):
        InputError("no_such_code")


def test_a_third_language_is_one_module_and_falls_back_to_english(monkeypatch):
    french = types.ModuleType("viewer.wording.fr")
    french.WORDS = {"title": "Comparaison de deux versions d'une résolution"}
    monkeypatch.setitem(sys.modules, "viewer.wording.fr", french)
    monkeypatch.setattr(catalogue, "LANGUAGES", ("en", "zh", "fr"))
    monkeypatch.setattr(language, "LANGUAGES", ("en", "zh", "fr"))
    monkeypatch.setattr(catalogue, "_WORDS", {})
    assert wording.text("title", "fr") == "Comparaison de deux versions d'une résolution"
    assert wording.text("old", "fr") == "Old"                    # not translated yet: English
    monkeypatch.setenv("RESCOMPARE_LANG", "fr_CA.UTF-8")
    assert wording.user_language() == "fr"


@pytest.mark.parametrize("env,system,expected", [
    ({"RESCOMPARE_LANG": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, None, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "en_US", "zh"),
    ({"LANG": "fr_FR.UTF-8"}, "zh_CN", "en"),      # a language without a catalogue
    ({}, "zh_CN", "zh"),                           # nothing in the environment: the system's
    ({}, "de_DE", "en"),
])
def test_one_language_detection(monkeypatch, env, system, expected):
    for var in ("RESCOMPARE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert wording.user_language(system) == expected
