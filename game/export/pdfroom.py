"""What the room said, on paper: the baromètre's statements with their votes before and after as
two stacked bars, and the last page, « Nos accords d'équipe ».

Bars: one segment per level of the scale, in its order, each labelled with its count (a level
nobody chose is left out), so that the reading never rests on colour alone; a legend names the
levels once. The agreements page is dated, carries the service's name and « à revoir le », the
agreements by sector with the rules that frame them and their sources, and boxes for the
team's initials. Everything comes from the debrief model (``game.rules.debrief``).

fpdf2 is imported (through ``pdfkit``): import this module only when exporting.
"""

from __future__ import annotations

from game.export import pdfkit as kit
from game.export.pdfkit import ACCENT, INK, MUTED, RULE, Page, Para, rgb, style
from game.rules.debrief import Agreements, Barometer, SectorAgreements, StatementLine, Votes
from game.wording import say

# The scale, from « tout à fait d'accord » to « pas du tout » (Okabe-Ito: told apart by
# colour-blind readers, and printed in grey they still differ in lightness), and the ink that
# reads on each.
SCALE_COLOURS = ("#0072B2", "#56B4E9", "#E69F00", "#D55E00")
SCALE_INKS = ("#FFFFFF", "#1A1A1A", "#1A1A1A", "#1A1A1A")
BAR_H = 6.0
BAR_GAP = 1.6
LABEL_W = 16.0  # « Avant », « Après »
VOTERS_W = 24.0  # « 6 équipes »
INITIALS = 6  # boxes for the team's initials, per row
INITIAL_ROWS = 2
INITIAL_H = 15.0


def barometer(pdf: Page, section: Barometer, layout: object) -> None:
    """Each statement: its sector and the shift, the statement, the two bars, the facts."""
    if not section.statements:
        return
    kit.heading(
        pdf, say("debrief.barometer.title"), keep_with=48, note=say("debrief.pdf.barometer.note")
    )
    _legend(pdf, section.statements[0].levels)
    for line in section.statements:
        _statement(pdf, line)


def _legend(pdf: Page, levels: tuple[str, ...]) -> None:
    style(pdf, 8, "", MUTED)
    x, y = pdf.l_margin, pdf.get_y()
    for level, label in enumerate(levels):
        pdf.set_fill_color(*rgb(SCALE_COLOURS[level]))
        pdf.rect(x, y + 0.8, 3.2, 3.2, style="F")
        pdf.set_xy(x + 4.2, y)
        width = pdf.get_string_width(label) + 1
        pdf.cell(width, 4.8, label)
        x += width + 8
    pdf.set_y(y + 7)


def _statement(pdf: Page, line: StatementLine) -> None:
    paras = [
        Para(
            say("debrief.barometer.caption", sector=line.sector.label.upper(), shift=line.shift),
            7.5,
            "B",
            MUTED,
            after=0.4,
        ),
        Para(line.prompt, 9.5, "B", after=1.2),
    ]
    facts = [
        Para(
            say("debrief.barometer.facts", facts=kit.markdown_escape(line.facts)),
            8.8,
            markdown=True,
            after=0.3,
        ),
        Para(
            say("debrief.missed.source", source=line.source),
            7.8,
            "I",
            MUTED,
            after=0.4,
            link=line.link,
        ),
    ]
    if line.informing:
        facts.append(Para(say("debrief.barometer.questions"), 7.8, "B", MUTED, after=0.2))
        facts += [Para(q.text, 7.8, colour=MUTED, after=0.1, label="•") for q in line.informing]
    bars = 2 * BAR_H + BAR_GAP + 2.5
    width = pdf.content_width - 4
    height = kit.stack_height(pdf, paras, width) + bars + kit.stack_height(pdf, facts, width)
    kit.ensure_room(pdf, height + 3)
    top = pdf.get_y()
    kit.draw_stack(pdf, paras, pdf.l_margin + 4, width)
    y = pdf.get_y()
    _bar(pdf, say("debrief.barometer.before"), line.before, line.levels, y)
    if line.after is not None:
        _bar(pdf, say("debrief.barometer.after"), line.after, line.levels, y + BAR_H + BAR_GAP)
    else:
        style(pdf, 8.5, "I", MUTED)
        pdf.set_xy(pdf.l_margin + 4, y + BAR_H + BAR_GAP)
        pdf.cell(LABEL_W, BAR_H, say("debrief.barometer.after"))
        pdf.cell(0, BAR_H, say("debrief.barometer.no_second_vote"))
    pdf.set_y(y + bars)
    kit.draw_stack(pdf, facts, pdf.l_margin + 4, width)
    pdf.set_fill_color(*rgb(line.sector.colour))
    pdf.rect(pdf.l_margin, top + 0.4, 1.3, max(pdf.get_y() - top - 1.2, 2.0), style="F")
    pdf.set_y(pdf.get_y() + 3)


