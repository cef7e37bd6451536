"""Every scene and overlay in a known state, with the bank's longest texts: for the screenshot
command and for the layout tests.

Each shot puts one headless app in a state through the same Session API the facilitator uses
(so what is drawn is a state the game can really reach), forcing the longest question of each
type onto the card. Rendering goes to an off-screen surface of any size: the window itself
stays small, so a 4K shot does not need a 4K display.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from game.rules.bank.loader import LoadResult, load_bank
from game.rules.bank.model import LETTERS, Question
from game.rules.bank.problems import Problem
from game.rules.session.clock import FakeClock
from game.rules.session.engine import Session
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team
from game.rules.session.state import Current

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.base import Scene

LONG_NAMES = ("Ressources humaines Sud", "Direction des finances", "Accueil et état civil",
              "Systèmes d'information", "Communication interne", "Services techniques Nord")


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
    from game.ui.app import App

    root = root or Path(tempfile.mkdtemp(prefix="panorama-"))
    args = argparse.Namespace(bank=bank, teams=None, duration=None, seed=7, fullscreen=False)
    app = App(args, clock=FakeClock(), journal_dir=root / "parties", config_dir=root / "config",
              audio=False, instant=True, loaded=loaded or load_bank(bank))
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


# --- choosing the longest texts ----------------------------------------------------------

def card_length(q: Question) -> int:
    return len(q.prompt) + sum(len(c) for c in q.options) + 20 * len(q.options)


def reveal_length(q: Question) -> int:
    return len(q.answer_text) * 2 + len(q.explanation) + len(q.source)


class Unavailable(Exception):
    """The bank has no question for this shot (a custom bank without debates, say)."""


def longest(questions: tuple[Question, ...], kind: str, measure: Callable[[Question], int],
            with_choices: bool | None = None) -> Question:
    """The question of this type with the most text; a free debate is made from a debate
    with positions when the bank has none, so that its screen is still shown."""
    pool = [q for q in questions if q.type == kind
            and (with_choices is None or bool(q.choices) == with_choices)]
    if not pool and kind == "debat" and with_choices is False:
        pool = [q.model_copy(update={"choices": None}) for q in questions if q.type == kind]
    if not pool:
        raise Unavailable(f"aucune question de type {kind} dans la banque")
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


def settings(app: App, teams: int = 3, all_teams: bool = False, long_names: bool = False,
             timer: int = 60) -> SessionSettings:
    names = LONG_NAMES if long_names else tuple(f"Équipe {k + 1}" for k in range(6))
    return SessionSettings(
        teams=tuple(Team(name=names[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(teams)),
        mode="toutes_les_equipes" if all_teams else "tour_par_tour", duration_min=20,
        timer_s=timer, sectors=tuple(s.id for s in app.game.wheel_sectors()), seed=7,
    )


def force(app: App, question: Question, **options: Any) -> None:
    """Start a game whose next draw in the question's sector is ``question``, and draw it."""
    reset(app)
    others = tuple(q for q in app.game.questions() if q.sector != question.sector)
    problems = app.game.start(settings(app, **options), (question, *others))
    assert not problems, problems
    session = live(app)
    session.pick(question.sector)
    tick(app, 17)


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
            session.award_debate(current(session).team, 1)
        else:
            session.answer(team, right_answer(q) if k % 3 != 2 else None)
            while session.state.phase == "rebond":
                session.answer(session.expected_teams()[0], None)
        session.next()
        tick(app, 70)


def _title(app: App) -> None:
    reset(app)


def _title_resume(app: App) -> None:
    play_some(app, 3)
    app.game.close()
    reset(app)
    scene(app).enter()


def _title_errors(app: App) -> None:
    reset(app)
    real = app.game.loaded
    problems = [
        Problem("questions/reglementaire.yaml", 12, 5, "reg-forfait", "reponse",
                "la réponse « Trois jours » ne fait pas partie des choix : recopiez le texte "
                "exact de l'un d'eux. Le choix le plus proche est « Trois jours par semaine »."),
        Problem("questions/technique.yaml", 88, 3, None, "secteur",
                "le secteur « techniqe » n'existe pas : les secteurs déclarés sont "
                "reglementaire, organisationnel, managerial, technique, societal."),
        Problem("questions/societal.yaml", 4, 1, None, None,
                "tabulation en début de ligne : indentez avec des espaces."),
    ] * 3
    app.game.loaded = LoadResult(real.bank, problems)
    app.game.errors_accepted = False
    scene(app).enter()


def _setup(app: App, long_names: bool = False) -> None:
    reset(app)
    app.go_home("setup")
    if long_names:
        form = scene(app).form  # type: ignore[attr-defined]
        form.names = list(LONG_NAMES)
        form.colours = list(DEFAULT_TEAM_COLOURS)


def _board(app: App) -> None:
    play_some(app, 6)


def _spinning(app: App) -> None:
    play_some(app, 2)
    from game.ui.actions import Act, Action

    app._sync_scene()
    app.speed = 1.0
    scene = app.current
    assert scene is not None
    scene.handle(Action(Act.NEXT))
    scene.update(1.0)
    app.speed = 0.0


