"""Fonts and text: one cache of the shipped fonts, one helper that wraps and shrinks text to fit.

Every piece of text on screen goes through :meth:`Typesetter.fit`: it wraps the text to the width
of its box and shrinks it, from the style's preferred size down to its minimum, until it fits the
height. When even the minimum does not fit, the text is still drawn (clipped to its box) and the
problem is recorded in :attr:`Typesetter.overflows`; the layout tests assert that list stays empty
with the longest texts of the bank. Sizes are real pixel sizes for the current window, so text is
always rendered sharp, never scaled.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pygame

from game.ui import theme

# The shipped font has no narrow no-break space (U+202F, used for thousands and before « »):
# a regular no-break space looks the same at these sizes and never splits a number.
_SUBSTITUTES = {"\u202f": "\u00a0", "\u2009": " ", "\t": " "}
_BYTES_PER_PIXEL = 4  # a rendered line has an alpha channel
_WRAP_SLACK = 1.1  # a wrapped line ends before the box's edge (see _lines_needed)


def clean(text: str) -> str:
    """Replace characters the font lacks with their closest equivalent."""
    for bad, good in _SUBSTITUTES.items():
        text = text.replace(bad, good)
    return text


@dataclass(frozen=True)
class Fitted:
    """Text laid out for a box: its lines at one pixel size, and whether it fits."""

    text: str
    lines: tuple[str, ...]
    weight: str
    px: int
    line_height: int
    width: int
    height: int
    overflow: bool
    broken: bool = False  # a word had to be cut between characters


@dataclass(frozen=True)
class Overflow:
    """A text that did not fit its box even at its minimum size."""

    text: str
    style: str
    box: tuple[int, int]
    needed: tuple[int, int]


class Fonts:
    """The shipped font files, opened once per (weight, pixel size). Never ``SysFont``."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, int], pygame.font.Font] = {}

    def get(self, weight: str, px: int) -> pygame.font.Font:
        key = (weight, max(1, px))
        font = self._cache.get(key)
        if font is None:
            font = pygame.font.Font(str(theme.FONT_FILES[weight]), key[1])
            self._cache[key] = font
        return font


