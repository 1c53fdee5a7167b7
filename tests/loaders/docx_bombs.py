"""Build hostile .docx files on the fly (never committed): a valid Word package whose
document.xml inflates to a chosen size, written by streaming so the builder itself stays small."""
from __future__ import annotations

import io
import random
import zipfile

import docx

_PARA = ('<w:p><w:r><w:t>1. 重申所有人权都是普遍、不可分割、相互依存和相互关联的；'
         'Reaffirms that all human rights are universal and indivisible;</w:t></w:r></w:p>')


def _template() -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("1. 重申 placeholder；")
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(buf) as z:
        return {info.filename: z.read(info) for info in z.infolist()}


def write_bomb(path, inflated_bytes: int, *, compresslevel: int = 9, extra_members: int = 0,
               varied: bool = False) -> None:
    """A .docx whose word/document.xml is ``inflated_bytes`` long: one OP paragraph repeated, or
    (``varied``) numbered paragraphs of seeded random words, which compress like real text."""
    parts = _template()
    head, tail = parts["word/document.xml"].split(b"<w:body>", 1)
    head += b"<w:body>"
    tail = b"<w:sectPr/></w:body></w:document>"
    para = _PARA.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as z:
        for name, data in parts.items():
            if name != "word/document.xml":
                z.writestr(name, data)
        for k in range(extra_members):
            z.writestr(f"extra/part{k}.xml", b"<a/>")
        with z.open("word/document.xml", "w", force_zip64=inflated_bytes > 2**31) as member:
            member.write(head)
            written = len(head) + len(tail)
            block = para * (1 << 20 // len(para))
            if varied:
                rng = random.Random(0)
                words = [f"w{n}" for n in range(20_000)]
                number = 0
                while written + 400 <= inflated_bytes:
                    number += 1
                    text = " ".join(rng.choice(words) for _ in range(40))
                    chunk = f"<w:p><w:r><w:t>{number}. Requests {text};</w:t></w:r></w:p>".encode()
                    member.write(chunk)
                    written += len(chunk)
                block = b""
            while block and written + len(block) <= inflated_bytes:
                member.write(block)
                written += len(block)
            while written + len(para) <= inflated_bytes:
                member.write(para)
                written += len(para)
            member.write(tail)


def lie_about_size(path, member: str, declared: int) -> None:
    """Rewrite the declared inflated size of ``member`` (local header and central directory)."""
    data = bytearray(open(path, "rb").read())
    name = member.encode()
    at = 0
    while (at := data.find(b"PK\x03\x04", at)) != -1:
        if data[at + 30: at + 30 + len(name)] == name:
            data[at + 22: at + 26] = declared.to_bytes(4, "little")
        at += 4
    at = 0
    while (at := data.find(b"PK\x01\x02", at)) != -1:
        if data[at + 46: at + 46 + len(name)] == name:
            data[at + 24: at + 28] = declared.to_bytes(4, "little")
        at += 4
    open(path, "wb").write(bytes(data))
