"""Blocks the debrief and the HR report share: the title block and the panorama (wheel + legend).

The panorama draws the wheel as a polar chart (``pdfkit.wheel``) with each sector's pictogram
on its rim, and beside it one legend row per sector: pictogram, name, « n réponses justes
sur m », a bar and the percentage — so the figures never rest on colour alone. Sectors and
rates come from the debrief model (``game.rules.debrief``).

fpdf2 is imported (through ``pdfkit``): import this module only when exporting.
"""

from __future__ import annotations

from collections.abc import Sequence

from game.export import pdfkit as kit
from game.export.pdfkit import ACCENT, INK, MUTED, Page, Para, rgb, style, tint
from game.rules import wheel as wheel_maths
from game.rules.debrief import Rate, SectorLine
from game.wording import NBSP, say

WHEEL_R = 23.0
LEGEND_ROW = 10.0
PICTO = 8.0


def header(pdf: Page, kicker: str, title: str, facts: Sequence[str]) -> None:
    """Small capitals naming the document, the title, then the facts on one muted line."""
    style(pdf, 8.5, "B", ACCENT)
    pdf.cell(0, 4, kicker, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    style(pdf, 17, "B", INK)
    pdf.multi_cell(0, 7.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    style(pdf, 9, "", MUTED)
    for line in fact_lines(pdf, facts, pdf.content_width):
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def fact_lines(pdf: Page, facts: Sequence[str], width: float) -> list[str]:
    """Facts joined by « · », broken only between two facts and never after a « · »."""
    separator = "  ·  "
    lines: list[str] = []
    for fact in facts:
        fact = fact.replace(" ", NBSP)
        if lines and pdf.get_string_width(lines[-1] + separator + fact) <= width:
            lines[-1] += separator + fact
        else:
            lines.append(fact)
    return lines


def panorama(
    pdf: Page,
    title: str,
    note: str,
    sectors: Sequence[SectorLine],
    rates: Sequence[Rate],
    radius: float = WHEEL_R,
) -> None:
    """The wheel of success per sector (``radius`` in mm), with its legend on the right."""
    kit.heading(pdf, title, keep_with=2 * radius + 14, note=note)
    top = pdf.get_y()
    cx, cy = pdf.l_margin + WHEEL_R + 10, top + radius + 10
    kit.wheel(pdf, cx, cy, radius, [s.colour for s in sectors], [r.value for r in rates])
    for index, sector in enumerate(sectors):
        angle = wheel_maths.slice_centre(index, len(sectors))
        px, py = wheel_maths.point_at(angle, cx, cy, radius + 5.2)
        kit.pictogram(pdf, sector.pictogram, sector.colour, px, py, PICTO)
    legend_x = pdf.l_margin + 2 * WHEEL_R + 26
    row = LEGEND_ROW
    legend_h = row * len(sectors)
    legend_top = cy - legend_h / 2
    width = pdf.l_margin + pdf.content_width - legend_x
    for index, (sector, rate) in enumerate(zip(sectors, rates, strict=False)):
        _legend_row(pdf, sector, rate, legend_x, legend_top + index * row, width, row)
    pdf.set_y(max(cy + radius + 8.5, legend_top + legend_h))


def _legend_row(
    pdf: Page,
    sector: SectorLine,
    rate: Rate,
    x: float,
    y: float,
    width: float,
    row: float = LEGEND_ROW,
) -> None:
    kit.pictogram(pdf, sector.pictogram, sector.colour, x + 4, y + row / 2, min(PICTO, row - 1))
    text_x = x + 11
    style(pdf, 10, "B")
    pdf.set_xy(text_x, y + 1.3)
    pdf.cell(width - 56, 5, kit.fit_line(pdf, sector.label, width - 56))
    style(pdf, 8.5, "", MUTED)
    pdf.set_xy(text_x, y + 6)
    pdf.cell(width - 56, 4.5, rate.phrase)
    bar_x, bar_w = x + width - 44, 26.0
    pdf.set_fill_color(*tint(sector.colour, 0.82))
    pdf.rect(bar_x, y + 4.3, bar_w, 3.4, style="F")
    if rate.value:
        pdf.set_fill_color(*rgb(sector.colour))
        pdf.rect(bar_x, y + 4.3, bar_w * rate.value, 3.4, style="F")
    style(pdf, 12, "B")
    pdf.set_xy(x + width - 17, y + 3)
    pdf.cell(17, 6, rate.percent, align="R")


def misconception(
    pdf: Page,
    caption: str,
    prompt: str,
    answer: str,
    gist: str,
    source: str,
    link: str | None,
    colour: str,
) -> None:
    """A misconception as the handout and the HR report print it: its caption (sector, who
    missed it), the question, the right answer with why, and the source, on the sector's bar."""
    shown = say("debrief.missed.answer", answer=kit.markdown_escape(answer))
    why = say("debrief.pdf.missed.why", answer=shown, gist=kit.markdown_escape(gist))
    kit.item(
        pdf,
        [
            Para(caption, 7.5, "B", MUTED, after=0.4),
            Para(prompt, 9.5, "B", after=0.4),
            Para(why, 9, markdown=True, after=0.3),
            Para(say("debrief.missed.source", source=source), 7.8, "I", MUTED, after=0, link=link),
        ],
        bar=colour,
        gap=2.0,
    )
