"""The panorama wheel on screen: five coloured slices, each with the key that picks it, its
pictogram and its label; team tokens on the rim; a needle that spins and decelerates; success
rates for the debrief.

All the geometry (which slice is under an angle, a slice's outline, where its content fits, the
tokens' directions) comes from the pure functions of ``game.rules.wheel``; this module and
``wheelparts`` only turn it into pixels. Each slice is drawn once per size (``wheelparts``);
a wheel is composed from those parts and kept for the few states a spin goes through, so the
frame where the needle stops, and the one back on the board, cost a few blits.

The labels are fitted by ``wheellabels``; the wheel's radius in its square, the needle and
what a click on the wheel does are ``wheelcontrol``'s.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import pygame

from game.rules import wheel
from game.ui import graphics, theme, wheelcontrol, wheellabels
from game.ui import wheelparts as parts
from game.ui.context import Ui
from game.ui.wheelparts import WheelSector

__all__ = ["WheelSector", "WheelView"]

P = theme.PALETTE
DIM = 0.62  # how far an unavailable slice fades into the background
CHOSEN_DIM = 0.31  # how far the other slices fade when one is chosen
SEPARATOR = 0.012
KEEP = 2  # composed wheels kept: the board and its chosen sector

Markers = dict[str, tuple[tuple[int, theme.Colour], ...]]


@dataclass(frozen=True)
class _Style:
    available: frozenset[str] | None
    markers: Markers
    chosen: str | None
    rates: dict[str, float | None] | None
    teams: int


@dataclass(frozen=True)
class _OnTop:
    """The chosen slice's content, drawn again over the needle once it rests on it."""

    content: parts.Content
    offset: tuple[int, int]
    plate: theme.Colour


class WheelView:
    """Draws the wheel for one square; keeps its parts per size and a few composed states.
    ``shown`` lists the texts the last wheel drawn shows (keys, labels, token numbers) and
    where, on the surface it was drawn on."""

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._fills: dict[tuple[int, float], parts.Sprite] = {}
        self._contents: dict[tuple[int, theme.Colour], parts.Content] = {}
        self._labels: list[parts.Note | None] = []
        self._mask: pygame.Surface | None = None
        self._wheels: OrderedDict[tuple[object, ...], _Composed] = OrderedDict()
        self._on_top: tuple[tuple[int, int], _OnTop] | None = None
        self.shown: list[parts.Shown] = []

    def draw(
        self,
        surface: pygame.Surface,
        ui: Ui,
        rect: pygame.Rect,
        sectors: Sequence[WheelSector],
        *,
        available: frozenset[str] | None = None,
        markers: Markers | None = None,
        chosen: str | None = None,
        rates: dict[str, float | None] | None = None,
        labels: bool = True,
        teams: int = 0,
    ) -> None:
        """The wheel (without its needle) in ``rect``; ``labels=False`` for an emblem."""
        mode = "rates" if rates is not None else "board" if labels else "emblem"
        self._prepare(ui, rect.size, tuple(sectors), mode)
        style = _Style(available, markers or {}, chosen, rates, teams)
        key = (
            available,
            tuple(sorted(style.markers.items())),
            chosen,
            tuple(sorted((rates or {}).items())),
            teams,
        )
        found = self._wheels.get(key)
        if found is None:
            found = self._compose(ui, rect.size, sectors, mode, style)
            self._wheels[key] = found
            while len(self._wheels) > KEEP:
                self._wheels.popitem(last=False)
        else:
            self._wheels.move_to_end(key)
        for fitted, name, box in found.notes:  # shown again: overflow reports stay true
            ui.type.note_overflow(fitted, name, box)
        surface.blit(found.image, rect.topleft)
        self._on_top = None if found.on_top is None else (rect.topleft, found.on_top)
        self.shown = [(text, area.move(rect.topleft)) for text, area in found.shown]

    def draw_needle(self, surface: pygame.Surface, rect: pygame.Rect, angle: float) -> None:
        """The needle; once a slice is chosen, that slice's key, pictogram and label are drawn
        again over it, on plates of the slice's colour, so the needle resting on them never
        hides what the room must read."""
        wheelcontrol.draw_needle(surface, rect, angle)
        if self._on_top is None:
            return
        (left, top), on_top = self._on_top
        dx, dy = left + on_top.offset[0], top + on_top.offset[1]
        sprite = on_top.content.sprite
        for plate in on_top.content.plates:
            pygame.draw.rect(
                surface, on_top.plate, plate.move(dx, dy), border_radius=plate.height // 4
            )
        surface.blit(sprite.image, (sprite.at[0] + dx, sprite.at[1] + dy))

    # --- parts ---------------------------------------------------------------------------

    def _prepare(
        self, ui: Ui, size: tuple[int, int], sectors: tuple[WheelSector, ...], mode: str
    ) -> None:
        """Forget every part when the size, the sectors or the mode change."""
        key = (size, sectors, mode, id(ui.type))
        if key == self._key:
            return
        self._key = key
        self._fills.clear()
        self._contents.clear()
        self._wheels.clear()
        self._mask = None
        self._labels = []
        if mode != "emblem":
            geometry = _Geometry(size, len(sectors), mode)
            boxes = [
                parts.label_box(len(sectors), i, geometry.radius, geometry.centre)
                for i in range(len(sectors))
            ]
            self._labels = wheellabels.fit_labels(
                ui, [s.label for s in sectors], boxes, pills=mode == "rates"
            )

    def _fill(
        self,
        i: int,
        n: int,
        geometry: _Geometry,
        colour: theme.Colour,
        fade: float,
        inner: tuple[float, theme.Colour] | None = None,
    ) -> parts.Sprite:
        sprite = self._fills.get((i, fade))
        if sprite is None:
            if fade:
                sprite = parts.faded(self._fill(i, n, geometry, colour, 0.0, inner), fade)
            else:
                if self._mask is None:
                    self._mask = parts.disc_mask(
                        geometry.size, geometry.pixel_centre, geometry.radius
                    )
                sprite = parts.fill_sprite(
                    i, n, geometry.radius, geometry.pixel_centre, colour, self._mask, inner
                )
            self._fills[(i, fade)] = sprite
        return sprite

    def _content(
        self,
        ui: Ui,
        i: int,
        sector: WheelSector,
        geometry: _Geometry,
        mode: str,
        ink: theme.Colour,
        rate: float | None,
    ) -> parts.Content:
        content = self._contents.get((i, ink))
        if content is None:
            n, radius, centre = geometry.n, geometry.radius, geometry.centre
            if mode == "emblem":
                content = parts.emblem_content(ui, sector, i, n, radius, centre)
            elif mode == "rates":
                content = wheellabels.rate_content(ui, i, n, radius, centre, rate, self._labels[i])
            else:
                content = parts.board_content(
                    ui, sector, i, n, radius, centre, ink, self._labels[i]
                )
            self._contents[(i, ink)] = content
        return content

    # --- composing -----------------------------------------------------------------------

    def _compose(
        self,
        ui: Ui,
        size: tuple[int, int],
        sectors: Sequence[WheelSector],
        mode: str,
        style: _Style,
    ) -> _Composed:
        geometry = _Geometry(size, len(sectors), mode)
        image = pygame.Surface(size, pygame.SRCALPHA)
        n, radius = geometry.n, geometry.radius
        placed: list[tuple[parts.Content, tuple[int, int]]] = []
        shown: list[parts.Shown] = []
        on_top = None
        for i, sector in enumerate(sectors):
            fade, ink = _look(sector, style, mode)
            rate = (style.rates or {}).get(sector.id)
            colour = (
                theme.mix(sector.colour, P.background, DIM) if mode == "rates" else sector.colour
            )
            inner = None
            if rate:
                inner = (radius * (parts.HUB + (1 - parts.HUB) * min(1.0, rate)), sector.colour)
            offset = _offset(i, n, radius, sector.id == style.chosen)
            fill = self._fill(i, n, geometry, colour, fade, inner)
            image.blit(fill.image, (fill.at[0] + offset[0], fill.at[1] + offset[1]))
            content = self._content(ui, i, sector, geometry, mode, ink, rate)
            placed.append((content, offset))
            if sector.id == style.chosen and mode == "board":
                on_top = _OnTop(content, offset, sector.colour)
        _separators(image, n, radius, geometry.centre)
        graphics.disc(image, geometry.pixel_centre, round(radius * parts.HUB), P.background)
        for content, (dx, dy) in placed:
            sprite = content.sprite
            image.blit(sprite.image, (sprite.at[0] + dx, sprite.at[1] + dy))
            shown += [(text, area.move(dx, dy)) for text, area in content.shown]
        for i, sector in enumerate(sectors):
            teams = style.markers.get(sector.id, ())
            if teams:
                shown += parts.tokens(image, ui, i, n, geometry.centre, radius, teams, style.teams)
        notes = tuple(note for content, _ in placed for note in content.notes)
        self._mask = None  # every slice is drawn: faded copies are made from them, not the mask
        return _Composed(image, on_top, notes, tuple(shown))