def _question(kind: str, choices: bool | None = None,
              **options: Any) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        force(app, longest(app.game.questions(), kind, card_length, choices), **options)
    return prepare


def _rebond(app: App) -> None:
    q = longest(app.game.questions(), "qcm", card_length)
    assert q is not None
    force(app, q)
    session = live(app)
    session.answer(session.expected_teams()[0], wrong_letter(q))


def _all_teams(kind: str) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        q = longest(app.game.questions(), kind, card_length)
        force(app, q, teams=6, all_teams=True, long_names=True)
        session = live(app)
        answer = "A" if kind != "estimation" else q.answer + 1
        for team in (0, 2, 3):
            session.answer(team, answer)
    return prepare


def _reveal(kind: str, choices: bool | None = None, further: bool = False,
            **options: Any) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        measure = further_length if further else reveal_length
        q = longest(app.game.questions(), kind, measure, choices)
        force(app, q, **options)
        session = live(app)
        if kind == "debat":
            if q.options:
                session.answer(session.expected_teams()[0], "B")
            else:
                session.reveal()
            session.award_debate(current(session).team, 2)
        elif options.get("all_teams"):
            for team in range(session.state.n_teams):
                session.answer(team, right_answer(q) if team % 2 else (
                    q.answer + 50 if kind == "estimation" else wrong_letter(q)))
            session.reveal()
        else:
            session.answer(session.expected_teams()[0],
                           q.answer * 1.5 + 3 if kind == "estimation" else wrong_letter(q))
            if session.state.phase == "rebond":
                session.answer(session.expected_teams()[0], right_answer(q))
        app._sync_scene()
        if further:
            from game.ui.actions import Act, Action

            scene = app.current
            assert scene is not None
            scene.handle(Action(Act.FURTHER))
    return prepare


def short_debrief(app: App) -> None:
    """Three teams, eight questions, a correction, then the end."""
    play_some(app, 8)
    session = live(app)
    session.adjust(1, 2, "Bonne idée apportée au débat")
    session.end()


def _overlay(base: Callable[[App], None],
             make: Callable[[App], Scene]) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        base(app)
        app._sync_scene()
        app.push(make(app))
    return prepare


def _paused(app: App) -> None:
    _question("qcm")(app)
    live(app).pause()


def shots() -> list[Shot]:
    """Every scene and overlay, in the order a session meets them."""
    from game.ui import gallery_debrief
    from game.ui.scenes import adjust, notes, overlays
    from game.ui.scenes.debrief import Debrief

    def notes_over_debrief(app: App) -> Scene:
        debrief = app.scenes["debrief"]
        assert isinstance(debrief, Debrief)
        return notes.NotesOverlay(app, debrief)

    def confirm(app: App) -> Scene:
        return overlays.ConfirmOverlay(
            app, "Quitter le jeu ?", "La partie est enregistrée : « Reprendre la partie » la "
            "retrouvera à l'accueil.", "Quitter", lambda: None, quitting=True)

    return [
        Shot("01-accueil", _title),
        Shot("02-accueil-reprendre", _title_resume),
        Shot("03-accueil-erreurs", _title_errors),
        Shot("04-reglages", _setup),
        Shot("05-reglages-6-equipes", lambda app: _setup(app, long_names=True)),
        Shot("06-panorama", _board),
        Shot("07-roue-qui-tourne", _spinning, settle=False),
        Shot("08-question-qcm", _question("qcm")),
        Shot("09-question-plusieurs-reponses", _question("qcm_multiple")),
        Shot("10-question-vrai-faux", _question("vrai_faux")),
        Shot("11-question-estimation", _question("estimation")),
        Shot("12-question-debat-positions", _question("debat", True)),
        Shot("13-question-debat-libre", _question("debat", False)),
        Shot("14-question-rebond", _rebond),
        Shot("15-toutes-equipes-qcm", _all_teams("qcm")),
        Shot("16-toutes-equipes-estimation", _all_teams("estimation")),
        Shot("17-reponse-qcm", _reveal("qcm")),
        Shot("18-reponse-plusieurs", _reveal("qcm_multiple")),
        Shot("19-reponse-vrai-faux", _reveal("vrai_faux")),
        Shot("20-reponse-estimation", _reveal("estimation")),
        Shot("21-reponse-debat", _reveal("debat", True)),
        Shot("22-pour-aller-plus-loin", _reveal("debat", False, further=True)),
        Shot("23-reponse-toutes-equipes", _reveal("qcm", teams=6, all_teams=True,
                                                  long_names=True)),
        Shot("24-bilan", short_debrief),
        Shot("25-pause", _paused),
        Shot("26-aide", _overlay(_board, overlays.HelpOverlay)),
        Shot("27-quitter", _overlay(_board, confirm)),
        Shot("28-ecran-noir", _overlay(_board, overlays.BlackOverlay)),
        Shot("29-correction-score", _overlay(_board, adjust.AdjustOverlay)),
        Shot("30-notes", _overlay(short_debrief, notes_over_debrief)),
        *gallery_debrief.shots(),
    ]
