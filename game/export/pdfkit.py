"""The printed look shared by the debrief and the HR report: page, fonts, headings, wheel.

A4 portrait, 15 mm margins, the shipped Atkinson Hyperlegible embedded (fpdf2 subsets it) with
a plain zero for print (``printfont``),
dark text on white, one calm accent colour for headings, sector colours only where they carry
meaning (the wheel, a small bar beside a sector's name). Pictograms are the game's SVG files,
drawn as vectors by fpdf2; the wheel is drawn from ``game.rules.wheel``'s polygons, so the
paper and the screen cut the sectors the same way.

This module imports fpdf at load time: import it only from functions that export.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from fpdf import FPDF

from game import resources
from game.export.printfont import plain_zero_font
from game.rules import wheel as wheel_maths
from game.wording import say

FONT_DIR = resources.fonts()
FAMILY = "Atkinson"
MARGIN = 15.0
FOOTER_H = 12.0
INK = "#1A1A1A"
MUTED = "#5A5A5A"
RULE = "#B8B8B8"
ACCENT = "#1F3A5F"
PAPER_TINT = "#F3F5F8"

# fpdf2 logs every SVG tag it skips (<title>): harmless for our pictograms, noise on stderr.
logging.getLogger("fpdf.svg").setLevel(logging.ERROR)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#RRGGBB`` as three integers."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def tint(colour: str, amount: float) -> tuple[int, int, int]:
    """``colour`` mixed with white: ``amount`` 0 gives the colour, 1 gives white."""
    return tuple(round(c + (255 - c) * amount) for c in rgb(colour))  # type: ignore[return-value]


class Page(FPDF):
    """An A4 page with the shipped font and a footer: a left text and « Page n / N »."""

    def __init__(self, footer_text: str, title: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + FOOTER_H)
        for weight, face in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            shipped = FONT_DIR / f"AtkinsonHyperlegible-{face}.ttf"
            self.add_font(FAMILY, weight, str(plain_zero_font(shipped)))
        self.set_title(title)
        self.set_author(say("debrief.pdf.author"))
        self.set_creator(say("debrief.pdf.author"))
        self.set_lang("fr-FR")
        self.set_font(FAMILY, "", 10)

    @property
    def content_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    @property
    def bottom(self) -> float:
        """The lowest y that content may reach."""
        return self.h - self.b_margin

    def footer(self) -> None:
        """Bank version and date on the left, page number on the right, under a thin rule."""
        y = self.h - MARGIN - FOOTER_H + 5
        self.set_draw_color(*rgb(RULE))
        self.set_line_width(0.2)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_xy(self.l_margin, y + 1.5)
        style(self, 8, colour=MUTED)
        self.cell(self.content_width * 0.8, 4, self.footer_text)
        self.set_xy(self.l_margin, y + 1.5)
        self.cell(
            self.content_width,
            4,
            say("debrief.pdf.page", number=self.page_no(), total=self.str_alias_nb_pages),
            align="R",
        )


def style(pdf: FPDF, size: float, weight: str = "", colour: str = INK) -> None:
    """Set the font size, weight ("", "B" or "I") and text colour."""
    pdf.set_font(FAMILY, weight, size)
    pdf.set_text_color(*rgb(colour))


def room_left(pdf: Page) -> float:
    return pdf.bottom - pdf.get_y()


def ensure_room(pdf: Page, height: float) -> None:
    """Start a new page unless ``height`` millimetres still fit on this one."""
    if room_left(pdf) < height:
        pdf.add_page()


def heading(pdf: Page, text: str, keep_with: float = 20.0, note: str = "") -> None:
    """A section title with a thin rule, kept on the same page as the first ``keep_with`` mm."""
    ensure_room(pdf, 10 + keep_with)
    pdf.ln(3)
    style(pdf, 12.5, "B", ACCENT)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 0.3
    pdf.set_draw_color(*rgb(ACCENT))
    pdf.set_line_width(0.35)
    pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.content_width, y)
    pdf.set_y(y + 1.8)
    if note:
        style(pdf, 8.5, "I", MUTED)
        pdf.multi_cell(0, 4, note, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def fit_line(pdf: Page, text: str, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits on one line of ``width`` (current font)."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    words = text.rsplit(" ", 1)
    if len(words) == 2 and len(words[0]) > len(text) * 0.6:
        text = words[0]  # end on a whole word when that costs little
    return text.rstrip(" ,;:\u00a0") + "…"


def chip(pdf: Page, x: float, y: float, colour: str, size: float = 3.2) -> None:
    """A small rounded square of ``colour`` with a dark outline (a team or sector marker)."""
    pdf.set_fill_color(*rgb(colour))
    pdf.set_draw_color(*rgb("#4A4A4A"))
    pdf.set_line_width(0.15)
    pdf.rect(x, y, size, size, style="DF", round_corners=True, corner_radius=0.6)


def pictogram(pdf: Page, path: Path | None, colour: str, cx: float, cy: float, size: float) -> None:
    """A sector's pictogram centred on (cx, cy): a disc tinted with its colour, the SVG on it."""
    pdf.set_fill_color(*tint(colour, 0.72))
    pdf.set_draw_color(*rgb(colour))
    pdf.set_line_width(0.35)
    pdf.circle(x=cx, y=cy, radius=size / 2, style="DF")
    if path is None:
        return
    inner = size * 0.62
    try:
        pdf.image(str(path), x=cx - inner / 2, y=cy - inner / 2, w=inner, h=inner)
    except Exception:  # noqa: BLE001 - a broken picture must not cost the whole debrief
        logging.getLogger(__name__).warning(say("debrief.log.pictogram", file=path.name))


