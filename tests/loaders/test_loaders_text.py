"""Plain-text loading: every encoding a delegate's file may come in, read back exactly."""
from __future__ import annotations

import codecs
import sys
import subprocess
import unicodedata
from pathlib import Path

import pytest

from conftest import SEED_NAMES, seed_file
from viewer.loaders import LoadedText, decode_bytes, load_document

# (label, how to make the bytes from text, encoding the loader must report)
ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8"), "utf-8"),
    ("utf-8-sig", lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    ("utf-16-le-bom", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
    ("utf-16-be-bom", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
    ("utf-16-le-nobom", lambda t: t.encode("utf-16-le"), "utf-16-le"),
    ("gb18030", lambda t: t.encode("gb18030"), "gb18030"),
]


def _expected(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _gbk_encodable(name: str) -> bool:
    try:
        seed_file(name).read_text(encoding="utf-8").encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


# ga-75-180 has superscript footnote digits (¹ ² ⁴) and 23/3 has U+2217 '∗':
# neither exists in GBK, so those two seeds cannot be written as GBK at all.
GBK_SEEDS = [name for name in SEED_NAMES if _gbk_encodable(name)]

TRADITIONAL = (
    "人權理事會，\n"
    " 重申《聯合國憲章》的宗旨和原則，\n"
    " 回顧《世界人權宣言》和《維也納宣言和行動綱領》，\n"
    " 1. 吁請所有國家堅持多邊主義，共同促進人權領域的合作共贏；\n"
    " 2. 請聯合國人權事務高級專員辦事處提交報告；\n"
    " 3. 決定繼續處理此事。\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_gbk_seed_selection_is_the_expected_three():
    assert GBK_SEEDS == ["hrc-37-23-adopted", "hrc-43-21-adopted", "hrc-44-draft"]


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("label,encode,codec", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_seed_round_trip(tmp_path, seed_text, name, label, encode, codec):
    original = seed_text(name)
    path = _write(tmp_path, encode(original))
    loaded = load_document(path)
    assert loaded == LoadedText(text=_expected(original), path=str(path), format="txt", encoding=codec)


@pytest.mark.parametrize("name", GBK_SEEDS)
def test_seed_round_trip_gbk(tmp_path, seed_text, name):
    original = seed_text(name)
    loaded = load_document(_write(tmp_path, original.encode("gbk")))
    assert loaded.text == _expected(original)
    assert loaded.encoding == "gb18030"  # GB18030 is the superset that decodes GBK


def test_seed_utf16_be_without_bom_and_utf32(tmp_path, seed_text):
    original = seed_text("hrc-43-21-adopted")
    assert decode_bytes(original.encode("utf-16-be")) == (original, "utf-16-be")
    assert decode_bytes(codecs.BOM_UTF32_LE + original.encode("utf-32-le")) == (original, "utf-32-le")
    assert decode_bytes(codecs.BOM_UTF32_BE + original.encode("utf-32-be")) == (original, "utf-32-be")


def test_big5_traditional_excerpt(tmp_path):
    loaded = load_document(_write(tmp_path, TRADITIONAL.encode("big5")))
    assert loaded.text == TRADITIONAL
    assert loaded.encoding == "big5"


@pytest.mark.parametrize(
    "text,codec,expected_codec",
    [
        # Short texts: charset-normalizer 3.4 calls the GBK ones cp949 or big5.
        ("人權理事會，", "big5", "big5"),
        ("聯合國", "big5", "big5"),
        ("會議", "big5", "big5"),
        ("人权理事会，", "gbk", "gb18030"),
        ("决定继续处理此事。", "gbk", "gb18030"),
        ("联合国", "gbk", "gb18030"),
        ("重申", "gbk", "gb18030"),
    ],
)
def test_short_texts_are_detected(text, codec, expected_codec):
    assert decode_bytes(text.encode(codec)) == (text, expected_codec)


def test_cp950_only_character_falls_back_to_cp950():
    text = "人權理事會 ～ 決定"  # '～' (A1E3) exists in Microsoft's CP950, not in plain Big5
    assert decode_bytes(text.encode("cp950")) == (text, "cp950")


def test_western_ansi_text_is_cp1252():
    text = "The General Assembly,\nReaffirming its resolution 75/180 – “Promoting cooperation”,\n"
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("人权理事会，\r\n重申\r\n", "人权理事会，\n重申\n"),  # Windows
        ("人权理事会，\r重申\r", "人权理事会，\n重申\n"),  # classic Mac
        ("A\u2028B\u2029C\x0cD", "A\nB\nC\n\x0c\nD"),  # Unicode separators, form feed
        ("Re\u0301sume\u0301 人权", "Résumé 人权"),  # NFC composes
        ("\ufeff人权\ufeff理事会", "人权理事会"),  # stray BOMs/ZWNBSP removed
        ("人权\x07理事会\x1b", "人权理事会"),  # a stray control character or two is dropped
    ],
)
def test_normalisation(raw, expected):
    assert decode_bytes(raw.encode("utf-8"))[0] == expected


def test_crlf_seed_file(tmp_path, seed_text):
    original = seed_text("hrc-37-23-adopted")
    path = _write(tmp_path, original.replace("\n", "\r\n").encode("utf-8"))
    assert load_document(path).text == original


@pytest.mark.parametrize("name", ["README", "notes.md", "resolution.text", "UPPER.TXT"])
def test_text_extensions(tmp_path, name):
    path = _write(tmp_path, "人权理事会，\n".encode("utf-8"), name)
    assert load_document(path) == LoadedText("人权理事会，\n", str(path), "txt", "utf-8")


def test_relative_path_becomes_absolute(tmp_path, monkeypatch):
    _write(tmp_path, b"1. Decides to remain seized of the matter.\n", "r.txt")
    monkeypatch.chdir(tmp_path)
    loaded = load_document("r.txt")
    assert loaded.path == str(tmp_path / "r.txt")
    assert loaded.text == "1. Decides to remain seized of the matter.\n"


def test_text_loading_does_not_import_qt(tmp_path):
    path = _write(tmp_path, "人权理事会，\n".encode("gb18030"))
    code = (
        "import sys; from viewer.loaders import load_document; "
        f"t = load_document({str(path)!r}); "
        "print(t.encoding, 'PySide6' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["gb18030", "False"]


# --- character hygiene: what every loader hands on -----------------------------------------

# Everything no loader may pass on (python-docx refuses controls and noncharacters; the diff
# would show soft hyphens as changes); U+2011 and no-break spaces are the document's own.
DIRTY = ("Nuclear\ufffe\nWeapon\uffff-Free Zone\x02 Treaty\x0b(Pelin\u00addaba)\x7f\x85\x9f\ufdd0"
         "\U0001fffe\U0010ffff\x00 forty\u2011seventh\u00a0session\u202f人权\x1b理事会\t\x0c\n")
CLEAN = "Nuclear\nWeapon-Free Zone Treaty\n(Pelindaba) forty\u2011seventh\u00a0session\u202f人权理事会\t\n\x0c\n\n"


def _is_clean(text: str) -> bool:
    for ch in text:
        cp = ord(ch)
        if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n\x0c":
            return False
        if 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE or ch == "\u00ad":
            return False
    return True


def test_normalise_text_removes_controls_noncharacters_and_soft_hyphens():
    from viewer.loaders import normalise_text

    assert normalise_text(DIRTY) == CLEAN
    assert _is_clean(CLEAN) and not _is_clean(DIRTY)
    every_noncharacter = "".join(chr(c) for c in range(0xFDD0, 0xFDF0)) + "".join(
        chr(p * 0x10000 + 0xFFFE) + chr(p * 0x10000 + 0xFFFF) for p in range(17))
    assert normalise_text("a" + every_noncharacter + "b") == "ab"


def test_text_loader_output_is_clean(tmp_path):
    # A few stray controls are tolerated as text (more, or a NUL, would read as binary) and removed.
    path = _write(tmp_path, ("人权理事会，\n" * 50 + DIRTY.replace("\x00", "")).encode("utf-8"))
    loaded = load_document(path)
    assert _is_clean(loaded.text) and loaded.text.endswith(CLEAN)


def test_docx_loader_output_is_clean(tmp_path):
    import docx

    document = docx.Document()
    # XML 1.0 admits no C0 controls or U+FFFE; these are what a .docx can carry.
    document.add_paragraph("Pelin\u00addaba\x85 forty\u2011seventh\u00a0session \ufdd0人权")
    path = tmp_path / "dirty.docx"
    document.save(path)
    loaded = load_document(path)
    assert _is_clean(loaded.text)
    assert "Pelindaba forty\u2011seventh\u00a0session 人权" in loaded.text


def test_pdf_and_docx_readers_pass_through_normalise_text(tmp_path, monkeypatch):
    # Whatever a reader returns (the PDF reader is being rewritten), load_document cleans it.
    import viewer.loaders.docx as docx_loader
    import viewer.loaders.pdf as pdf_loader

    monkeypatch.setattr(pdf_loader, "read_pdf", lambda path, name: DIRTY)
    monkeypatch.setattr(docx_loader, "read_docx", lambda data, name: DIRTY)
    for name in ("x.pdf", "x.docx"):
        path = tmp_path / name
        path.write_bytes(b"placeholder bytes")
        loaded = load_document(path)
        assert loaded.text == CLEAN and _is_clean(loaded.text)
