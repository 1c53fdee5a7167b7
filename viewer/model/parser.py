"""Raw resolution text (as PDF extraction leaves it) -> :class:`Resolution`.

The pipeline, in order (each step linear in the input):
1. normalise characters; keep only the first resolution when a file holds several (noted in
   ``Resolution.notices``); split run-on text (whole resolution on one line) at strong cues;
2. drop page furniture (running symbols, job numbers, page numbers) and lift out footnote
   bodies and starred header notes; join an OP number that stands alone on its line to its text;
3. cut the lines into header / body / adoption record around the opening formula
   ("人权理事会，") and the record cues (date, meeting, "[经记录表决…"); a decision ("the
   General Assembly … decided") has no opening formula and no numbers;
4. rejoin wrapped body lines into paragraphs from the strongest evidence present — OP numbers
   in sequence (from 1, or from N in an extract), listed opening verbs, a leading space only
   when the file uses it consistently, the wrap width, terminal punctuation — so one missing
   punctuation mark changes no more than its own paragraph; bare footnote digits become
   superscript references on the way. Without numbered OPs the paragraphs after the preamble's
   last comma are the (unnumbered) operative part;
5. read the header metadata and the vote record.

Every word of the vocabulary (bodies, opening formula, verbs, record and vote words, header
fields, decision wording) comes from the language profiles in ``viewer.model.profiles``.
What the reader should know about how a text was read is in ``Resolution.notices`` (codes).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .citations import find_citations
from .errors import InputError
from .resolution import Footnote, Kind, Metadata, Paragraph, Resolution, Vote
from .text import (chinese_number, cjk_count, detect_language, english_ordinal, find_date, from_superscript,
                   is_cjk, join_all, join_lines, join_sep, normalize, tidy_spaces, to_superscript)
from .profiles import Profile, profile, profiles
from .verbs import leading_verb

class _Vocab:
    """The parser's vocabulary, gathered from every language profile (a text may print its
    header in one language and be detected as another, so every profile's forms are accepted
    where the old combined patterns accepted both languages)."""

    def __init__(self, profs: tuple[Profile, ...]):
        self.profiles = profs
        self.bodies = tuple(b for p in profs for b in p.bodies)
        self.openings = tuple(
            re.compile(r"^(?:" + p.opening.replace("{bodies}", "|".join(map(re.escape, p.bodies)))
                       + r")\s*$") for p in profs)
        self.opening_line = re.compile(r"^[ \u3000]*(?:" + "|".join(
            p.opening.replace("{bodies}", "|".join(map(re.escape, p.bodies))).replace("?P<body>", "")
            for p in profs) + r")[ \u3000]*$", re.M)
        self.record_cues = tuple(re.compile(c) for p in profs for c in p.record_cues)
        self.decisions = tuple(re.compile(p.decision) for p in profs if p.decision)
        self.meetings = tuple(re.compile(p.meeting) for p in profs if p.meeting)
        self.without_vote = tuple(re.compile(p.without_vote) for p in profs if p.without_vote)
        self.recorded_vote = tuple(re.compile(p.recorded_vote) for p in profs if p.recorded_vote)
        labels: dict[str, list[str]] = {}
        for p in profs:
            for key, label in p.vote_lists:
                labels.setdefault(key, []).append(label)
        self.vote_lists = tuple((key, "|".join(v)) for key, v in labels.items())
        self.any_vote_label = "|".join(v for _, v in self.vote_lists)
        self.sessions = tuple((re.compile(p.session), p.spaced) for p in profs if p.session)
        self.agenda = "(?:" + "|".join(p.agenda for p in profs if p.agenda) + ")"
        self.draft = re.compile("|".join(p.draft for p in profs if p.draft))
        self.adopted = re.compile("|".join(p.adopted for p in profs if p.adopted))

    def opening(self, text: str) -> re.Match | None:
        for rx in self.openings:
            m = rx.match(text)
            if m:
                return m
        return None

    def record_cue(self, text: str) -> bool:
        return any(rx.match(text) for rx in self.record_cues)


_VOCAB: dict[tuple[int, ...], _Vocab] = {}


def _vocab() -> _Vocab:
    profs = profiles()
    key = tuple(id(p) for p in profs)
    if key not in _VOCAB:  # rebuilt when a profile is registered
        _VOCAB.clear()
        _VOCAB[key] = _Vocab(profs)
    return _VOCAB[key]


_OP_START = re.compile(r"^(\d{1,3})\s*[.．]\s*(?=\S)(?!\d)")
_SUB_ITEM = re.compile(r"^[(（](?:[a-z]{1,2}|[ivxl]{1,5})[)）]\s*")
_TERMINATED = re.compile(r"[，,；;。.：:\]]\s*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s*$")
_FURNITURE = re.compile(
    r"^(?:\d{1,3}\s+)?(?:GE|NV|N|V)?\.?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{1,3})?$"  # job number
    r"|^\*\d{6,}\*$"  # bar-code job number
    r"|^[_\-—–=.·•]{3,}$")  # footnote separator rule
# A space between two CJK characters is extraction noise ("人权 理事会").
_CJK_GAP = re.compile(r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]) +(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^\d{1,3}\s*/\s*\d{1,3}$")
_SYMBOL_LINE = re.compile(r"^(?:\d{1,3}\s+)?([A-Z]{1,2}/(?:[A-Z0-9.()\-]+/)*[A-Z0-9.()\-]+)(?:\s+\d{1,3})?$")
_NOTE_BODY = re.compile(
    r"^(?:[A-Z]{1,2}/|见|參見|参见|参看|同上|《|第\s*\d|See\b|Ibid|Official Records|United Nations|"
    r"A/|E/|S/|General Assembly resolution|Resolution\s+\d|联合国|大会第|安全理事会第|"
    r"经济及社会理事会|人权理事会第|Supplement)")
_STAR_NOTE = re.compile(r"^(\*{1,3})\s*(\S.*)$")
@dataclass
class _Line:
    text: str        # stripped
    indent: bool     # the raw line started with white space
    width: int = 0   # display width (CJK counts 2)


def _width(s: str) -> int:
    if len(s) > 2000:  # far beyond any wrap width; the exact figure does not matter
        return 2 * len(s)
    return len(s) + cjk_count(s)


def parse_resolution(text: str, source: str = "(text)") -> Resolution:
    """Parse one resolution (the first, when a file holds several: see ``notices``).

    Raises :class:`InputError` ('not_resolution') for a text with no opening formula and no
    paragraph structure (numbered operative paragraphs, verb-led paragraphs) at all.
    """
    original = text
    text = normalize(text)
    language = detect_language(text)
    text, count = _first_resolution(text)
    raw_lines = []
    for raw in text.split("\n"):
        raw_lines.extend(_split_run_on(raw, language))
    lines, footnotes, notes, running_symbol = _extract_furniture(raw_lines, language)
    lines = _merge_lone_numbers(lines)
    notices: list[str] = []

    vocab = _vocab()
    openings = [i for i, line in enumerate(lines) if vocab.opening(line.text)]
    opening_at = openings[0] if openings else None
    if len(openings) > 1:  # several resolutions run together on few lines
        count = max(count, len(openings))
        lines = lines[:_end_before_header(lines, openings[1])]
    if count > 1:
        notices.append(f"several_resolutions:{count}")
    start_at = opening_at + 1 if opening_at is not None else 0
    first = _find_first_op(lines, start_at, language)
    decision_at = None
    if first is None and opening_at is None:
        decision_at = _find_decision(lines, language)
    if first is None and opening_at is None and decision_at is None \
            and not _has_verb_structure(lines, language):
        raise InputError("not_resolution", source)
    op1, first_number = first if first is not None else (None, 1)
    if decision_at is not None:
        header_end, skip = decision_at, 0
    elif opening_at is not None:
        header_end, skip = opening_at, 1
    else:
        header_end, skip = _guess_header_end(lines, op1 if op1 is not None else len(lines), language), 0
    record_at = _find_record(lines, op1 if op1 is not None else header_end + skip)
    header = lines[:header_end]
    body = lines[header_end + skip:record_at]
    record = lines[record_at:]

    marks = [f.mark for f in footnotes]
    paragraphs = _assemble(body, language, marks, first_number if op1 is not None else None,
                           decision=decision_at is not None)
    if op1 is None:
        paragraphs = _unnumbered_operatives(paragraphs, decision_at is not None, language)
    has_pp = any(p.kind is Kind.PREAMBULAR for p in paragraphs)
    has_op = any(p.kind is Kind.OPERATIVE for p in paragraphs)
    if not has_op and (len(paragraphs) < 2 or not has_pp):
        raise InputError("not_resolution", source)
    if decision_at is not None:
        notices.append("decision")
    elif has_op and op1 is None:
        notices.append("unnumbered_operative")
    if not has_op:
        notices.append("preamble_only")
    elif not has_pp and decision_at is None:
        notices.append("operative_only")
    if op1 is not None and first_number != 1:
        notices.append(f"operative_from:{first_number}")

    opening = tidy_spaces(lines[opening_at].text, language) if opening_at is not None else None
    meta = _read_header(header, opening, language, notes)
    meta = _read_record(record, meta, language)
    number = meta.number
    own = tuple(x for x in (meta.symbol, running_symbol, f"resolution {number}" if number else None) if x)
    paragraphs = tuple(replace(p, citations=find_citations(p.text, exclude=own)) for p in paragraphs)
    note_cites = find_citations(" ".join(f.text for f in footnotes), exclude=own)
    citations: list[str] = []
    for c in [c for p in paragraphs for c in p.citations] + list(note_cites):
        if c not in citations:
            citations.append(c)
    # A symbol standing on its own line (page 1's top right, the running header) names this
    # document; one found inside the header's sentences may name another ("[without reference
    # to a Main Committee (A/80/L.26)]", "on the basis of … draft resolution A/C.2/80/L.5").
    symbol = running_symbol or meta.symbol or _derive_symbol(meta)
    meta = replace(meta, symbol=symbol, footnotes=tuple(footnotes), citations=tuple(citations))
    return Resolution(source=source, language=language, metadata=meta, opening=opening,
                      paragraphs=paragraphs, text=original, notices=tuple(notices))


def _first_resolution(text: str) -> tuple[str, int]:
    """Several resolutions in one file (a compilation, a pasted batch): keep the text up to
    the header of the second and say how many there are, rather than silently keeping one or
    gluing them together. Cutting before anything else keeps a 10 MB batch cheap."""
    openings = [m.start() for m in _vocab().opening_line.finditer(text)]
    if len(openings) < 2:
        return text, len(openings)
    head = text[:openings[1]].split("\n")
    # Walk back over the second resolution's header: to the last line that ends a paragraph
    # or is part of an adoption record.
    k, seen = len(head), 0
    while k > 0 and seen < 20:
        t = head[k - 1].strip(" \u3000\f")
        if t:
            if re.search(r"[。；;]\s*$", t) or _vocab().record_cue(t) \
                    or re.search(r"[\]］]$", t) and not re.match(r"[\[［](?:根据|未经提交|on the|without)", t):
                break
            seen += 1
        k -= 1
    return "\n".join(head[:k]) + "\n", len(openings)


# --- 1. run-on text ------------------------------------------------------------------------

_HEADER_CUES = [
    r"\s+(?=第[一二三四五六七八九十]+届(?:特别)?会议)", r"(?<=届会议)\s+", r"(?<=届特别会议)\s+",
    r"\s+(?=议程项目\s*\d)", r"\s+(?=(?:Agenda item|Item)\s+\d)",
    r"\s+(?=(?:人权理事会|大会)\s*\d{4}\s*年)", r"\s+(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日大会决议)",
    r"\s+(?=[\[［]根据)", r"\s+(?=[^\s：:]+[：:][\s*]*决议草案)", r"\s+(?=Resolution adopted by)",
    r"\s+(?=\d{1,3}/(?:\d{1,4}|…|\.\.\.)\.?(?:\s|$))",
    r"\s+(?=(?:[A-Z][a-z]+[-\u2010\u2011])?[A-Z]?[a-z]+\s+(?:special\s+)?session\b)", r"(?<=\bsession)\s+(?=\d)",
]
_NOTE_START = r"(?:A/|E/|S/|见|See\b|Ibid|第\s*\d|《)"
_BODY_CUES = [
    r"(?<=[；;。.，,:：⁰¹²³⁴⁵⁶⁷⁸⁹])\s*(?=\d{1,3}\s*[.．]\s+\D)",     # " 12. " after a terminator
    r"(?<=[；;。，,]\d)\s+(?=\d{1,3}\s*[.．]\s+\D)",                  # "…报告；1 6. 强调"
    r"(?<=[；;。，,] \d)\s+(?=\d{1,3}\s*[.．]\s+\D)",                 # "…概要； 5 22. 回顾"
    # page furniture: "… A/HRC/RES/43/21 GE.20-08874 3 3. 吁请"
    r"\s+(?=[A-Z]{1,2}/(?:[A-Z0-9.]+/)*[A-Z0-9.]+\s+(?:\d{1,3}\s+)?GE\.\d{2}-\d{5})",
    r"(?<=\S)\s+(?=GE\.\d{2}-\d{5})", r"(?<=GE\.\d\d-\d{5} \d)\s+", r"(?<=GE\.\d\d-\d{5} \d\d)\s+",
    r"(?<=[；;。])\s*(?=\d{1,3}[.．][^\d\s])",
    r"(?<=[。.])\s*(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)", r"(?<=日)\s+(?=第\s*\d+\s*次)",
    r"\s*(?=第\s*\d+\s*次(?:全体)?会议)", r"(?<=会议)\s+(?=\d{4}\s*年)",
    r"(?<=[.])\s+(?=\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting)",
    r"(?<=meeting)\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4})",
    r"\s*(?=[\[［](?:经记录表决|未经表决|Adopted))",
    r"\s*(?=(?:赞成|反对|弃权|In favour|Against|Abstaining)\s*[：:])",
    rf"\s+(?=\d{{1,2}}\s+{_NOTE_START})", rf"\s+(?=[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*{_NOTE_START})",
    r"\s+(?=\*{1,3}\s+(?!\*|决议草案|draft)\S)",
    r"\s+(?=[_—=]{3,})", r"(?<=[_—=]{3})\s+(?=[^_—=])",
]
_RUNON_OPENING = re.compile(
    r"(?:^|\s)((?:The\s+)?(?:人权理事会|大会|Human Rights Council|General Assembly)\s*[，,])\s+")
_NOTE_PIECE = re.compile(rf"^\s*(?:\d{{1,2}}\s+{_NOTE_START}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S|\*{{1,3}}\s+\S)")


def _cut(text: str, cues: list[str]) -> list[str]:
    pieces = [text]
    for cue in cues:
        nxt = []
        for piece in pieces:
            nxt.extend(p for p in re.split(cue, piece) if p.strip())
        pieces = nxt
    return pieces


def _split_run_on(raw: str, language: str) -> list[str]:
    """Split a line that holds many paragraphs (one-line extractions) at strong cues.

    Header cues apply before the opening formula, body cues after it; footnote bodies are cut
    out at their full stop so the paragraph they interrupted rejoins. Pieces get a leading
    space, the convention of the UN's own extractions for a paragraph start.
    """
    if len(raw) < 400 or raw.count("。") + raw.count(". ") < 4:
        return [raw]
    m = _RUNON_OPENING.search(raw)
    if m is None:
        return [raw]
    head, opening, body = raw[:m.start()], m.group(1), raw[m.end():]
    out = [" " + p.strip() for p in _cut(head, _HEADER_CUES)] + [" " + opening]
    in_preamble = True
    for piece in _cut(body, _BODY_CUES):
        parts = [piece]
        if _NOTE_PIECE.match(piece):
            note_end = re.search(r"(?<=[。.])\s+", piece)
            if note_end:
                parts = [piece[:note_end.start()], piece[note_end.end():]]
        for part in parts:
            if _OP_START.match(part.strip()):
                in_preamble = False
            if in_preamble and not _NOTE_PIECE.match(part):
                out.extend(_split_preamble(part, language))
            else:
                out.append(" " + part.strip())
    return out


# After a comma, possibly followed by its footnote mark ("决议，1 赞赏地注意到…").
_AFTER_COMMA = r"(?:(?<=[，,])|(?<=[，,]\d)|(?<=[，,]\d\d)|(?<=[，,][⁰¹²³⁴⁵⁶⁷⁸⁹]))"


def _split_preamble(segment: str, language: str) -> list[str]:
    """Cut a run of preambular paragraphs at 'comma, space, preambular verb'."""
    prof = profile(language)
    verbs = "|".join(re.escape(v) for v in prof.verbs(False))
    if not prof.spaced:
        advs = "|".join(re.escape(a) for a in sorted(prof.adverbs, key=len, reverse=True))
        spaced = rf"{_AFTER_COMMA}\s+(?=(?:{advs})?(?:{verbs}))"
        glued = rf"(?<=[，,])(?=(?:{advs})?(?:{verbs}))"
        parts = re.split(spaced, segment)
        if len(parts) == 1:
            parts = re.split(glued, segment)
    else:
        generic = "|" + prof.any_preambular.replace("(", "(?:", 1) if prof.any_preambular else ""
        parts = re.split(rf"{_AFTER_COMMA}\s+(?=(?:(?:Also|Further|Deeply|Gravely|Strongly)\s+)?"
                         rf"(?:{verbs}{generic})\b)", segment)
    return [" " + p.strip() for p in parts if p.strip()]


# --- 2. furniture and footnotes ------------------------------------------------------------

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_OWN_SYMBOL = re.compile(r"/RES/|/L\.\d")
_NOTE_LINE = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,2})\s*(\S.*)$")
_DIGITS = re.compile(r"\d+")
_LONE_PAGE = re.compile(r"(?:-\s*)?(\d{1,3})(?:\s*-)?")


_RULE = re.compile(r"^[_\-—–=]{3,}$")
_MARK_ONLY = re.compile(r"^(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})$")


def _footnote_zones(candidates: list[_Line], page_starts: list[int], language: str,
                    footnotes: list[Footnote], seen_marks: set[str], notes: list[Footnote]) -> set[int]:
    """pdftotext puts a page's footnotes under a short rule at its foot, a mark often on a
    line of its own and the body on the next ("1" / "A/80/128."), bodies running on over
    several lines or onto the next page. When the stretch from a rule to the next page break
    holds nothing that starts a paragraph, it is all notes: lift it out of the flow (page
    furniture in it is left to the furniture rules). Returns the indices consumed."""
    consumed: set[int] = set()
    for r, line in enumerate(candidates):
        if not _RULE.match(line.text):
            continue
        at = bisect.bisect_right(page_starts, r)
        if at == len(page_starts):
            continue  # no page break after the rule: the page's extent is unknown
        zone = range(r + 1, page_starts[at])
        texts = [candidates[k].text for k in zone]
        if not any(_MARK_ONLY.match(t) or _STAR_NOTE.match(t) for t in texts) and not (
                texts and _NOTE_LINE.match(texts[0])):
            continue
        if any(_OP_START.match(t) or leading_verb(t, False, language, strict=True)
               or leading_verb(t, True, language, strict=True) for t in texts):
            continue
        pending: list[tuple[str, list[str], bool]] = []  # (mark, body lines, starred)
        orphans: list[tuple[int, str]] = []  # body lines before the zone's first mark
        for k, t in zip(zone, texts):
            awaiting_body = bool(pending) and not pending[-1][1]
            if _FURNITURE.match(t) or re.fullmatch(r"\d{1,3}\s*/\s*\d{1,3}", t) or (
                    _SYMBOL_LINE.match(t) and not t.endswith(".") and not awaiting_body):
                continue  # furniture rules decide (a symbol after a mark is that note's body)
            consumed.add(k)
            star = _STAR_NOTE.match(t)
            note = _NOTE_LINE.match(t)
            if _MARK_ONLY.match(t):
                pending.append((from_superscript(t), [], False))
            elif star:
                pending.append((star.group(1), [star.group(2)], True))
            elif note and (note.group(1)[0] in SUPERSCRIPTS or _NOTE_BODY.match(note.group(2))):
                pending.append((from_superscript(note.group(1)), [note.group(2)], False))
            elif pending:
                pending[-1][1].append(t)
            else:
                orphans.append((k, t))
        if orphans:
            first = next((int(m) for m, _, starred in pending if m.isdigit()), None)
            if first is not None and first > 1 and str(first - 1) not in seen_marks:
                # Plain pdftotext may set a page's first mark apart from its body.
                pending.insert(0, (str(first - 1), [t for _, t in orphans], False))
            elif footnotes:  # a body continued from the previous page
                last = footnotes[-1]
                footnotes[-1] = Footnote(last.mark, join_all([last.text] + [t for _, t in orphans]))
            else:
                consumed.difference_update(k for k, _ in orphans)
        for mark, body, starred in pending:
            text = join_all(body)
            if not text:
                continue  # a lone number with nothing after it: a page number
            if starred:
                notes.append(Footnote(mark, text))
            elif mark not in seen_marks:
                seen_marks.add(mark)
                footnotes.append(Footnote(mark, text))
    return consumed


def _extract_furniture(raw_lines: list[str], language: str = "en"):
    """Drop running headers/footers; return (lines, footnotes, starred notes, running symbol)."""
    kept: list[_Line] = []
    footnotes: list[Footnote] = []
    seen_marks: set[str] = set()
    notes: list[Footnote] = []
    running_symbol = None
    furniture_at: list[int] = []
    candidates: list[_Line] = []
    page_starts: list[int] = []  # candidate index where a new page begins (form feed seen)
    for raw in raw_lines:
        if "\f" in raw and not raw.replace("\f", "").strip():
            page_starts.append(len(candidates))
            continue
        stripped = raw.strip(" \u3000\f")
        if not stripped:
            continue
        # the gap lies between two characters at or above U+3000: most lines have none
        if not stripped.isascii() and max(stripped) >= "\u3000":
            stripped = _CJK_GAP.sub("", stripped)
        candidates.append(_Line(stripped, raw[:1] in (" ", "\u3000"), _width(stripped)))
    # A symbol line is a running header when it stands alone, repeats, or names this very
    # document (/RES/, /L.); "2 A/HRC/44/28" once, with a number before it, is a footnote.
    consumed = _footnote_zones(candidates, page_starts, language, footnotes, seen_marks, notes)
    symbol_count: dict[str, int] = {}
    for line in candidates:
        m = _SYMBOL_LINE.match(line.text)
        if m:
            symbol_count[m.group(1)] = symbol_count.get(m.group(1), 0) + 1
    for i, line in enumerate(candidates):
        if i in consumed:
            furniture_at.append(i)
            continue
        t = line.text
        m = _SYMBOL_LINE.match(t)
        if m and not t.endswith(".") and (
                m.group(0) == m.group(1) or symbol_count[m.group(1)] > 1
                or _OWN_SYMBOL.search(m.group(1))):
            if _OWN_SYMBOL.search(m.group(1)):
                running_symbol = running_symbol or m.group(1)
            furniture_at.append(i)
            continue
        if _FURNITURE.match(t) and not _vocab().opening(t):
            furniture_at.append(i)
            continue
        star = _STAR_NOTE.match(t)
        if star:
            notes.append(Footnote(star.group(1), star.group(2).strip()))
            furniture_at.append(i)
            continue
        note = _NOTE_LINE.match(t)
        if note and (note.group(1)[0] in SUPERSCRIPTS or
                     (note.group(2)[:1] != "." and _NOTE_BODY.match(note.group(2)) and len(t) < 400)):
            mark = from_superscript(note.group(1))
            if mark not in seen_marks:
                seen_marks.add(mark)
                footnotes.append(Footnote(mark, note.group(2).strip()))
                furniture_at.append(i)
                continue
    # At page edges: lone page numbers, and lines repeated at the edges of several pages
    # (running headers/footers with their digits masked).
    edges = {k for b in page_starts for k in (b - 2, b - 1, b, b + 1) if 0 <= k < len(candidates)}
    masked: dict[str, int] = {}
    for k in edges:
        key = _DIGITS.sub("#", candidates[k].text)
        masked[key] = masked.get(key, 0) + 1
    # Page numbers run in step with the page index (offset constant); a footnote mark that
    # happens to sit at a page edge does not.
    # (page_starts is ascending: bisect keeps 20,000 form feeds linear-logarithmic.)
    page_of = lambda k: bisect.bisect_right(page_starts, k)  # noqa: E731
    offsets: dict[int, int] = {}
    for k in edges:
        m = _LONE_PAGE.fullmatch(candidates[k].text)
        if m:
            off = int(m.group(1)) - page_of(k)
            offsets[off] = offsets.get(off, 0) + 1
    best = max(offsets, key=lambda o: (offsets[o], o == 1)) if offsets else None
    if best is not None and offsets[best] < 2 and best not in (0, 1):
        best = None
    for k in edges:
        t = candidates[k].text
        m = _LONE_PAGE.fullmatch(t)
        if m:
            if best is not None and int(m.group(1)) - page_of(k) == best:
                furniture_at.append(k)
        elif masked[_DIGITS.sub("#", t)] >= 2 and len(t) < 80 and not _TERMINATED.search(t):
            furniture_at.append(k)
    drop = set(furniture_at)
    for i, line in enumerate(candidates):
        if i in drop:
            continue
        # A lone page number sits next to other furniture; a lone digit elsewhere is a footnote mark.
        if _PAGE_NUMBER.match(line.text) and any(j in drop for j in range(i - 2, i + 3)):
            continue
        kept.append(line)
    footnotes.sort(key=lambda f: int(f.mark) if f.mark.isdigit() else 0)
    return kept, footnotes, notes, running_symbol


# --- 3. sections ---------------------------------------------------------------------------

def _find_opening(lines: list[_Line]) -> int | None:
    vocab = _vocab()
    for i, line in enumerate(lines):
        if vocab.opening(line.text):
            return i
    return None


def _guess_header_end(lines: list[_Line], op1: int, language: str) -> int:
    """Without an opening formula, the body starts at the first verb-led paragraph before OP1."""
    for i in range(op1):
        if leading_verb(lines[i].text, False, language) and _TERMINATED.search(lines[i].text or ""):
            return i
    for i in range(op1):  # wrapped text: a paragraph's first line need not be terminated
        if leading_verb(lines[i].text, False, language, strict=True):
            return i
    return op1


_LONE_NUMBER = re.compile(r"^(\d{1,3})\s*[.．]$")


def _merge_lone_numbers(lines: list[_Line]) -> list[_Line]:
    """'1.' alone on its line, the paragraph on the next (plain pdftotext, some web copies):
    one line, as printed."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and _LONE_NUMBER.match(line.text) and nxt.text[:1] \
                and not nxt.text[0].isdigit() and not _LONE_NUMBER.match(nxt.text):
            text = line.text + " " + nxt.text
            out.append(_Line(text, line.indent or nxt.indent, _width(text)))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def _end_before_header(lines: list[_Line], opening: int) -> int:
    """Where the first of several resolutions ends: before the header lines that precede the
    next opening formula (walked back to the last line that ends a paragraph or a record)."""
    k = opening
    while k > 0 and opening - k < 20:
        t = lines[k - 1].text
        if re.search(r"[。；;]\s*$", t) or _vocab().record_cue(t):
            break
        k -= 1
    return k


