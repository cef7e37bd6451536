"""The words on the wheel: every slice's label fitted at one size and weight, and, on the
debrief's wheel, each label and its success rate on quiet pills.

``wheelview`` asks for them once per size and mode and keeps what they return; the debrief's
per-team table weighs its sector labels with :func:`label_style` too. The boxes the labels go
in come from ``wheelparts`` (and, underneath, ``game.rules.wheel``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.ui import graphics, theme
from game.ui import wheelparts as parts
from game.ui.context import Ui
from game.ui.text import Fitted

P = theme.PALETTE


def fit_labels(
    ui: Ui, labels: Sequence[str], boxes: Sequence[pygame.Rect], pills: bool
) -> list[parts.Note | None]:
    """Every label at one size and weight: bold when all fit in bold, else regular."""
    if pills:  # the debrief's labels sit on pills, each as large as it fits
        fits: list[parts.Note | None] = []
        for label, box in zip(labels, boxes, strict=True):
            name = label_style(ui, label, box.size)
            fits.append((ui.type.fit(label, name, box.size, max_lines=1), name, box.size))
        return fits
    chosen = "label_regular"
    for name in ("label", "label_regular"):
        trial = [
            ui.type.fit(t, name, b.size, max_lines=1) for t, b in zip(labels, boxes, strict=True)
        ]
        if not any(f.overflow for f in trial):
            chosen = name
            break
    first = [
        ui.type.fit(t, chosen, b.size, max_lines=1) for t, b in zip(labels, boxes, strict=True)
    ]
    px = min((f.px for f in first), default=0)
    low, high = ui.type.min_px(chosen), ui.type.px(chosen)
    grade = 1.0 if high <= low else max(0.0, (px - low) / (high - low))
    return [
        (ui.type.fit(t, chosen, b.size, max_lines=1, grade=grade), chosen, b.size)
        for t, b in zip(labels, boxes, strict=True)
    ]


def label_style(ui: Ui, label: str, size: tuple[int, int]) -> str:
    """Bold when the label fits its box in bold, else the narrower regular weight."""
    fitted = ui.type.fit(label, "label", size, max_lines=1)
    return "label_regular" if fitted.overflow else "label"


def rate_content(
    ui: Ui,
    i: int,
    n: int,
    radius: float,
    centre: tuple[float, float],
    rate: float | None,
    label: parts.Note | None,
) -> parts.Content:
    """The debrief: the label and the success rate on quiet pills, which read the same over
    the filled and the faded part of the slice."""
    box = parts.label_box(n, i, radius, centre)
    spot = parts.layouts(n)[i]
    if spot is None or label is None:
        return parts.EMPTY
    side = round(parts.PICTO * radius)
    rate_box = pygame.Rect(0, 0, box.width, side)
    rate_box.center = (
        round(centre[0] + spot.mark[0] * radius),
        round(centre[1] + spot.mark[1] * radius),
    )
    area = box.union(rate_box)
    image = pygame.Surface(area.size, pygame.SRCALPHA)
    _pill(image, ui, box.move(-area.left, -area.top), label[0])
    text = "—" if rate is None else f"{round(rate * 100)} %"
    rate_fit = ui.type.fit(text, "heading", rate_box.size, max_lines=1)
    _pill(image, ui, rate_box.move(-area.left, -area.top), rate_fit)
    notes = (label, (rate_fit, "heading", rate_box.size))
    return parts.Content(parts.Sprite(image, area.topleft), notes=notes)


def _pill(image: pygame.Surface, ui: Ui, box: pygame.Rect, fitted: Fitted) -> None:
    pill = pygame.Rect(0, 0, min(box.width, fitted.width + box.height // 2), box.height)
    pill.center = box.center
    graphics.panel(image, pill, P.panel, pill.height // 2)
    ui.type.draw(image, fitted, pill, P.text, "centre", "middle")
