"""Operative verbs: leading verb extraction and the strength of a change."""
import pytest

from viewer.model.verbs import base_verb, compare_verbs, leading_verb


@pytest.mark.parametrize("text,operative,verb", [
    ("又重申人权理事会的工作", False, "又重申"),
    ("赞赏地注意到 2019 年", False, "赞赏地注意到"),
    ("深为关切地认识到高债务", False, "深为关切地认识到"),
    ("吁请所有国家", True, "吁请"),
    ("请联合国有关人权机制", True, "请"),
    ("再次强调，一切形式", True, "再次强调"),
    ("又再次强调需要", True, "又再次强调"),
    ("Also reaffirms the", True, "Also reaffirms"),
    ("Calls upon all States", True, "Calls upon"),
    ("Takes note with appreciation of", True, "Takes note with appreciation"),
    ("Deeply concerned by", False, "Deeply concerned"),
    ("Noting with concern", False, "Noting with concern"),
])
def test_leading_verb(text, operative, verb):
    lang = "en" if text.isascii() else "zh"
    assert leading_verb(text, operative, lang) == verb


@pytest.mark.parametrize("old,new,direction", [
    ("鼓励", "请", "stronger"), ("请", "鼓励", "weaker"), ("吁请", "敦促", "stronger"),
    ("敦促", "决定", "stronger"), ("注意到", "欢迎", "stronger"), ("欢迎", "注意到", "weaker"),
    ("请", "注意到", "different"), ("Encourages", "Urges", "stronger"),
    ("Takes note", "Welcomes", "stronger"), ("Requests", "Invites", "weaker"),
    ("Decides", "Welcomes", "different"),
])
def test_direction(old, new, direction):
    change = compare_verbs(old, new)
    assert change is not None and change.direction == direction


def test_repetition_adverb_is_no_change():
    assert compare_verbs("又重申", "重申") is None
    assert compare_verbs("Also reaffirms", "Reaffirms") is None
    assert base_verb("还注意到") == "注意到"
    assert compare_verbs(None, "请") is None