def _find_first_op(lines: list[_Line], start: int, language: str) -> tuple[int, int] | None:
    """The first operative paragraph: 'N.' with N = 1, or — in an extract — the first 'N.' that
    opens with an operative verb and is followed by N+1 in sequence."""
    candidate = None
    for i in range(start, len(lines)):
        m = _OP_START.match(lines[i].text)
        if not m:
            continue
        n = int(m.group(1))
        if n == 1:
            return i, 1
        if candidate is None:
            if leading_verb(lines[i].text[m.end():], True, language) is not None:
                candidate = (i, n)
        elif n == candidate[1] + 1:
            return candidate
    return None


def _find_decision(lines: list[_Line], language: str) -> int | None:
    """A decision: no opening formula, no numbers — 'the General Assembly … decided …'."""
    decisions = _vocab().decisions
    for i, line in enumerate(lines):
        if any(rx.search(line.text) for rx in decisions):
            return i
    return None


def _has_verb_structure(lines: list[_Line], language: str) -> bool:
    """Paragraphs that open with a resolution verb (an extract without opening formula)."""
    count = 0
    for line in lines:
        if leading_verb(line.text, False, language, strict=True) or \
                leading_verb(line.text, True, language, strict=True):
            count += 1
            if count >= 2:
                return True
    return False


