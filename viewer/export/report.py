"""The annotated comparison as plain, localised data: what every printed or exported form shows.

Pure Python (no Qt): the HTML builder, the Qt print/PDF painter and the Word builder all read
one :class:`Report`, so the first page, the row labels and the wording cannot drift apart.

Import direction: viewer.export.html / printing / docx import this module, never the reverse.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date as _date

from ..model import AlignedPair, Comparison, Op, Resolution
from ..model.citations import citation_label
from ..model.errors import user_language

EQUAL, DELETE, INSERT = "equal", "delete", "insert"

# key -> (English, Chinese). Kept here so every output words things the same way.
LABELS: dict[str, tuple[str, str]] = {
    "app": ("ResCompare", "ResCompare 决议对照"),
    "title": ("Comparison of two versions of a resolution", "决议两个版本的对照"),
    "old": ("Old", "原文本"),
    "new": ("New", "新文本"),
    "paragraph": ("Paragraph", "段落"),
    "identity": ("Documents compared", "所对照的文件"),
    "symbol": ("Symbol", "文号"),
    "doc_title": ("Title", "标题"),
    "body": ("Body", "机构"),
    "session": ("Session", "届会"),
    "date": ("Date", "日期"),
    "status": ("Status", "状态"),
    "sponsors": ("Sponsors", "提案国"),
    "vote": ("Adoption", "通过方式"),
    "source": ("File", "文件"),
    "summary": ("Summary of changes", "修改摘要"),
    "counts": ("Paragraphs by status", "各状态段落数"),
    "renumbering": ("Renumbered operative paragraphs", "重新编号的执行段落"),
    "verb_changes": ("Changes of the leading verb", "段首动词的变化"),
    "metadata_changes": ("Changes in the document record", "文件信息的变化"),
    "citations": ("References", "引用文件"),
    "citations_added": ("References added", "新增引用"),
    "citations_removed": ("References removed", "删除的引用"),
    "none": ("none", "无"),
    "legend": ("Legend", "图例"),
    "legend_del": ("deleted text (struck through)", "删除的文字（删除线）"),
    "legend_ins": ("inserted text (underlined)", "插入的文字（下划线）"),
    "legend_labels": ("PP = preambular paragraph, OP = operative paragraph; "
                      "'OP2 → OP4' = old OP2 is new OP4",
                      "PP = 序言段，OP = 执行段；“OP2 → OP4”= 原 OP2 即新 OP4"),
    "legend_short": ("struck through = deleted, underlined = inserted",
                     "删除线 = 删除，下划线 = 插入"),
    "paragraphs": ("Paragraph by paragraph", "逐段对照"),
    "note": ("Note", "批注"),
    "preambular": ("Preambular paragraphs", "序言部分"),
    "operative": ("Operative paragraphs", "执行部分"),
    "orphaned": ("Notes without a paragraph", "无对应段落的批注"),
    "orphaned_hint": ("These notes were written on rows that no longer exist after re-pairing.",
                      "这些批注所属的行在重新配对后已不存在。"),
    "verb": ("Verb", "动词"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "generated": ("Prepared with ResCompare on {date}", "由 ResCompare 于 {date} 生成"),
    "continued": ("(continued)", "（续）"),
    "added_with": ("added", "新增"),
    "removed_with": ("removed", "删除"),
    "moved_from": ("Moved from {where}", "由 {where} 移来"),
    "moved_to": ("Moved to {where}", "移至 {where}"),
    # statuses and flags
    "unchanged": ("unchanged", "未修改"),
    "modified": ("modified", "已修改"),
    "added": ("added", "新增"),
    "deleted": ("deleted", "删除"),
    "moved": ("moved", "移动"),
    "renumbered": ("renumbered", "重新编号"),
    "split": ("split", "拆分"),
    "merged": ("merged", "合并"),
    "verb_change_count": ("verb changed", "动词变化"),
    "stronger": ("stronger", "加强"),
    "weaker": ("weaker", "减弱"),
    "different": ("different", "改变"),
    "adopted": ("adopted", "已通过"),
    "draft": ("draft", "草案"),
    "without_vote": ("adopted without a vote", "未经表决获得通过"),
    "recorded_vote": ("recorded vote: {yes} in favour, {no} against, {abstain} abstentions",
                      "记录表决：{yes} 票赞成，{no} 票反对，{abstain} 票弃权"),
    "on_behalf_of": ("on behalf of {group}", "代表{group}"),
    # metadata fields
    "f.body": ("Body", "机构"),
    "f.session": ("Session", "届会"),
    "f.agenda_item": ("Agenda item", "议程项目"),
    "f.agenda_title": ("Agenda item title", "议程项目标题"),
    "f.number": ("Number", "编号"),
    "f.symbol": ("Symbol", "文号"),
    "f.title": ("Title", "标题"),
    "f.status": ("Status", "状态"),
    "f.date": ("Date", "日期"),
    "f.on_behalf_of": ("On behalf of (group)", "代表的集团"),
    "f.report": ("Committee report", "委员会报告"),
    "f.meeting": ("Meeting", "会议"),
    "f.sponsors": ("Sponsors", "提案国"),
    "f.vote": ("Vote (yes/no/abstain)", "表决（赞成/反对/弃权）"),
    "f.vote.in_favour": ("Voted in favour", "投赞成票"),
    "f.vote.against": ("Voted against", "投反对票"),
    "f.vote.abstaining": ("Abstained", "弃权"),
    "f.footnotes": ("Footnotes", "脚注"),
}

_COUNT_KEYS = ("unchanged", "modified", "added", "deleted", "moved", "renumbered", "split",
               "merged", "verb_changes")


def label(key: str, language: str, **fmt) -> str:
    """The ``language`` ('en'/'zh') wording of ``key``, formatted with ``fmt``."""
    en, zh = LABELS[key]
    text = zh if language == "zh" else en
    return text.format(**fmt) if fmt else text


@dataclass(frozen=True)
class Run:
    """One piece of a column: ``kind`` is 'equal', 'delete' or 'insert'."""
    kind: str
    text: str


@dataclass(frozen=True)
class Row:
    """One aligned pair as it is printed."""
    key: str                       # AlignedPair.key (notes are attached to it)
    label: str                     # 'OP2 → OP4'
    kind: str                      # 'preambular' | 'operative'
    status: str                    # Status value
    status_text: str               # localised: 'modified · renumbered'
    flags: tuple[str, ...]         # 'moved', 'renumbered', 'split', 'merged'
    old: tuple[Run, ...]           # EQUAL + DELETE pieces (old column)
    new: tuple[Run, ...]           # EQUAL + INSERT pieces (new column)
    verb: str | None               # localised 'Verb: 请 → 敦促 (stronger)'
    note: str | None


@dataclass(frozen=True)
class Report:
    language: str
    title: str
    old_name: str                  # what the running header calls each document
    new_name: str
    identity: tuple[tuple[str, str, str], ...]        # (field label, old value, new value)
    counts: tuple[tuple[str, int], ...]
    renumbering: tuple[tuple[str, str], ...]
    verb_changes: tuple[tuple[str, str, str, str], ...]  # (label, old verb, new verb, direction)
    metadata_changes: tuple[tuple[str, str, str], ...]   # (field label, old, new) as text
    citations_added: tuple[str, ...]
    citations_removed: tuple[str, ...]
    rows: tuple[Row, ...]
    orphaned: tuple[tuple[str, str], ...]                # (pair key, note text)
    generated: str                                        # 'Prepared with ResCompare on …'

    def t(self, key: str, **fmt) -> str:
        return label(key, self.language, **fmt)

    @property
    def header(self) -> str:
        """The running header: both documents' names."""
        return f"{self.old_name}  →  {self.new_name}"


