"""Frame cost of every scene at 1920×1080, while it animates, through the app's own loop step.

One headless app on a fake session clock plays a six-team game with long team names. Each
scene is put on screen through the facilitator's actions and the engine's API, then ``count``
frames of ``App.step(block=False)`` are timed — events, update, drawing and the flip. The wheel
is timed over whole turns as the room sees them: Space pressed on the board (a real key
event, so its journal line is in the frame), the needle turning, stopping on the sector and
resting; then, untimed, the answers and the reveal; then the first frame back on the board,
with its new tokens. The points flying on the reveal are restarted whenever they land, so every
frame timed is an animation frame; where a scene only changes once a second (the question's
countdown) or on input (Title, Setup, Debrief, overlays), each frame is a full redraw. The
app's clock is replaced by one that moves 1/60 s per frame, so the frames timed are exactly
those a 60 Hz screen shows. Prints one JSON line: milliseconds per frame, by scene; the spin's
frames, and the frame back on the board, apart.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pygame

from benchmarks import scripted
from game.rules.session.clock import FakeClock
from game.ui import app as app_module
from game.ui.actions import Act, Action
from game.ui.app import App

SIZE = (1920, 1080)
FRAME_S = 1 / 60
SPINS = 3  # whole turns timed, from the press of Space to the frame back on the board


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
    args = argparse.Namespace(
        bank=scripted.ROOT / "questions", teams=None, duration=None, seed=7, fullscreen=False
    )
    app = App(
        args,
        clock=FakeClock(),
        journal_dir=home / "parties",
        config_dir=home / "config",
        audio=False,
        loaded=None,
    )
    app.open(SIZE)
    assert app.ui.size == SIZE, app.ui.size
    return app


def one_step(app: App) -> float | None:
    """One turn of the app's loop: the processor time it took this thread, in milliseconds
    (a frame the system pre-empts is not the game's doing); None if it drew nothing."""
    drawn = app.frames
    start = time.thread_time()
    app.step(block=False)
    elapsed = (time.thread_time() - start) * 1000
    app.game.clock.advance(FRAME_S)  # type: ignore[attr-defined]
    PACE.now += FRAME_S
    return elapsed if app.frames > drawn else None


def timed_frames(app: App, count: int, before: Callable[[], None]) -> list[float]:
    """``count`` frames that were drawn, in milliseconds; ``before`` runs untimed each time."""
    costs: list[float] = []
    attempts = 0
    while len(costs) < count and attempts < count * 4:
        attempts += 1
        before()
        cost = one_step(app)
        if cost is not None:
            costs.append(cost)
    return costs


def press_space(app: App) -> None:
    """The facilitator's Space (or a clicker's « suivant »), as the window would send it."""
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE, mod=0, scancode=0, unicode=" ")
    )


def whole_turn(app: App, rng: random.Random) -> tuple[list[float], float]:
    """The frames of one spin, from Space to the needle at rest, and the frame back on the
    board after the question was answered and revealed (untimed in between)."""
    press_space(app)
    spin: list[float] = []
    for _ in range(2000):
        cost = one_step(app)
        if on_screen(app) != "Panorama":
            break
        if cost is not None:
            spin.append(cost)
    scripted.finish_question(app.game.session, rng, app.game.clock)
    settle(app)
    press_space(app)
    back = None
    for _ in range(10):
        back = one_step(app)
        if back is not None:
            break
    if on_screen(app) != "Panorama" or back is None:
        raise RuntimeError(f"retour au panorama : {on_screen(app)} à l'écran")
    return spin, back


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


def scene(
    app: App,
    out: dict[str, list[float]],
    label: str,
    expected: str,
    count: int,
    before: Callable[[], None],
) -> None:
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
    app.step(block=False)
    turns = [whole_turn(app, random.Random(turn)) for turn in range(SPINS)]
    out["roue qui tourne"] = [cost for spin, _ in turns for cost in spin]
    out["retour au panorama"] = [back for _, back in turns]
    app.dispatch(Action(Act.NEXT))
    settle(app)
    scene(app, out, "question (minuteur)", "QuestionScene", count, redraw(app))
    scripted.finish_question(app.game.session, random.Random(5), app.game.clock)
    scene(app, out, "réponse (points qui volent)", "Reveal", count, flying(app, random.Random(5)))
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
