"""On a question with several answers, only what « suivant » acts on is yellow: the ticked
options keep the card's fill and show a check mark in place of their letter."""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.actions import Act, Action
from game.ui.gallery.kit import force
from tests.ui.driving import pump, tile

YELLOW = theme.PALETTE.banner


def fill_at(app, rect: pygame.Rect) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The colour just inside the bottom-right corner of ``rect`` (no text there)."""
    app.draw()
    inset = max(6, rect.height // 10)
    return tuple(pygame.display.get_surface().get_at((rect.right - inset, rect.bottom - inset)))[:3]


def test_a_ticked_option_is_not_yellow_but_the_cursor_is(open_app) -> None:
    app = open_app(size=(1024, 768))
    question = next(q for q in app.game.questions() if q.kind.entry == "letters")
    force(app, question)
    pump(app)
    scene = app.current
    for act in (Act.PREVIOUS, Act.NEXT):  # cursor on A, then tick A
        scene.handle(Action(act))
    assert scene.entry.selected == {"A"} and scene.entry.cursor_letter() == "A"
    assert fill_at(app, tile(app, "A")) == YELLOW  # under the cursor: « suivant » unticks it
    scene.handle(Action(Act.PREVIOUS))  # the cursor moves on, A stays ticked
    assert scene.entry.cursor_letter() == "B" and scene.entry.selected == {"A"}
    assert fill_at(app, tile(app, "A")) != YELLOW
    assert fill_at(app, tile(app, "B")) == YELLOW
