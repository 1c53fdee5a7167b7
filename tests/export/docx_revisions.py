"""Accept-all / reject-all of a .docx's tracked changes, done the way Word does it (test helper)."""
from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml"))


def _inside(el, tag: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == q(tag):
            return True
        if parent.tag == q("p"):
            return False
        parent = parent.getparent()
    return False


def resolve(data: bytes, accept: bool) -> list[str]:
    """Body paragraph texts after accepting (or rejecting) every revision; empty ones dropped.

    Accept: w:del content and paragraphs with a deleted mark go (their text joins the next
    paragraph), w:ins is unwrapped. Reject: the reverse, w:delText becomes text.
    """
    body = document_xml(data).find(q("body"))
    out: list[str] = []
    current = ""
    for p in body.iter(q("p")):
        text = []
        for el in p.iter(q("t"), q("delText"), q("br"), q("tab")):
            if _inside(el, "ins") and not accept:
                continue
            if _inside(el, "del") and accept:
                continue
            if el.tag in (q("t"), q("delText")):
                text.append(el.text or "")
            elif el.tag == q("br"):
                text.append("\n")
            else:
                text.append("\t")
        current += "".join(text)
        mark = p.find(f"{q('pPr')}/{q('rPr')}")
        deleted = mark is not None and mark.find(q("del")) is not None
        inserted = mark is not None and mark.find(q("ins")) is not None
        if (deleted and accept) or (inserted and not accept):
            continue  # the mark goes: this paragraph runs into the next one
        out.append(current)
        current = ""
    if current:
        out.append(current)
    return [t for t in out if t]
