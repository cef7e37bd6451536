"""How each section of the debrief model is printed (see ``pdf.py`` for the page itself).

``draw(pdf, section, layout)`` prints one section; a section the printed debrief does not know
yet prints nothing, so the model can grow before the paper does. Everything printed comes from
the model: its figures, its texts and its own short sentences (« manquée par 2 équipes sur
3 »), so that the paper says what the screen says.

fpdf2 is imported (through ``pdfkit``): import this module only when exporting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from game.export import pdfblocks as blocks
from game.export import pdfkit as kit
from game.export import pdfroom
from game.export.pdfkit import ACCENT, INK, MUTED, RULE, Page, Para, rgb, style
from game.rules.debrief import (
    Agreements,
    Barometer,
    Corrections,
    Debates,
    GroupPanorama,
    KeyPoints,
    Misconceptions,
    Notes,
    OpenQuestions,
    Ranking,
    Section,
    SectorLine,
    TeamStanding,
)
from game.wording import NBSP, say
from game.wording.typography import first_sentence

TABLE_ROW = 6.6
NOTE_LINE_H = 8.0
NAME_PAD = 7.0  # the colour chip and the gaps beside a team's name, in mm
NAME_MIN = 44.0  # the names' column at least
SECTOR_MIN = 18.0  # a sector's column at least (its label shrinks to fit)
NAME_SMALLEST = 7.0  # points: a long name shrinks to this before it could overflow


@dataclass(frozen=True)
class Layout:
    """What the page may print less of, tried from the fullest until two pages suffice."""

    key_points: int  # per sector
    note_lines: (
        int  # ruled lines kept for handwriting when no notes were typed (at least; 0: no block)
    )
    wheel: float = blocks.WHEEL_R  # the group's wheel's radius, in mm
    key_columns: int = 2  # sectors side by side in « À retenir »
    key_gist: int = 0  # characters of a key point kept at most (its first sentence); 0: all


# From the fullest to the most compact; each is no larger than the one before. The choices of
# the model (the five most missed questions, the debates, the open questions) are never cut.
LAYOUTS = (
    Layout(key_points=3, note_lines=4),
    Layout(key_points=3, note_lines=3),
    Layout(key_points=2, note_lines=3),
    Layout(key_points=2, note_lines=2),
    Layout(key_points=1, note_lines=2),
    Layout(key_points=1, note_lines=1),
    Layout(key_points=1, note_lines=1, wheel=18.0),
    # The biggest games (six teams, forty questions) keep one key point per sector, its gist;
    # the notes' block goes when nothing was typed (the agreements' page has room to write).
    Layout(key_points=1, note_lines=1, wheel=18.0, key_columns=3, key_gist=110),
    Layout(key_points=1, note_lines=0, wheel=18.0, key_columns=3, key_gist=110),
    Layout(key_points=1, note_lines=0, wheel=18.0, key_columns=3, key_gist=70),
    Layout(key_points=0, note_lines=1, wheel=18.0),
)

S = TypeVar("S")
_DRAWERS: dict[type, Callable[[Page, object, Layout], None]] = {}


def _draws(
    kind: type[S],
) -> Callable[[Callable[[Page, S, Layout], None]], Callable[[Page, S, Layout], None]]:
    """Register the function that prints one kind of section."""

    def register(function: Callable[[Page, S, Layout], None]) -> Callable[[Page, S, Layout], None]:
        _DRAWERS[kind] = function  # type: ignore[assignment]
        return function

    return register


# What the room said has its own module: the baromètre's bars, the agreements' last page.
_draws(Barometer)(pdfroom.barometer)
_draws(Agreements)(pdfroom.agreements)


def draw(pdf: Page, section: Section, layout: Layout) -> None:
    """Print one section of the debrief (nothing for a kind of section not printed yet)."""
    drawer = _DRAWERS.get(type(section))
    if drawer is not None:
        drawer(pdf, section, layout)


@_draws(GroupPanorama)
def _panorama(pdf: Page, section: GroupPanorama, layout: Layout) -> None:
    blocks.panorama(
        pdf,
        say("debrief.pdf.panorama.title"),
        say("debrief.pdf.panorama.note"),
        section.sectors,
        [s.group for s in section.sectors],
        layout.wheel,
    )


@_draws(Ranking)
def _ranking(pdf: Page, section: Ranking, layout: Layout) -> None:
    n = len(section.sectors)
    kit.heading(pdf, say("debrief.ranking.title"), keep_with=14 + TABLE_ROW * len(section.teams))
    rank_w, points_w = 11.0, 15.0
    style(pdf, 10, "")
    names = max(pdf.get_string_width(_shown_name(team)) for team in section.teams) + NAME_PAD
    room = (pdf.content_width - rank_w - points_w - max(names, NAME_MIN)) / max(n, 1)
    sector_w = max(SECTOR_MIN, min(24.0, room))  # long names take room from the sectors
    name_w = pdf.content_width - rank_w - points_w - sector_w * n
    widths = (rank_w, name_w, points_w, sector_w)
    x0, top = pdf.l_margin, pdf.get_y()
    _table_head(pdf, section.sectors, x0, top, widths)
    y = top + 12
    for row, team in enumerate(section.teams):
        if row % 2 == 0:
            pdf.set_fill_color(*rgb(kit.PAPER_TINT))
            pdf.rect(x0, y, pdf.content_width, TABLE_ROW, style="F")
        _team_row(pdf, team, x0, y, widths)
        y += TABLE_ROW
    pdf.set_draw_color(*rgb(RULE))
    pdf.set_line_width(0.2)
    pdf.line(x0, y, x0 + pdf.content_width, y)
    pdf.set_y(y + 1.2)
    if section.any_panorama:
        style(pdf, 8, "I", MUTED)
        pdf.multi_cell(
            0,
            4,
            say("debrief.pdf.footnote", rule=section.panorama_rule),
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )


def _table_head(
    pdf: Page,
    sectors: tuple[SectorLine, ...],
    x0: float,
    top: float,
    widths: tuple[float, float, float, float],
) -> None:
    rank_w, name_w, points_w, sector_w = widths
    style(pdf, 8.5, "B", MUTED)
    for label, x, w, align in (
        (say("debrief.ranking.rank"), x0, rank_w, "C"),
        (say("debrief.ranking.team"), x0 + rank_w, name_w, "L"),
        (say("debrief.ranking.points"), x0 + rank_w + name_w, points_w, "C"),
    ):
        pdf.set_xy(x, top + 7)
        pdf.cell(w, 4.5, label, align=align)
    x = x0 + rank_w + name_w + points_w
    size = 8.0  # one size for every sector's name: the longest decides
    style(pdf, size, "B", MUTED)
    while size > 6 and max(pdf.get_string_width(s.label) for s in sectors) > sector_w - 1:
        size -= 0.5
        style(pdf, size, "B", MUTED)
    for sector in sectors:
        kit.pictogram(pdf, sector.pictogram, sector.colour, x + sector_w / 2, top + 3, 5.6)
        pdf.set_xy(x, top + 7)
        pdf.cell(sector_w, 4.5, kit.fit_line(pdf, sector.label, sector_w - 0.5), align="C")
        x += sector_w
    pdf.set_draw_color(*rgb(INK))
    pdf.set_line_width(0.3)
    pdf.line(x0, top + 12, x0 + pdf.content_width, top + 12)


def _team_row(
    pdf: Page, team: TeamStanding, x0: float, y: float, widths: tuple[float, float, float, float]
) -> None:
    rank_w, name_w, points_w, sector_w = widths
    style(pdf, 10, "B")
    pdf.set_xy(x0, y + 1.2)
    pdf.cell(rank_w, 4.8, team.rank_text, align="C")
    kit.chip(pdf, x0 + rank_w + 0.5, y + 2.0, team.colour)
    name = _shown_name(team)
    size = 10.0  # a name too long for its column is set smaller, never cut
    style(pdf, size, "")
    while size > NAME_SMALLEST and pdf.get_string_width(name) > name_w - NAME_PAD:
        size -= 0.5
        style(pdf, size, "")
    pdf.set_xy(x0 + rank_w + 5, y + 1.2)
    pdf.cell(name_w - 6, 4.8, name)
    style(pdf, 10, "B")
    pdf.set_xy(x0 + rank_w + name_w, y + 1.2)
    pdf.cell(points_w, 4.8, str(team.score), align="C")
    style(pdf, 9.5, "")
    x = x0 + rank_w + name_w + points_w
    for rate in team.rates:
        pdf.set_text_color(*rgb(INK if rate.attempts else MUTED))
        pdf.set_xy(x, y + 1.2)
        pdf.cell(sector_w, 4.8, rate.fraction, align="C")
        x += sector_w


def _shown_name(team: TeamStanding) -> str:
    """The team's name, starred when the engine awarded its « panorama complet »."""
    return say("debrief.ranking.starred", team=team.name) if team.panorama else team.name


