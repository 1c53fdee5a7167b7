"""Hand-made Word files with tracked changes and comments (raw WordprocessingML in a python-docx
package), for the tracked-changes reader tests."""
from __future__ import annotations

import itertools
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

DATE = "2020-06-22T10:00:00Z"
_ids = itertools.count(100)


def _rid() -> int:
    return next(_ids)


def run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _rev(tag: str, author: str, date: str = DATE) -> str:
    return f'<w:{tag} w:id="{_rid()}" w:author="{author}" w:date="{date}"'


def ins(text: str, author: str = "Ann", date: str = DATE) -> str:
    return f"{_rev('ins', author, date)}>{run(text)}</w:ins>"


def delete(text: str, author: str = "Ann", date: str = DATE) -> str:
    return (f"{_rev('del', author, date)}><w:r><w:delText xml:space=\"preserve\">{escape(text)}"
            "</w:delText></w:r></w:del>")


def move_from(text: str, author: str = "Ann", name: str = "move1") -> str:
    """Moved-away text as Word writes it: range markers around a w:moveFrom."""
    rid = _rid()
    return (f'<w:moveFromRangeStart w:id="{rid}" w:name="{name}" w:author="{author}" w:date="{DATE}"/>'
            f"{_rev('moveFrom', author)}>{run(text)}</w:moveFrom>"
            f'<w:moveFromRangeEnd w:id="{rid}"/>')


def move_to(text: str, author: str = "Ann", name: str = "move1") -> str:
    rid = _rid()
    return (f'<w:moveToRangeStart w:id="{rid}" w:name="{name}" w:author="{author}" w:date="{DATE}"/>'
            f"{_rev('moveTo', author)}>{run(text)}</w:moveTo>"
            f'<w:moveToRangeEnd w:id="{rid}"/>')


def bold_change(text: str, author: str = "Cy") -> str:
    """A run made bold with tracking on: formatting only (w:rPrChange holds the old, plain rPr)."""
    return run(text, f"<w:rPr><w:b/>{_rev('rPrChange', author)}><w:rPr/></w:rPrChange></w:rPr>")


def para(*content: str, style: str | None = None, mark: tuple[str, str] | None = None,
         old_ppr: str | None = None, ppr_author: str = "Cy", extra_ppr: str = "") -> str:
    """A w:p. ``mark`` = (tag, author): a tracked paragraph mark (ins/del/moveFrom/moveTo);
    ``old_ppr``: the properties before a tracked paragraph-format change (w:pPrChange)."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    ppr += extra_ppr
    if mark is not None:
        ppr += f"<w:rPr>{_rev(mark[0], mark[1])}/></w:rPr>"
    if old_ppr is not None:
        ppr += f"{_rev('pPrChange', ppr_author)}><w:pPr>{old_ppr}</w:pPr></w:pPrChange>"
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{''.join(content)}</w:p>"


def op(*content: str, **kw) -> str:
    """An operative paragraph: numbered by Word's list style, as delegations' drafts are."""
    return para(*content, style="ListNumber", **kw)


def comment_start(cid: int) -> str:
    return f'<w:commentRangeStart w:id="{cid}"/>'


def comment_end(cid: int) -> str:
    return (f'<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
            f'<w:commentReference w:id="{cid}"/></w:r>')


def comment_ref(cid: int) -> str:
    return f'<w:r><w:commentReference w:id="{cid}"/></w:r>'


HEADER = (para(run("A/HRC/RES/44/1")), para(run("44/1. Promoting cooperation")),
          para(run("The Human Rights Council,")))


def build(path, body: list[str], comments: list[tuple[str, str, str]] = ()):
    """Save a .docx whose body is ``body`` (w:p / w:tbl XML strings) and whose comments part
    holds ``comments`` = (author, date, text), with ids 0, 1, … in that order."""
    document = docx.Document()
    root = document.element.body
    for p in root.findall(qn("w:p")):
        root.remove(p)
    for author, date, text in comments:
        comment = document.comments.add_comment(text, author=author, initials=author[:1])
        comment._comment_elm.set(qn("w:date"), date)
    sect = root.find(qn("w:sectPr"))
    holder = parse_xml(f'<w:body {nsdecls("w")}>{"".join(body)}</w:body>')
    for child in list(holder):
        sect.addprevious(child)
    document.save(path)
    return path
