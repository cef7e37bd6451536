"""Text pages of the debrief: items (a misconception, a debate, a key point…) measured at the
window's real size, packed onto as many pages as they need, then drawn.

An item is a few paragraphs that stay together: never cut between two pages. Items are
packed at the smallest size the theme allows (1/30 of the height, readable from the back of
the room) so that the facilitator has as few pages as possible to flip, then each page's text is
made as large as its page allows, all items of a page at the same size. A list of short items
on a wide window gets two columns, so that lines stay short enough to read; cards of several
paragraphs (a misconception) take the page's whole width. A heading marked ``keep_with_next``
never ends a column alone. Everything goes through the text helper, so a text that cannot fit
is reported, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from game.ui import debrieflayout, graphics, layout, theme
from game.ui.context import Ui
from game.ui.layout import inset, take_left
from game.ui.text import Overflow

P = theme.PALETTE
SHRINK_STEPS = 7  # halvings of the text grade when an item is taller than a page


@dataclass(frozen=True)
class Para:
    """One paragraph of an item, in a text style and a colour of the theme."""

    text: str
    style: str = "body"
    colour: theme.Colour = P.text


@dataclass(frozen=True)
class Item:
    """Paragraphs that stay together on one page."""

    paras: tuple[Para, ...]
    card: bool = False  # drawn on a panel
    bar: theme.Colour | None = None  # a sector's colour beside it (its label is in the text)
    marker: str = ""  # « • » or « 2. » in a gutter on the left
    keep_with_next: bool = False  # a heading: never the last thing on a page
    aside: tuple[Para, ...] = ()  # a second column on the right (a card's « why »)


@dataclass(frozen=True)
class Placed:
    """An item on a page, at the text grade it was measured with, and its height."""

    item: Item
    grade: float
    height: int


def _text_width(ui: Ui, item: Item, width: int) -> int:
    lay = ui.layout
    if item.card:
        width -= 2 * lay.h(layout.SMALL_PAD)
    if item.bar is not None:
        width -= lay.h(debrieflayout.BAR) + lay.gap
    if item.marker:
        width -= lay.h(debrieflayout.GUTTER)
    return max(1, width)


def _split(ui: Ui, item: Item, inner: int) -> tuple[int, int]:
    """The widths of the main column and of the aside (0 without one)."""
    if not item.aside:
        return inner, 0
    gap = ui.layout.gap
    aside = round((inner - gap) * debrieflayout.CARD_ASIDE)
    return max(1, inner - gap - aside), max(1, aside)


def _stack_height(ui: Ui, paras: Sequence[Para], width: int, grade: float) -> int | None:
    """Paragraphs stacked in ``width`` at ``grade``; None when a word is wider than the line."""
    heights = []
    for para in paras:
        fitted = ui.type.fit(para.text, para.style, (width, 10**6), grade=grade)
        if fitted.broken or fitted.width > width:
            return None
        heights.append(fitted.height)
    return sum(heights) + ui.layout.h(debrieflayout.LINE_GAP) * max(0, len(heights) - 1)


def item_height(ui: Ui, item: Item, width: int, grade: float = 1.0) -> int | None:
    """The item's height at ``grade`` (None when it cannot be laid out at that width)."""
    main, aside = _split(ui, item, _text_width(ui, item, width))
    heights = [_stack_height(ui, item.paras, main, grade)]
    if item.aside:
        heights.append(_stack_height(ui, item.aside, aside, grade))
    if any(h is None for h in heights):
        return None
    pads = 2 * ui.layout.h(layout.SMALL_PAD) if item.card else 0
    return max(h or 0 for h in heights) + pads


def _common_grade(ui: Ui, stacks: Sequence[Sequence[Item]], width: int, room: int) -> float:
    """The largest text grade at which every stack (a page's columns) fits ``room``."""
    gap = ui.layout.h(debrieflayout.ITEM_GAP)

    def fits(grade: float) -> bool:
        for stack in stacks:
            heights = [item_height(ui, item, width, grade) for item in stack]
            if any(h is None for h in heights):
                return False
            if sum(h or 0 for h in heights) + gap * (len(heights) - 1) > room:
                return False
        return True

    if fits(1.0):
        return 1.0
    low, high = 0.0, 1.0
    for _ in range(SHRINK_STEPS):
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low


def _pack(
    ui: Ui, items: Sequence[Item], width: int, room: int, per_page: int = 1
) -> list[list[Item]]:
    """Items in columns of ``room`` pixels, at the smallest text size (the fewest columns)."""
    gap = ui.layout.h(debrieflayout.ITEM_GAP)
    heights = [item_height(ui, item, width, 0.0) or room for item in items]
    stacks: list[list[Item]] = [[]]
    used = 0
    for index, item in enumerate(items):
        need = heights[index]
        if item.keep_with_next and index + 1 < len(items):
            need += gap + heights[index + 1]
        if stacks[-1] and used + gap + need > room:
            stacks.append([])
            used = 0
        used += (gap if stacks[-1] else 0) + heights[index]
        stacks[-1].append(item)
    height = dict(zip(map(id, items), heights, strict=True))
    _no_widow(stacks, per_page, room, lambda part: sum(height[id(i)] + gap for i in part) - gap)
    return stacks