def document_name(res: Resolution, language: str = "en") -> str:
    """What a page header calls a document: its symbol, else body + number, else the file name."""
    m = res.metadata
    if m.symbol:
        return m.symbol
    if m.number:
        draft = f" ({label('draft', language)})" if m.status == "draft" else ""
        return f"{m.body + ' ' if m.body else ''}{m.number}{draft}"
    return os.path.basename(res.source) or res.source


def pair_runs(pair: AlignedPair) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """(old column, new column) pieces of ``pair``'s word diff."""
    if pair.diff is None:
        return ((Run(DELETE if not pair.new else EQUAL, pair.old_text),) if pair.old else (),
                (Run(INSERT if not pair.old else EQUAL, pair.new_text),) if pair.new else ())
    old: list[Run] = []
    new: list[Run] = []
    for seg in pair.diff.segments:
        if seg.op is Op.EQUAL:
            old.append(Run(EQUAL, seg.text))
            new.append(Run(EQUAL, seg.new_side))
        elif seg.op is Op.DELETE:
            old.append(Run(DELETE, seg.text))
        else:
            new.append(Run(INSERT, seg.text))
    return tuple(r for r in old if r.text), tuple(r for r in new if r.text)


def verb_text(pair: AlignedPair, language: str) -> str | None:
    vc = pair.verb_change
    if vc is None:
        return None
    return f"{label('verb', language)}: {vc.old} → {vc.new} ({label(vc.direction, language)})"


def _sep(language: str) -> str:
    return "、" if language == "zh" else ", "


def _value(value, language: str) -> str:
    if value is None or value == "" or value == () or value == []:
        return "—"
    if isinstance(value, (list, tuple)):
        return _sep(language).join(str(v) for v in value)
    if value in ("adopted", "draft"):
        return label(value, language)
    if value == "without a vote":
        return label("without_vote", language)
    return str(value)


