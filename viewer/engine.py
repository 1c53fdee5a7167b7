"""Files -> Comparison: the loaders, the parser and the comparer in one call.

Lives outside viewer.model because the PDF loader uses QtPdf; the model itself stays Qt-free.
Both the window's worker thread and the headless CLI go through here.
"""
from __future__ import annotations

import os

from .loaders import load_document
from .model import Comparison, DiffOptions, Pins, Resolution, compare, parse_resolution
from .resources import samples_dir

DEMO_PAIR = ("hrc-37-23-adopted.zh.txt", "hrc-43-21-adopted.zh.txt")


def load_resolution(path: str | os.PathLike) -> Resolution:
    """Read and parse one file; raises InputError for anything the user can get wrong."""
    loaded = load_document(path)
    return parse_resolution(loaded.text, source=loaded.path)


def compare_files(old_path, new_path, options: DiffOptions = DiffOptions(),
                  pins: Pins = Pins()) -> Comparison:
    return compare(load_resolution(old_path), load_resolution(new_path), options, pins)


def demo_paths() -> tuple[str, str]:
    """The bundled sample pair: HRC 37/23 (2018) -> 43/21 (2020)."""
    base = samples_dir()
    return str(base / DEMO_PAIR[0]), str(base / DEMO_PAIR[1])
