"""The debrief's per-team table: a row per team (in ranking order), a column per sector with the
right answers out of the answers expected, and each team's panorama — all as the debrief
model counted them (the panorama's ✓ is the engine's own award).

Nothing rests on colour alone: each cell has a ✓ or ✗ symbol and its count (« 2/3 »), each
sector its pictogram and its label, each team its number and its name. On a 4:3
projector the sector labels are too wide for their columns: they alternate on two rows, each
free to spread over its neighbours' room.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.rules.debrief import Rate, SectorLine, TeamStanding
from game.ui import debrieflayout, graphics, layout, theme, widgets
from game.ui.context import Ui
from game.ui.debrieflayout import TableLayout
from game.ui.layout import inset, take_left
from game.ui.scenes.debrief.content import Content
from game.ui.wheellabels import label_style
from game.ui.wheelview import WheelSector
from game.wording import say

P = theme.PALETTE
NAME_STYLE = "label_regular"  # the narrower weight: six long names on a 4:3 projector


def draw_table(surface: pygame.Surface, ui: Ui, content: Content) -> None:
    """The whole table in the page's content area."""
    area = debrieflayout.page(ui.layout)["content"]
    debrief = content.debrief
    sizes = (len(debrief.sectors), len(debrief.teams))
    team_width = _team_width(ui, area, content)
    table = debrieflayout.table(ui.layout, area, sizes, team_width, stagger=False)
    if not _labels_fit(ui, table, debrief.sectors):
        table = debrieflayout.table(ui.layout, area, sizes, team_width, stagger=True)
    _header(surface, ui, table, debrief.sectors)
    if table.pictos.height:
        _pictograms(surface, ui, table, content.wheel)
    in_play = debrief.facts.sectors_in_play
    for team, row in zip(debrief.teams, table.rows, strict=True):
        graphics.panel(surface, row, P.panel, ui.layout.radius)
        _team_cell(surface, ui, table.team.clip(row), team)
        for rate, column in zip(team.rates, table.sectors, strict=True):
            _count_cell(surface, ui, column.clip(row), rate)
        _panorama_cell(
            surface, ui, table.panorama.clip(row), team.panorama, team.sectors_won, in_play
        )
    _legend(surface, ui, table.legend, say("debrief.screen.table_legend", sectors=in_play))


def _team_width(ui: Ui, area: pygame.Rect, content: Content) -> int:
    """Wide enough for the longest name on one line at the smallest size, within bounds."""
    font = ui.fonts.get(theme.STYLES[NAME_STYLE].weight, ui.type.min_px(NAME_STYLE))
    widest = max((font.size(team.name)[0] for team in content.debrief.teams), default=0)
    disc = ui.layout.h(debrieflayout.TABLE_ROW_MAX)
    low, high = (round(area.width * share) for share in debrieflayout.TABLE_TEAM)
    return max(low, min(high, widest + disc + ui.layout.gap + ui.layout.h(layout.SMALL_PAD)))


