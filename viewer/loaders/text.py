"""Plain-text decoding: detect the encoding of a resolution text, never guess blindly.

Order of detection (first that applies wins):

1. a byte-order mark: UTF-32 LE/BE, UTF-8 (``utf-8-sig``), UTF-16 LE/BE;
2. UTF-16 without BOM, recognised by its NUL-byte pattern (ASCII characters such as
   spaces, digits and line ends put a NUL in every odd byte for LE, every even byte for
   BE) and accepted only if it decodes strictly to clean text;
3. any other NUL byte, or a high share of control bytes → ``binary``;
4. strict UTF-8 (covers plain ASCII);
5. GB18030 (superset of GBK / GB2312) against the Big5 family (Big5; CP950 where it
   differs or Big5 fails; Big5-HKSCS): each that decodes strictly is scored by how
   plausible the result is as Chinese text (see :func:`_plausibility`), the best wins,
   ties go to GB18030. Why not trust a generic detector: GB18030 decodes almost any
   byte string, so Big5 data also "decodes" as GB18030 — into rare characters,
   private-use code points and symbol rows — and charset-normalizer 3.4 calls short
   GBK texts cp949 or big5. Real text, in either script, is made of common characters;
6. Windows-1252 for mostly-ASCII Western texts (an English resolution saved as "ANSI"),
   only if it decodes strictly to letters and punctuation;
7. otherwise ``encoding``.

The result is normalised by :func:`normalise_text`.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from viewer.model.errors import InputError
from viewer.model.text import remove_unclean

# A decoded candidate must reach this plausibility to be accepted (real Chinese text
# scores > 0.95; Big5 read as GB18030 scores well under 0.6).
MIN_PLAUSIBILITY = 0.6
# More than this share of control characters in a decoded text means binary data.
MAX_CONTROL_SHARE = 0.02

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # (bom, codec used to decode the rest, name reported)
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),  # before UTF-16 LE: same first 2 bytes
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)
# Control bytes that do not occur in text (tab, line ends, VT, FF and ESC excepted).
_CONTROL_BYTES = bytes(list(range(0x01, 0x09)) + list(range(0x0E, 0x1B)) + list(range(0x1C, 0x20)) + [0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc minus whitespace
_SCORE_SAMPLE = 200_000  # characters scored for plausibility; enough to decide, fast for big files
# Form feed stays: it marks a page break (pdftotext writes one per page; the PDF loader too),
# which the parser uses to recognise page numbers and running headers.
_LINE_BREAK_PAIRS = (("\r", "\n"), ("\x0b", "\n"), ("\x0c", "\n\x0c\n"), ("\u2028", "\n"), ("\u2029", "\n"))
# Punctuation-like blocks that are ordinary in Chinese texts in either script.
_NEUTRAL_BLOCKS = (
    (0x0080, 0x00FF),  # Latin-1 supplement: · × ° ² ³ ¹
    (0x2000, 0x206F),  # general punctuation: ― … “ ” ‘ ’ ‰
    (0x2070, 0x209F),  # superscripts ⁴ ⁵
    (0x2150, 0x218F),  # number forms Ⅰ Ⅱ
    (0x2460, 0x24FF),  # enclosed alphanumerics ① ⑴ ⒈
    (0x3000, 0x303F),  # CJK symbols and punctuation 、 。 《 》 「 」
    (0xFF00, 0xFFEF),  # full-width forms ， ： （ ）
)


@functools.lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (3,755 commonest simplified) ∪ Big5 level-1 (5,401 commonest traditional)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        for trail in big5_trails:
            if (lead, trail) > (0xC6, 0x7E):
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _is_neutral(ch: str) -> bool:
    code = ord(ch)
    if not any(lo <= code <= hi for lo, hi in _NEUTRAL_BLOCKS):
        return False
    return unicodedata.category(ch)[0] in "PNSZ"


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are ordinary in a Chinese document.

    Common hanzi and CJK punctuation count +1; private-use, unassigned, surrogate and
    control characters count -3; everything else (rare hanzi, kana, Greek, box drawing —
    what a wrong double-byte codec produces) counts 0. 1.0 for text with no non-ASCII.
    """
    common = _common_hanzi()
    good = bad = total = 0
    for ch in text[:_SCORE_SAMPLE]:
        if ch < "\x80":
            continue
        total += 1
        if ch in common or _is_neutral(ch):
            good += 1
        elif unicodedata.category(ch) in ("Co", "Cn", "Cs", "Cc"):
            bad += 1
    if total == 0:
        return 1.0
    return (good - 3 * bad) / total


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _too_many_controls(controls: int, length: int) -> bool:
    """Binary data: over MAX_CONTROL_SHARE control characters (a couple of strays are tolerated)."""
    return controls > MAX_CONTROL_SHARE * length + 2


