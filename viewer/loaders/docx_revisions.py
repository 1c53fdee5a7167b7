"""A Word file's tracked changes and comments: both states, the revision list, the comments.

:func:`read_tracked` turns a .docx into a :class:`viewer.model.tracked.TrackedDocument`:

* the text before the changes (reject all) and after them (accept all), read by the same
  walker as any .docx (:func:`viewer.loaders.docx.body_lines`), so the two states number
  lists, join paragraphs and skip field codes exactly like an ordinary load;
* every revision — ``w:ins``, ``w:del``, ``w:moveFrom``, ``w:moveTo``, ``w:rPrChange``,
  ``w:pPrChange``, tracked paragraph marks (``w:pPr/w:rPr/w:ins|del|moveFrom|moveTo``) and
  table rows (``w:trPr/w:ins|del``) — with its author, date, text and the line (paragraph) it
  sits in, in each state where it exists (an insertion only after, a deletion only before, a
  formatting change in both);
* the comments of ``word/comments.xml`` (author, date, text), anchored by
  ``w:commentRangeStart``/``w:commentRangeEnd`` (or only a ``w:commentReference``), with the
  lines of the paragraphs they cover that exist in each state.
"""
from __future__ import annotations

import io
import os
import re
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from viewer.model.errors import InputError
from viewer.model.tracked import (DELETE, FORMAT, INSERT, MARK_DELETE, MARK_INSERT, MOVE_FROM,
                                  MOVE_TO, PARAGRAPH_FORMAT, ROW_DELETE, ROW_INSERT, Comment,
                                  Revision, TrackedDocument)

from .docx import (_DEL, _INS, _MOVE_FROM, _MOVE_TO, _P, ACCEPT, MAX_XML_BYTES, REJECT,
                   _mark_revision, _paragraph_text, _w, body_lines, read_docx)
from .text import normalise_text

_RPR, _PPR, _TRPR, _TR = _w("rPr"), _w("pPr"), _w("trPr"), _w("tr")
_RPR_CHANGE, _PPR_CHANGE = _w("rPrChange"), _w("pPrChange")
_C_START, _C_END, _C_REF = _w("commentRangeStart"), _w("commentRangeEnd"), _w("commentReference")
_ID, _AUTHOR, _DATE = _w("id"), _w("author"), _w("date")
_TRACKED = (_INS, _DEL, _MOVE_FROM, _MOVE_TO, _RPR_CHANGE, _PPR_CHANGE)

# In which state a revision's content exists: where it can be tied to a paragraph.
_EXISTS_BEFORE = frozenset({DELETE, MOVE_FROM, MARK_DELETE, ROW_DELETE, FORMAT, PARAGRAPH_FORMAT})
_EXISTS_AFTER = frozenset({INSERT, MOVE_TO, MARK_INSERT, ROW_INSERT, FORMAT, PARAGRAPH_FORMAT})
# Kind of a w:ins / w:del / w:moveFrom / w:moveTo element by where it sits.
_RUN_KIND = {_INS: INSERT, _DEL: DELETE, _MOVE_FROM: MOVE_FROM, _MOVE_TO: MOVE_TO}
_MARK_KIND = {_INS: MARK_INSERT, _DEL: MARK_DELETE, _MOVE_FROM: MOVE_FROM, _MOVE_TO: MOVE_TO}
_ROW_KIND = {_INS: ROW_INSERT, _DEL: ROW_DELETE}


def _ancestor(el, tag):
    while el is not None and el.tag != tag:
        el = el.getparent()
    return el


def _classify(el):
    """(kind, paragraph or row it belongs to) for a tracked-change element, or None to ignore."""
    tag, parent = el.tag, el.getparent()
    if tag == _RPR_CHANGE:
        return FORMAT, _ancestor(el, _P)
    if tag == _PPR_CHANGE:
        return (PARAGRAPH_FORMAT, parent.getparent()) if parent.tag == _PPR else None
    if parent is not None and parent.tag == _RPR:
        holder = parent.getparent()
        if holder is not None and holder.tag == _PPR:  # the paragraph mark itself
            return _MARK_KIND[tag], holder.getparent()
        return None  # a run's own rPr/ins (numbering symbols): no text of its own
    if parent is not None and parent.tag == _w("numPr"):  # list numbering added or removed
        return PARAGRAPH_FORMAT, _ancestor(el, _P)
    if parent is not None and parent.tag == _TRPR:
        return (_ROW_KIND[tag], parent.getparent()) if tag in _ROW_KIND else None
    return _RUN_KIND[tag], _ancestor(el, _P)


