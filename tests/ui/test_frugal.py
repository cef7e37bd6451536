"""Calm and frugal: nothing is redrawn while nothing changes, animations run only while they
move, nothing happens at import, and no sound card is needed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pygame

from game.ui.actions import Act, Action
from tests.ui.driving import press, pump, start_game

ROOT = Path(__file__).resolve().parents[2]


def test_an_idle_board_is_not_redrawn_and_asks_to_wake_only_for_the_clock(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_game(app)
    pump(app)
    frames = app.frames
    for _ in range(20):
        app.step(block=False)
    assert app.frames == frames
    wake = app.current.update(0.0)
    assert wake is not None and wake > 1.0  # the next minute of the clock, not 60 fps


def test_the_needle_animates_while_it_turns_then_the_question_follows(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_game(app)
    app.speed = 1.0
    app.current.handle(Action(Act.NEXT))
    assert app.base_name() == "panorama"
    assert app.current.update(0.5) == 0.0
    angles = [app.current.spin.angle()]
    app.current.update(0.5)
    angles.append(app.current.spin.angle())
    assert angles[1] > angles[0]
    for _ in range(10):
        app.current.update(1.0)
    pump(app)
    assert app.base_name() == "question"


def test_a_paused_question_neither_times_out_nor_wakes_the_loop(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_game(app)
    press(app, pygame.K_1)
    press(app, pygame.K_p)
    app.game.clock.advance(500)
    pump(app)
    state = app.game.session.state
    assert state.paused and state.phase == "question"
    assert app.current.update(0.0) is None


def test_at_zero_the_question_timer_sounds_once_turns_red_and_waits_for_the_answer(
    open_app,  # type: ignore[no-untyped-def]
) -> None:
    from game.wording import french

    app = open_app()
    start_game(app)
    played: list[str] = []
    app.ui.sound.play = played.append  # type: ignore[method-assign]
    press(app, pygame.K_2)
    app.game.clock.advance(61)
    pump(app)
    pump(app)
    state = app.game.session.state
    assert state.phase == "question" and state.current.answers == ()
    assert played.count("time_up") == 1
    assert app.current._band_texts()[1] == french("Temps écoulé : votre réponse ?")
    assert app.current.update(0.0) is None or app.current.update(0.0) > 1  # nothing to count
    press(app, pygame.K_0)  # the team still answers (here: none)
    assert app.game.session.state.phase in ("rebond", "reveal")


def _run(code: str, **env: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_front_end_opens_no_window_and_initialises_nothing() -> None:
    out = _run(
        "import pygame, game.ui.app, game.ui.screenshots, game.ui.scenes.registry; "
        "print(pygame.get_init(), pygame.display.get_init())"
    )
    assert out.split() == ["False", "False"]


def test_without_an_audio_device_the_game_is_silent_and_does_not_crash() -> None:
    out = _run(
        "import pygame; pygame.init(); from game.ui.sound import Sound; s = Sound(); "
        "s.play('right'); s.toggle(); print(s.available)",
        SDL_AUDIODRIVER="aucun-pilote",
        SDL_VIDEODRIVER="dummy",
    )
    assert out.strip() == "False"