def _has_binary_controls(text: str) -> bool:
    return _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text))


def _clean_utf16(text: str | None) -> bool:
    if not text:
        return False
    if _has_binary_controls(text) or "\x00" in text:
        return False
    sample = text[:_SCORE_SAMPLE]
    odd = sum(1 for ch in sample if ch >= "\x80" and unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return odd <= 0.01 * len(sample)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    if len(data) % 2 or b"\x00" not in data:
        return None
    nul_even = data[0::2].count(0)
    nul_odd = data[1::2].count(0)
    # CJK code points such as U+4E00 put a NUL on the "wrong" side, so allow a few.
    if nul_odd > 4 * nul_even:
        codec = "utf-16-le"
    elif nul_even > 4 * nul_odd:
        codec = "utf-16-be"
    else:
        return None
    text = _strict(data, codec)
    return (text, codec) if _clean_utf16(text) else None


def _big5_family(data: bytes) -> tuple[str, str] | None:
    """Big5; CP950 (what Windows writes) where it decodes differently or where Big5 fails
    (e.g. A1E3 is '～' in CP950, '∼' in Python's Big5); then Big5-HKSCS."""
    big5 = _strict(data, "big5")
    cp950 = _strict(data, "cp950")
    if big5 is not None and (cp950 is None or cp950 == big5):
        return big5, "big5"
    if cp950 is not None:
        return cp950, "cp950"
    hkscs = _strict(data, "big5hkscs")
    return (hkscs, "big5hkscs") if hkscs is not None else None


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    return _too_many_controls(len(data) - len(data.translate(None, _CONTROL_BYTES)), len(data))


def _western(data: bytes) -> str | None:
    text = _strict(data, "cp1252")
    if text is None:
        return None
    high = [ch for ch in text if ch >= "\x80"]
    if len(high) > 0.1 * len(text):
        return None
    if all(unicodedata.category(ch)[0] in "LPSZ" for ch in high):
        return text
    return None


def _decode_raw(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is None:
                raise InputError("encoding", name, f"invalid {label} after its byte-order mark")
            return text, label
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise InputError("binary", name)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    candidates: list[tuple[float, int, str, str]] = []
    text = _strict(data, "gb18030")
    if text is not None:
        candidates.append((_plausibility(text), 1, text, "gb18030"))  # 1: wins ties
    big5 = _big5_family(data)
    if big5 is not None:
        candidates.append((_plausibility(big5[0]), 0, *big5))
    if candidates:
        score, _, text, codec = max(candidates, key=lambda c: c[:2])
        if score >= MIN_PLAUSIBILITY:
            return text, codec
    western = _western(data)
    if western is not None:
        return western, "cp1252"
    raise InputError("encoding", name)


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends (also for CR, VT, U+2028/9), a form feed (page break) on a line of
    its own, no BOM / ZWNBSP, no control characters other than tab, line feed and form feed,
    no noncharacters, surrogates or soft hyphens. Every loader's text passes through here."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n")
    # str.translate with a dict costs ~0.1 µs a character; one replace per break character
    # present does the same mapping (no replacement brings back a character mapped later)
    for old, new in _LINE_BREAK_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return unicodedata.normalize("NFC", remove_unclean(text))


def decode_bytes(data: bytes, name: str = "(text)") -> tuple[str, str]:
    """Decode a text file's bytes: ``(normalised text, detected codec name)``.

    Raises :class:`InputError` ``binary``, ``encoding`` or ``empty`` (nothing but
    whitespace, a lone BOM included); ``name`` is used in the error message.
    """
    if not data:
        raise InputError("empty", name)
    text, encoding = _decode_raw(data, name)
    if _has_binary_controls(text):
        raise InputError("binary", name)
    text = normalise_text(text)
    if not text.strip():
        raise InputError("empty", name)
    return text, encoding
