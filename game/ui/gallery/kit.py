"""The gallery's tools: a headless app, rendering at any size, and the moves that put a game
in a known state through the Session API the facilitator uses."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.export.png import save_png
from game.rules.bank.loader import LoadResult, load_bank
from game.rules.bank.model import LETTERS, Question
from game.rules.session.clock import FakeClock
from game.rules.session.engine import Session
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    SessionSettings,
    Team,
    default_team_names,
)
from game.rules.session.state import Current
from game.ui.app import App
from game.ui.scenes.base import Scene
from game.ui.text import Overflow
from game.wording import say

SAMPLES = 6  # long team names the gallery plays with (the catalogue's game.gallery.team*)


def sample_names() -> tuple[str, ...]:
    """Six long team names, as a room would type them."""
    return tuple(say(f"game.gallery.team{k}") for k in range(1, SAMPLES + 1))


@dataclass(frozen=True)
class Shot:
    """A named state to draw."""

    name: str
    prepare: Callable[[App], None]
    settle: bool = True  # let animations finish before drawing


def headless() -> None:
    """Use SDL's dummy drivers unless a display was asked for explicitly."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def make_app(bank: Path, loaded: LoadResult | None = None, root: Path | None = None) -> App:
    """A headless app with its own journal and settings folders, a fake clock, no sound."""
    root = root or Path(tempfile.mkdtemp(prefix="panorama-"))
    args = argparse.Namespace(bank=bank, teams=None, duration=None, seed=7, fullscreen=False)
    app = App(
        args,
        clock=FakeClock(),
        journal_dir=root / "parties",
        config_dir=root / "config",
        audio=False,
        instant=True,
        loaded=loaded or load_bank(bank),
    )
    app.open((640, 480))
    return app


def render(app: App, size: tuple[int, int], settle: bool = True) -> pygame.Surface:
    """Draw the app's current screen at ``size`` off screen."""
    app.resized(size)
    app._sync_scene()
    if settle:
        app._update(10.0)  # points have landed, entries are in sync
    surface = pygame.Surface(size)
    app.render(surface)
    return surface


def save(app: App, shot: Shot, size: tuple[int, int], path: Path) -> list[Overflow]:
    """Draw the app's screen (already prepared by ``shot``) at ``size`` into the PNG ``path``;
    the texts that did not fit their box come back, for the command to report. ``ExportError``
    (French) when the file cannot be written."""
    app.ui.overflows.clear()
    save_png(render(app, size, shot.settle), path)
    return list(app.ui.overflows)


# --- choosing the longest texts ----------------------------------------------------------


def card_length(q: Question) -> int:
    return len(q.prompt) + sum(len(c) for c in q.options) + 20 * len(q.options)


def reveal_length(q: Question) -> int:
    return len(q.answer_text) * 2 + len(q.explanation) + len(q.source)


class Unavailable(Exception):
    """The bank has no question for this shot (a custom bank without debates, say)."""


def longest(
    questions: tuple[Question, ...],
    kind: str,
    measure: Callable[[Question], int],
    with_choices: bool | None = None,
) -> Question:
    """The question of this type with the most text; a free debate is made from a debate
    with positions when the bank has none, so that its screen is still shown."""
    pool = [
        q
        for q in questions
        if q.type == kind and (with_choices is None or bool(q.choices) == with_choices)
    ]
    if not pool and kind == "debat" and with_choices is False:
        pool = [q.model_copy(update={"choices": None}) for q in questions if q.type == kind]
    if not pool:
        raise Unavailable(say("cli.screenshots.no_question_of_kind", kind=kind))
    return max(pool, key=measure)


def further_length(q: Question) -> int:
    return len(q.further or "")


# --- putting the app in a state ----------------------------------------------------------


def reset(app: App) -> None:
    app.overlays.clear()
    app.hold = None
    app.game.close()
    app.game.notice = None
    app.home = "title"
    app._sync_scene()


def settings(
    app: App,
    teams: int = 3,
    all_teams: bool = False,
    long_names: bool = False,
    timer: int = 60,
    sectors: tuple[str, ...] | None = None,
) -> SessionSettings:
    names = sample_names() if long_names else default_team_names(6)
    return SessionSettings(
        teams=tuple(Team(name=names[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(teams)),
        mode="toutes_les_equipes" if all_teams else "tour_par_tour",
        duration_min=20,
        timer_s=timer,
        sectors=sectors or tuple(s.id for s in app.game.wheel_sectors()),
        seed=7,
    )


def force(app: App, question: Question, wait: float = 17, **options: Any) -> None:
    """Start a game whose next draw in the question's sector is ``question``, draw it, and let
    ``wait`` seconds of its timer pass (the gallery shows a timer under way)."""
    reset(app)
    others = tuple(q for q in app.game.questions() if q.sector != question.sector)
    problems = app.game.start(settings(app, **options), (question, *others))
    assert not problems, problems
    session = live(app)
    session.pick(question.sector)
    tick(app, wait)


def tick(app: App, seconds: float) -> None:
    """Let time pass on the app's fake clock."""
    clock = app.game.clock
    assert isinstance(clock, FakeClock)
    clock.advance(seconds)


def scene(app: App) -> Scene:
    assert app.current is not None
    return app.current


def current(session: Session) -> Current:
    assert session.state.current is not None
    return session.state.current


def live(app: App) -> Session:
    """The app's session (the shots that call this have started one)."""
    session = app.game.session
    assert session is not None
    return session


def wrong_letter(q: Question) -> str:
    return next(letter for letter in LETTERS[: len(q.options)] if letter not in q.right_letters)


def right_answer(q: Question) -> object:
    if q.type == "estimation":
        return q.answer
    return "".join(sorted(q.right_letters))


def play_some(app: App, rounds: int = 4) -> None:
    """A few questions answered, some right: markers on the wheel, scores on the board."""
    reset(app)
    app.game.start(settings(app))
    session = live(app)
    for k in range(rounds):
        sector = session.state.wheel[k % len(session.state.wheel)]
        session.pick(sector)
        q = current(session).question
        team = session.expected_teams()[0] if session.expected_teams() else 0
        if q.type == "debat":
            if q.options:
                session.answer(team, "A")
            else:
                session.reveal()
            # The game's own scale: the points a debate may earn change with the rules.
            session.award_debate(current(session).team, session.state.settings.scoring.debate_max)
        else:
            session.answer(team, right_answer(q) if k % 3 != 2 else None)
            while session.state.phase == "rebond":
                session.answer(session.expected_teams()[0], None)
        session.next()
        tick(app, 70)


def short_debrief(app: App) -> None:
    """Three teams, eight questions, a correction, then the end."""
    play_some(app, 8)
    session = live(app)
    session.adjust(1, 2, say("game.gallery.reason"))
    session.end()
