"""The frame around every in-game screen: time left, the « dernière ligne droite » banner, the
row of icon buttons, the footer's action buttons and the notice line.

The time left is shown in whole minutes (seconds only in the last two), so that during a long
discussion the screen changes at most once a minute and the computer can rest.
"""

from __future__ import annotations

import math

import pygame

from game.ui import graphics, theme, widgets
from game.ui.context import Ui
from game.ui.game import Game
from game.ui.layout import inset, take_left

P = theme.PALETTE
LAST_STRETCH_S = 120


def time_left_text(seconds: float) -> str:
    """« 12 min », or « 1:45 » in the last two minutes."""
    if seconds <= 0:
        return "0:00"
    if seconds <= LAST_STRETCH_S:
        whole = math.ceil(seconds)
        return f"{whole // 60}:{whole % 60:02d}"
    return f"{math.ceil(seconds / 60)} min"


def clock_wake(seconds: float) -> float:
    """Seconds until the time-left text changes."""
    if seconds <= 0:
        return 60.0
    period = 1.0 if seconds <= LAST_STRETCH_S else 60.0
    return (seconds % period or period) + 1e-3


def draw_header(surface: pygame.Surface, ui: Ui, game: Game,
                icons: list[widgets.Button]) -> None:
    """Time left on the left, the banner in the middle, the icons on the right."""
    frame = ui.layout.frame
    session = game.session
    if session is not None and not session.state.ended:
        left = session.time_left()
        side = frame.clock.height
        icon_rect, text_rect = take_left(frame.clock, side, ui.layout.gap // 2)
        icon = ui.images.icon("horloge", round(side * widgets.ICON_FRACTION), P.muted)
        graphics.blit_centred(surface, icon, icon_rect.center)
        ui.type.text(surface, f"Reste {time_left_text(left)}", "label", text_rect, P.text,
                     "left", "middle", max_lines=1)
        banner = _banner_text(game)
        if banner:
            _draw_banner(surface, ui, frame.banner, banner)
    widgets.draw_icon_row(surface, ui, icons)


def _banner_text(game: Game) -> str | None:
    session = game.session
    if session is None:
        return None
    if session.state.paused:
        return "Partie en pause"
    if session.time_up():
        return "Temps écoulé : dernière question"
    if session.last_stretch():
        return "Dernière ligne droite"
    return None


def _draw_banner(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, text: str) -> None:
    fitted = ui.type.fit(text, "label", inset(rect, ui.layout.pad // 2).size, max_lines=1)
    width = min(rect.width, fitted.width + ui.layout.pad * 2)
    pill = pygame.Rect(0, 0, width, rect.height)
    pill.center = rect.center
    graphics.panel(surface, pill, P.banner, pill.height // 2)
    ui.type.note_overflow(fitted, "label", inset(rect, ui.layout.pad // 2).size)
    ui.type.draw(surface, fitted, pill, P.banner_text, "centre", "middle")


def draw_notice(surface: pygame.Surface, ui: Ui, game: Game) -> None:
    """The last message (a refused action, a saved file) just above the footer."""
    notice = game.notice
    if notice is None:
        return
    lay = ui.layout
    footer = lay.frame.footer
    box_width = footer.width
    fitted = ui.type.fit(notice.text, "label", (box_width - lay.pad * 2, lay.h(0.2)))
    height = fitted.height + lay.pad
    box = pygame.Rect(footer.left, footer.top - lay.gap - height, box_width, height)
    edge = P.wrong if notice.error else P.focus
    graphics.panel(surface, box, P.raised, lay.radius, edge, lay.outline)
    ui.type.note_overflow(fitted, "label", (box_width - lay.pad * 2, lay.h(0.2)))
    ui.type.draw(surface, fitted, inset(box, lay.pad // 2).inflate(-lay.pad, 0), P.text,
                 "centre", "middle")
