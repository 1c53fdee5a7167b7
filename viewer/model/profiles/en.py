"""English: the wording of UN resolutions as the English text prints it."""
from __future__ import annotations

from . import Profile

_PREAMBULAR = """
Guided by|Reaffirming|Recalling|Recognizing|Recognising|Acknowledging|Stressing|Emphasizing|
Underlining|Underscoring|Considering|Noting with appreciation|Noting with concern|Noting|
Taking note|Welcoming|Deeply concerned|Concerned|Alarmed|Bearing in mind|Mindful|Convinced|
Aware|Determined|Affirming|Expressing|Having considered|Having examined|Believing|Reiterating|
Deploring|Regretting|Appreciating|Encouraged|Taking into account|Observing|Seeking|Desiring
"""
_OPERATIVE = """
Reaffirms|Calls upon|Calls on|Encourages|Invites|Requests|Urges|Strongly urges|Decides|
Stresses|Emphasizes|Underlines|Underscores|Takes note with appreciation|Takes note|Notes with
appreciation|Notes with concern|Notes|Welcomes|Recognizes|Recognises|Acknowledges|Considers|
Recalls|Expresses deep concern|Expresses concern|Expresses its appreciation|Expresses
appreciation|Expresses|Condemns|Strongly condemns|Supports|Endorses|Approves|Authorizes|
Demands|Affirms|Declares|Reiterates|Commends|Appeals|Emphasises|Resolves|Deplores|Regrets|
Proclaims|Recommends|Affirms|Underlines
"""


def _words(block: str, sep: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in block.replace("\n", sep).split("|") if v.strip())


PROFILE = Profile(
    code="en",
    direction="ltr",
    spaced=True,
    bodies=("Human Rights Council", "General Assembly", "Security Council",
            "Economic and Social Council", "Commission on Human Rights", "Third Committee"),
    opening=r"(?:The\s+)?(?P<body>{bodies})\s*,",
    preambular=_words(_PREAMBULAR, ""),
    operative=_words(_OPERATIVE, " "),
    adverbs=("also", "further", "again", "once again", "furthermore", "moreover"),
    scales={
        "request": {"encourages": 1, "invites": 1, "requests": 2, "calls upon": 2, "calls on": 2,
                    "appeals": 2, "urges": 3, "strongly urges": 4, "demands": 4, "decides": 5},
        "acknowledge": {"notes": 1, "takes note": 1, "notes with appreciation": 2,
                        "takes note with appreciation": 2, "welcomes": 3,
                        "expresses appreciation": 3, "expresses its appreciation": 3,
                        "commends": 4},
        "concern": {"expresses concern": 1, "expresses deep concern": 2, "deplores": 2,
                    "condemns": 3, "strongly condemns": 4},
        "affirm": {"recognizes": 1, "recognises": 1, "acknowledges": 1, "considers": 1,
                   "recalls": 1, "stresses": 2, "emphasizes": 2, "emphasises": 2,
                   "underlines": 2, "underscores": 2, "reaffirms": 2, "reiterates": 2,
                   "affirms": 2},
    },
    # Any capitalised participle opens a preambular paragraph, any third-person verb an
    # operative one: the lists above cannot be exhaustive.
    any_preambular=r"([A-Z][a-z]+ing)\b",
    any_operative=r"([A-Z][a-z]+s)\b",
    record_cues=(r"^[\[［]Adopted",
                 r"(?i)^\d{1,3}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting\b",
                 r"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b"),
    meeting=r"(\d+)(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?(?:plenary\s+)?meeting",
    without_vote=r"(?i)without a vote",
    recorded_vote=r"(?i)recorded vote of\s*(\d+)\s*to\s*(\d+)\s*,?\s*with\s*(\d+)\s*abstentions?",
    vote_lists=(("in_favour", "In favour"), ("against", "Against"), ("abstaining", "Abstaining")),
    decision=r"\b(?:General Assembly|Council|Committee)\b.{0,300}?\bdecided\b",
    session=r"(?i)\b([A-Za-z\u2010\u2011-]+|\d+(?:st|nd|rd|th))\s+(?:special\s+)?session\b",
    agenda=r"[Aa]genda item",
    draft=r"[Dd]raft resolution|[Dd]raft decision",
    adopted=r"[Rr]esolution adopted by",
    references=r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+{num}(?:\s*(?:,|and|,\s*and)\s*{num})*",
    decision_word=r"^[Dd]ecision",
    reference_label={"resolution": "resolution {n}", "decision": "decision {n}"},
)
