"""Every kind of bad input gives an InputError with the right code — nothing else escapes."""
from __future__ import annotations

import io
import os
import zipfile

import docx
import pytest

import viewer.loaders as loaders
from viewer.loaders import MAX_BYTES, decode_bytes, load_document
from viewer.model.errors import InputError


def _code(path) -> InputError:
    with pytest.raises(InputError) as info:
        load_document(path)
    return info.value


def test_not_found(tmp_path):
    err = _code(tmp_path / "missing.txt")
    assert (err.code, err.path) == ("not_found", str(tmp_path / "missing.txt"))
    assert err.message("en") == "missing.txt: the file does not exist."


def test_not_found_through_a_file_and_empty_name(tmp_path):
    (tmp_path / "plain.txt").write_text("x", encoding="utf-8")
    assert _code(tmp_path / "plain.txt" / "inner.txt").code == "not_found"  # ENOTDIR
    assert _code("").code == "not_found"
    assert _code(str(tmp_path / "nul\0byte.txt")).code == "not_found"


def test_broken_symlink_is_not_found(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert _code(link).code == "not_found"


@pytest.mark.parametrize("name", ["folder", "folder.docx"])
def test_directory(tmp_path, name):
    (tmp_path / name).mkdir()
    err = _code(tmp_path / name)
    assert err.code == "is_directory"
    assert err.message("zh") == f"{name}：这是文件夹，不是文件。"


def test_special_file_is_refused_without_reading():
    err = _code("/dev/zero")
    assert (err.code, err.detail) == ("unsupported", "(not a regular file)")


def test_permission_denied(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("人权理事会", encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loaders, "open", denied, raising=False)
    err = _code(path)
    assert (err.code, err.detail) == ("permission", "Permission denied")


def test_permission_denied_for_real(open_tmp):
    """A real mode-000 file. As root (CI, containers) the read happens with the effective uid of
    'nobody', since root itself may read any file."""
    path = open_tmp / "locked.txt"
    path.write_text("人权理事会", encoding="utf-8")
    path.chmod(0)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(65534)  # nobody
        err = _code(path)
    finally:
        if as_root:
            os.seteuid(0)
        path.chmod(0o644)
    assert err.code == "permission"
    assert "locked.txt" in err.message("en")


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\r\n", "\u3000\n\u3000".encode("utf-8"), b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe \x00\n\x00"],
    ids=["zero-bytes", "ascii-whitespace", "ideographic-space", "utf8-bom-only", "utf16-bom-only", "utf16-space"],
)
def test_empty(tmp_path, data):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    assert _code(path).code == "empty"


def test_too_large_is_checked_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        os.truncate(handle.fileno(), 50 * 1024 * 1024)  # sparse: no 50 MB written

    def must_not_read(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(loaders, "open", must_not_read, raising=False)
    err = _code(path)
    assert (err.code, err.detail) == ("too_large", "50.0 MB")
    assert err.message("en") == "huge.txt: the file is too large (50.0 MB); a resolution is far smaller."


def test_max_bytes_itself_is_allowed(tmp_path):
    path = tmp_path / "big.txt"
    line = "人权理事会重申所有人权都是普遍的。\n".encode("utf-8")
    path.write_bytes(line * (MAX_BYTES // len(line)))
    assert os.path.getsize(path) <= MAX_BYTES
    loaded = load_document(path)
    assert loaded.encoding == "utf-8"
    assert len(loaded.text) == 18 * (MAX_BYTES // len(line))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        "人权理事会，\n".encode("utf-8") + b"\x00" + "重申".encode("utf-8"),
        bytes(range(1, 32)) * 20 + "人权".encode("utf-8"),
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\x03",
    ],
    ids=["png", "nul-in-utf8", "control-bytes", "pdf-named-txt"],
)
def test_binary(tmp_path, data):
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    assert _code(path).code == "binary"


def test_binary_utf16_with_many_controls():
    data = "\x01\x02\x03\x04\x05\x06人权".encode("utf-16-le") * 10
    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.code == "binary"


@pytest.mark.parametrize(
    "data",
    [
        b"\x81\x81" * 50,  # decodes as GB18030 to rare characters only; not CP1252 either
        b"\xef\xbb\xbf" + b"\xff\xfe\xfd\xfc",  # UTF-8 BOM followed by invalid UTF-8
        "日本語のテキストです。".encode("shift_jis") * 3,
    ],
    ids=["rare-gb18030", "bad-utf8-after-bom", "shift-jis"],
)
def test_encoding(tmp_path, data):
    path = tmp_path / "mystery.txt"
    path.write_bytes(data)
    err = _code(path)
    assert err.code == "encoding"
    assert err.message("en") == "mystery.txt: the text encoding could not be recognised."


def test_decode_bytes_uses_the_given_name():
    with pytest.raises(InputError) as info:
        decode_bytes(b"\x81\x81" * 50, name="embedded.txt")
    assert (info.value.code, info.value.name) == ("encoding", "embedded.txt")


@pytest.mark.parametrize("name", ["resolution.doc", "table.xlsx", "text.odt", "image.PNG"])
def test_unsupported_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"whatever")
    err = _code(path)
    assert (err.code, err.detail) == ("unsupported", os.path.splitext(name)[1].lower())


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _real_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("人权理事会，")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        lambda: "人权理事会，这不是 Word 文件".encode("utf-8"),
        lambda: _zip({"hello.txt": b"hi"}),
        lambda: _zip({"word/document.xml": b"<not-xml"}),
        lambda: _real_docx()[: len(_real_docx()) // 2],
        lambda: _real_docx().replace(b"word/document.xml", b"word/docu_ent.xml"),
    ],
    ids=["text-renamed", "zip-without-document", "broken-package", "truncated", "renamed-part"],
)
def test_corrupt_docx(tmp_path, make):
    path = tmp_path / "bad.docx"
    path.write_bytes(make())
    err = _code(path)
    assert err.code == "corrupt_docx"
    assert err.message("en") == "bad.docx: the Word document is damaged or not really a .docx file."


def test_docx_without_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("   ")
    path = tmp_path / "blank.docx"
    document.save(path)
    assert _code(path).code == "no_text"


@pytest.mark.parametrize(
    "data",
    [b"hello, this is not a PDF at all\n" * 10, b"%PDF-1.4\n" + b"x" * 100],
    ids=["garbage", "header-only"],
)
def test_corrupt_pdf(tmp_path, data):
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    err = _code(path)
    assert err.code == "corrupt_pdf"
    assert err.message("en") == "bad.pdf: the PDF is damaged or not really a PDF file."
    assert err.message("zh") == "bad.pdf：PDF 文件已损坏，或并非真正的 PDF 文件。"


def encrypted_pdf() -> bytes:
    """A one-page PDF whose Standard security handler rejects the empty password."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> "
        b"<00112233445566778899aabbccddeeff>] >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return bytes(out)


def test_password_protected_pdf(tmp_path):
    path = tmp_path / "secret.pdf"
    path.write_bytes(encrypted_pdf())
    err = _code(path)
    assert err.code == "pdf_password"
    assert err.message("zh") == "secret.pdf：PDF 文件受密码保护；请在 PDF 阅读器中打开并另存一份无密码的副本。"
    assert err.message("en").startswith("secret.pdf: the PDF is password protected")
