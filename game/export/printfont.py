"""The printed debrief's font: Atkinson Hyperlegible with a plain zero.

On screen the font's slashed zero tells 0 from O at a glance from the back of a room; on a
handout, read close up, a slashed zero looks like « Ø » and distracts from the figures. The
font has no plain zero to switch to, so one is made for print: the zero keeps its own outer
shape, and its counter becomes the letter O's counter fitted into the zero's. Nothing else
changes (advance widths included), so text sets exactly as before.

The three faces are derived once and kept in the user's cache folder, named after a digest of
the shipped file; if that folder cannot be written, a temporary one serves for this run. Any
failure falls back to the shipped file: a slashed zero is better than no debrief. fontTools
comes with fpdf2, and this module is imported only when a PDF is written.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import tempfile
from pathlib import Path

# fontTools ships no type hints.
from fontTools.pens.recordingPen import RecordingPen  # type: ignore[import-untyped]
from fontTools.pens.transformPen import TransformPen  # type: ignore[import-untyped]
from fontTools.pens.ttGlyphPen import TTGlyphPen  # type: ignore[import-untyped]
from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from game.wording import say

APP_NAME = "panorama-teletravail"
SUFFIX = "PlainZero"
_log = logging.getLogger(__name__)

Contour = list[tuple[str, tuple[object, ...]]]
Box = tuple[float, float, float, float]


def plain_zero_font(shipped: Path) -> Path:
    """A copy of ``shipped`` whose zero has no slash (the shipped file itself on failure)."""
    try:
        return _derived(shipped)
    except Exception:  # noqa: BLE001 - any font trouble: print with the shipped face
        _log.warning(say("debrief.log.font_fallback", font=shipped.name), exc_info=True)
        return shipped


@functools.cache
def _derived(shipped: Path) -> Path:
    digest = hashlib.sha256(shipped.read_bytes()).hexdigest()[:12]
    name = f"{shipped.stem}-{SUFFIX}-{digest}.ttf"
    for folder in (_cache_folder(), Path(tempfile.gettempdir()) / APP_NAME):
        target = folder / name
        if target.is_file():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".tmp")
            _write_plain_zero(shipped, partial)
            partial.replace(target)
            return target
        except OSError:
            continue
    raise OSError(f"no folder to write {name}")


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "polices"


def _contours(font: TTFont, glyph: str) -> list[Contour]:
    """A glyph's outline, one list of pen operations per contour."""
    pen = RecordingPen()
    font.getGlyphSet()[glyph].draw(pen)
    contours: list[Contour] = [[]]
    for operation in pen.value:
        contours[-1].append(operation)
        if operation[0] in ("closePath", "endPath"):
            contours.append([])
    return [c for c in contours if c]


def _box(contour: Contour) -> Box:
    points = [p for _, args in contour for p in args if isinstance(p, tuple)]
    xs, ys = [float(p[0]) for p in points], [float(p[1]) for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _write_plain_zero(shipped: Path, target: Path) -> None:
    font = TTFont(shipped)
    zero = sorted(_contours(font, "zero"), key=lambda c: _area(_box(c)), reverse=True)
    letter = sorted(_contours(font, "O"), key=lambda c: _area(_box(c)), reverse=True)
    if len(zero) < 2 or len(letter) != 2:
        raise ValueError("unexpected zero or O outline")
    outer, hole = zero[0], _union([_box(c) for c in zero[1:]])
    counter = _box(letter[1])
    scale_x = (hole[2] - hole[0]) / (counter[2] - counter[0])
    scale_y = (hole[3] - hole[1]) / (counter[3] - counter[1])
    pen = TTGlyphPen(font.getGlyphSet())
    for operation, args in outer:
        getattr(pen, operation)(*args)
    fitted = TransformPen(
        pen,
        (scale_x, 0, 0, scale_y, hole[0] - counter[0] * scale_x, hole[1] - counter[1] * scale_y),
    )
    for operation, args in letter[1]:
        getattr(fitted, operation)(*args)
    font["glyf"]["zero"] = pen.glyph()
    _rename(font)
    font.save(target)


def _rename(font: TTFont) -> None:
    """A modified font says so in its names (the PostScript name is what a PDF shows)."""
    for record in font["name"].names:
        text = record.toUnicode()
        if record.nameID == 6:
            family, _, style = text.partition("-")
            record.string = f"{family}{SUFFIX}-{style}" if style else family + SUFFIX
        elif record.nameID in (3, 4):
            record.string = f"{text} {SUFFIX}"