def _first_paragraph(el):
    """The paragraph a revision or comment edge belongs to: its own, else the next in order."""
    p = _ancestor(el, _P)
    if p is not None:
        return p
    for p in el.iter(_P):  # a table row, or a wrapper around whole paragraphs
        return p
    nxt = el.getnext()
    while nxt is not None:
        for p in nxt.iter(_P):
            return p
        nxt = nxt.getnext()
    return None


def _revisions(body, where: dict[str, dict]) -> list[Revision]:
    out: list[Revision] = []
    for el in body.iter(*_TRACKED):
        found = _classify(el)
        if found is None:
            continue
        kind, holder = found
        p = holder if holder is not None and holder.tag == _P else _first_paragraph(
            holder if holder is not None else el)
        text = ""  # formatting changes and paragraph marks change no text of their own
        if kind in (ROW_INSERT, ROW_DELETE):
            text = "\t".join(_paragraph_text(q, ACCEPT if kind == ROW_INSERT else REJECT)
                             for q in holder.iter(_P))
        elif kind in (INSERT, MOVE_TO, DELETE, MOVE_FROM) and el.getparent().tag != _RPR:
            text = _paragraph_text(el, ACCEPT if kind in (INSERT, MOVE_TO) else REJECT)
        out.append(Revision(
            kind=kind, author=el.get(_AUTHOR), date=el.get(_DATE), text=text,
            before_line=where[REJECT].get(p) if kind in _EXISTS_BEFORE else None,
            after_line=where[ACCEPT].get(p) if kind in _EXISTS_AFTER else None,
            id=el.get(_ID)))
    return out


def _comments_root(document):
    for rel in document.part.rels.values():
        if rel.reltype == RT.COMMENTS and not rel.is_external:
            part = rel.target_part
            element = getattr(part, "element", None)
            if element is not None:
                return element
            from docx.oxml.parser import parse_xml
            return parse_xml(part.blob)
    return None


def _present(p, state: str, where: dict) -> bool:
    """Does paragraph ``p`` exist in ``state`` — its mark stays, or some of its text does?"""
    if p not in where:
        return False
    return not _mark_revision(p.find(_PPR), state) or bool(_paragraph_text(p, state).strip())


def _anchors(body) -> tuple[dict[str, list], dict[str, str]]:
    """Comment id -> the paragraphs its range covers (document order); id -> commented text."""
    paragraphs = list(body.iter(_P))
    order = {p: n for n, p in enumerate(paragraphs)}
    start: dict[str, object] = {}
    end: dict[str, object] = {}
    for el in body.iter(_C_START, _C_END, _C_REF):
        cid = el.get(_ID)
        p = _ancestor(el, _P)
        if el.tag == _C_START:
            start.setdefault(cid, p if p is not None else _first_paragraph(el))
        elif p is not None or el.tag == _C_END:
            if p is None:  # a range end between paragraphs closes on the one before it
                prev = el.getprevious()
                while prev is not None and prev.tag != _P:
                    prev = prev.getprevious()
                p = prev
            if p is not None:
                end[cid] = p if cid not in end or order[p] > order[end[cid]] else end[cid]
    covered: dict[str, list] = {}
    for cid in set(start) | set(end):
        a = start[cid] if start.get(cid) is not None else end.get(cid)
        b = end[cid] if end.get(cid) is not None else start.get(cid)
        if a is None or b is None:
            continue
        lo, hi = sorted((order[a], order[b]))
        covered[cid] = paragraphs[lo:hi + 1]
    after, before = _anchor_texts(body, ACCEPT), _anchor_texts(body, REJECT)
    return covered, {cid: after.get(cid) or before.get(cid, "") for cid in set(after) | set(before)}