def _vote_text(res: Resolution, language: str) -> str:
    v = res.metadata.vote
    if v is None:
        return "—"
    if v.recorded:
        return label("recorded_vote", language, yes=v.yes, no=v.no, abstain=v.abstain)
    if v.without_vote:
        return label("without_vote", language)
    return "—"


def _sponsors(res: Resolution, language: str) -> str:
    m = res.metadata
    text = _value(m.sponsors, language)
    if m.on_behalf_of:
        text += (" " if language != "zh" else "") + label("on_behalf_of", language,
                                                         group=m.on_behalf_of)
    return text


def _identity(c: Comparison, language: str) -> tuple[tuple[str, str, str], ...]:
    rows = []

    def add(key: str, get):
        rows.append((label(key, language), get(c.old), get(c.new)))

    add("symbol", lambda r: r.metadata.symbol or "—")
    add("doc_title", lambda r: " ".join(x for x in (r.metadata.number, r.metadata.title) if x)
        or "—")
    add("body", lambda r: r.metadata.body or "—")
    add("session", lambda r: " ".join(x for x in (r.metadata.session,
                                                  f"({r.metadata.session_dates})"
                                                  if r.metadata.session_dates else None) if x)
        or "—")
    add("date", lambda r: r.metadata.date or "—")
    add("status", lambda r: _value(r.metadata.status, language))
    add("sponsors", lambda r: _sponsors(r, language))
    add("vote", lambda r: _vote_text(r, language))
    add("source", lambda r: os.path.basename(r.source) or "—")
    return tuple(rows)


# Shown side by side in the identity table already; repeating them says nothing new.
_IN_IDENTITY = {"body", "session", "number", "symbol", "title", "status", "date"}


def _metadata_changes(c: Comparison, language: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for mc in c.metadata_changes:
        if mc.field in _IN_IDENTITY:
            continue
        key = f"f.{mc.field}"
        name = label(key, language) if key in LABELS else mc.field
        # Footnotes are sentences: one per line, not run together with "、".
        join = (lambda v: "\n".join(map(str, v)) or "—") if mc.field == "footnotes" else (
            lambda v: _value(v, language))
        if mc.added or mc.removed:
            # Long lists (votes, sponsors): the differences say more than both full lists.
            old = (f"{label('removed_with', language)}: {join(mc.removed)}" if mc.removed
                   else "—")
            new = f"{label('added_with', language)}: {join(mc.added)}" if mc.added else "—"
        else:
            old, new = join(mc.old) if mc.old else "—", join(mc.new) if mc.new else "—"
        out.append((name, old, new))
    return tuple(out)


def _status_text(pair: AlignedPair, flags: tuple[str, ...], language: str) -> str:
    return " · ".join([label(pair.status.value, language)] + [label(f, language) for f in flags])


def build_report(comparison: Comparison, notes: dict[str, str] | None = None,
                 language: str | None = None, today: str | None = None) -> Report:
    """Everything an export shows, worded in ``language`` ('en'/'zh'; default: the user's)."""
    language = language if language in ("en", "zh") else user_language()
    notes = {k: v for k, v in (notes or {}).items() if isinstance(v, str) and v.strip()}
    rows = []
    for pair in comparison.pairs:
        old, new = pair_runs(pair)
        flags = tuple(f for f in pair.flags if f != "pinned")
        rows.append(Row(pair.key, pair.label, pair.kind.value, pair.status.value,
                        _status_text(pair, flags, language), flags, old, new,
                        verb_text(pair, language), notes.get(pair.key)))
    keys = {p.key for p in comparison.pairs}
    summary = comparison.summary
    counts = tuple((label("verb_change_count" if k == "verb_changes" else k, language),
                    summary.get(k, 0)) for k in _COUNT_KEYS)
    verbs = tuple((p.label, p.verb_change.old, p.verb_change.new,
                   label(p.verb_change.direction, language)) for p in comparison.verb_changes)
    today = today or _date.today().isoformat()
    return Report(
        language=language,
        title=label("title", language),
        old_name=document_name(comparison.old, language),
        new_name=document_name(comparison.new, language),
        identity=_identity(comparison, language),
        counts=counts,
        renumbering=tuple((a or "", b or "") for a, b in comparison.renumbering),
        verb_changes=verbs,
        metadata_changes=_metadata_changes(comparison, language),
        citations_added=tuple(citation_label(c, language) for c in comparison.citations_added),
        citations_removed=tuple(citation_label(c, language) for c in comparison.citations_removed),
        rows=tuple(rows),
        orphaned=tuple((k, v) for k, v in notes.items() if k not in keys),
        generated=label("generated", language, date=today),
    )


__all__ = ["DELETE", "EQUAL", "INSERT", "LABELS", "Report", "Row", "Run", "build_report",
           "document_name", "label", "pair_runs"]