def _no_widow(
    stacks: list[list[Item]], per_page: int, room: int, used: Callable[[list[Item]], int]
) -> None:
    """A last page holding one item alone (the end of a list, seen as a page to flip for one
    line) takes the last item of the page before, when both fit; a heading it follows comes
    with it, never left at the foot of a page."""
    if len(stacks) < 2 or (len(stacks) - 1) % per_page or len(stacks[-1]) != 1:
        return
    before, last = stacks[-2], stacks[-1]
    moved = 1 + (len(before) > 2 and before[-2].keep_with_next)
    if len(before) - moved < 2 or used([*before[-moved:], *last]) > room:
        return
    stacks[-1] = [*before[-moved:], *last]
    del before[-moved:]


Page = tuple[tuple[Placed, ...], ...]  # a page's columns, top to bottom


def column_rects(ui: Ui, rect: pygame.Rect, full_width: bool) -> list[pygame.Rect]:
    """A page's columns: the whole width, or two on a wide window (see the module)."""
    return [rect] if full_width else debrieflayout.text_columns(ui.layout, rect)


def paginate(
    ui: Ui, items: Sequence[Item], rect: pygame.Rect, full_width: bool = False
) -> list[Page]:
    """Items packed onto as few pages of ``rect`` as the smallest text size allows, then each
    page's text made as large as its columns allow; always at least one page."""
    columns = column_rects(ui, rect, full_width)
    width, per_page = columns[0].width, len(columns)
    stacks = _pack(ui, items, width, rect.height, per_page)
    pages = []
    for first in range(0, len(stacks), per_page):
        page_stacks = stacks[first : first + per_page]
        grade = _common_grade(ui, page_stacks, width, rect.height)
        pages.append(
            tuple(
                tuple(
                    Placed(item, grade, item_height(ui, item, width, grade) or rect.height)
                    for item in stack
                )
                for stack in page_stacks
            )
        )
    return pages or [()]


def draw_page(
    surface: pygame.Surface, ui: Ui, page: Page, rect: pygame.Rect, full_width: bool = False
) -> None:
    """The columns of one page, each stacked from the top."""
    gap = ui.layout.h(debrieflayout.ITEM_GAP)
    for column, area in zip(page, column_rects(ui, rect, full_width), strict=False):
        top = area.top
        for entry in column:
            box = pygame.Rect(area.left, top, area.width, entry.height)
            if box.bottom > area.bottom:
                text = entry.item.paras[0].text if entry.item.paras else ""
                ui.type.overflows.append(
                    Overflow(text, "body", area.size, (area.width, box.bottom - area.top))
                )
            _draw_item(surface, ui, entry, box)
            top = box.bottom + gap


def _draw_item(surface: pygame.Surface, ui: Ui, entry: Placed, box: pygame.Rect) -> None:
    lay, item = ui.layout, entry.item
    inner = box
    if item.card:
        graphics.panel(surface, box, P.panel, lay.radius)
        inner = inset(box, lay.h(layout.SMALL_PAD))
    if item.bar is not None:
        bar, inner = take_left(inner, lay.h(debrieflayout.BAR), lay.gap)
        graphics.panel(surface, bar, item.bar, bar.width // 2)
    if item.marker:
        gutter, inner = take_left(inner, lay.h(debrieflayout.GUTTER))
        first = item.paras[0] if item.paras else Para("")
        line = ui.type.fit(first.text, first.style, (inner.width, 10**6), grade=entry.grade)
        mark = pygame.Rect(gutter.left, gutter.top, gutter.width, line.line_height)
        ui.type.text(
            surface,
            item.marker,
            first.style,
            mark,
            P.focus,
            valign="middle",
            max_lines=1,
            grade=entry.grade,
        )
    main, aside = _split(ui, item, inner.width)
    _draw_stack(
        surface, ui, item.paras, pygame.Rect(inner.left, inner.top, main, inner.height), entry.grade
    )
    if item.aside:
        _draw_stack(
            surface,
            ui,
            item.aside,
            pygame.Rect(inner.right - aside, inner.top, aside, inner.height),
            entry.grade,
        )


def _draw_stack(
    surface: pygame.Surface, ui: Ui, paras: Sequence[Para], area: pygame.Rect, grade: float
) -> None:
    top = area.top
    for para in paras:
        fitted = ui.type.fit(para.text, para.style, (area.width, 10**6), grade=grade)
        rect = pygame.Rect(area.left, top, area.width, fitted.height)
        ui.type.text(surface, para.text, para.style, rect, para.colour, grade=grade)
        top = rect.bottom + ui.layout.h(debrieflayout.LINE_GAP)
