"""Named rectangles for the screens where the room speaks rather than answers: the baromètre's
vote (a statement on a card, its four-level scale, the teams under it) and the agreement entry.
Fractions of the window height, like ``layout``, which it builds on."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui.layout import (
    Layout,
    columns,
    inset,
    rows,
    take_bottom,
    take_left,
    take_right,
    take_top,
)

Rect = pygame.Rect

SCALE_SHARE = 0.56  # the scale's row, of the card's content at most
SCALE_MAX = 0.34  # the scale's row at most, of the window height
LEVEL_HEAD = 0.42  # a level's coloured head (its name on two lines), of its tile
HANDS_BOX = 0.5  # a level's number box (« à main levée »), of the tile's body
HINT_ROW = 0.055  # the line that says what « suivant » does, as on the question card
STRIP = 0.1  # the team strip under the card, as on the question card
SUGGESTION_ROW = 0.1  # one suggestion of the agreement entry: two lines of body text
SECTOR_CHIPS = 0.085  # the agreement entry's row of sectors
FIELD = 0.16  # the agreement being typed
ENTRY_BUTTON = 0.36  # « Noter l'accord » and « Annuler », each


@dataclass(frozen=True)
class PollLayout:
    """The vote: the card (band and content), the statement, the four levels, each with its
    head and body, the team strip (« par équipe ») and the hint line."""

    card: dict[str, Rect]
    statement: Rect
    levels: tuple[Rect, ...]
    heads: tuple[Rect, ...]
    bodies: tuple[Rect, ...]
    strip: Rect | None
    hint: Rect


def poll(lay: Layout, by_teams: bool) -> PollLayout:
    """The vote's rectangles for this window (``by_teams``: a strip of teams under the card)."""
    body, hint = take_bottom(lay.frame.body, lay.h(HINT_ROW), lay.gap // 2)
    strip = None
    if by_teams:
        body, strip = take_bottom(body, lay.h(STRIP), lay.gap)
    card = lay.card_in(body)
    content = card["content"]
    height = min(round(content.height * SCALE_SHARE), lay.h(SCALE_MAX))
    statement, scale = take_bottom(content, height, lay.gap)
    levels = tuple(columns(scale, 4, lay.gap))
    heads, bodies = [], []
    for tile in levels:
        head, rest = take_top(tile, round(tile.height * LEVEL_HEAD))
        heads.append(head)
        bodies.append(inset(rest, lay.h(0.008)))
    return PollLayout(card, statement, levels, tuple(heads), tuple(bodies), strip, hint)


def hands_box(body: Rect) -> tuple[Rect, Rect]:
    """A level's number box and the word under it, in the level's body."""
    box, label = take_top(body, round(body.height * HANDS_BOX))
    return box, label


@dataclass(frozen=True)
class AgreementLayout:
    """The agreement entry: its title, the sectors, the suggestions, the field, the buttons."""

    head: Rect
    sectors: tuple[Rect, ...]
    suggestions: Rect
    field: Rect
    hint: Rect
    foot: Rect


def agreement(lay: Layout, sectors: int) -> AgreementLayout:
    """The agreement entry, over the screen it was opened from."""
    inner = inset(lay.big_dialog, lay.pad)
    head, rest = take_top(inner, lay.h(0.07), lay.gap)
    chips, rest = take_top(rest, lay.h(SECTOR_CHIPS), lay.gap)
    rest, foot = take_bottom(rest, lay.h(0.09), lay.gap)
    rest, hint = take_bottom(rest, lay.h(HINT_ROW), lay.gap // 2)
    suggestions, field = take_bottom(rest, lay.h(FIELD), lay.gap)
    return AgreementLayout(
        head, tuple(columns(chips, max(1, sectors), lay.gap // 2)), suggestions, field, hint, foot
    )


def suggestion_rows(area: Rect, count: int, lay: Layout) -> list[Rect]:
    """As many suggestion rows as fit ``area``, from its top."""
    height = lay.h(SUGGESTION_ROW)
    fitting = max(1, min(count, (area.height + lay.gap // 3) // (height + lay.gap // 3)))
    block = Rect(area.left, area.top, area.width, fitting * height + (fitting - 1) * (lay.gap // 3))
    return rows(block, fitting, lay.gap // 3)


RESULT_CAPTION = 0.05  # its sector and the shift « d'accord »
RESULT_BAR = 0.07  # one bar (« Avant », « Après »)
RESULT_LABEL = 0.13  # « Avant » before a bar
RESULT_VOTERS = 0.2  # « 6 équipes » after a bar
RESULT_LEGEND = 0.045  # one row of the scale's legend
RESULT_LEGEND_ONE_ROW = 1.9  # the legend fits one row from this width (of the height) on
SEGMENT_MIN = 0.05  # a level's part of a bar at least, so its count can be read


@dataclass(frozen=True)
class ResultLayout:
    """A statement's page of the debrief: caption, statement, the two bars (each with its
    label and its voters), the legend, and the text under them (the facts)."""

    caption: Rect
    statement: Rect
    bars: tuple[tuple[Rect, Rect, Rect], ...]  # (label, bar, voters), before then after
    legend: tuple[Rect, ...]
    text: Rect


def poll_result(lay: Layout, area: Rect, statement_height: int) -> ResultLayout:
    """The statement's page in the debrief's content ``area``, its statement taking
    ``statement_height`` pixels (as its text needs): the facts beside the bars on a wide
    screen, under them on a 4:3 one."""
    head, text = area, area
    if lay.wide:
        head, text = columns(area, 2, lay.gap * 2)
    legend_rows = 1 if head.width >= lay.h(RESULT_LEGEND_ONE_ROW) else 2
    caption_rows = 2 if lay.wide else 1  # half the width: the caption may need two lines
    caption, rest = take_top(head, lay.h(RESULT_CAPTION) * caption_rows, lay.gap // 2)
    statement, rest = take_top(rest, statement_height, lay.gap // 2)
    bars_area, rest = take_top(rest, lay.h(RESULT_BAR) * 2 + lay.gap // 2, lay.gap // 2)
    legend_area, under = take_top(rest, lay.h(RESULT_LEGEND) * legend_rows, lay.gap)
    bars = []
    for row in rows(bars_area, 2, lay.gap // 2):
        label, rest_row = take_left(row, lay.h(RESULT_LABEL), lay.gap // 2)
        bar, voters = take_right(rest_row, lay.h(RESULT_VOTERS), lay.gap // 2)
        bars.append((label, bar, voters))
    legend = [
        cell
        for line in rows(legend_area, legend_rows, 0)
        for cell in columns(line, 4 // legend_rows, lay.gap)
    ]
    return ResultLayout(caption, statement, tuple(bars), tuple(legend), text if lay.wide else under)


def segments(bar: Rect, shares: list[float], least: int) -> list[Rect]:
    """A bar cut into parts of ``shares`` (summing to 1). A part narrower than ``least`` is
    widened to it, so that its count can be read, and the others share the rest in their own
    proportions."""
    count = len(shares)
    if not count:
        return []
    least = min(least, bar.width // count)
    small = [share * bar.width < least for share in shares]
    room = bar.width - least * sum(small)
    big = sum(share for share, tiny in zip(shares, small, strict=True) if not tiny) or 1.0
    widths = [
        least if tiny else round(room * share / big)
        for share, tiny in zip(shares, small, strict=True)
    ]
    widths[-1] = bar.width - sum(widths[:-1])
    out, x = [], bar.left
    for width in widths:
        out.append(Rect(x, bar.top, width, bar.height))
        x += width
    return out
