"""Plain-data (JSON-ready) form of a :class:`~viewer.model.history.History`: what
``rescompare --export out.json V1 V2 V3 …`` writes. Pure functions; the writer lives in
viewer.export.history_json.

Shape (``"type": "history"``, schema 1)::

    versions   [{key, index, label, date, date_from, resolution: <as in the two-version
               export>}] in history order; ``date`` is what ordered it: the document's own date
               (date_from "document") or the first day of its session ("session")
    steps      one per adjacent pair, in order: {old, new, summary, pairs: [<pair as in the
               two-version export> + its lineage id], renumbering, metadata_changes, citations}
    lineages   [{id, kind, label, introduced, dropped, branched, members, events, verbs,
                 verb_path}] — versions named by key; ``members`` lists every version, [] where
               the lineage is absent; ``events`` say what happened on the way into a version.
    summary    counts over the whole history.
"""
from __future__ import annotations

from typing import Mapping

from .history import Event, History, Lineage
from .serialize import pair_to_dict, resolution_to_dict

SCHEMA = 1
TYPE = "history"


def event_to_dict(e: Event, keys: tuple[str, ...]) -> dict:
    out = {"version": keys[e.version], "kind": e.kind, "old": list(e.old), "new": list(e.new)}
    if e.kind == "verb":
        out["verb"] = {"old": e.verb_old, "new": e.verb_new, "direction": e.direction}
    return out


def lineage_to_dict(lin: Lineage, keys: tuple[str, ...]) -> dict:
    return {
        "id": lin.id, "kind": lin.kind.value, "label": lin.label,
        "introduced": keys[lin.introduced],
        "dropped": keys[lin.dropped] if lin.dropped is not None else None,
        "branched": lin.branched,
        "members": [{"version": keys[v], "ids": list(ids)} for v, ids in enumerate(lin.ids)],
        "events": [event_to_dict(e, keys) for e in lin.events],
        "verbs": [{"version": keys[s.version],
                   "verbs": [{"verb": verb or None, "scale": sc[0] if sc else None,
                              "strength": sc[1] if sc else None}
                             for verb, sc in zip(s.verbs, s.scales)]}
                  for s in lin.verb_history],
        "verb_path": lin.verb_path,
    }


def history_to_dict(history: History,
                    notes: Mapping[tuple[str, str], Mapping[str, str]] | None = None) -> dict:
    """The whole history as plain data; ``notes[(old key, new key)]`` maps pair keys to notes."""
    notes = notes or {}
    keys = history.keys
    lineage_of_pair = {}
    for lin in history.lineages:
        for k, step in enumerate(lin.links):
            for pair in step:
                lineage_of_pair[(k, pair.key)] = lin.id
    steps = []
    for k, comp in enumerate(history.steps):
        step_notes = notes.get((keys[k], keys[k + 1]), {})
        pairs = []
        for p in comp.pairs:
            d = pair_to_dict(p, step_notes.get(p.key))
            d["lineage"] = lineage_of_pair[(k, p.key)]
            pairs.append(d)
        steps.append({
            "old": keys[k], "new": keys[k + 1], "summary": comp.summary, "pairs": pairs,
            "renumbering": [{"old": a, "new": b} for a, b in comp.renumbering],
            "metadata_changes": [m.to_dict() for m in comp.metadata_changes],
            "citations": {"added": list(comp.citations_added),
                          "removed": list(comp.citations_removed)},
        })
    lineages = [lineage_to_dict(lin, keys) for lin in history.lineages]
    return {
        "schema": SCHEMA, "type": TYPE,
        "ordering": history.ordering,
        "options": history.options.to_dict(),
        "versions": [{"key": v.key, "index": i, "label": v.label, "date": v.when,
                      "date_from": ("document" if v.resolution.metadata.date
                                    else "session" if v.when else None),
                      "resolution": resolution_to_dict(v.resolution)}
                     for i, v in enumerate(history.versions)],
        "steps": steps,
        "lineages": lineages,
        "summary": {
            "versions": len(history),
            "lineages": len(lineages),
            "throughout": sum(1 for lin in history.lineages
                              if lin.introduced == 0 and lin.dropped is None),
            "introduced_later": sum(1 for lin in history.lineages if lin.introduced > 0),
            "dropped": sum(1 for lin in history.lineages if lin.dropped is not None),
            "branched": sum(1 for lin in history.lineages if lin.branched),
            "verb_changes": sum(1 for lin in history.lineages
                                for e in lin.events if e.kind == "verb"),
        },
    }


__all__ = ["SCHEMA", "TYPE", "event_to_dict", "history_to_dict", "lineage_to_dict"]