def _legend(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, text: str) -> None:
    """What a cell means, after the ✓ symbol it starts with."""
    side = round(rect.height * debrieflayout.LEGEND_MARK)
    mark = pygame.Rect(rect.left, rect.centery - side // 2, side, side)
    widgets.mark(surface, ui, mark, True)
    box = pygame.Rect(
        mark.right + ui.layout.gap // 2,
        rect.top,
        rect.right - mark.right - ui.layout.gap // 2,
        rect.height,
    )
    ui.type.text(surface, text, "small", box, P.muted, valign="middle")


def _labels_fit(ui: Ui, table: TableLayout, sectors: Sequence[SectorLine]) -> bool:
    row = table.labels[0]
    for sector, column in zip(sectors, table.sectors, strict=True):
        size = (column.width, row.height)
        style = label_style(ui, sector.label, size)
        if ui.type.fit(sector.label, style, size, max_lines=1).overflow:
            return False
    return True


def _pictograms(
    surface: pygame.Surface, ui: Ui, table: TableLayout, sectors: Sequence[WheelSector]
) -> None:
    """Each sector's pictogram in a disc of its colour, over its column."""
    side = table.pictos.height
    for sector, column in zip(sectors, table.sectors, strict=True):
        centre = (column.centerx, table.pictos.centery)
        graphics.disc(surface, centre, side // 2, sector.colour)
        picto = ui.images.svg(
            sector.pictogram, round(side * widgets.ICON_FRACTION), theme.text_on(sector.colour)
        )
        graphics.blit_centred(surface, picto, centre)


def _header(
    surface: pygame.Surface, ui: Ui, table: TableLayout, sectors: Sequence[SectorLine]
) -> None:
    """The labels (alternating on two rows when ``table`` has two), « Équipe », « Panorama »."""
    bottom = table.labels[-1]
    boxes = []
    for index, column in enumerate(table.sectors):
        row = table.labels[index % len(table.labels)]
        box = pygame.Rect(column.left, row.top, column.width, row.height)
        if len(table.labels) > 1:  # spread over half of each neighbour's column
            box = box.inflate(column.width + ui.layout.gap // 2, 0)
        boxes.append(box)
    # One weight for every label: bold, unless one of them needs the narrower regular.
    styles = {label_style(ui, s.label, box.size) for s, box in zip(sectors, boxes, strict=True)}
    style = "label_regular" if "label_regular" in styles else "label"
    for sector, box in zip(sectors, boxes, strict=True):
        ui.type.text(surface, sector.label, style, box, P.text, "centre", "middle", max_lines=1)
    for text, column, align in (
        (say("debrief.ranking.team"), table.team, "left"),
        (say("debrief.screen.panorama"), table.panorama, "centre"),
    ):
        box = pygame.Rect(column.left, bottom.top, column.width, bottom.height)
        ui.type.text(surface, text, "label", box, P.muted, align, "middle", max_lines=1)


def _team_cell(surface: pygame.Surface, ui: Ui, cell: pygame.Rect, team: TeamStanding) -> None:
    """The team's disc (its number) and its name; its rank and score are on the summary."""
    inner = inset(cell, ui.layout.h(layout.SMALL_PAD) // 2)
    disc, text = take_left(inner, inner.height, ui.layout.gap // 2)
    widgets.team_disc(
        surface,
        ui,
        disc.center,
        round(cell.height * debrieflayout.TABLE_DISC),
        theme.rgb(team.colour),
        team.index,
    )
    ui.type.text(surface, team.name, NAME_STYLE, text, P.text, "left", "middle", max_lines=2)


def _mark_and_text(
    surface: pygame.Surface,
    ui: Ui,
    cell: pygame.Rect,
    right: bool | None,
    text: str,
    colour: theme.Colour = P.text,
) -> None:
    """A ✓ / ✗ disc and a short text, centred together in ``cell``."""
    side = round(cell.height * debrieflayout.TABLE_MARK)
    gap = ui.layout.gap // 3
    fitted = ui.type.fit(text, "label", (max(1, cell.width - side - gap), cell.height), max_lines=1)
    width = (side + gap if right is not None else 0) + fitted.width
    left = cell.centerx - min(width, cell.width) // 2
    if right is not None:
        widgets.mark(surface, ui, pygame.Rect(left, cell.centery - side // 2, side, side), right)
        left += side + gap
    box = pygame.Rect(left, cell.top, cell.right - left, cell.height)
    ui.type.note_overflow(fitted, "label", box.size)
    ui.type.draw(surface, fitted, box, colour, "left", "middle")


def _count_cell(surface: pygame.Surface, ui: Ui, cell: pygame.Rect, rate: Rate) -> None:
    if not rate.attempts:
        _mark_and_text(surface, ui, cell, None, "—", P.muted)
        return
    _mark_and_text(surface, ui, cell, rate.right > 0, rate.fraction)


def _panorama_cell(
    surface: pygame.Surface, ui: Ui, cell: pygame.Rect, complete: bool, won: int, in_play: int
) -> None:
    _mark_and_text(
        surface,
        ui,
        cell,
        True if complete else None,
        say("debrief.rate.fraction", right=won, attempts=in_play),
    )
