"""Leading verbs of resolution paragraphs and the strength of the ask they carry.

A change of operative verb is often the whole negotiation: 鼓励 (encourages) < 请 (requests)
< 敦促 (urges) < 决定 (decides). Verbs sit on named scales; a change within one scale is
"stronger" or "weaker", a change across scales is "different".
"""
from __future__ import annotations

from dataclasses import dataclass

from .profiles import profile, profiles

# The vocabulary lives in the language profiles (viewer/model/profiles/); these names are the
# built-in profiles' lists, longest first, for the parser's run-on splitting.
ZH_ADVERBS = profile("zh").adverbs
EN_ADVERBS = profile("en").adverbs
ZH_PREAMBULAR = profile("zh").verbs(False)
ZH_OPERATIVE = profile("zh").verbs(True)
EN_PREAMBULAR = profile("en").verbs(False)
EN_OPERATIVE = profile("en").verbs(True)


def scales() -> dict[str, dict[str, int]]:
    """name -> {base verb: rank} over every profile; a higher rank asks more."""
    out: dict[str, dict[str, int]] = {}
    for prof in profiles():
        for name, ranks in prof.scales.items():
            out.setdefault(name, {}).update(ranks)
    return out


@dataclass(frozen=True)
class VerbChange:
    old: str
    new: str
    direction: str           # "stronger" | "weaker" | "different"
    scale: str | None        # the shared scale, when there is one

    def to_dict(self) -> dict:
        return {"old": self.old, "new": self.new, "direction": self.direction, "scale": self.scale}


def leading_verb(text: str, operative: bool, language: str, strict: bool = False) -> str | None:
    """The verb a paragraph opens with, as written (with its 又/also adverb), or None.

    A profile may also accept any capitalised participle (preamble) or third-person verb
    (operative part) — English does — unless ``strict``: the lists are not exhaustive, but as
    evidence that a text is a resolution at all only listed verbs count."""
    return profile(language).leading_verb(text.lstrip(" *\"“"), operative, strict)


def base_verb(verb: str) -> str:
    """The verb without its repetition adverb, lower-cased: '又重申' -> '重申', 'Also Urges' -> 'urges'."""
    v = verb.strip()
    for prof in profiles():
        base = prof.base_verb(v)
        if base is not None:
            return base
    return v.lower()  # scripts without case (Chinese) are unchanged; "Décide" -> "décide"


def scale_of(verb: str) -> tuple[str, int] | None:
    base = base_verb(verb)
    for name, ranks in scales().items():
        if base in ranks:
            return name, ranks[base]
    return None


def compare_verbs(old: str | None, new: str | None) -> VerbChange | None:
    """How the operative verb changed between two paired paragraphs, or None if it did not."""
    if not old or not new or base_verb(old) == base_verb(new):
        return None
    a, b = scale_of(old), scale_of(new)
    if a and b and a[0] == b[0] and a[1] != b[1]:
        return VerbChange(old, new, "stronger" if b[1] > a[1] else "weaker", a[0])
    return VerbChange(old, new, "different", a[0] if a and b and a[0] == b[0] else None)
