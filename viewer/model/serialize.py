"""Plain-data (JSON-ready) form of resolutions and comparisons: schema 1 of
``rescompare --export out.json``. Pure functions; the writer lives in viewer.export."""
from __future__ import annotations

from .comparison import AlignedPair, Comparison
from .resolution import Metadata, Paragraph, Resolution

SCHEMA = 1


def metadata_to_dict(m: Metadata) -> dict:
    vote = None
    if m.vote is not None:
        v = m.vote
        vote = {"yes": v.yes, "no": v.no, "abstain": v.abstain, "without_vote": v.without_vote,
                "in_favour": list(v.in_favour), "against": list(v.against),
                "abstaining": list(v.abstaining), "consistent": v.consistent,
                "mismatches": [{"list": name, "stated": stated, "listed": listed}
                               for name, stated, listed in v.mismatches()]}
    return {
        "body": m.body, "session": m.session, "session_dates": m.session_dates,
        "agenda_item": m.agenda_item, "agenda_title": m.agenda_title, "number": m.number,
        "symbol": m.symbol, "title": m.title, "status": m.status, "date": m.date,
        "sponsors": list(m.sponsors), "on_behalf_of": m.on_behalf_of, "report": m.report,
        "meeting": m.meeting, "vote": vote,
        "footnotes": [{"mark": f.mark, "text": f.text} for f in m.footnotes],
        "notes": [{"mark": f.mark, "text": f.text} for f in m.notes],
        "citations": list(m.citations),
    }


def paragraph_to_dict(p: Paragraph) -> dict:
    return {"id": p.id, "kind": p.kind.value, "number": p.number, "text": p.text, "verb": p.verb,
            "footnote_refs": list(p.footnote_refs), "citations": list(p.citations)}


def resolution_to_dict(r: Resolution) -> dict:
    return {"source": r.source, "language": r.language, "opening": r.opening,
            "notices": list(r.notices),
            "metadata": metadata_to_dict(r.metadata),
            "paragraphs": [paragraph_to_dict(p) for p in r.paragraphs]}


def pair_to_dict(p: AlignedPair, note: str | None = None) -> dict:
    out = {
        "old": p.old_id, "new": p.new_id, "kind": p.kind.value, "status": p.status.value,
        "relation": p.relation, "old_ids": [x.id for x in p.old], "new_ids": [x.id for x in p.new],
        "moved": p.moved, "renumbered": p.renumbered, "similarity": p.similarity,
        "text_similarity": p.text_similarity, "score": p.score,
        "best_match": ({"id": p.best_match[0], "score": p.best_match[1]}
                       if p.best_match else None),
        "footnotes_renumbered": [{"old": a, "new": b} for a, b in p.footnotes_renumbered],
        "footnotes_added": list(p.footnotes_added),
        "footnotes_removed": list(p.footnotes_removed),
        "pinned": p.pinned,
        "coarse": bool(p.diff and p.diff.coarse),
        "diff": [s.to_list() for s in p.diff.segments] if p.diff else [],
        "verb_change": p.verb_change.to_dict() if p.verb_change else None,
        "citations": {"added": list(p.citations_added), "removed": list(p.citations_removed)},
    }
    if note:
        out["note"] = note
    return out


def comparison_to_dict(c: Comparison, notes: dict[str, str] | None = None) -> dict:
    """The whole comparison as plain data; ``notes`` maps pair keys to the user's notes."""
    notes = notes or {}
    return {
        "schema": SCHEMA,
        "options": c.options.to_dict(),
        "old": resolution_to_dict(c.old),
        "new": resolution_to_dict(c.new),
        "pairs": [pair_to_dict(p, notes.get(p.key)) for p in c.pairs],
        "summary": c.summary,
        "renumbering": [{"old": a, "new": b} for a, b in c.renumbering],
        "metadata_changes": [m.to_dict() for m in c.metadata_changes],
        "citations": {"added": list(c.citations_added), "removed": list(c.citations_removed)},
    }