@dataclass(frozen=True)
class _Composed:
    """A whole wheel in one state, what goes over the needle, the texts it shows."""

    image: pygame.Surface
    on_top: _OnTop | None
    notes: tuple[parts.Note, ...]
    shown: tuple[parts.Shown, ...]


class _Geometry:
    """The wheel's radius and centre in a square of ``size``."""

    def __init__(self, size: tuple[int, int], n: int, mode: str) -> None:
        self.size = size
        self.n = n
        self.radius = wheelcontrol.radius_for(size, markers=mode != "rates")
        self.centre = (size[0] / 2, size[1] / 2)
        self.pixel_centre = (size[0] // 2, size[1] // 2)


def _look(sector: WheelSector, style: _Style, mode: str) -> tuple[float, theme.Colour]:
    """How far a slice's fill fades, and the ink its content takes."""
    if mode != "board":
        return 0.0, theme.text_on(sector.colour)
    if style.available is not None and sector.id not in style.available:
        return DIM, theme.text_on(theme.mix(sector.colour, P.background, DIM))
    if style.chosen is not None and sector.id != style.chosen:
        return CHOSEN_DIM, theme.text_on(sector.colour)
    return 0.0, theme.text_on(sector.colour)


def _separators(image: pygame.Surface, n: int, radius: float, centre: tuple[float, float]) -> None:
    if n < 2:
        return
    width = max(2, round(radius * SEPARATOR))
    for i in range(n):
        start, _ = wheel.slice_span(i, n)
        end = wheel.point_at(start, centre[0], centre[1], radius * (1 + wheelcontrol.EXPLODE * 2))
        pygame.draw.line(image, P.background, centre, end, width)


def _offset(i: int, n: int, radius: float, chosen: bool) -> tuple[int, int]:
    if not chosen:
        return 0, 0
    x, y = wheel.point_at(wheel.slice_centre(i, n), 0, 0, radius * wheelcontrol.EXPLODE)
    return round(x), round(y)