def wheel(
    pdf: Page,
    cx: float,
    cy: float,
    radius: float,
    colours: Sequence[str],
    rates: Sequence[float | None],
) -> None:
    """The panorama as a polar chart: each slice filled from the hub in proportion to its rate.

    The empty part of a slice is a pale tint of its colour; unplayed slices stay pale. Dashed
    circles mark 50 % and 100 %, so the reading never depends on colour alone.
    """
    n = len(colours)
    hub = radius * 0.16
    for i, colour in enumerate(colours):
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.6)
        pdf.set_fill_color(*tint(colour, 0.82))
        pdf.polygon(wheel_maths.slice_polygon(i, n, cx, cy, radius, hub, steps=36), style="DF")
        rate = rates[i]
        if rate:
            outer = hub + (radius - hub) * min(1.0, rate)
            pdf.set_fill_color(*rgb(colour))
            pdf.polygon(wheel_maths.slice_polygon(i, n, cx, cy, outer, hub, steps=36), style="DF")
    pdf.set_draw_color(*rgb("#8A8A8A"))
    pdf.set_line_width(0.2)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=0.8, gap=0.8)
        pdf.circle(x=cx, y=cy, radius=hub + (radius - hub) * 0.5, style="D")
    pdf.circle(x=cx, y=cy, radius=radius, style="D")
    pdf.set_fill_color(255, 255, 255)
    pdf.circle(x=cx, y=cy, radius=hub, style="DF")


def markdown_escape(text: str) -> str:
    """``text`` safe inside fpdf2's markdown: its markers (** __ ~~ --) printed as typed."""
    text = text.replace("\\", "\\\\")
    for marker in ("**", "__", "~~", "--"):
        text = text.replace(marker, "\\" + marker)
    return text


@dataclass(frozen=True)
class Para:
    """A paragraph of a stack: its text and how it looks (``markdown``: **bold** allowed)."""

    text: str
    size: float = 9.5
    weight: str = ""
    colour: str = INK
    after: float = 0.8
    markdown: bool = False
    label: str = ""  # a bullet or a number, hung in the left gutter (HANG wide)
    link: str | None = None  # the web page the paragraph opens when clicked

    @property
    def line_h(self) -> float:
        return self.size * 0.47


HANG = 4.2


def _para_cell(pdf: Page, para: Para, width: float, dry: bool) -> float:
    style(pdf, para.size, para.weight, para.colour)
    if para.label:
        if not dry:
            pdf.cell(HANG, para.line_h, para.label)
        else:
            pdf.set_x(pdf.get_x() + HANG)
        width -= HANG
    height = cast(
        float,
        pdf.multi_cell(
            width,
            para.line_h,
            para.text,
            markdown=para.markdown,
            align="L",
            dry_run=dry,
            output="HEIGHT",
            new_x="LEFT",
            new_y="NEXT",
            link=para.link or "",
        ),
    )
    return float(height) + para.after


# A paragraph's height depends only on its text, its look and the width: the debrief is laid
# out again for each candidate layout, and measuring its lines again each time was half the
# export's time.
_HEIGHTS: dict[tuple[Para, float], float] = {}
_HEIGHTS_KEPT = 4096


def stack_height(pdf: Page, paras: Sequence[Para], width: float) -> float:
    """Height of paragraphs drawn one under the other in ``width``."""
    x, y = pdf.get_x(), pdf.get_y()
    total = 0.0
    for para in paras:
        key = (para, round(width, 4))
        height = _HEIGHTS.get(key)
        if height is None:
            if len(_HEIGHTS) >= _HEIGHTS_KEPT:
                _HEIGHTS.clear()
            height = _HEIGHTS[key] = _para_cell(pdf, para, width, dry=True)
            pdf.set_xy(x, y)
        total += height
    pdf.set_xy(x, y)
    return total


def draw_stack(pdf: Page, paras: Sequence[Para], x: float, width: float) -> float:
    """Draw paragraphs from the current y at ``x``; returns the height used."""
    top = pdf.get_y()
    for para in paras:
        pdf.set_x(x)
        _para_cell(pdf, para, width, dry=False)
    return pdf.get_y() - top


def item(
    pdf: Page, paras: Sequence[Para], bar: str | None = None, indent: float = 4.0, gap: float = 2.5
) -> None:
    """A block kept on one page: paragraphs beside an optional coloured bar on the left."""
    width = pdf.content_width - indent
    height = stack_height(pdf, paras, width)
    ensure_room(pdf, height + gap)
    top = pdf.get_y()
    used = draw_stack(pdf, paras, pdf.l_margin + indent, width)
    if bar is not None:
        pdf.set_fill_color(*rgb(bar))
        pdf.rect(pdf.l_margin, top + 0.4, 1.3, max(used - 1.2, 2.0), style="F")
    pdf.set_xy(pdf.l_margin, top + used + gap)
