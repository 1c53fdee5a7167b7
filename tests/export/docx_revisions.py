"""Accept-all / reject-all of a .docx's tracked changes, done the way Word does it (test helper).

Read by XML semantics: w:del and w:moveFrom content goes on accept, w:ins and w:moveTo content
on reject; a paragraph whose mark goes runs into the next one. Footnote references are shown
as Word numbers them (1, 2, 3 … in the order of the references that remain), and each
remaining reference's footnote text is resolved the same way. The summary page (paragraph
styles RCSummary…) is not part of the resolution's text and is left out.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def document_xml(data: bytes) -> etree._Element:
    return part(data, "word/document.xml")


def superscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", SUPERSCRIPTS))


def _inside(el, *tags: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in [q(t) for t in tags]:
            return True
        if parent.tag == q("p"):
            return False
        parent = parent.getparent()
    return False


def _gone(el, accept: bool) -> bool:
    return _inside(el, "del", "moveFrom") if accept else _inside(el, "ins", "moveTo")


def _mark_gone(p, accept: bool) -> bool:
    mark = p.find(f"{q('pPr')}/{q('rPr')}")
    if mark is None:
        return False
    tags = ("del", "moveFrom") if accept else ("ins", "moveTo")
    return any(mark.find(q(t)) is not None for t in tags)


def _paragraphs(paras, accept: bool, on_ref) -> list[str]:
    out: list[str] = []
    current = ""
    for p in paras:
        text = []
        for el in p.iter(q("t"), q("delText"), q("br"), q("tab"), q("footnoteReference"),
                         q("noBreakHyphen"), q("softHyphen")):
            if _gone(el, accept):
                continue
            if el.tag in (q("t"), q("delText")):
                text.append(el.text or "")
            elif el.tag == q("br"):
                text.append("\n")
            elif el.tag == q("tab"):
                text.append("\t")
            elif el.tag == q("noBreakHyphen"):     # how LibreOffice saves U+2011
                text.append("\u2011")
            elif el.tag == q("softHyphen"):
                text.append("\u00ad")
            else:
                text.append(on_ref(el.get(q("id"))))
        current += "".join(text)
        if _mark_gone(p, accept):
            continue  # the mark goes: this paragraph runs into the next one
        out.append(current)
        current = ""
    if current:
        out.append(current)
    return out


def _text_paragraphs(body) -> list:
    """Body paragraphs but the summary page's (styles RCSummary…)."""
    def style(p) -> str:
        el = p.find(f"{q('pPr')}/{q('pStyle')}")
        return el.get(q("val")) if el is not None else ""
    return [p for p in body.iter(q("p")) if not style(p).startswith("RCSummary")]


def resolve_all(data: bytes, accept: bool) -> tuple[list[str], list[str]]:
    """(body paragraphs, footnote texts in reference order) after accepting (or rejecting)
    every revision; empty paragraphs dropped."""
    notes: list[str] = []
    try:
        root = part(data, "word/footnotes.xml")
        bodies = {fn.get(q("id")): fn for fn in root.findall(q("footnote"))}
    except KeyError:
        bodies = {}

    def on_ref(fid: str) -> str:
        fn = bodies[fid]
        text = "".join(_paragraphs(fn.findall(q("p")), accept, lambda _: ""))
        notes.append(text.strip())
        return superscript(len(notes))

    body = document_xml(data).find(q("body"))
    paragraphs = _paragraphs(_text_paragraphs(body), accept, on_ref)
    return [t for t in paragraphs if t], notes


def resolve(data: bytes, accept: bool) -> list[str]:
    """Body paragraph texts after accepting (or rejecting) every revision."""
    return resolve_all(data, accept)[0]