def _anchor_texts(body, state: str) -> dict[str, str]:
    """The text (in ``state``) between each comment's range start and end."""
    texts: dict[str, list[str]] = {}
    open_ids: list[str] = []
    skip = {_PPR, _RPR, _w("instrText"), _w("delInstrText")}
    skip |= {_DEL, _MOVE_FROM} if state == ACCEPT else {_INS, _MOVE_TO}
    text_tags = (_w("t"),) if state == ACCEPT else (_w("t"), _w("delText"))

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in skip:
                continue
            if tag == _C_START:
                open_ids.append(child.get(_ID))
                texts.setdefault(child.get(_ID), [])
            elif tag == _C_END:
                if child.get(_ID) in open_ids:
                    open_ids.remove(child.get(_ID))
            elif tag in text_tags:
                for cid in open_ids:
                    texts[cid].append(child.text or "")
            else:
                walk(child)
                if tag == _P and not _mark_revision(child.find(_PPR), state):
                    for cid in open_ids:
                        texts[cid].append("\n")

    walk(body)
    return {cid: "".join(parts).strip() for cid, parts in texts.items()}


def _comments(document, body, where: dict[str, dict]) -> list[Comment]:
    root = _comments_root(document)
    if root is None:
        return []
    covered, anchor_text = _anchors(body)
    out: list[Comment] = []
    for c in root.iterchildren(_w("comment")):
        cid = c.get(_ID)
        text = "\n".join(_paragraph_text(p, ACCEPT) for p in c.iter(_P)).strip()
        paras = covered.get(cid, [])
        lines = {state: tuple(sorted({where[state][p] for p in paras if _present(p, state, where[state])}))
                 for state in (REJECT, ACCEPT)}
        out.append(Comment(id=cid or "", author=c.get(_AUTHOR), date=c.get(_DATE), text=text,
                           anchor=anchor_text.get(cid, ""), before_lines=lines[REJECT],
                           after_lines=lines[ACCEPT]))
    return out


def read_tracked(data: bytes, name: str) -> TrackedDocument:
    """Both states of a .docx given as bytes, its revisions and its comments."""
    read_docx(data, name)  # the ordinary reader's checks of the package come first
    try:
        import docx as python_docx

        document = python_docx.Document(io.BytesIO(data))
        body = document.element.body
        where: dict[str, dict] = {REJECT: {}, ACCEPT: {}}
        before_lines = body_lines(document, REJECT, where[REJECT])
        after_lines = body_lines(document, ACCEPT, where[ACCEPT])
        revisions = _revisions(body, where)
        comments = _comments(document, body, where)
    except InputError:
        raise
    except Exception as exc:  # python-docx / lxml failure on a damaged package
        raise InputError("corrupt_docx", name) from exc
    before, after = normalise_text("\n".join(before_lines)), normalise_text("\n".join(after_lines))
    if not before.strip() and not after.strip():
        raise InputError("no_text", name)
    return TrackedDocument(name=name, before=before, after=after,
                           before_lines=tuple(before_lines), after_lines=tuple(after_lines),
                           revisions=tuple(revisions), comments=tuple(comments))


def load_tracked(path: str | os.PathLike) -> TrackedDocument:
    """Open a Word file with tracked changes as a comparison by itself.

    Raises :class:`InputError`: the checks of :func:`viewer.loaders.load_document` (missing,
    too large, damaged…), ``one_file`` for another format, ``no_tracked_changes`` when the
    file has no revision (two versions are needed then)."""
    from . import _read, load_document

    loaded = load_document(path)  # every check on the path, size and package
    if loaded.format != "docx":
        raise InputError("one_file", loaded.path)
    document = read_tracked(_read(loaded.path), loaded.path)
    if not document.has_changes:
        raise InputError("no_tracked_changes", loaded.path)
    return document


# Revision elements in WordprocessingML (w:ins, w:del, w:moveFrom, w:moveTo, property changes),
# as they appear in the document part's bytes whatever the namespace prefix is called.
_REVISION_TAGS = re.compile(rb"<\w+:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange)[\s>/]")


def has_tracked_changes(path: str | os.PathLike) -> bool:
    """Whether the Word file at ``path`` holds tracked changes, by a look at its document part
    only (no parsing): what the window asks before it offers the file's own changes. A file
    that cannot be looked at answers False and is left to the loader, which says why."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                return False
            return bool(_REVISION_TAGS.search(archive.read(info)))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile, NotImplementedError, RuntimeError):
        return False