@_draws(Misconceptions)
def _missed(pdf: Page, section: Misconceptions, layout: Layout) -> None:
    note = ""
    if section.lines:
        note = _with_count(say("debrief.missed.note"), section.total, len(section.lines))
    kit.heading(pdf, say("debrief.missed.title"), keep_with=24, note=note)
    if not section.lines:
        _quiet(
            pdf,
            say("debrief.missed.none")
            if section.scored_played
            else say("debrief.missed.nothing_scored"),
        )
        return
    for line in section.lines:
        caption = say("debrief.missed.caption", sector=line.sector.label.upper(), who=line.who)
        blocks.misconception(
            pdf,
            caption,
            line.prompt,
            line.answer,
            line.gist,
            line.source,
            line.link,
            line.sector.colour,
        )


def _with_count(text: str, total: int, shown: int) -> str:
    """The note under a heading: what the list is, and how many of how many it shows."""
    if total > shown:
        text += " " + say("debrief.pdf.first_of", shown=shown, total=total)
    return text


@_draws(Debates)
def _debates(pdf: Page, section: Debates, layout: Layout) -> None:
    if not section.lines:
        return
    note = (
        say("debrief.pdf.first_of", shown=len(section.lines), total=section.total)
        if section.left_out
        else ""
    )
    kit.heading(pdf, say("debrief.debates.title"), keep_with=16, note=note)
    for debate in section.lines:
        paras = [Para(debate.prompt, 9.5, "B", after=0.5)]
        paras += [Para(stance.text, 9, after=0.2, label="•") for stance in debate.stances]
        kit.item(pdf, paras, bar=ACCENT, gap=1.8)