def _find_record(lines: list[_Line], op1: int) -> int:
    vocab = _vocab()
    for i in range(op1 + 1, len(lines)):
        # The line before ends a sentence: "。", "." or "]", perhaps inside closing quotes
        # ('…Least Developed Countries.”') or before a footnote mark.
        if vocab.record_cue(lines[i].text) and re.search(
                r"[。.\]][”’\"'）)」』]*\s*$|[。.][”’\"'）)」』]*\s*[⁰¹²³⁴⁵⁶⁷⁸⁹\d]{0,2}\s*$",
                lines[i - 1].text):
            return i
    return len(lines)


# --- 4. paragraphs -------------------------------------------------------------------------

class _Block:
    """A paragraph being assembled. Its pieces are joined once at the end and only the last
    characters are inspected while reading, so assembly stays linear in the paragraph's length
    (a 10 MB one-paragraph text must not be quadratic)."""

    __slots__ = ("kind", "number", "parts", "tail")

    def __init__(self, kind: Kind, number: str | None, text: str):
        self.kind, self.number, self.parts, self.tail = kind, number, [text], text[-40:]

    def _rstrip(self) -> None:
        while self.parts:
            last = self.parts[-1].rstrip()
            if last:
                self.parts[-1] = last
                break
            self.parts.pop()
        self.tail = "".join(p[-40:] for p in self.parts[-8:])[-40:]

    def add(self, piece: str) -> None:
        self.parts.append(piece)
        self.tail = (self.tail + piece)[-40:]

    def join(self, line: str) -> None:
        """``join_lines(text, line)``: Chinese without a space, Latin text with one."""
        if not self.parts or self.parts[-1][-1:].isspace():
            self._rstrip()
        line = line.lstrip()
        self.add((join_sep(self.tail, line) if self.parts else "") + line)

    def newline(self, line: str) -> None:
        self._rstrip()
        self.add("\n" + line)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _starts_like_a_paragraph(line: _Line, language: str) -> bool:
    """Strong evidence of a paragraph start whatever the layout: an OP number or a listed verb."""
    return bool(_OP_START.match(line.text)) or \
        leading_verb(line.text, False, language, strict=True) is not None or \
        leading_verb(line.text, True, language, strict=True) is not None


