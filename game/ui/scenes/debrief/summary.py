"""The debrief's first pages: when, how long, how many teams and questions; the ranking (ties
share a rank); the group's panorama, success per sector drawn on the wheel.

On a wide screen it is one page, the ranking beside the wheel. The wheel must stay tall for its
labels to be read, so on a 4:3 projector the ranking gets a page of its own and the wheel
another, with each sector's count of right answers beside it.
"""

from __future__ import annotations

import pygame

from game.ui import graphics, layout, theme, widgets
from game.ui.context import Ui
from game.ui.layout import rows, split_columns, take_left, take_right, take_top
from game.ui.scenes.debrief.content import Content
from game.ui.scoreboard import TeamLine, draw_scoreboard
from game.ui.wheelview import WheelView
from game.wording import dates as fd

P = theme.PALETTE
CAPTION = "Bonnes réponses du groupe, par secteur"


def date_text(content: Content) -> str | None:
    """« Lundi 16 mars 2026, 9 h 05 », or None when the journal has no readable date."""
    when = fd.parse_wall(content.figures.date)
    if when is None:
        return None
    day = fd.long_date(when)
    return f"{day[:1].upper()}{day[1:]}, {fd.clock_time(when)}"


def facts(content: Content, short: bool) -> list[str]:
    """Date, length, teams, questions played (``short``); then the mode and why it ended."""
    doc = content.document
    kept = doc.facts[:3] if short else doc.facts
    date = date_text(content)
    return ([date] if date else []) + list(kept)


def rank_text(rank: int) -> str:
    """« 1er », « 2e »: two teams with the same score show the same rank."""
    return "1er" if rank == 1 else f"{rank}e"


def draw_ranking(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, content: Content) -> None:
    """A row per team: number disc, rank and name, score."""
    lines = [TeamLine(row.team, f"{rank_text(row.rank)}  {row.name}", theme.rgb(row.colour),
                      row.score) for row in content.figures.ranking]
    draw_scoreboard(surface, ui, rect, lines)


def draw_wheel(surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView) -> None:
    """The group's wheel, each slice filled to its success rate, and its caption."""
    lay = ui.layout.debrief
    doc = content.document
    rates = {s.id: rate.value for s, rate in zip(doc.sectors, doc.group, strict=True)}
    wheel.draw(surface, ui, lay["wheel"], list(content.sectors), rates=rates)
    ui.type.text(surface, CAPTION, "small", lay["caption"], P.muted, "centre", "middle",
                 max_lines=1)


def draw_summary(surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView,
                 title: str) -> None:
    """Wide screens: title, facts and ranking beside the wheel."""
    lay = ui.layout
    heading, rest = take_top(lay.debrief["side"], lay.h(layout.HEADING_ROW), lay.gap)
    ui.type.text(surface, title, "heading", heading, P.text, valign="middle", max_lines=1)
    box, ranking = take_top(rest, lay.h(layout.FACTS_ROW), lay.gap)
    ui.type.text(surface, " · ".join(facts(content, short=True)), "body", box, P.text)
    draw_ranking(surface, ui, ranking, content)
    draw_wheel(surface, ui, content, wheel)


def draw_ranking_page(surface: pygame.Surface, ui: Ui, content: Content) -> None:
    """4:3 screens, first page: the facts one per line, the ranking beside them."""
    lay = ui.layout
    left, right = split_columns(lay.debrief["content"],
                                (layout.FACTS_SHARE, 1 - layout.FACTS_SHARE), lay.gap * 2)
    ui.type.text(surface, "\n".join(facts(content, short=False)), "body", left, P.text)
    draw_ranking(surface, ui, right, content)


def draw_group_page(surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView,
                    title: str) -> None:
    """4:3 screens, second page: each sector's right answers beside the group's wheel."""
    lay = ui.layout
    heading, rest = take_top(lay.debrief["side"], lay.h(layout.HEADING_ROW), lay.gap)
    ui.type.text(surface, title, "heading", heading, P.text, valign="middle", max_lines=1)
    doc = content.document
    count = max(1, len(doc.sectors))
    height = min(lay.h(layout.SECTOR_ROW), (rest.height - lay.gap * (count - 1)) // count)
    area = pygame.Rect(rest.left, rest.top, rest.width, height * count + lay.gap * (count - 1))
    for sector, rate, row in zip(doc.sectors, doc.group, rows(area, count, lay.gap),
                                 strict=True):
        graphics.panel(surface, row, P.panel, lay.radius)
        disc, text = take_left(row, row.height, lay.gap // 2)
        colour = theme.rgb(sector.colour)
        radius = round(row.height * layout.SECTOR_DISC)
        graphics.disc(surface, disc.center, radius, colour)
        if sector.pictogram is not None:
            side = round(radius * 2 * widgets.ICON_FRACTION)
            picto = ui.images.svg(sector.pictogram, side, theme.text_on(colour))
            graphics.blit_centred(surface, picto, disc.center)
        label, count_box = take_right(text, lay.h(layout.TABLE_PANORAMA), lay.gap // 2)
        ui.type.text(surface, sector.label, "label", label, P.text, "left", "middle",
                     max_lines=1)
        ui.type.text(surface, rate.fraction, "label", count_box.inflate(-lay.gap, 0), P.text,
                     "right", "middle", max_lines=1)
    draw_wheel(surface, ui, content, wheel)