@_draws(Corrections)
def _corrections(pdf: Page, section: Corrections, layout: Layout) -> None:
    kit.heading(pdf, say("debrief.corrections.title"), keep_with=6)
    if not section.lines:
        _quiet(pdf, say("debrief.corrections.none"))
        return
    for line in section.lines:
        kit.item(pdf, [Para(line.text, 9, after=0, label="•")], indent=1, gap=1.0)


@_draws(KeyPoints)
def _key_points(pdf: Page, section: KeyPoints, layout: Layout) -> None:
    """Sectors two by two (three by three in the most compact layout), each row kept on one
    page, so that the columns stay aligned."""
    if not section.by_sector or not layout.key_points:
        return
    gutter, per_row = 7.0, layout.key_columns
    width = (pdf.content_width - gutter * (per_row - 1)) / per_row

    def shown(point: str) -> str:
        return first_sentence(point, layout.key_gist) if layout.key_gist else point

    stacks = [
        (sector, [Para(shown(p), 8.8, after=0.7, label="•") for p in points[: layout.key_points]])
        for sector, points in section.by_sector
    ]
    rows = [stacks[i : i + per_row] for i in range(0, len(stacks), per_row)]
    heights = [max(kit.stack_height(pdf, paras, width - 1) + 8 for _, paras in row) for row in rows]
    kit.heading(pdf, say("debrief.key_points.title"), keep_with=heights[0])
    for row, height in zip(rows, heights, strict=True):
        kit.ensure_room(pdf, height)
        top = pdf.get_y()
        for side, (sector, paras) in enumerate(row):
            pdf.set_y(top)
            _key_point_block(pdf, sector, paras, pdf.l_margin + side * (width + gutter), width)
        pdf.set_y(top + height)


def _key_point_block(
    pdf: Page, sector: SectorLine, paras: list[Para], x: float, width: float
) -> None:
    y = pdf.get_y()
    kit.pictogram(pdf, sector.pictogram, sector.colour, x + 3, y + 3, 6.0)
    style(pdf, 10, "B")
    pdf.set_xy(x + 8, y + 0.8)
    pdf.cell(width - 8, 4.5, sector.label)
    pdf.set_y(y + 7)
    kit.draw_stack(pdf, paras, x + 1, width - 1)
    pdf.set_y(pdf.get_y() + 1)


@_draws(OpenQuestions)
def _open_questions(pdf: Page, section: OpenQuestions, layout: Layout) -> None:
    if not section.questions:
        return
    kit.heading(pdf, say("debrief.open.title"), keep_with=14)
    for number, question in enumerate(section.questions, 1):
        kit.item(
            pdf,
            [Para(question, 9.5, after=0, label=say("debrief.open.number", number=number))],
            indent=1,
            gap=1.4,
        )


@_draws(Notes)
def _notes(pdf: Page, section: Notes, layout: Layout) -> None:
    """Typed notes, then ruled lines down to the bottom of the page for handwriting (none, and
    no block, in a layout without note lines when nothing was typed)."""
    if not section.text and not layout.note_lines:
        return
    kit.heading(
        pdf,
        say("debrief.notes.title"),
        keep_with=layout.note_lines * NOTE_LINE_H,
        note=say("debrief.pdf.notes.note"),
    )
    for paragraph in section.text.splitlines():
        kit.item(pdf, [Para(paragraph or NBSP, 10, after=0)], indent=1, gap=1.0)
    lines = int(kit.room_left(pdf) // NOTE_LINE_H) if layout.note_lines else 0
    if section.text:
        lines = min(lines, 3)
    pdf.set_draw_color(*rgb(RULE))
    pdf.set_line_width(0.2)
    y = pdf.get_y()
    for _ in range(max(0, lines)):
        y += NOTE_LINE_H
        pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.content_width, y)
    pdf.set_y(y + 1)


def _quiet(pdf: Page, text: str) -> None:
    style(pdf, 9.5, "I", MUTED)
    pdf.multi_cell(0, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
