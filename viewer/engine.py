"""Where the bundled sample comparison lives (outside viewer.model: it knows the resources)."""
from __future__ import annotations

from .resources import samples_dir

DEMO_PAIR = ("hrc-37-23-adopted.zh.txt", "hrc-43-21-adopted.zh.txt")


def demo_paths() -> tuple[str, str]:
    """The bundled sample pair: HRC 37/23 (2018) -> 43/21 (2020)."""
    base = samples_dir()
    return str(base / DEMO_PAIR[0]), str(base / DEMO_PAIR[1])