def _indent_mode(body: list[_Line], language: str) -> bool:
    """Leading spaces mark paragraph starts when continuation lines almost never have one and
    the lines that evidently start paragraphs mostly do: a few stray leading spaces (a
    LibreOffice PDF) must not make indentation the rule."""
    pairs = list(zip(body, body[1:]))
    indented = sum(1 for line in body if line.indent)
    if indented < 2:
        return False
    after_text = [line.indent for prev, line in pairs if not _TERMINATED.search(prev.text)]
    if after_text and sum(after_text) > 0.1 * len(after_text):
        return False
    likely = [line.indent for prev, line in pairs
              if _TERMINATED.search(prev.text) and _starts_like_a_paragraph(line, language)]
    return not likely or sum(likely) >= 0.6 * len(likely)


def _assemble(body: list[_Line], language: str, marks: list[str], first_op: int | None = 1,
              decision: bool = False) -> tuple[Paragraph, ...]:
    """Rejoin wrapped lines into paragraphs, numbered OPs from ``first_op`` (None: none)."""
    if not body:
        return ()
    indent_mode = _indent_mode(body, language)
    widths = sorted(line.width for line in body)
    wrap = widths[int(len(widths) * 0.9)] if widths else 0
    wrapped = wrap > 0 and sum(1 for w in widths if w >= 0.85 * wrap) >= max(3, len(widths) * 0.3)

    mark_queue = list(marks)
    pending_marks = set(marks)
    blocks: list[_Block] = []
    expected_op = first_op
    current: _Block | None = None

    def start(kind: Kind, number: str | None, text: str) -> _Block:
        block = _Block(kind, number, text)
        blocks.append(block)
        return block

    for idx, line in enumerate(body):
        t = line.text
        prev = body[idx - 1] if idx else None
        # A line holding only a footnote mark belongs to the paragraph before it.
        if current is not None and mark_queue and t == mark_queue[0]:
            current.add(to_superscript(mark_queue.pop(0)))
            continue
        # The paragraph so far (not the raw previous line, which may have been a lone mark).
        terminated = current is None or bool(_TERMINATED.search(current.tail))
        op = _OP_START.match(t) if expected_op is not None else None
        # The next OP number in sequence starts a paragraph even when the one before lost its
        # semicolon, if anything else says so: indentation, one paragraph per line, or an
        # operative verb after the number. One missing mark must not swallow the OPs after it.
        if op and int(op.group(1)) == expected_op and (
                terminated or line.indent or not wrapped
                or leading_verb(t[op.end():], True, language) is not None):
            current = start(Kind.OPERATIVE, op.group(1), t[op.end():])
            expected_op += 1
            continue
        if current is not None and _SUB_ITEM.match(t) and terminated:
            current.newline(t)
            continue
        # "…最新报告；\n1 请高级专员办事处…": a mark, then more of the same paragraph.
        if current is not None and terminated and mark_queue:
            m = re.match(rf"^{mark_queue[0]}\s+(?=\D)", t)
            if m:
                current.add(to_superscript(mark_queue.pop(0)))
                rest = t[m.end():]
                if is_cjk(rest[:1]):
                    current.add(rest)
                else:
                    current.join(rest)
                continue
        if current is None:
            current = start(Kind.PREAMBULAR, None, t)
            continue
        if terminated and prev is not None and _is_break(prev, line, indent_mode, wrapped, wrap,
                                                         language, current):
            if current.kind is Kind.OPERATIVE:
                # Unnumbered text after an OP: a continuation (e.g. a quoted passage).
                current.newline(t)
            else:
                current = start(Kind.PREAMBULAR, None, t)
            continue
        if not terminated and current.kind is Kind.PREAMBULAR and prev is not None and \
                _lost_its_comma(prev, line, indent_mode, wrapped, wrap, language):
            current = start(Kind.PREAMBULAR, None, t)
            continue
        current.join(t)

    paragraphs = []
    pp = 0
    for block in blocks:
        text, refs = _footnote_refs(block.text, mark_queue, pending_marks, language)
        text = tidy_spaces(text, language) if "\n" not in text else \
            "\n".join(tidy_spaces(part, language) for part in text.split("\n"))
        if not text:
            continue
        if block.kind is Kind.OPERATIVE:
            pid = f"OP{block.number}"
        else:
            pp += 1
            pid = f"PP{pp}"
        operative = block.kind is Kind.OPERATIVE
        paragraphs.append(Paragraph(id=pid, kind=block.kind, number=block.number, text=text,
                                    verb=leading_verb(text, operative, language),
                                    footnote_refs=refs))
    return tuple(paragraphs)


