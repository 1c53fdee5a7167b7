"""Every colour ResCompare uses, defined once: the screen's light and dark palettes, and the
paper palette that print, PDF and HTML derive from the light one.

Changes are marked twice, so they read in black and white and for colour-blind users: deletions
are struck through on an orange-red tint, insertions underlined on a blue tint (orange/blue stay
apart for deuteranopia and protanopia, unlike red/green). Paper takes the same hues as the
light screen palette and maps the furniture (rules, headings, bands) to greys.

Plain strings, no Qt: ``viewer.ui.theme`` wraps these for widgets, the exports write them out.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Palette:
    """Colours of the window, as '#rrggbb'."""
    dark: bool
    text: str
    muted: str
    row_line: str
    delete_bg: str
    delete_fg: str
    insert_bg: str
    insert_fg: str
    added_row: str          # whole-row tint of an added paragraph (new side)
    deleted_row: str        # whole-row tint of a deleted paragraph (old side)
    empty_side: str         # the hatched empty half of an added/deleted row
    current: str
    current_border: str
    find: str
    find_current: str
    verb_bg: str
    verb_border: str
    verb_fg: str
    note: str
    gutter_bg: str
    invalid_bg: str         # an input field whose text cannot be used (find: no match)
    note_ink: str           # lines on the note mark: dark on its yellow in both palettes
    chips: dict = field(default_factory=dict)   # status/flag -> (background, foreground)


LIGHT = Palette(
    dark=False, text="#1d1d1f", muted="#6b6f76", row_line="#e3e5e8",
    delete_bg="#ffd9cc", delete_fg="#8f2100", insert_bg="#d3e8ff", insert_fg="#0b4a8b",
    added_row="#f2f8ff", deleted_row="#fff5f1", empty_side="#f4f5f7",
    current="#e8eefb", current_border="#3d6fd8", find="#fff07a", find_current="#ff9d3b",
    verb_bg="#fff5d1", verb_border="#d9a400", verb_fg="#5c4300", note="#e0a800",
    gutter_bg="#f7f8fa", invalid_bg="#ffe1d6", note_ink="#5c4300",
    chips={
        "unchanged": ("#eceef1", "#5c6168"),
        "modified": ("#fff0d4", "#8a5300"),
        "added": ("#dcecff", "#0b4a8b"),
        "deleted": ("#ffe1d6", "#9a2a00"),
        "moved": ("#ece5ff", "#5a3ab0"),
        "renumbered": ("#d9f3ef", "#0f6359"),
        "split": ("#f1e7dc", "#6d4a26"),
        "merged": ("#f1e7dc", "#6d4a26"),
        "pinned": ("#e6e6e6", "#333333"),
    },
)

DARK = Palette(
    dark=True, text="#e6e6e6", muted="#9aa0a8", row_line="#3a3d42",
    delete_bg="#5a2a1c", delete_fg="#ffc6b3", insert_bg="#1d3c5e", insert_fg="#bcdcff",
    added_row="#1f2a36", deleted_row="#36241f", empty_side="#2a2c30",
    current="#2c3a55", current_border="#6f9bff", find="#6b6100", find_current="#a85a00",
    verb_bg="#4a3d10", verb_border="#c9a227", verb_fg="#ffe7a0", note="#e0b400",
    gutter_bg="#26282c", invalid_bg="#5a2a1c", note_ink="#5c4300",
    chips={
        "unchanged": ("#3a3d42", "#c3c7cc"),
        "modified": ("#4d3a12", "#ffd28a"),
        "added": ("#1d3c5e", "#9ccaff"),
        "deleted": ("#5a2a1c", "#ffb199"),
        "moved": ("#3b2f66", "#cbb8ff"),
        "renumbered": ("#173f3a", "#8fe0d3"),
        "split": ("#43352a", "#e6c8a6"),
        "merged": ("#43352a", "#e6c8a6"),
        "pinned": ("#444444", "#dddddd"),
    },
)


@dataclass(frozen=True)
class Paper:
    """Colours of a printed, PDF or HTML page."""
    text: str
    delete_fg: str
    delete_bg: str
    insert_fg: str
    insert_bg: str
    modified: str           # the bar beside a modified row
    rule: str
    head_bg: str
    band_bg: str
    note_bg: str
    changed_bg: str         # an identity cell whose value changed


def paper_from(screen: Palette) -> Paper:
    """The page's colours: the screen's change hues, greys for the page furniture."""
    return Paper(text="#111111", delete_fg=screen.delete_fg, delete_bg=screen.delete_bg,
                 insert_fg=screen.insert_fg, insert_bg=screen.insert_bg,
                 modified=screen.chips["modified"][1], rule="#9aa3ad", head_bg="#e9edf1",
                 band_bg="#f4f6f8", note_bg=screen.verb_bg, changed_bg=screen.chips["modified"][0])


PAPER = paper_from(LIGHT)
