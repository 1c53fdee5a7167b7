"""Character-level helpers shared by the parser and the tokenizer: CJK tests, normalisation,
line joining, superscript footnote marks, Chinese numerals."""
from __future__ import annotations

import re
import unicodedata

_CJK_RANGES = (
    (0x2E80, 0x2FDF), (0x3000, 0x303F), (0x3040, 0x30FF), (0x3100, 0x312F), (0x3190, 0x31FF),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
    (0x20000, 0x2FA1F),
)
# Ideographs only (no punctuation): used to decide how wrapped lines join.
_IDEO = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_FROM_SUPER = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Full-width punctuation and its half-width twin (for the "ignore punctuation width" option).
_WIDTH_FOLD = str.maketrans({
    "，": ",", "；": ";", "：": ":", "。": ".", "！": "!", "？": "?", "（": "(", "）": ")",
    "［": "[", "］": "]", "　": " ", "“": '"', "”": '"', "‘": "'", "’": "'", "、": ",",
    "．": ".", "－": "-", "／": "/", "％": "%", "＋": "+", "＝": "=", "～": "~",
})


# What no loader may hand on (python-docx and XML writers refuse them, the diff would show
# them as changes): control characters except tab, line feed and form feed (line breaks are
# mapped first), lone surrogates, the 66 Unicode noncharacters (U+FDD0-U+FDEF and the last two
# code points of every plane: U+FFFE, U+FFFF, U+1FFFE ...; PDFs put U+FFFE where a word was
# hyphenated at a line end) and soft hyphens (invisible, only a line-break hint).
# U+2011 and no-break spaces stay: they are what the document has (the diff reads them as
# ordinary hyphens and spaces).
UNCLEAN = re.compile(
    "[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\u00ad\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"\\U{p:04x}fffe\\U{p:04x}ffff" for p in range(1, 17)) + "]")
# The same test for text without astral characters (nearly every text): a class of the
# BMP ranges only runs ~10x faster than UNCLEAN, whose astral members slow every position.
_UNCLEAN_BMP = re.compile(
    "[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f\u00ad\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_ASTRAL = re.compile("[^\x00-\uffff]")


def remove_unclean(text: str) -> str:
    """``UNCLEAN.sub("", text)``, cheaper where the text has no astral characters."""
    return (UNCLEAN if _ASTRAL.search(text) else _UNCLEAN_BMP).sub("", text)


_CJK_CLASS = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs, kana and full-width/CJK punctuation."""
    return bool(ch) and _CJK_CLASS.match(ch) is not None


def cjk_count(text: str) -> int:
    """How many characters of ``text`` are CJK (display width counts them twice)."""
    if not text or max(text) < "\u2e80":  # every CJK range starts at U+2E80 or above
        return 0
    return len(_CJK_CLASS.findall(text))


def is_ideograph(ch: str) -> bool:
    return bool(ch) and bool(_IDEO.match(ch))


def to_superscript(digits: str) -> str:
    return digits.translate(_TO_SUPER)


def from_superscript(marks: str) -> str:
    return marks.translate(_FROM_SUPER)


def fold_width(text: str) -> str:
    """Map full-width punctuation to half-width (NFKC would also fold letters we keep)."""
    return text.translate(_WIDTH_FOLD)


_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060]")
_ODD_SPACE_CHARS = "\t\u00a0" + "".join(chr(c) for c in range(0x2000, 0x200B)) + "\u202f\u205f"
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060"


def normalize(text: str) -> str:
    """NFC, '\\n' line ends, no BOM, no bold markers, tabs and odd spaces as plain spaces."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    # The loaders clean already; a caller may hand raw text straight to the parser.
    text = unicodedata.normalize("NFC", remove_unclean(text))
    text = text.replace("∗", "*")
    if "**" in text:
        text = _BOLD.sub(r"\1", text)  # Markdown bold, not "* **" marks
    # a class tested at every position costs ~20 ns a character; a search per character
    # of the class is a fast scan, and most texts have none of them
    if any(ch in text for ch in _ODD_SPACE_CHARS):
        text = _ODD_SPACES.sub(" ", text)
    if any(ch in text for ch in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    return text


def join_sep(left: str, right: str) -> str:
    """The separator for rejoining a wrapped line: Chinese joins without a space, Latin text
    with one. ``left`` (right-stripped) needs only its last two characters, ``right``
    (left-stripped) its first, so long paragraphs can be joined piece by piece."""
    if not left or not right:
        return ""
    a, b = left[-1], right[0]
    if (a.isdigit() and is_ideograph(b)) or (is_ideograph(a) and b.isdigit()):
        return " "  # UN Chinese typesetting spaces numbers: "2012 年"
    if is_cjk(a) or is_cjk(b):
        return ""
    if a == "-" and b.islower() and len(left) > 1 and left[-2].isalpha():
        return ""  # a hyphen kept, the word rejoined
    return " "


def join_lines(left: str, right: str) -> str:
    """Rejoin a wrapped line: Chinese joins without a space, Latin text with one."""
    left, right = left.rstrip(), right.lstrip()
    return left + join_sep(left, right) + right


def join_all(lines) -> str:
    """``join_lines`` over many lines in linear time (a 10 MB record must not be quadratic)."""
    out: list[str] = []
    tail = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        sep = join_sep(tail, line) if out else ""
        out.append(sep + line)
        tail = (tail + sep + line)[-2:]
    return "".join(out)


_SPACE_RUN = re.compile(r"[ \u3000]+")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\u2e7f]) (?=[^\x00-\u2e7f])")
_PUNCT_SPACE = re.compile(r"(?<=[，；：。、（《“]) | (?=[，；：。、）》”])")