_COMMA_END = re.compile(r"[,，]\s*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s*$")


def _latin_continuation(line: _Line, language: str) -> bool:
    """In Latin script a line that opens in lower case continues a sentence."""
    return language != "zh" and line.text[:1].islower()


def _is_break(prev: _Line, line: _Line, indent_mode: bool, wrapped: bool, wrap: int,
              language: str, current: _Block) -> bool:
    """After a line ending in terminal punctuation, does ``line`` start a new paragraph?"""
    if _latin_continuation(line, language):
        return False
    if indent_mode:
        return line.indent
    verb_next = leading_verb(line.text, False, language) is not None
    if language != "zh" and current.kind is Kind.PREAMBULAR and _COMMA_END.search(current.tail):
        # English lines are ragged, so a short line ending in a comma says little: the
        # sentence goes on unless the next line opens a new preambular paragraph.
        return verb_next or bool(_OP_START.match(line.text)) or \
            leading_verb(line.text, True, language, strict=True) is not None
    if not wrapped:
        return True  # one paragraph per line
    if prev.width < 0.9 * wrap:
        return True  # the previous line stopped short: its paragraph ended
    # A full line ending in a comma, then a verb: a new preambular paragraph. Inside an OP
    # only a number starts a new paragraph, so a verb there is just the next clause.
    return current.kind is Kind.PREAMBULAR and verb_next


