"""One place for the game's appearance: colours by role, font files, text sizes, durations.

Sizes are fractions of the window height so that the same layout reads the same on a 1024×768
projector and on a 4K screen; body text is never smaller than 1/30 of the height, which keeps it
readable from the back of a meeting room. Colours come from the Okabe–Ito palette (safe for the
common colour-vision deficiencies) and every text/background pair is checked for a contrast ratio
of at least 4.5:1 by the tests, with the WCAG formula below.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game import resources

Colour = tuple[int, int, int]

ASSETS = resources.assets()
FONT_DIR = ASSETS / "fonts"
PICTOGRAM_DIR = ASSETS / "pictogrammes"
ICON_DIR = PICTOGRAM_DIR / "interface"

FONT_FILES: dict[str, Path] = {
    "regular": FONT_DIR / "AtkinsonHyperlegible-Regular.ttf",
    "bold": FONT_DIR / "AtkinsonHyperlegible-Bold.ttf",
    "italic": FONT_DIR / "AtkinsonHyperlegible-Italic.ttf",
}

# The smallest text anywhere on screen, as a fraction of the window height.
MIN_TEXT = 1 / 30
LINE_SPACING = 1.18

OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


def rgb(code: str) -> Colour:
    """``"#0072B2"`` → ``(0, 114, 178)``."""
    code = code.lstrip("#")
    return (int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: Colour) -> float:
    """Relative luminance (WCAG 2.x)."""
    r, g, b = (_channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour ``t`` of the way from ``a`` to ``b``."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


@dataclass(frozen=True)
class Palette:
    """Colours by role. Text roles are checked against the backgrounds they sit on."""

    background: Colour = (16, 24, 42)
    panel: Colour = (27, 38, 62)
    panel_edge: Colour = (58, 74, 108)
    raised: Colour = (40, 54, 84)
    text: Colour = (246, 244, 238)
    muted: Colour = (196, 204, 220)
    focus: Colour = rgb(OKABE_ITO["yellow"])
    ink: Colour = (17, 20, 26)
    paper: Colour = (255, 255, 255)
    card: Colour = (252, 250, 245)
    card_muted: Colour = (70, 74, 84)
    right: Colour = (0, 112, 82)
    wrong: Colour = (176, 64, 0)
    right_soft: Colour = (214, 241, 229)
    wrong_soft: Colour = (252, 226, 208)
    dim_card: Colour = (232, 230, 226)
    button: Colour = (52, 70, 108)
    button_primary: Colour = (246, 244, 238)
    button_primary_text: Colour = (16, 24, 42)
    disabled_text: Colour = (150, 158, 176)
    banner: Colour = rgb(OKABE_ITO["yellow"])
    banner_text: Colour = (17, 20, 26)
    shade: tuple[int, int, int, int] = (8, 12, 22, 215)


PALETTE = Palette()


def text_on(colour: Colour) -> Colour:
    """Ink or paper, whichever reads better on ``colour`` (sector and team colours)."""
    ink, paper = PALETTE.ink, PALETTE.paper
    return ink if contrast_ratio(ink, colour) >= contrast_ratio(paper, colour) else paper


def card_tint(colour: Colour) -> Colour:
    """The light background of a question card, tinted with its sector's colour."""
    return mix(PALETTE.card, colour, 0.14)


def text_pairs() -> list[tuple[str, Colour, Colour]]:
    """Every (role, text colour, background colour) pair the scenes use, for the contrast test."""
    p = PALETTE
    return [
        ("text on the background", p.text, p.background),
        ("muted text on the background", p.muted, p.background),
        ("text on a panel", p.text, p.panel),
        ("muted text on a panel", p.muted, p.panel),
        ("text on a button", p.text, p.button),
        ("text on a chosen value (white button)", p.button_primary_text, p.button_primary),
        ("text on the focused button (yellow)", p.ink, p.focus),
        ("the primary button's white border on a button", p.text, p.button),
        ("the focus ring (yellow) on the background", p.focus, p.background),
        ("the focus ring (yellow) on a panel", p.focus, p.panel),
        ("disabled text on the background", p.disabled_text, p.background),
        ("disabled text on a panel", p.disabled_text, p.panel),
        ("card text", p.ink, p.card),
        ("muted card text", p.card_muted, p.card),
        ("right answer", p.ink, p.right_soft),
        ("wrong answer", p.ink, p.wrong_soft),
        ("right symbol (white on green)", p.paper, p.right),
        ("wrong symbol (white on vermillion)", p.paper, p.wrong),
        ("frame of the right answer", p.right, p.right_soft),
        ("option ruled out", p.card_muted, p.dim_card),
        ("banner", p.banner_text, p.banner),
        ("text on a raised element", p.text, p.raised),
        ("debrief subheading and number (yellow on the background)", p.focus, p.background),
    ]


@dataclass(frozen=True)
class TextStyle:
    """A text role: which font file, its preferred size and the smallest it may shrink to."""

    weight: str
    size: float
    minimum: float = MIN_TEXT


STYLES: dict[str, TextStyle] = {
    "display": TextStyle("bold", 1 / 8.5, 1 / 14),
    "title": TextStyle("bold", 1 / 13, 1 / 22),
    "heading": TextStyle("bold", 1 / 20, MIN_TEXT),
    "prompt": TextStyle("bold", 1 / 17, MIN_TEXT),
    "answer": TextStyle("bold", 1 / 19, MIN_TEXT),
    "explanation": TextStyle("regular", 1 / 21, MIN_TEXT),
    "reference": TextStyle("italic", 1 / 25, MIN_TEXT),
    "body": TextStyle("regular", 1 / 25, MIN_TEXT),
    "emphasis": TextStyle("bold", 1 / 25, MIN_TEXT),
    "source": TextStyle("italic", 1 / 28, MIN_TEXT),
    "label": TextStyle("bold", 1 / 27, MIN_TEXT),
    "label_regular": TextStyle("regular", 1 / 27, MIN_TEXT),
    "small": TextStyle("regular", MIN_TEXT, MIN_TEXT),
    "score": TextStyle("bold", 1 / 16, MIN_TEXT),
    "big_number": TextStyle("bold", 1 / 5, 1 / 12),
}


@dataclass(frozen=True)
class Timing:
    """Animation lengths in seconds, and the loop's pace."""

    fps: int = 60
    idle_wait_s: float = 1.0
    spin_s: float = 3.6
    spin_turns: int = 3
    pick_s: float = 0.8
    settle_s: float = 0.9
    points_s: float = 1.1
    notice_s: float = 8.0
    click_cooldown_s: float = 0.12


TIMING = Timing()

# Team markers and chips: the team's number always goes with its colour.
TEAM_NUMBERS = "123456"

# The baromètre's scale, from « tout à fait d'accord » to « pas du tout » (the PDF prints the
# same): two blues then two oranges, told apart by colour-blind readers and, in grey, by their
# lightness; every level is also labelled, so colour is never the only cue.
SCALE: tuple[Colour, ...] = tuple(rgb(c) for c in ("#0072B2", "#56B4E9", "#E69F00", "#D55E00"))
