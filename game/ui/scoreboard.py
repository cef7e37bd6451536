"""Teams on screen: the scoreboard beside the wheel, and the strip of team chips under a card.

A team is always shown by its number disc (its colour and its number), its name and its score,
so that no one depends on telling colours apart. In « toutes les équipes » mode a chip says that
the team has answered — a tick and « a répondu » — and never what it answered, until the reveal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.ui import graphics, theme, widgets
from game.ui.context import Ui
from game.ui.layout import columns, inset, rows, take_left, take_right
from game.wording import say

P = theme.PALETTE
ROW_MAX = 0.095  # a scoreboard row at most, of the window height
CHIP_MAX_WIDTH = 0.62
DISC = 0.36  # disc radius, of the row height
SCORE_WIDTH = 0.06  # a chip's score, of the window height
ROW_INSET = 0.004  # inside a scoreboard row: two lines of a long name still fit
TICK_WIDTH = 0.035  # a chip's « has answered » tick, where the score would be
SHORTEST_CUT = 4  # letters kept at least when a name or an answer is cut with « … »


@dataclass(frozen=True)
class TeamLine:
    """One team as a scoreboard row or a chip shows it."""

    index: int
    name: str
    colour: theme.Colour
    score: float
    detail: str = ""  # a chip's second line: the answer given
    mark: bool | None = None  # right / wrong symbol beside the detail
    active: bool = False  # whose turn it is, or whose answer is being typed
    answered: bool = False  # an answer is in, kept hidden: a tick and « a répondu »


def scoreboard_rows(ui: Ui, rect: pygame.Rect, count: int) -> list[pygame.Rect]:
    """Rows for ``count`` teams, at most ``ROW_MAX`` high, from the top of ``rect``."""
    lay = ui.layout
    height = min(lay.h(ROW_MAX), (rect.height - lay.gap // 2 * (count - 1)) // max(1, count))
    area = pygame.Rect(rect.left, rect.top, rect.width, height * count + lay.gap // 2 * (count - 1))
    return rows(area, count, lay.gap // 2)


def draw_scoreboard(
    surface: pygame.Surface, ui: Ui, rect: pygame.Rect, lines: Sequence[TeamLine]
) -> None:
    """Disc, name and score per team; the active team's row stands out."""
    lay = ui.layout
    for line, row in zip(lines, scoreboard_rows(ui, rect, len(lines)), strict=True):
        fill = P.raised if line.active else P.panel
        graphics.panel(
            surface, row, fill, lay.radius, P.text if line.active else None, lay.focus_ring
        )
        inner = inset(row, lay.h(ROW_INSET))
        disc_rect, rest = take_left(inner, inner.height, lay.gap)
        widgets.team_disc(
            surface, ui, disc_rect.center, round(inner.height * DISC * 1.3), line.colour, line.index
        )
        name_rect, score_rect = take_right(rest, lay.h(0.09), lay.gap)
        ui.type.text(surface, line.name, "label", name_rect, P.text, "left", "middle", max_lines=2)
        ui.type.text(
            surface, _score(line.score), "score", score_rect, P.text, "right", "middle", max_lines=1
        )


def strip_cells(ui: Ui, rect: pygame.Rect, count: int) -> list[pygame.Rect]:
    """Chips side by side, centred, none wider than ``CHIP_MAX_WIDTH`` of the height."""
    lay = ui.layout
    width = min(lay.h(CHIP_MAX_WIDTH), (rect.width - lay.gap * (count - 1)) // max(1, count))
    total = width * count + lay.gap * (count - 1)
    area = pygame.Rect(rect.centerx - total // 2, rect.top, total, rect.height)
    return columns(area, count, lay.gap)


def chip_rows(ui: Ui, cell: pygame.Rect, count: int) -> list[pygame.Rect]:
    """The lines inside a chip: name and score, the answer, and (debates) the points."""
    inner = inset(cell, ui.layout.h(0.006)).inflate(-ui.layout.pad // 2, 0)
    return rows(inner, count, 0)


def one_line(ui: Ui, text: str, style: str, rect: pygame.Rect) -> tuple[str, str]:
    """``text`` on one line of ``rect``: in ``style``, else in the small style, else cut with
    « … » (a chip's name or answer: a first word the room recognises beats a blank chip)."""
    size = (rect.width, rect.height)
    for candidate in dict.fromkeys((style, "small")):
        if not ui.type.fit(text, candidate, size, max_lines=1).overflow:
            return text, candidate
    low, high = 1, len(text)
    while low < high:  # the longest start of the text that fits, with its « … »
        middle = (low + high + 1) // 2
        cut = text[:middle].rstrip() + "…"
        if ui.type.fit(cut, "small", size, max_lines=1).overflow:
            high = middle - 1
        else:
            low = middle
    if low < SHORTEST_CUT:
        return "", "small"  # « L… » says nothing the team's number does not
    return text[:low].rstrip() + "…", "small"


def draw_strip(
    surface: pygame.Surface,
    ui: Ui,
    rect: pygame.Rect,
    lines: Sequence[TeamLine],
    show_score: bool = True,
    count: int = 2,
) -> list[pygame.Rect]:
    """A chip per team: number disc, name (cut with « … » where it cannot fit) and score on
    the first line, the answer and its right/wrong symbol on the second.

    Returns the score rectangles, where flying points land.
    """
    lay = ui.layout
    cells = strip_cells(ui, rect, len(lines))
    score_width = lay.h(TICK_WIDTH)
    if show_score:  # as wide as the widest score needs: the rest is the names'
        font = ui.fonts.get(theme.STYLES["label"].weight, ui.type.px("label"))
        widest = max(font.size(_score(line.score))[0] for line in lines)
        score_width = min(lay.h(SCORE_WIDTH), max(score_width, widest + lay.gap // 2))
    landing = []
    for line, cell in zip(lines, cells, strict=True):
        graphics.panel(
            surface,
            cell,
            P.raised if line.active else P.panel,
            lay.radius,
            P.text if line.active else P.panel_edge,
            lay.focus_ring if line.active else lay.outline,
        )
        top, detail = chip_rows(ui, cell, count)[:2]
        disc_rect, rest = take_left(top, top.height, lay.gap // 2)
        widgets.team_disc(
            surface, ui, disc_rect.center, round(top.height * 0.45), line.colour, line.index
        )
        name_rect, score = take_right(rest, score_width, lay.gap // 2)
        name, style = one_line(ui, line.name, "small", name_rect)
        ui.type.text(surface, name, style, name_rect, P.text, "left", "middle", max_lines=1)
        if show_score:
            ui.type.text(
                surface, _score(line.score), "label", score, P.text, "right", "middle", max_lines=1
            )
        elif line.answered:  # a plain tick, not the green « right » disc: nothing is judged yet
            tick = ui.images.icon("juste", min(score.width, score.height), P.text)
            graphics.blit_centred(surface, tick, score.center)
        if line.mark is not None:
            mark_rect, detail = take_left(detail, detail.height, lay.gap // 2)
            widgets.mark(surface, ui, mark_rect.inflate(-2, -2), line.mark)
        if line.answered:
            ui.type.text(
                surface,
                say("game.strip.answered"),
                "small",
                detail,
                P.text,
                "left",
                "middle",
                max_lines=1,
            )
        elif line.detail:
            text, style = one_line(ui, line.detail, "label", detail)
            ui.type.text(surface, text, style, detail, P.text, "left", "middle", max_lines=1)
        landing.append(score)
    return landing


def _score(value: float) -> str:
    return str(round(value))