def _lost_its_comma(prev: _Line, line: _Line, indent_mode: bool, wrapped: bool, wrap: int,
                    language: str) -> bool:
    """A preambular paragraph without its final comma, then a line opening with a listed
    preambular verb: a new paragraph when the layout agrees (indented in indentation mode,
    one paragraph per line, or the line before stopped short), so the missing comma costs
    no more than its own paragraph."""
    if _latin_continuation(line, language) or (language != "zh" and not line.text[:1].isupper()):
        return False
    if leading_verb(line.text, False, language, strict=True) is None:
        return False
    if indent_mode:
        return line.indent
    return not wrapped or prev.width < 0.9 * wrap


def _unnumbered_operatives(paragraphs: tuple[Paragraph, ...], decision: bool,
                           language: str) -> tuple[Paragraph, ...]:
    """No numbered OPs. A decision's paragraphs are all operative; otherwise the paragraphs
    after the last one ending in a comma (the preamble's mark) are the operative part — one
    OP, which the UN does not number, or several. Ids run OP1…; ``number`` stays None."""
    if decision:
        first = 0
    else:
        first = len(paragraphs)
        for i in range(len(paragraphs) - 1, -1, -1):
            if re.search(r"[，,]\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]*\s*$", paragraphs[i].text):
                break
            first = i
    out = []
    pp = op = 0
    for i, p in enumerate(paragraphs):
        if i >= first:
            op += 1
            out.append(replace(p, id=f"OP{op}", kind=Kind.OPERATIVE, number=None,
                               verb=leading_verb(p.text, True, language)))
        else:
            pp += 1
            out.append(replace(p, id=f"PP{pp}"))
    return tuple(out)