class Typesetter:
    """Fits and draws text for one window height."""

    def __init__(self, fonts: Fonts, height: int, width: int | None = None) -> None:
        self.fonts = fonts
        self.height = height
        self.overflows: list[Overflow] = []
        self._fits: dict[tuple[object, ...], Fitted] = {}
        self._renders: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self._render_bytes = 0
        # Rendered lines are kept up to one screenful of pixels, counted in bytes: the busiest
        # screen (the help over a question) draws lines worth about 0.7 of one, so a screen
        # being redrawn finds all its lines, and the lines of screens left earlier make room.
        self._render_limit = (width or height * 4 // 3) * height * _BYTES_PER_PIXEL

    def px(self, style: str, grade: float = 1.0) -> int:
        """A style's pixel size here: ``grade`` 1 is its preferred size, 0 its minimum."""
        preferred = max(1, round(theme.STYLES[style].size * self.height))
        low = self.min_px(style)
        return max(low, round(low + (preferred - low) * grade))

    def min_px(self, style: str) -> int:
        return max(1, int(theme.STYLES[style].minimum * self.height + 0.999))

    def fit(
        self,
        text: str,
        style: str,
        size: tuple[int, int],
        *,
        max_lines: int | None = None,
        grade: float = 1.0,
    ) -> Fitted:
        """Wrap ``text`` to ``size`` at the largest size of ``style`` that fits."""
        key = (text, style, size, max_lines, grade)
        cached = self._fits.get(key)
        if cached is not None:
            return cached
        weight = theme.STYLES[style].weight
        low, high = self.min_px(style), max(self.min_px(style), self.px(style, grade))
        # Most texts fit at their preferred size: one layout, no search. Each size tried costs
        # the font's glyphs at that size, so the search starts where the text should fit.
        best = self._layout(text, weight, high, size[0])
        if not self._fits_box(best, size, max_lines):
            guess = self._likely_px(text, weight, high, size, max_lines, low)
            best = self._search(text, weight, size, max_lines, (low, high - 1, guess))
        self._fits[key] = best
        return best

    def _likely_px(
        self,
        text: str,
        weight: str,
        px: int,
        size: tuple[int, int],
        max_lines: int | None,
        low: int,
    ) -> int:
        """The largest size below ``px`` where the text should fit, estimated from its width on
        one line at ``px``: widths shrink with the size, so the lines a paragraph needs do."""
        if size[0] <= 0:
            return low
        font = self.fonts.get(weight, px)
        widths = [font.size(paragraph)[0] for paragraph in clean(text).split("\n")]
        for trial in range(px - 1, low, -1):
            scale = trial / px
            lines = sum(_lines_needed(w * scale, size[0]) for w in widths)
            if (max_lines is None or lines <= max_lines) and lines * round(
                trial * theme.LINE_SPACING
            ) <= size[1]:
                return trial
        return low

    def _search(
        self,
        text: str,
        weight: str,
        size: tuple[int, int],
        max_lines: int | None,
        bounds: tuple[int, int, int],
    ) -> Fitted:
        """The largest size from ``low`` to ``high`` that fits, the guess and its neighbours
        tried first, then halves; when even ``low`` does not fit, the text at ``low``, marked
        as overflowing."""
        low, high, guess = bounds
        first = [guess, guess + 1, guess - 1]
        best: Fitted | None = None
        smallest: Fitted | None = None
        while low <= high:
            mid = next((p for p in first if low <= p <= high), (low + high + 1) // 2)
            first = [p for p in first if p != mid]
            trial = self._layout(text, weight, mid, size[0])
            if self._fits_box(trial, size, max_lines):
                low, best = mid + 1, trial
            else:
                high, smallest = mid - 1, trial
        if best is not None:
            return best
        return overflowing(smallest or self._layout(text, weight, bounds[0], size[0]))

    def note_overflow(self, fitted: Fitted, style: str, size: tuple[int, int]) -> None:
        """Record a text that does not fit (called when it is drawn, so only shown text counts)."""
        if fitted.overflow:
            self.overflows.append(Overflow(fitted.text, style, size, (fitted.width, fitted.height)))

    @staticmethod
    def _fits_box(fitted: Fitted, size: tuple[int, int], max_lines: int | None) -> bool:
        if fitted.broken or (max_lines is not None and len(fitted.lines) > max_lines):
            return False
        return fitted.width <= size[0] and fitted.height <= size[1]

    def _layout(self, text: str, weight: str, px: int, width: int) -> Fitted:
        font = self.fonts.get(weight, px)
        lines: list[str] = []
        broken = False
        for paragraph in clean(text).split("\n"):
            wrapped, cut = _wrap(paragraph, font, width)
            lines.extend(wrapped)
            broken = broken or cut
        line_height = round(px * theme.LINE_SPACING)
        widest = max((font.size(line)[0] for line in lines), default=0)
        height = line_height * len(lines) if lines else 0
        return Fitted(text, tuple(lines), weight, px, line_height, widest, height, False, broken)

    def render(self, line: str, weight: str, px: int, colour: theme.Colour) -> pygame.Surface:
        """One line of text as a surface, cached because animations redraw the same labels."""
        key = (line, weight, px, colour)
        surface = self._renders.get(key)
        if surface is None:
            surface = self.fonts.get(weight, px).render(line, True, colour)
            self._renders[key] = surface
            self._render_bytes += _weight(surface)
            while self._render_bytes > self._render_limit and len(self._renders) > 1:
                _, dropped = self._renders.popitem(last=False)
                self._render_bytes -= _weight(dropped)
        else:
            self._renders.move_to_end(key)
        return surface

    def draw(
        self,
        surface: pygame.Surface,
        fitted: Fitted,
        rect: pygame.Rect,
        colour: theme.Colour,
        align: str = "left",
        valign: str = "top",
    ) -> pygame.Rect:
        """Draw fitted text in ``rect``; returns the area actually covered."""
        top = rect.top
        if valign == "middle":
            top = rect.top + (rect.height - fitted.height) // 2
        elif valign == "bottom":
            top = rect.bottom - fitted.height
        covered = pygame.Rect(rect.left, top, 0, 0)
        clip = surface.get_clip()
        surface.set_clip(rect.clip(clip) if clip else rect)
        for i, line in enumerate(fitted.lines):
            image = self.render(line, fitted.weight, fitted.px, colour)
            x = rect.left
            if align == "centre":
                x = rect.centerx - image.get_width() // 2
            elif align == "right":
                x = rect.right - image.get_width()
            y = top + i * fitted.line_height + (fitted.line_height - image.get_height()) // 2
            surface.blit(image, (x, y))
            covered.union_ip(pygame.Rect(x, y, image.get_width(), image.get_height()))
        surface.set_clip(clip)
        return covered

    def text(
        self,
        surface: pygame.Surface,
        text: str,
        style: str,
        rect: pygame.Rect,
        colour: theme.Colour,
        align: str = "left",
        valign: str = "top",
        *,
        max_lines: int | None = None,
        grade: float = 1.0,
    ) -> Fitted:
        """Fit and draw in one call; overflow is recorded."""
        fitted = self.fit(text, style, rect.size, max_lines=max_lines, grade=grade)
        self.note_overflow(fitted, style, rect.size)
        self.draw(surface, fitted, rect, colour, align, valign)
        return fitted

    def fit_blocks(
        self,
        blocks: Sequence[tuple[str, str, int]],
        height: int,
        fixed: int = 0,
    ) -> tuple[list[Fitted], bool]:
        """Fit paragraphs (text, style, width) stacked in one column, with a common grade.

        All blocks shrink together, from their preferred sizes to their minimums, so that the
        proportions between, say, an answer and its explanation stay the same; ``fixed`` pixels
        (gaps, paddings) are taken from ``height`` first. Returns the fitted blocks and whether
        they fit; when they do not, the blocks come at their minimum sizes.
        """

        def stack(grade: float) -> list[Fitted]:
            return [self.fit(t, s, (w, 10**6), grade=grade) for t, s, w in blocks]

        def good(fitted: list[Fitted]) -> bool:
            used = sum(f.height for f in fitted) + fixed
            return used <= height and all(
                f.width <= w and not f.broken for f, (_, _, w) in zip(fitted, blocks, strict=True)
            )

        low, high = 0.0, 1.0
        best = stack(low)
        if not good(best):
            return best, False
        top = stack(1.0)
        if good(top):
            return top, True
        for _ in range(7):
            mid = (low + high) / 2
            trial = stack(mid)
            if good(trial):
                low, best = mid, trial
            else:
                high = mid
        return best, True


def _lines_needed(width: float, line: int) -> int:
    """Lines a paragraph ``width`` pixels long should take on lines of ``line`` pixels: a
    wrapped line ends before the edge, where the next word did not fit."""
    if width <= line:
        return 1
    return math.ceil(width * _WRAP_SLACK / line)


def overflowing(fitted: Fitted) -> Fitted:
    """The same layout, marked as not fitting its box."""
    return replace(fitted, overflow=True)


def _wrap(paragraph: str, font: pygame.font.Font, width: int) -> tuple[list[str], bool]:
    """Greedy word wrap; a word longer than the line (a URL) is cut between characters.

    Returns the lines and whether a word had to be cut (the fit then tries a smaller size).
    """
    words = paragraph.split(" ")
    lines: list[str] = []
    line = ""
    cut_any = False
    for word in words:
        candidate = f"{line} {word}" if line else word
        if font.size(candidate)[0] <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while font.size(line)[0] > width and len(line) > 1:
            cut = _longest_prefix(line, font, width)
            lines.append(line[:cut])
            line = line[cut:]
            cut_any = True
    lines.append(line)
    return lines, cut_any


def _longest_prefix(word: str, font: pygame.font.Font, width: int) -> int:
    low, high = 1, len(word) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if font.size(word[:mid])[0] <= width:
            low = mid
        else:
            high = mid - 1
    return max(1, low)


def _weight(surface: pygame.Surface) -> int:
    """Bytes of pixels a cached surface holds."""
    return surface.get_width() * surface.get_height() * surface.get_bytesize()
