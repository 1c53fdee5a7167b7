"""Language profiles: everything the parser knows about how one language words a resolution.

A profile holds the vocabulary — issuing bodies and the opening formula, preambular and
operative verbs with their repetition adverbs and strength scales, adoption-record cues and
vote words, header fields, how a decision is worded, how a resolution or decision is cited —
and the text direction, which rendering asks for. The parser, the verb and citation modules
read from here, so adding French or Arabic is adding a profile module (and its tests), not
editing regular expressions across the parser. ``register`` adds one at run time.

Import direction: profiles import nothing from the model but ``resolution``-free plain data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    code: str                                # "zh", "en"
    direction: str                           # "ltr" | "rtl": how rendering lays the text out
    spaced: bool                             # words separated by spaces (wrapped lines join with one)
    bodies: tuple[str, ...]                  # issuing bodies as the opening formula names them
    opening: str                             # regex of the opening formula line; group "body"
    preambular: tuple[str, ...]              # preambular verbs (any order; matched longest first)
    operative: tuple[str, ...]               # operative verbs
    adverbs: tuple[str, ...]                 # "又", "also": repeat a verb without changing its force
    scales: dict[str, dict[str, int]]        # scale name -> {base verb (lower case): rank}
    any_preambular: str | None = None        # regex for an unlisted participle ("Deploring")
    any_operative: str | None = None         # regex for an unlisted third-person verb
    record_cues: tuple[str, ...] = ()        # regexes: a line that opens the adoption record
    meeting: str = ""                        # regex, group 1: the meeting number
    without_vote: str = ""                   # regex: adopted without a vote
    recorded_vote: str = ""                  # regex, groups 1-3: yes, no, abstaining
    vote_lists: tuple[tuple[str, str], ...] = ()  # (key, label regex): in_favour / against / abstaining
    decision: str = ""                       # regex: a decision's operative sentence
    session: str = ""                        # regex, group 1: the session as written
    agenda: str = ""                         # regex, group 1: the agenda item
    draft: str = ""                          # regex: the status line of a draft
    adopted: str = ""                        # regex: the status line of an adopted text
    references: str = ""                     # regex: "resolution 70/1" / "第 70/1 号决议"
    decision_word: str = ""                  # regex found in a reference that cites a decision
    reference_label: dict[str, str] = field(default_factory=dict)  # kind -> "第 {n} 号决议"

    def __post_init__(self) -> None:
        flags = 0 if not self.spaced else re.I
        # Longest first: 赞赏地注意到 before 注意到, "Calls upon" before "Calls".
        for name, verbs in (("_pre", self.preambular), ("_op", self.operative)):
            ordered = sorted(set(verbs), key=len, reverse=True)
            tail = r"\b" if self.spaced else ""
            rx = re.compile("(?:" + "|".join(re.escape(v) for v in ordered) + ")" + tail, flags)
            object.__setattr__(self, name, rx)
        advs = sorted(self.adverbs, key=len, reverse=True)
        if self.spaced:
            object.__setattr__(self, "_adv", re.compile(
                r"((?:" + "|".join(re.escape(a) for a in advs) + r")\s+)?", re.I))
        else:
            object.__setattr__(self, "_adv", tuple(advs))

    def verbs(self, operative: bool) -> tuple[str, ...]:
        """The listed verbs, longest first."""
        return tuple(sorted(set(self.operative if operative else self.preambular), key=len,
                            reverse=True))

    def leading_verb(self, text: str, operative: bool, strict: bool = False) -> str | None:
        """The verb ``text`` opens with, as written (with its adverb), or None."""
        lexicon = self._op if operative else self._pre
        if not self.spaced:
            prefix = ""
            for adv in self._adv:
                if text.startswith(adv) and lexicon.match(text, len(adv)):
                    prefix, text = adv, text[len(adv):]
                    break
            m = lexicon.match(text)
            return prefix + m.group(0) if m else None
        prefix = self._adv.match(text).group(1) or ""
        rest = text[len(prefix):]
        m = lexicon.match(rest)
        if m:
            return prefix + m.group(0)
        generic = None if strict else (self.any_operative if operative else self.any_preambular)
        if generic:
            m = re.match(generic, rest)
            if m:
                return prefix + m.group(1)
        return None

    def base_verb(self, verb: str) -> str | None:
        """The verb without its adverb, or None when ``verb`` carries none of this profile's."""
        if not self.spaced:
            for adv in self._adv:
                if verb.startswith(adv) and len(verb) > len(adv):
                    return verb[len(adv):]
            return None
        low = verb.lower()
        for adv in sorted(self.adverbs, key=len, reverse=True):
            if low.startswith(adv + " "):
                return low[len(adv) + 1:]
        return None


_PROFILES: dict[str, Profile] = {}


def register(profile: Profile) -> None:
    """Add (or replace) a language profile."""
    _PROFILES[profile.code] = profile


def profile(code: str) -> Profile:
    """The profile for ``code``; a language without one reads as English (Latin script)."""
    return _PROFILES.get(code) or _PROFILES["en"]


def profiles() -> tuple[Profile, ...]:
    """Every registered profile (the parser accepts an opening formula in any of them)."""
    return tuple(_PROFILES.values())


def text_direction(code: str) -> str:
    return profile(code).direction


from . import en, zh  # noqa: E402  (the built-in profiles register themselves)

register(zh.PROFILE)
register(en.PROFILE)