# Per-paragraph patterns, compiled once: ``re.sub(pattern, …)`` looks its pattern up in
# re's cache on every call, for every paragraph.
_HAS_DIGIT = re.compile(r"\d")
_BARE_REF = re.compile(r"([，,；;。.、:：)）》”])\s?(\d{1,2})(?=\s|$|[\u3400-\u9fff])")
_GLUED_REF = re.compile(r"([a-z])(\d{1,2})(?=[\s,;.:]|$)")
_MARK_GAP = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(?=[\u3400-\u9fff])")
_MARK_RUN = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def _footnote_refs(text: str, mark_queue: list[str], pending: set[str], language: str):
    """Turn bare footnote digits after punctuation into superscripts; return (text, refs)."""
    def bare(m: re.Match) -> str:
        digits = m.group(2)
        if digits in pending:
            pending.discard(digits)
            if digits in mark_queue:
                mark_queue.remove(digits)
            return m.group(1) + to_superscript(digits)
        return m.group(0)

    if _HAS_DIGIT.search(text):  # both patterns below need a digit: a block without one is skipped
        text = _BARE_REF.sub(bare, text)

    def glued(m: re.Match) -> str:
        # "…Asia and the Pacific2 and …": pdftotext glues a mark to the word before it. Taken
        # only for the lowest mark not yet placed, so "G77" or a number in a name stays text.
        digits = m.group(2)
        waiting = [int(x) for x in pending if x.isdigit()]
        if digits in pending and int(digits) == min(waiting):
            pending.discard(digits)
            if digits in mark_queue:
                mark_queue.remove(digits)
            return m.group(1) + to_superscript(digits)
        return m.group(0)

    # _GLUED_REF tries every lower-case letter; it can only match where a run of digits
    # follows one, and digits are few: look for those first.
    if language != "zh" and pending and any(
            m.start() and "a" <= text[m.start() - 1] <= "z" for m in _DIGITS.finditer(text)):
        text = _GLUED_REF.sub(glued, text)
    if language == "zh":
        text = _MARK_GAP.sub(r"\1", text)
    refs = tuple(from_superscript(m) for m in _MARK_RUN.findall(text))
    return text, refs


# --- 5. header and record ------------------------------------------------------------------

