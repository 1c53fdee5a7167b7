"""Other extractions of the same texts parse to the same paragraphs: the whole text on one
line, no leading-space convention, no blank lines, spaces inside words, CRLF and tabs."""
import random
import re

import pytest

from viewer.model import parse_resolution

from .helpers import ENGLISH, SEEDS, raw


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _variants(text: str) -> dict[str, str]:
    lines = [line.strip() for line in text.split("\n")]
    rnd = random.Random(7)
    return {
        "one_line": " ".join(line for line in lines if line),
        "no_indent": "\n".join(lines),
        "no_indent_no_blank": "\n".join(line for line in lines if line),
        "spaces_in_words": re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])",
                                  lambda m: " " if rnd.random() < 0.15 else "", text),
        "crlf_tabs": text.replace("\n", "\r\n").replace("  ", "\t"),
        "pdftotext_pages": _paginate([line for line in lines if line]),
    }


def _paginate(lines: list[str], per_page: int = 12) -> str:
    """pdftotext's shape: a form feed per page, a page number at the foot, a running header."""
    out = []
    for n, start in enumerate(range(0, len(lines), per_page), start=1):
        if n > 1:
            out.append("Resolution text, page header")
        out.extend(lines[start:start + per_page])
        out += [str(n), "\f"]
    return "\n".join(out)


CASES = [(name, variant) for name in SEEDS + ENGLISH
         for variant in ("one_line", "no_indent", "no_indent_no_blank", "spaces_in_words", "crlf_tabs",
                         "pdftotext_pages")]


@pytest.mark.parametrize("name,variant", CASES)
def test_variant_parses_like_the_original(name, variant):
    base = parse_resolution(raw(name), name)
    other = parse_resolution(_variants(raw(name))[variant], name)
    assert [p.id for p in other.paragraphs] == [p.id for p in base.paragraphs]
    assert [_squash(p.text) for p in other.paragraphs] == [_squash(p.text) for p in base.paragraphs]
    bm, om = base.metadata, other.metadata
    assert (om.number, om.session, om.date, om.status, om.body) == (bm.number, bm.session, bm.date, bm.status, bm.body)
    assert [f.mark for f in om.footnotes] == [f.mark for f in bm.footnotes]
    if bm.vote and bm.vote.recorded:
        assert (om.vote.yes, om.vote.no, om.vote.abstain) == (bm.vote.yes, bm.vote.no, bm.vote.abstain)
        assert om.vote.in_favour == bm.vote.in_favour
