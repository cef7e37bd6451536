"""A whole session through the front end at 1920×1080, for its peak memory.

Six teams go straight to the board (``--teams``); forty questions are spun on the wheel (the
facilitator's Space), answered through the engine's API as the Question scene enters them,
revealed and closed with Space; the help, the pause and a score correction are opened on the
way; the game is ended through its confirmation, and the Debrief's PDF, CSV and PNG buttons are
pressed. Every step draws a frame. The sound is on (SDL's dummy audio device). Prints this
process's peak resident memory in MB as its last line (``children.own_peak_mb``), and before
it the peak reached when the debrief first showed, before any export.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from benchmarks import scripted
from benchmarks.children import own_peak_mb
from game.rules.session.clock import FakeClock
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.widgets import command

TEAMS = ",".join(scripted.TEAM_NAMES)


def press(app: App, action: Action, steps: int = 3) -> None:
    """One action, then a few frames (animations end at once: the app runs « instant »)."""
    app.dispatch(action)
    for _ in range(steps):
        app.step(block=False)


def play_question(app: App, number: int, rng: random.Random) -> None:
    """Spin, answer, reveal, next; the help or a pause now and then."""
    session, clock = app.game.session, app.game.clock
    press(app, Action(Act.NEXT))  # spin
    if session.state.ended:
        return
    if number % 10 == 3:
        press(app, Action(Act.HELP))
        press(app, Action(Act.BACK))
    scripted.finish_question(session, rng, clock)
    app.step(block=False)
    if number % 10 == 6:
        press(app, Action(Act.PAUSE))
        press(app, Action(Act.PAUSE))
    press(app, Action(Act.NEXT))  # next question
    clock.advance(20)


def main() -> int:
    """The session; exit status 1 if it did not reach the Debrief."""
    with tempfile.TemporaryDirectory() as home:
        args = argparse.Namespace(
            bank=scripted.ROOT / "questions", teams=TEAMS, duration=30, seed=7, fullscreen=False
        )
        app = App(
            args,
            clock=FakeClock(),
            journal_dir=Path(home) / "parties",
            config_dir=Path(home) / "config",
            audio=True,
            instant=True,
        )
        app.open((1920, 1080))
        rng = random.Random(7)
        try:
            for number in range(40):
                play_question(app, number, rng)
                if app.game.state.ended:
                    break
            press(app, Action(Act.END))
            press(app, command("yes"))  # « Terminer » chosen: the default is to play on
            played = own_peak_mb()
            for name in ("pdf", "csv", "png"):
                press(app, command(name))
            state = app.game.state
            if not state.ended or type(app.current).__name__ != "Debrief":
                print(f"la partie n'a pas atteint le bilan : {state.phase}", file=sys.stderr)
                return 1
        finally:
            app.close()
    print(played)  # the peak of the game itself, before its exports
    print(own_peak_mb())
    return 0


if __name__ == "__main__":
    sys.exit(main())
