"""Window size → named rectangles, for every scene and overlay: the frame every in-game screen
shares, the rectangle cuts the scenes lay out with, and each scene's rectangles, save those of
the room's screens (``roomlayout``) and of the debrief's pages (``debrieflayout``), which build
on this module.

All proportions live here or in those two, so that scenes hold no magic numbers. Everything is
computed from the real window size (4:3 projectors, 16:10 laptops, 16:9 and 4K screens from
1024×768 to 3840×2160) and recomputed when the window is resized or goes full screen. Sizes
scale with the height, the dimension that decides readability; extra width is spent on side
panels or left as calm margins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import pygame

Rect = pygame.Rect

MARGIN = 0.025
GAP = 0.018
HEADER = 0.08
FOOTER = 0.09
HEADER_ICONS = 6
PADDING = 0.022
RADIUS = 0.016
OUTLINE = 0.005
FOCUS_RING = 0.006
WIDE = 1.5  # aspect ratio from which a layout may go side by side
TITLE_BUTTON = 0.1
EMBLEM_MIN = 0.2

# Rows and boxes the scenes use, as fractions of the window height.
HEADING_ROW = 0.07  # the title line of a dialog or a panel
BUTTON_ROW = 0.09  # a dialog's row of buttons
DIALOG_TITLE = 0.1  # a confirmation's question
PAUSE_BUTTON = 0.3  # the pause band's « Reprendre » button
DIALOG_KEYS = 0.085  # a confirmation's line about which key answers what
HELP_FOOT = 0.075  # the help's row of buttons and its hint
HELP_BUTTON = 0.32  # a help button's width
LABEL_ROW = 0.05  # a field's label
FIELD_MAX = 0.16  # a text field at most
WIDE_BUTTON = 0.5  # a lone dialog button's width
TEAM_GRID = 0.23  # the score adjustment's teams (two rows of three)
SMALL_PAD = 0.012  # inside tiles and answer boxes
NUMBER_LABEL = 0.045  # « Tapez le nombre donné » above the estimate
NUMBER_BOX = 0.1  # the estimate being typed
ESTIMATE_RESERVE = 0.16  # room kept under an estimate's prompt
NOTE_RESERVE = 0.12  # room kept under a free debate's prompt
FLIGHT_START = 0.05  # where flying points take off, under the card's top
STRIP = 0.1  # the team strip under a card
STRIP_DEBATE = 0.17  # with a third line in each chip: the 0 / 1 / 2 points buttons
MARK = 0.075  # the ✓ disc beside the right answer, at most
REMOVE = 0.75  # the « remove team » button, of its row's height
HELP_KEY_COLUMN = 0.42  # the keys' column of the help, of its width
HELP_TOPIC_COLUMN = 0.27  # the topics' column of the help's page on the rules
TURN_LEAD = 0.4  # « Au tour de » in the turn box, of its height
SUMMARY_ROW = 0.065  # a sector's line in the Title's bank summary
PROBLEMS_HEAD = 0.12  # the Title's sentence about the bank's errors
RESUME_BOX = 0.3  # the interrupted game's box, of the Title's panel
TITLE_SPLIT = 0.68  # the game's name, of the Title's heading
RESUME_HEAD = 0.4  # the interrupted game's date, of its box
CHIP_ICON = 0.72  # a sector chip's pictogram, of the chip's height


def rows(rect: Rect, count: int, gap: int) -> list[Rect]:
    """``count`` equal rows stacked in ``rect``."""
    if count <= 0:
        return []
    height = (rect.height - gap * (count - 1)) / count
    return [
        Rect(rect.left, round(rect.top + i * (height + gap)), rect.width, round(height))
        for i in range(count)
    ]


def columns(rect: Rect, count: int, gap: int) -> list[Rect]:
    """``count`` equal columns side by side in ``rect``."""
    if count <= 0:
        return []
    width = (rect.width - gap * (count - 1)) / count
    return [
        Rect(round(rect.left + i * (width + gap)), rect.top, round(width), rect.height)
        for i in range(count)
    ]


def split_columns(rect: Rect, fractions: Sequence[float], gap: int) -> list[Rect]:
    """Columns whose widths follow ``fractions`` of the width left after the gaps."""
    usable = rect.width - gap * (len(fractions) - 1)
    out, x = [], rect.left
    for f in fractions:
        width = round(usable * f)
        out.append(Rect(x, rect.top, width, rect.height))
        x += width + gap
    return out


def take_top(rect: Rect, height: int, gap: int = 0) -> tuple[Rect, Rect]:
    """Cut ``height`` off the top; returns (top, rest)."""
    top = Rect(rect.left, rect.top, rect.width, min(height, rect.height))
    rest = Rect(rect.left, top.bottom + gap, rect.width, max(0, rect.bottom - top.bottom - gap))
    return top, rest


def take_bottom(rect: Rect, height: int, gap: int = 0) -> tuple[Rect, Rect]:
    """Cut ``height`` off the bottom; returns (rest, bottom)."""
    bottom = Rect(rect.left, rect.bottom - min(height, rect.height), rect.width, height)
    rest = Rect(rect.left, rect.top, rect.width, max(0, bottom.top - gap - rect.top))
    return rest, bottom


def take_left(rect: Rect, width: int, gap: int = 0) -> tuple[Rect, Rect]:
    """Cut ``width`` off the left; returns (left, rest)."""
    left = Rect(rect.left, rect.top, min(width, rect.width), rect.height)
    rest = Rect(left.right + gap, rect.top, max(0, rect.right - left.right - gap), rect.height)
    return left, rest


def take_right(rect: Rect, width: int, gap: int = 0) -> tuple[Rect, Rect]:
    """Cut ``width`` off the right; returns (rest, right)."""
    right = Rect(rect.right - min(width, rect.width), rect.top, min(width, rect.width), rect.height)
    rest = Rect(rect.left, rect.top, max(0, right.left - gap - rect.left), rect.height)
    return rest, right


def inset(rect: Rect, pad: int) -> Rect:
    """``rect`` shrunk by ``pad`` on every side."""
    return rect.inflate(-2 * pad, -2 * pad)


def centred(outer: Rect, width: int, height: int) -> Rect:
    """A ``width``×``height`` rectangle centred in ``outer``."""
    rect = Rect(0, 0, min(width, outer.width), min(height, outer.height))
    rect.center = outer.center
    return rect


@dataclass(frozen=True)
class Frame:
    """The parts every in-game screen shares."""

    header: Rect
    body: Rect
    footer: Rect
    clock: Rect
    banner: Rect
    icons: tuple[Rect, ...]
    title: Rect  # the header without its icons


@dataclass(frozen=True)
class SetupLayout:
    """The Setup form: a column of teams (six rows and the « add » button), six option rows."""

    teams_head: Rect
    team_rows: tuple[Rect, ...]
    options: tuple[tuple[Rect, Rect], ...]  # (label, control)
    service: Rect  # the service's name, under the teams


class Layout:
    """Named rectangles for one window size. Build a new one on every resize."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.width, self.height = size
        self.size = size
        self.rect = Rect(0, 0, *size)
        self.aspect = self.width / max(1, self.height)
        self.wide = self.aspect >= WIDE

    def h(self, fraction: float) -> int:
        """A length as a fraction of the window height, at least one pixel."""
        return max(1, round(self.height * fraction))

    @property
    def margin(self) -> int:
        return self.h(MARGIN)

    @property
    def gap(self) -> int:
        return self.h(GAP)

    @property
    def pad(self) -> int:
        return self.h(PADDING)

    @property
    def radius(self) -> int:
        return self.h(RADIUS)

    @property
    def outline(self) -> int:
        return self.h(OUTLINE)

    @property
    def focus_ring(self) -> int:
        return self.h(FOCUS_RING)

    @cached_property
    def frame(self) -> Frame:
        m, gap = self.margin, self.gap
        inner = inset(self.rect, m)
        header, rest = take_top(inner, self.h(HEADER), gap)
        body, footer = take_bottom(rest, self.h(FOOTER), gap)
        side = header.height
        icon_gap = self.h(GAP / 2)
        icons_width = HEADER_ICONS * side + (HEADER_ICONS - 1) * icon_gap
        rest_header, icon_area = take_right(header, icons_width, gap)
        icons = tuple(
            Rect(icon_area.left + i * (side + icon_gap), icon_area.top, side, side)
            for i in range(HEADER_ICONS)
        )
        clock, banner = take_left(rest_header, round(rest_header.width * 0.42), gap)
        return Frame(header, body, footer, clock, banner, icons, rest_header)

    @cached_property
    def panorama(self) -> dict[str, Rect]:
        body = self.frame.body
        wheel_side = min(body.height, round(body.width * 0.58))
        side_width = min(body.width - wheel_side - self.gap * 2, round(wheel_side * 0.95))
        group = wheel_side + self.gap * 2 + side_width
        left = body.left + (body.width - group) // 2
        wheel = Rect(left, body.top + (body.height - wheel_side) // 2, wheel_side, wheel_side)
        side = Rect(wheel.right + self.gap * 2, body.top, side_width, body.height)
        turn, rest = take_top(side, self.h(0.16), self.gap)
        scores, hint = take_bottom(rest, self.h(0.1), self.gap)
        return {"wheel": wheel, "side": side, "turn": turn, "scores": scores, "hint": hint}

    @cached_property
    def card(self) -> dict[str, Rect]:
        """The question card, full width (one team answers at a time)."""
        return self.card_in(self.frame.body)

    def card_in(self, card: Rect) -> dict[str, Rect]:
        band, content = take_top(card, self.h(0.1))
        inner = inset(content, self.pad)
        band_inner = inset(band, self.h(0.007))
        ring_side = band_inner.height
        band_main, ring_area = take_right(band_inner, ring_side, self.gap)
        ring = Rect(0, 0, ring_side, ring_side)
        ring.midright = band_inner.midright
        picto = Rect(
            band_inner.left + self.pad // 2, band_inner.top, band_inner.height, band_inner.height
        )
        band_text = Rect(
            picto.right + self.gap,
            band_inner.top,
            band_main.right - picto.right - self.gap,
            band_inner.height,
        )
        return {
            "card": card,
            "band": band,
            "content": inner,
            "ring": ring,
            "picto": picto,
            "band_text": band_text,
            "ring_area": ring_area,
        }

    def option_grid(self, area: Rect, count: int) -> list[Rect]:
        """Option tiles: two columns when there is room, else one column."""
        gap = self.gap
        two_columns = area.width >= self.h(1.0) and count > 1
        if not two_columns:
            return rows(area, count, gap)
        row_count = (count + 1) // 2
        out = []
        for i, row in enumerate(rows(area, row_count, gap)):
            cols = columns(row, 2, gap)
            out.extend(cols[: count - 2 * i])
        return out

    @cached_property
    def title(self) -> dict[str, Rect]:
        frame = self.frame
        inner = Rect(
            frame.header.left + self.margin,
            frame.body.top,
            frame.header.width - 2 * self.margin,
            frame.footer.bottom - frame.body.top,
        )
        if self.wide:
            left, right = split_columns(inner, (0.48, 0.52), self.gap * 3)
        else:
            left, right = split_columns(inner, (0.46, 0.54), self.gap * 2)
        heading, rest = take_top(left, self.h(0.3), self.gap)
        return {"heading": heading, "buttons": rest, "panel": right}

    def title_buttons(self, count: int) -> tuple[list[Rect], Rect | None]:
        """The Title's buttons, one under the other, and the emblem's square under them when
        there is room for it."""
        area = self.title["buttons"]
        height, gap = self.h(TITLE_BUTTON), self.gap
        slots = [
            Rect(area.left, area.top + i * (height + gap), area.width, height) for i in range(count)
        ]
        top = (slots[-1].bottom if slots else area.top) + gap * 2
        room = area.bottom - top
        if room < self.h(EMBLEM_MIN):
            return slots, None
        side = min(room, area.width)
        return slots, Rect(area.centerx - side // 2, top, side, side)

    @cached_property
    def setup(self) -> SetupLayout:
        body = self.frame.body
        teams, options = split_columns(body, (0.48, 0.52), self.gap * 3)
        head, rest = take_top(teams, self.h(0.065), self.gap)
        team_rows = rows(rest, 8, self.h(0.011))  # six teams, « add », the service
        blocks = []
        for block in rows(options, 7, self.h(0.01)):
            label, control = take_top(block, round(block.height * 0.44))
            blocks.append((label, control))
        return SetupLayout(head, tuple(team_rows[:7]), tuple(blocks), team_rows[7])

    @cached_property
    def dialog(self) -> Rect:
        return centred(self.rect, min(round(self.width * 0.8), self.h(1.15)), self.h(0.56))

    @cached_property
    def big_dialog(self) -> Rect:
        return inset(self.rect, self.margin * 2)