def _read_header(header: list[_Line], opening: str | None, language: str,
                 notes: list[Footnote]) -> Metadata:
    text = "\n".join(line.text for line in header)
    flat = tidy_spaces(" ".join(line.text for line in header), language)
    vocab = _vocab()
    body = None
    if opening:
        m = vocab.opening(opening)
        if m:
            body = m.group("body")
    if body is None and header:
        first = header[0].text
        body = next((b for b in vocab.bodies if first.startswith(b)), None)

    session = session_dates = agenda = agenda_title = None
    for rx, spaced in vocab.sessions:  # "第四十三届会议", "Forty-third session"
        m = rx.search(text)
        if m:
            n = english_ordinal(m.group(1)) if spaced else chinese_number(m.group(1))
            session = str(n) if n else None
            if session:
                break
    dates = re.search(r"^.*\d{4}\s*年.*至.*日.*$|^\d{1,2}\s+\w+[–-].*\d{4}$", text, re.M)
    if dates and not re.search(r"通过|决议|adopted", dates.group(0), re.I):
        session_dates = tidy_spaces(dates.group(0), language)
    m = re.search(vocab.agenda + r"\s*(\d+\s*(?:\s*[(（][a-z]{1,3}[)）])?)", text)
    if m:
        agenda = re.sub(r"\s+", "", m.group(1)).replace("（", "(").replace("）", ")")

    status = None
    sponsors: tuple[str, ...] = ()
    date = None
    status_line = None
    status_at = None
    for at, line in enumerate(header):
        t = line.text
        if vocab.draft.search(t):
            status = "draft"
            # A long sponsor list wraps over several lines above "…: draft resolution": take
            # the lines that end in a comma, or that the next line continues in lower case
            # ("…, Türkiye and State" / "of Palestine:* draft resolution").
            first = at
            while first > 0 and re.search(r"[：:]", t) and (
                    header[first - 1].text.rstrip().endswith((",", "，", "、"))
                    or header[first].text[:1].islower()):
                first -= 1
            # …and "Draft resolution submitted by the Vice-Chair …, Jenni Mikkola" goes on
            # below: "(Finland), on the basis of informal consultations on …".
            last = at
            while last + 1 < len(header) and (header[last + 1].text[:1] == "("
                                              or header[last + 1].text[:1].islower()):
                last += 1
            if first < at or last > at:
                t = join_all([line.text for line in header[first:last + 1]])
            status_line, status_at = header[first].text, last
            head = re.split(r"[：:]", t, maxsplit=1)[0] if re.search(r"[：:]", t) else ""
            head = re.sub(r"[*∗]+", "", head)
            sponsors = tuple(s.strip() for s in re.split(r"[、,，]|\band\b", head) if s.strip()
                             and not re.search(r"决议草案|draft", s, re.I))
            break
        if vocab.adopted.search(t) and not re.match(r"^\d+/", t):
            status = "adopted"
            status_line, status_at = t, at
            date = find_date(t)
            if date is None and at + 1 < len(header):  # "…by the General Assembly\non 1 December 2025"
                date = find_date(header[at + 1].text)
            break
    on_behalf = None
    for note in notes:
        m = re.search(r"代表(?:属于)?(.+?)的(?:联合国)?会员国|[Oo]n behalf of (?:the )?(?:States Members of the United Nations that are members of )?(?:the )?(.+?)\.?$", note.text)
        if m:
            on_behalf = (m.group(1) or m.group(2)).strip()

    number = title = None
    m = re.search(r"(?:^|\n)\s*(\d{1,3}/(?:\d{1,4}|…|\.\.\.|\[?\.\.\.\]?))\s*\.?\s*(.*)", text, re.S)
    if m:
        number = m.group(1).replace("...", "…")
        title = tidy_spaces(m.group(2).replace("\n", " "), language) or None
    if status is None and number and "…" in number:
        status = "draft"
    if title is None and number is None and status == "draft" and status_at is not None:
        # A General Assembly draft prints no number: the title follows the sponsors' line.
        rest = [line.text for line in header[status_at + 1:]]
        title = tidy_spaces(join_all(rest), language) or None
    if agenda is not None:
        am = re.search(vocab.agenda + r"\s*\d+\s*(?:[(（][a-z]{1,3}[)）])?", text)
        rest = text[am.end():]
        stop = [len(rest)]
        if status_line and status_line in rest:
            stop.append(rest.index(status_line))
        nm = re.search(r"(?:^|\n)\s*\d{1,3}/", rest)
        if nm:
            stop.append(nm.start())
        rm = re.search(r"[\[［]", rest)
        if rm:
            stop.append(rm.start())
        at = rest[:min(stop)]
        lines_at = [l.strip() for l in at.split("\n") if l.strip()]
        if lines_at:
            joined = lines_at[0]
            for l in lines_at[1:]:
                joined = join_lines(joined, l)
            agenda_title = tidy_spaces(joined, language) or None
    symbol = None
    m = re.search(r"(?<![A-Za-z/])(A/(?:HRC/|C\.\d/)?(?:RES/)?\d{1,3}/(?:L\.\d+|\d+)(?:/(?:Rev|Add|Corr)\.\d+)*)"
                  r"(?![\w/])", text)
    if m and re.search(r"/RES/|/L\.", m.group(1)):
        symbol = m.group(1)
    report = None
    m = re.search(r"(?:的报告|[Rr]eport of the [A-Za-z ]+?)\s*[(（]\s*([A-Z]/[^,，)）\s]+)", flat)
    if m:
        report = m.group(1)
    if session is None and number and re.match(r"\d+/", number):
        session = number.split("/")[0]
    if body is None and status_line:
        body = next((b for b in vocab.bodies if b in status_line), None)
    return Metadata(body=body, session=session, session_dates=session_dates, agenda_item=agenda,
                    agenda_title=agenda_title, number=number, title=title, status=status,
                    date=date, sponsors=sponsors, on_behalf_of=on_behalf, report=report,
                    symbol=symbol, notes=tuple(notes))


def _read_record(record: list[_Line], meta: Metadata, language: str) -> Metadata:
    if not record:
        return meta
    joined = join_all(line.text for line in record)
    joined = joined.replace("［", "[").replace("］", "]")
    date = meta.date or find_date(joined)
    vocab = _vocab()
    meeting = None
    found = [m for m in (rx.search(joined) for rx in vocab.meetings) if m]
    if found:  # the earliest mention, in whichever language
        meeting = min(found, key=lambda m: m.start()).group(1)
    vote = None
    if any(rx.search(joined) for rx in vocab.without_vote):
        vote = Vote(without_vote=True)
    m = next((m for m in (rx.search(joined) for rx in vocab.recorded_vote) if m), None)
    if m:
        lists = {}
        for key, label in vocab.vote_lists:
            lm = re.search(rf"(?:{label})\s*[：:]\s*(.*?)(?=(?:{vocab.any_vote_label})\s*[：:]|\]|$)",
                           joined, re.S)
            names: tuple[str, ...] = ()
            if lm:
                body = lm.group(1).strip().rstrip("。.]")
                sep = r"、" if "、" in body or language == "zh" else r",\s*"
                names = tuple(n.strip(" 。.;；") for n in re.split(sep, body) if n.strip(" 。.;；"))
            lists[key] = names
        vote = Vote(yes=int(m.group(1)), no=int(m.group(2)), abstain=int(m.group(3)),
                    without_vote=False, **lists)
    return replace(meta, date=date, meeting=meeting, vote=vote)


def _derive_symbol(meta: Metadata) -> str | None:
    """The symbol follows from body + number for adopted texts (A/HRC/RES/43/21, A/RES/75/180)."""
    if meta.status != "adopted" or not meta.number or not re.fullmatch(r"\d+/\d+", meta.number):
        return None
    if meta.body in ("人权理事会", "Human Rights Council"):
        return f"A/HRC/RES/{meta.number}"
    if meta.body in ("大会", "General Assembly"):
        return f"A/RES/{meta.number}"
    return None