def _bar(pdf: Page, label: str, votes: Votes, levels: tuple[str, ...], y: float) -> None:
    """« Avant » then the stacked bar, each segment with its count, then who voted."""
    x0 = pdf.l_margin + 4
    style(pdf, 9, "B")
    pdf.set_xy(x0, y)
    pdf.cell(LABEL_W, BAR_H, label)
    left = x0 + LABEL_W
    length = pdf.content_width - 4 - LABEL_W - VOTERS_W
    x = left
    for segment in votes.segments(levels):
        width = length * segment.share
        pdf.set_fill_color(*rgb(SCALE_COLOURS[segment.level - 1]))
        pdf.set_draw_color(255, 255, 255)
        pdf.set_line_width(0.4)
        pdf.rect(x, y, width, BAR_H, style="DF")
        style(pdf, 8.5, "B", SCALE_INKS[segment.level - 1])
        pdf.set_xy(x, y)
        pdf.cell(width, BAR_H, str(segment.count), align="C")
        x += width
    style(pdf, 8.5, "", MUTED)
    pdf.set_xy(left + length + 2, y)
    pdf.cell(VOTERS_W - 2, BAR_H, votes.voters)


def agreements(pdf: Page, section: Agreements, layout: object) -> None:
    """The last page: the team's agreements, framed, dated, with room for initials."""
    if not section.total:
        return
    pdf.add_page()
    style(pdf, 8.5, "B", ACCENT)
    pdf.cell(0, 4, say("debrief.pdf.agreements.kicker"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    style(pdf, 17, "B", INK)
    pdf.multi_cell(0, 7.5, section.heading, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    style(pdf, 10, "B", ACCENT)
    pdf.cell(0, 5, section.dated, new_x="LMARGIN", new_y="NEXT")
    style(pdf, 8.5, "I", MUTED)
    pdf.multi_cell(
        0, 4, say("debrief.pdf.agreements.note"), align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(2)
    for sector in section.by_sector:
        _sector(pdf, sector)
    _initials(pdf)


def _sector(pdf: Page, sector: SectorAgreements) -> None:
    lines = [Para(line.text, 10.5, after=0.8, label="•") for line in sector.lines]
    rules = [
        Para(
            say("debrief.pdf.agreements.rule", rule=r.text, source=r.source),
            7.8,
            "I",
            MUTED,
            after=0.3,
            link=r.link,
        )
        for r in sector.rules
    ]
    if rules:
        rules.insert(0, Para(say("debrief.pdf.agreements.framing"), 7.8, "B", MUTED, after=0.2))
    width = pdf.content_width - 12
    need = 10 + kit.stack_height(pdf, lines, width) + kit.stack_height(pdf, rules, width)
    kit.ensure_room(pdf, need)
    y = pdf.get_y()
    kit.pictogram(pdf, sector.sector.pictogram, sector.sector.colour, pdf.l_margin + 4, y + 4, 8.0)
    style(pdf, 12, "B")
    pdf.set_xy(pdf.l_margin + 11, y + 1.2)
    pdf.cell(0, 6, sector.sector.label)
    pdf.set_y(y + 10)
    kit.draw_stack(pdf, lines, pdf.l_margin + 8, width)
    pdf.ln(0.8)
    kit.draw_stack(pdf, rules, pdf.l_margin + 8, width)
    pdf.ln(3)


def _initials(pdf: Page) -> None:
    """A grid of boxes where each member of the team writes their initials."""
    kit.ensure_room(pdf, 10 + INITIAL_ROWS * (INITIAL_H + 2))
    pdf.ln(2)
    style(pdf, 10, "B", INK)
    pdf.cell(0, 5, say("debrief.pdf.agreements.initials"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    width = (pdf.content_width - (INITIALS - 1) * 2) / INITIALS
    pdf.set_draw_color(*rgb(RULE))
    pdf.set_line_width(0.3)
    y = pdf.get_y()
    for row in range(INITIAL_ROWS):
        for column in range(INITIALS):
            pdf.rect(
                pdf.l_margin + column * (width + 2),
                y + row * (INITIAL_H + 2),
                width,
                INITIAL_H,
                round_corners=True,
                corner_radius=1.2,
            )
    pdf.set_y(y + INITIAL_ROWS * (INITIAL_H + 2))
