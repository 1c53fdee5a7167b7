"""Command line: open the window, or compare headless.

    rescompare                         empty window (start page)
    rescompare OLD NEW                 window on that pair
    rescompare FILE.rescompare         window on a saved comparison (or a saved history)
    rescompare V1 V2 V3 …              window on a history: versions ordered by date
    rescompare FILE.docx               window on a Word file's tracked changes, before → after
    rescompare --demo                  window on the bundled sample pair
    rescompare --export out.json OLD NEW     headless; also .html .pdf .docx
    rescompare --export out.json FILE.docx   headless: a Word file's tracked changes, before →
                                             after, with revision authors/dates and comments
    rescompare --export out.json V1 V2 V3 …  headless history of 3+ versions (JSON)
    rescompare --demo --screenshot out.png   render the window to a PNG and quit

Exit status: 0 success, 2 a problem with the input (message on stderr, no traceback).
"""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .model import DiffOptions, Granularity, InputError
from .model.errors import user_language
from .model.session import EXTENSION, Session, Source


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="rescompare",
        description="Compare two versions of a UN resolution (决议对照).")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="OLD NEW (.txt, .docx, .pdf), or one saved .rescompare comparison; "
                   "with --export, three or more versions V1 V2 V3 … give their history")
    p.add_argument("--demo", action="store_true", help="use the bundled sample pair (37/23 → 43/21)")
    p.add_argument("--export", metavar="OUT", help="write the comparison to OUT (.json, .html, .pdf, .docx) "
                   "without opening a window")
    p.add_argument("--screenshot", metavar="PNG", help="render the window to PNG once the comparison "
                   "is shown, then quit")
    p.add_argument("--granularity", choices=["word", "char"], default=None)
    p.add_argument("--ignore-punctuation-width", action="store_true",
                   help="treat full-width and half-width punctuation as equal")
    p.add_argument("--ignore-whitespace", action="store_true")
    p.add_argument("--ignore-footnote-marks", action="store_true")
    p.add_argument("--lang", choices=["en", "zh"], help="interface language (default: system locale)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4",
                   help="page size of a .pdf, .html or .docx export (default: a4)")
    p.add_argument("--portrait", action="store_true",
                   help="portrait pages for a .pdf or .html export (default: landscape)")
    p.add_argument("--changes-only", action="store_true",
                   help="collapse unchanged paragraphs to one line each run in a .pdf, .html or "
                        ".docx export (JSON always keeps everything)")
    p.add_argument("--version", action="version", version=f"ResCompare {__version__}")
    return p


def _options(args) -> DiffOptions | None:
    if not (args.granularity or args.ignore_punctuation_width or args.ignore_whitespace
            or args.ignore_footnote_marks):
        return None
    return DiffOptions(granularity=Granularity(args.granularity or "word"),
                       ignore_punctuation_width=args.ignore_punctuation_width,
                       ignore_whitespace=args.ignore_whitespace,
                       ignore_footnote_marks=args.ignore_footnote_marks)


def session_from_args(files: list[str], demo: bool, options: DiffOptions | None) -> Session | None:
    """The Session the arguments name (None: nothing to compare yet). Raises InputError."""
    from .engine import demo_paths
    from .loaders import load_document

    if demo:
        files = list(demo_paths())
    if not files:
        return None
    if len(files) == 1 and files[0].lower().endswith(EXTENSION):
        session = Session.read(files[0])
        return session if options is None else Session(session.old, session.new, options,
                                                       session.pins, session.notes)
    if len(files) != 2:
        raise InputError("file_count", None, str(len(files)))
    old, new = (load_document(f) for f in files)
    return Session(Source(old.path, old.text), Source(new.path, new.text),
                   options or DiffOptions())


def vote_warnings(comparison, language: str) -> list[str]:
    """A recorded vote whose counts disagree with its country lists is reported, never hidden:
    the sentence the window and every export show (viewer.present.warnings)."""
    from .present.warnings import warnings
    names = [os.path.basename(r.source) for r in (comparison.old, comparison.new)]
    return [w.text for w in warnings(comparison, language, *names) if w.code == "vote_mismatch"]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    language = args.lang or user_language()
    try:
        if args.export:
            from .engine import demo_paths
            from .export.atomic import refuse_inputs
            # an export over OLD, NEW or its .rescompare would silently destroy the source
            refuse_inputs(args.export, [os.fspath(f) for f in demo_paths()] if args.demo else args.files)
            from .history_cli import wants_history
            if wants_history(args.files):
                from .history_cli import export_history
                print(export_history(args.files, args.export, _options(args), language,
                                     paper=args.paper, landscape=not args.portrait,
                                     language=args.lang))
                return 0
            tracked = None
            if len(args.files) == 1 and not args.demo and not args.files[0].lower().endswith(EXTENSION):
                # One Word file: its tracked changes are the comparison (comments become notes).
                from .loaders.docx_revisions import load_tracked
                from .model.tracked import tracked_session
                session, tracked = tracked_session(load_tracked(args.files[0]),
                                                   _options(args) or DiffOptions())
            else:
                session = session_from_args(args.files, args.demo, _options(args))
            if session is None:
                print("rescompare: --export needs OLD NEW, a .rescompare file or --demo", file=sys.stderr)
                return 2
            for notice in session.notices:  # what was repaired in a saved comparison
                print(f"rescompare: {notice.message(language)}", file=sys.stderr)
            from .export import export
            comparison = tracked.comparison if tracked is not None else session.compare()
            for warning in vote_warnings(comparison, language):
                print(f"rescompare: {warning}", file=sys.stderr)
            out = export(comparison, args.export, session.notes, paper=args.paper,
                         landscape=not args.portrait, language=args.lang, tracked=tracked,
                         changes_only=args.changes_only)
            print(f"{out}")
            return 0
        # Validate file arguments before any window appears; the window reports its own errors.
        # Three or more files open as a history; a .rescompare among them is not a version.
        if len(args.files) >= 3 and any(f.lower().endswith(EXTENSION) for f in args.files):
            raise InputError("file_count", None, str(len(args.files)))
        from .ui.app import run
        return run(files=args.files, demo=args.demo, screenshot=args.screenshot,
                   language=args.lang, options=_options(args))
    except InputError as exc:
        print(f"rescompare: {exc.message(language)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
