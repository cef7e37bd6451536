"""The debrief's first pages: when, how long, how many teams and questions; the ranking (ties
share a rank); the group's panorama, success per sector drawn on the wheel.

Everything is read from the debrief model (``content.debrief``). On a wide screen it is one
page, the facts and the ranking beside the wheel. The wheel must stay tall for its labels to be
read, so on a 4:3 projector the ranking gets a page of its own and the wheel another, with each
sector's count of right answers beside it.
"""

from __future__ import annotations

import pygame

from game.ui import debrieflayout, graphics, layout, theme, widgets
from game.ui.context import Ui
from game.ui.layout import rows, split_columns, take_left, take_right, take_top
from game.ui.scenes.debrief.content import Content
from game.ui.scoreboard import TeamLine, draw_scoreboard
from game.ui.wheelview import WheelView
from game.wording import say

P = theme.PALETTE


def facts(content: Content, short: bool) -> list[str]:
    """Date, length, teams, questions played (``short``); then the mode and why it ended."""
    game = content.debrief.facts
    kept = game.at_a_glance[:3] if short else game.at_a_glance
    return ([game.when] if game.when else []) + list(kept)


def draw_ranking(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, content: Content) -> None:
    """A row per team: number disc, rank and name, score."""
    lines = [
        TeamLine(
            team.index,
            say("debrief.screen.ranked", rank=team.rank_text, team=team.name),
            theme.rgb(team.colour),
            team.score,
        )
        for team in content.debrief.teams
    ]
    draw_scoreboard(surface, ui, rect, lines)


def draw_wheel(surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView) -> None:
    """The group's wheel, each slice filled to its success rate, and its caption."""
    lay = debrieflayout.page(ui.layout)
    rates = {s.id: s.group.value for s in content.debrief.sectors}
    wheel.draw(surface, ui, lay["wheel"], list(content.wheel), rates=rates)
    ui.type.text(
        surface,
        say("debrief.screen.wheel_caption"),
        "small",
        lay["caption"],
        P.muted,
        "centre",
        "middle",
        max_lines=1,
    )


def draw_summary(surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView) -> None:
    """Wide screens: the facts and the ranking beside the wheel."""
    lay = ui.layout
    box, ranking = take_top(
        debrieflayout.page(lay)["side"], lay.h(debrieflayout.FACTS_ROW), lay.gap
    )
    ui.type.text(surface, " · ".join(facts(content, short=True)), "body", box, P.text)
    draw_ranking(surface, ui, ranking, content)
    draw_wheel(surface, ui, content, wheel)


def draw_ranking_page(surface: pygame.Surface, ui: Ui, content: Content) -> None:
    """4:3 screens, first page: the facts one per line, the ranking beside them."""
    lay = ui.layout
    left, right = split_columns(
        debrieflayout.page(lay)["content"],
        (debrieflayout.FACTS_SHARE, 1 - debrieflayout.FACTS_SHARE),
        lay.gap * 2,
    )
    ui.type.text(surface, "\n".join(facts(content, short=False)), "body", left, P.text)
    draw_ranking(surface, ui, right, content)


def draw_group_page(
    surface: pygame.Surface, ui: Ui, content: Content, wheel: WheelView, title: str
) -> None:
    """4:3 screens, second page: its title and each sector's right answers beside the group's
    wheel."""
    lay = ui.layout
    heading, rest = take_top(debrieflayout.page(lay)["side"], lay.h(layout.HEADING_ROW), lay.gap)
    ui.type.text(surface, title, "heading", heading, P.text, valign="middle", max_lines=1)
    sectors = content.debrief.sectors
    count = max(1, len(sectors))
    height = min(lay.h(debrieflayout.SECTOR_ROW), (rest.height - lay.gap * (count - 1)) // count)
    area = pygame.Rect(rest.left, rest.top, rest.width, height * count + lay.gap * (count - 1))
    for sector, view, row in zip(sectors, content.wheel, rows(area, count, lay.gap), strict=True):
        graphics.panel(surface, row, P.panel, lay.radius)
        disc, text = take_left(row, row.height, lay.gap // 2)
        colour = theme.rgb(sector.colour)
        radius = round(row.height * debrieflayout.SECTOR_DISC)
        graphics.disc(surface, disc.center, radius, colour)
        side = round(radius * 2 * widgets.ICON_FRACTION)
        picto = ui.images.svg(view.pictogram, side, theme.text_on(colour))
        graphics.blit_centred(surface, picto, disc.center)
        label, count_box = take_right(text, lay.h(debrieflayout.TABLE_PANORAMA), lay.gap // 2)
        ui.type.text(surface, sector.label, "label", label, P.text, "left", "middle", max_lines=1)
        ui.type.text(
            surface,
            sector.group.fraction,
            "label",
            count_box.inflate(-lay.gap, 0),
            P.text,
            "right",
            "middle",
            max_lines=1,
        )
    draw_wheel(surface, ui, content, wheel)
