"""Named rectangles for the debrief's pages: the page's frame (its title, the page arrows and
« 2 / 8 » in the header, the wheel and the column beside it), the text pages' columns and the
per-team table. Fractions of the window height, like ``layout``, which it builds on; the page's
title goes in the header, or under it on a 4:3 screen.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.layout import (
    GAP,
    HEADING_ROW,
    Layout,
    columns,
    rows,
    take_bottom,
    take_left,
    take_right,
    take_top,
)

Rect = pygame.Rect

PAGE_COUNT = 0.13  # « 2 / 8 » between the page arrows, in the header
PAGE_ARROW = (0.21, 0.17)  # a page arrow's triangle: tip and base from the button's centre
PAGE_TITLE_MIN = 0.6  # a header's title narrower than this: the page's title goes under it
FACTS_ROW = 0.12  # the summary's facts beside the wheel: three lines at the smallest
WHEEL_SHARE = 0.6  # the summary's wheel, of the body's width at most
SIDE_MIN = 0.75  # narrower than this beside the wheel, the ranking gets its own page
FACTS_SHARE = 0.4  # the facts' column when the ranking has its own page
SECTOR_ROW = 0.085  # a sector's line beside the wheel, at most
TWO_COLUMNS = 1.5  # text pages this wide (about 90 characters a line) go on two columns
CAPTION_ROW = 0.05  # the line under the group's wheel
ITEM_GAP = 0.014  # between two items of a page
LINE_GAP = 0.004  # between two paragraphs of an item
BAR = 0.009  # a sector's colour bar beside an item
GUTTER = 0.045  # the « • » or « 2. » before an item
CARD_ASIDE = 0.45  # a card's second column (a misconception's « why »), of its width
TABLE_PICTO = 0.06  # the sector pictograms heading the per-team table
TABLE_LABEL = 0.045  # one row of sector labels under them
TABLE_ROW_MAX = 0.085  # a team's row at most
TABLE_ROW_MIN = 0.06  # a team's row at least, before the pictograms give up their row
TABLE_TEAM = (0.22, 0.42)  # the team column: as wide as the names need, within these shares
TABLE_PANORAMA = 0.16  # the panorama column (« Panorama », « ✓ 5/5 »)
TABLE_MARK = 0.5  # the ✓ disc in a cell, of the row's height
TABLE_DISC = 0.33  # a team's number disc (radius), of the row's height
LEGEND_MARK = 0.75  # the ✓ disc before the table's legend, of the legend's height
SECTOR_DISC = 0.45  # a sector's pictogram disc (radius) beside the wheel, of its row


@dataclass(frozen=True)
class TableLayout:
    """The debrief's per-team table: a team column, one column per sector, a panorama column;
    a row of pictograms and one or two rows of labels on top, a row per team, a legend."""

    pictos: Rect
    labels: tuple[Rect, ...]  # one row, or two when the labels alternate (4:3 projectors)
    team: Rect  # the team column, over the whole height
    sectors: tuple[Rect, ...]
    panorama: Rect
    rows: tuple[Rect, ...]
    legend: Rect


def page(lay: Layout) -> dict[str, Rect]:
    """The debrief's frame: the page's title, the page arrows and « 2 / 8 » in the header
    (the title in a ``heading`` row of its own where the header is too narrow), the page's
    content in the body; the wheel as tall as the body allows (its labels need it), with a
    caption under it and a column beside it (``side``)."""
    frame, gap = lay.frame, lay.gap
    side, small = frame.header.height, lay.h(GAP / 2)
    title, nav = take_right(frame.title, side * 2 + lay.h(PAGE_COUNT) + small * 2, gap)
    previous, rest = take_left(nav, side, small)
    count, following = take_right(rest, side, small)
    body = frame.body
    heading, content = Rect(body.left, body.top, body.width, 0), body
    if title.width < lay.h(PAGE_TITLE_MIN):  # 4:3: the page's title gets a row of its own
        heading, content = take_top(body, lay.h(HEADING_ROW), gap)
    # The wheel keeps the body's whole height: a page with a wheel puts its title beside it.
    wheel_side = min(body.height - lay.h(CAPTION_ROW), round(body.width * WHEEL_SHARE))
    beside, wheel_area = take_right(body, wheel_side, gap * 2)
    wheel, caption = take_top(wheel_area, wheel_side)
    return {
        "title": title,
        "previous": previous,
        "count": count,
        "next": following,
        "heading": heading,
        "content": content,
        "side": beside,
        "wheel": wheel,
        "caption": caption,
    }


def summary_split(lay: Layout) -> bool:
    """Whether the ranking and the group's wheel need a page each (4:3 projectors)."""
    return page(lay)["side"].width < lay.h(SIDE_MIN)


def text_columns(lay: Layout, area: Rect) -> list[Rect]:
    """A text page's columns: two when the lines would otherwise be too long to read."""
    if area.width >= lay.h(TWO_COLUMNS):
        return columns(area, 2, lay.gap * 2)
    return [area]


def table(
    lay: Layout, area: Rect, sizes: tuple[int, int], team_width: int, stagger: bool
) -> TableLayout:
    """The per-team table in ``area`` for ``sizes`` = (sectors, teams): a row of
    pictograms when the teams' rows leave room for it, then one row of labels, or two
    (``stagger``) where the labels alternate."""
    (sectors, teams), gap = sizes, lay.gap // 2
    labels_h = lay.h(TABLE_LABEL) * (2 if stagger else 1)
    fixed = labels_h + lay.h(TABLE_PICTO) + lay.h(CAPTION_ROW) + gap * (teams + 1)
    picto_h = lay.h(TABLE_PICTO) if area.height - fixed >= teams * lay.h(TABLE_ROW_MIN) else 0
    top, rest = take_top(area, labels_h + picto_h, gap)
    body, _ = take_bottom(rest, lay.h(CAPTION_ROW), gap)
    row = min(lay.h(TABLE_ROW_MAX), (body.height - gap * (teams - 1)) // max(1, teams))
    body = Rect(body.left, body.top, body.width, row * teams + gap * (teams - 1))
    legend = Rect(area.left, body.bottom + gap, area.width, lay.h(CAPTION_ROW))
    team, middle = take_left(area, team_width, gap)
    middle, panorama = take_right(middle, lay.h(TABLE_PANORAMA), gap)
    pictos, labels = take_top(top, picto_h)
    label_rows = rows(labels, 2, 0) if stagger else [labels]
    return TableLayout(
        pictos,
        tuple(label_rows),
        team,
        tuple(columns(middle, sectors, gap)),
        panorama,
        tuple(rows(body, teams, gap)),
        legend,
    )
