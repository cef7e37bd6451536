"""The one small interface every scene and overlay follows, and the host that runs them.

``enter`` / ``exit`` when it appears or leaves; ``handle(action)`` for what the facilitator
means (never a raw key); ``update(dt)`` to move animations and say when the next frame is due;
``draw(surface)``, which reads state and never changes it; ``buttons()`` for the mouse, built
from the layout and the state, so that drawing and clicking always agree.

A scene receives a :class:`Host` (the app implements it): the drawing context, the game, and
the few things a scene may ask of the app — stack an overlay, go home, quit — and nothing else.
Scenes never import the app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

import pygame

from game.ui import widgets
from game.ui.actions import Action, Mode, Target
from game.ui.context import Ui
from game.ui.game import Game

# update() returns how many seconds may pass before the next frame: ANIMATE asks for the
# next one at once (60 fps), None means nothing on screen will change by itself.
ANIMATE = 0.0
Wake = float | None


T = TypeVar("T")


class Host(Protocol):
    """What a scene may use of the app that runs it."""

    ui: Ui
    game: Game
    speed: float  # 1.0; 0.0 ends animations at once (tests, screenshots)
    hold: str | None  # a scene that keeps the screen while it animates (the spinning wheel)
    dirty: bool  # set to ask for a redraw
    config_dir: Path | None  # where remembered settings live (None: the user's folder)

    def push(self, overlay: Scene, bottom: bool = False) -> None:
        """Stack an overlay (help, a confirmation…) on top of the scene."""

    def pop(self, overlay: Scene) -> None:
        """Remove an overlay."""

    def go_home(self, name: str) -> None:
        """Leave for the Title or the Setup (outside a game)."""

    def dispatch(self, action: Action) -> bool:
        """Handle an action as if the facilitator had given it."""

    def quit(self) -> None:
        """Close the game (the journal is already on disk)."""


class Scene:
    """Base class: a scene that does nothing, drawn on the calm background."""

    mode = Mode.GENERAL
    overlay = False
    modal = True  # an overlay that takes every action and click (the pause does not)

    def __init__(self, host: Host) -> None:
        self.host = host

    @property
    def ui(self) -> Ui:
        return self.host.ui

    @property
    def game(self) -> Game:
        return self.host.game

    def enter(self) -> None:
        """The scene appears."""

    def exit(self) -> None:
        """The scene leaves."""

    def handle(self, action: Action) -> bool:
        """React to an action; True when it was used."""
        return False

    def update(self, dt: float) -> Wake:
        """Advance animations by ``dt`` seconds; returns when the next frame is due."""
        return None

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)

    def buttons(self) -> list[widgets.Button]:
        """The scene's own buttons (the header icons come from :meth:`icons`)."""
        return []

    def icons(self) -> list[widgets.Button]:
        """The header's icon buttons; overlays have none of their own."""
        if self.overlay:
            return []
        state = self.game.state
        return widgets.header_icons(
            self.ui,
            in_game=bool(state and not state.ended),
            paused=bool(state and state.paused),
            muted=self.ui.sound.muted,
        )

    def targets(self) -> list[Target]:
        return widgets.targets(self.buttons() + self.icons())

    def input_mode(self) -> Mode:
        return self.mode


def soonest(*wakes: Wake) -> Wake:
    """The earliest of several wake-up times (None ignored)."""
    known = [w for w in wakes if w is not None]
    return min(known) if known else None


def step_cursor(slots: Sequence[T], here: T | None, step: int) -> T | None:
    """Where a clicker's « précédent » (or an arrow) takes the cursor among the visible
    ``slots``: the next one round the end, or the first (the last, going back) when nothing is
    highlighted yet. None when there is nothing to highlight."""
    if not slots:
        return None
    if here is None or here not in slots:
        return slots[0] if step > 0 else slots[-1]
    return slots[(list(slots).index(here) + step) % len(slots)]
