"""Presentation: what a reader sees of a comparison, computed once, without Qt.

A :class:`~viewer.model.Comparison` becomes here everything that is shown, and every surface
reads the same result — the window (``viewer.ui``), print/PDF, HTML and Word (``viewer.export``):

- :mod:`.runs`: a word diff cut into coloured runs (``Run``; equal / delete / insert)
- :mod:`.rows`: the window's rows, connector links, navigation and find over them
- :mod:`.facts`: both documents' facts side by side and what differs between them
- :mod:`.report`: the exported comparison as localised data (first page, rows, notes; the
  changes-only form collapses unchanged runs to one row each)
- :mod:`.warnings`: every warning of a comparison (vote counts, parser notices, pairings below
  ``LOW_CONFIDENCE``), for the window and every export
- :mod:`.footnotes`: the footnotes each row's paragraphs refer to, compared by content
- :mod:`.palette`: every colour, for the screen and for paper

Words come from :mod:`viewer.wording`. Import direction: ``viewer.ui`` and ``viewer.export``
import this package; it imports only ``viewer.model`` and ``viewer.wording``, and no Qt (a test
checks).
"""
from .facts import Fact, facts
from .report import Report, Row, build_report, document_name
from .rows import RowView, build_rows
from .runs import DELETE, EQUAL, INSERT, Run, inline_runs, new_runs, old_runs, pair_runs, plain
from .warnings import LOW_CONFIDENCE, Warning, low_confidence, warnings

__all__ = ["DELETE", "EQUAL", "INSERT", "LOW_CONFIDENCE", "Fact", "Report", "Row", "RowView",
           "Run", "Warning", "low_confidence", "warnings",
           "build_report", "build_rows", "document_name", "facts", "inline_runs", "new_runs",
           "old_runs", "pair_runs", "plain"]
