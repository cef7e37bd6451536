"""A running game never closes without confirmation, and what was played is already on disk."""

from __future__ import annotations

import json

import pygame

from tests.ui.driving import press, pump


def start_a_game(app) -> None:  # type: ignore[no-untyped-def]
    press(app, pygame.K_RETURN)   # Title → Setup
    press(app, pygame.K_RETURN)   # Setup → the board
    press(app, pygame.K_1)        # a question is drawn
    assert app.base_name() == "question"


def test_closing_the_window_during_a_game_asks_first_and_the_game_is_journaled(
    open_app, tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app()
    start_a_game(app)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    assert app.running
    assert type(app.top()).__name__ == "ConfirmOverlay"

    journals = list((tmp_path / "parties").glob("partie-*.jsonl"))
    assert len(journals) == 1
    kinds = [json.loads(line)["kind"] for line in journals[0].read_text("utf-8").splitlines()]
    assert kinds[:2] == ["started", "drawn"]

    press(app, pygame.K_ESCAPE)   # « no »: the game goes on
    assert app.running and app.base_name() == "question"
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    press(app, pygame.K_RETURN)   # « Quitter » has the focus
    assert not app.running


def test_a_clicker_cannot_quit_by_accident_with_escape_then_next(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_a_game(app)
    press(app, pygame.K_ESCAPE)
    assert type(app.top()).__name__ == "ConfirmOverlay"
    press(app, pygame.K_PAGEDOWN)  # moves the focus to « continue »
    press(app, pygame.K_RETURN)
    assert app.running and app.base_name() == "question"


def test_closing_the_window_outside_a_game_quits_at_once(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app)
    assert not app.running


def test_an_interrupted_game_is_offered_again_on_the_title(open_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = open_app()
    start_a_game(first)
    first.game.close()
    second = open_app()
    assert second.base_name() == "title"
    labels = [b.label for b in second.current.buttons()]
    assert "Reprendre la partie" in labels
    press(second, pygame.K_DOWN)
    press(second, pygame.K_RETURN)
    assert second.base_name() == "question"
    assert second.game.session.state.paused
