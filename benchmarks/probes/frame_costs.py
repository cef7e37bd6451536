"""Frame cost of every scene at 1920×1080, while it animates, through the app's own loop step.

One headless app on a fake session clock plays a six-team game with long team names. Each
scene is put on screen through the facilitator's actions and the engine's API, then ``count``
frames of ``App.step(block=False)`` are timed — events, update, drawing and the flip. Where a
scene animates (the wheel's spin, the points flying on the reveal) the animation is restarted
whenever it ends, so every frame timed is an animation frame; where it only changes once a
second (the question's countdown) or on input (Title, Setup, Debrief, overlays), each frame is
a full redraw. The app's clock is replaced by one that moves 1/60 s per frame, so the
frames timed are exactly those a 60 Hz screen shows, from the start of an animation to its end.
Prints one JSON line: milliseconds per frame, by scene.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import scripted
from game.rules.session.clock import FakeClock
from game.ui import app as app_module
from game.ui import theme
from game.ui.actions import Act, Action
from game.ui.app import App

SIZE = (1920, 1080)
FRAME_S = 1 / 60
SPINS = 2  # whole spins timed, from the press of Space to the question's first frame


class Pace:
    """The app loop's ``time`` module, seen through a clock that moves one frame at a time."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


PACE = Pace()
app_module.time = PACE  # type: ignore[assignment]


def open_app(home: Path) -> App:
    """A headless app at 1920×1080 on a fake session clock, its folders in ``home``."""
    args = argparse.Namespace(bank=scripted.ROOT / "questions", teams=None, duration=None,
                              seed=7, fullscreen=False)
    app = App(args, clock=FakeClock(), journal_dir=home / "parties", config_dir=home / "config",
              audio=False, loaded=None)
    app.open(SIZE)
    assert app.ui.size == SIZE, app.ui.size
    return app


def timed_frames(app: App, count: int, before: Callable[[], None]) -> list[float]:
    """``count`` frames that were drawn, in milliseconds; ``before`` runs untimed each time."""
    costs: list[float] = []
    attempts = 0
    while len(costs) < count and attempts < count * 4:
        attempts += 1
        before()
        drawn = app.frames
        start = time.perf_counter()
        app.step(block=False)
        elapsed = (time.perf_counter() - start) * 1000
        app.game.clock.advance(FRAME_S)  # type: ignore[attr-defined]
        PACE.now += FRAME_S
        if app.frames > drawn:
            costs.append(elapsed)
    return costs


def redraw(app: App) -> Callable[[], None]:
    """Ask for a full redraw before each frame (screens that change only on input)."""
    def before() -> None:
        app.dirty = True
    return before


def start_game(app: App) -> None:
    """Six teams, a few questions played so the wheel carries markers and the board scores."""
    bank = app.game.bank
    assert bank is not None
    problems = app.game.start(scripted.settings(bank, 6, seed=11))
    assert not problems, problems
    session, rng = app.game.session, random.Random(3)
    for _ in range(6):
        session.spin()
        scripted.finish_question(session, rng, app.game.clock)
        session.next()


def spinning(app: App) -> Callable[[], None]:
    """Keep the wheel turning: when a spin ends, undo its draw and spin again."""
    def before() -> None:
        if app.hold == "panorama":
            return
        if app.game.state.phase != "board":
            app.dispatch(Action(Act.UNDO))
        app.dispatch(Action(Act.NEXT))
    return before


def flying(app: App, rng: random.Random) -> Callable[[], None]:
    """Keep the points flying: when the reveal's animation ends, undo back and answer again."""
    scene = app.scenes["reveal"]

    def before() -> None:
        state = app.game.state
        if state.phase == "reveal" and scene.flight is not None:  # type: ignore[attr-defined]
            return
        session = app.game.session
        while session.state.phase == "reveal":
            session.undo()
        app.step(block=False)  # the question is back on screen: the reveal will enter anew
        scripted.finish_question(session, rng, app.game.clock)
    return before


def settle(app: App) -> None:
    """Let a running animation end: skip the spin (as Space does), then step until still."""
    if app.hold == "panorama":
        app.dispatch(Action(Act.NEXT))
        app.speed = 0.0  # no settling pause after the skipped spin
        app.step(block=False)
        app.speed = 1.0
    for _ in range(600):
        drawn = app.frames
        PACE.now += FRAME_S
        app.step(block=False)
        if app.frames == drawn:
            break


def on_screen(app: App) -> str:
    """What is drawn on top: the base scene, or the top overlay's class."""
    top = app.overlays[-1] if app.overlays else app.current
    return type(top).__name__


def scene(app: App, out: dict[str, list[float]], label: str, expected: str, count: int,
          before: Callable[[], None]) -> None:
    """Time ``count`` frames of the scene on screen, after checking it is ``expected``."""
    app.step(block=False)
    if on_screen(app) != expected:
        raise RuntimeError(f"{label} : {on_screen(app)} à l'écran au lieu de {expected}")
    out[label] = timed_frames(app, count, before)
    if on_screen(app) != expected:
        raise RuntimeError(f"{label} : {on_screen(app)} à l'écran à la fin des mesures")


def measure(app: App, count: int) -> dict[str, list[float]]:
    """Every scene in the order a session meets them; milliseconds per frame, by scene."""
    out: dict[str, list[float]] = {}
    scene(app, out, "accueil", "Title", count, redraw(app))
    app.go_home("setup")
    scene(app, out, "réglages", "Setup", count, redraw(app))
    start_game(app)
    app.dispatch(Action(Act.NEXT))
    spin_frames = math.ceil((theme.TIMING.spin_s + theme.TIMING.settle_s) / FRAME_S) + 1
    scene(app, out, "panorama (roue qui tourne)", "Panorama", SPINS * spin_frames,
          spinning(app))
    settle(app)
    scene(app, out, "question (minuteur)", "QuestionScene", count, redraw(app))
    scripted.finish_question(app.game.session, random.Random(5), app.game.clock)
    scene(app, out, "réponse (points qui volent)", "Reveal", count,
          flying(app, random.Random(5)))
    settle(app)
    app.game.session.pause()
    scene(app, out, "pause (sur la réponse)", "PauseOverlay", count, redraw(app))
    app.game.session.resume_play()
    app.game.session.next()
    app.dispatch(Action(Act.HELP))
    scene(app, out, "aide (sur le panorama)", "HelpOverlay", count, redraw(app))
    app.dispatch(Action(Act.BACK))
    app.game.session.end()
    scene(app, out, "bilan", "Debrief", count, redraw(app))
    return out


def main() -> None:
    """``frame_costs.py [COUNT]``: print the frame costs as one JSON line."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    with tempfile.TemporaryDirectory() as home:
        app = open_app(Path(home))
        try:
            timed_frames(app, 20, redraw(app))  # fonts and images into their caches
            costs = measure(app, count)
        finally:
            app.close()
    print(json.dumps(costs))


if __name__ == "__main__":
    main()