def tidy_spaces(text: str, language: str) -> str:
    """Collapse space runs; in Chinese drop spaces between two CJK characters (extraction noise)."""
    # a lone space is replaced by itself: only a double space or an ideographic one changes
    if "  " in text or "\u3000" in text:
        text = _SPACE_RUN.sub(" ", text)
    text = text.strip()
    if language == "zh":
        # Two passes: "人 权 理" needs the middle character twice.
        for _ in range(2):
            text = _CJK_SPACE.sub("", text)
        text = _PUNCT_SPACE.sub("", text)
    return text


_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())


def detect_language(text: str) -> str:
    """'zh' when ideographs dominate the letters, else 'en' (other Latin languages read as 'en')."""
    sample = text[:20000]
    ideo = len(_IDEO.findall(sample))
    # ASCII letters counted in C (a generator over 20,000 characters costs ~1 ms)
    latin = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if ideo and ideo * 2 >= latin / 3:
        return "zh"
    if re.search(r"[éèàçêâôû]", sample) and re.search(r"\b(Conseil|Assemblée|Réaffirmant)\b", sample):
        return "fr"
    return "en"


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """'四十三' -> 43, '七十五' -> 75, '十' -> 10, '二十三' -> 23; ASCII digits pass through."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}


def english_ordinal(text: str) -> int | None:
    """'forty-third' -> 43, '43rd' -> 43, 'seventy-fifth' -> 75."""
    text = text.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", text)
    if m:
        return int(m.group(1))
    if text in _EN_ORDINALS:
        return _EN_ORDINALS[text]
    parts = re.split(r"[-\u2010\u2011\s]", text)  # the UN types non-breaking hyphens
    if len(parts) == 2 and parts[0] in _EN_TENS and parts[1] in _EN_ORDINALS:
        return _EN_TENS[parts[0]] + _EN_ORDINALS[parts[1]]
    return None


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}


def find_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO 'YYYY-MM-DD' (Chinese or English forms)."""
    m = re.search(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = re.search(r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|"
                  r"October|November|December)\s+(\d{4})\b", text, re.I)
    if m:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|"
                  r"November|December)\s+(\d{1,2}),\s+(\d{4})\b", text, re.I)
    if m:
        return f"{int(m.group(3)):04d}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    return None
