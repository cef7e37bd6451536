"""The gallery's shots: every scene and overlay, in the order a session meets them, each with
the bank's longest text of its kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.rules.bank.loader import LoadResult
from game.rules.bank.model import Question
from game.rules.bank.problems import Problem
from game.rules.session.engine import Session
from game.rules.session.settings import DEFAULT_TEAM_COLOURS
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.controls import quit_confirmation
from game.ui.gallery import debrief as debrief_shots
from game.ui.gallery import room as room_shots
from game.ui.gallery.kit import (
    Shot,
    card_length,
    current,
    force,
    further_length,
    live,
    longest,
    play_some,
    reset,
    reveal_length,
    right_answer,
    sample_names,
    scene,
    short_debrief,
    tick,
    wrong_letter,
)
from game.ui.scenes import adjust, notes, overlays
from game.ui.scenes.base import Scene
from game.ui.scenes.debrief import Debrief
from game.wording import say


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
        Problem(
            "questions/reglementaire.yaml",
            12,
            5,
            "reg-forfait",
            "reponse",
            say("bank.answer.not_a_choice", answer=say("game.gallery.answer"))
            + say("bank.answer.closest", choice=say("game.gallery.choice")),
        ),
        Problem(
            "questions/technique.yaml",
            88,
            3,
            None,
            "secteur",
            say(
                "bank.sectors.unknown",
                sector="techniqe",
                hint=say(
                    "bank.hint.known_sectors",
                    known=", ".join(s.id for s in real.bank.sectors) if real.bank else "",
                ),
            ),
        ),
        Problem("questions/societal.yaml", 4, 1, None, None, say("bank.tab.indentation")),
    ] * 3
    app.game.loaded = LoadResult(real.bank, problems)
    app.game.errors_accepted = False
    scene(app).enter()


def _setup(app: App, long_names: bool = False) -> None:
    reset(app)
    app.go_home("setup")
    if long_names:
        values = scene(app).form.values  # type: ignore[attr-defined]
        values.names = list(sample_names())
        values.colours = list(DEFAULT_TEAM_COLOURS)
        values.service = say("debrief.gallery.service")


def _setup_refused(app: App) -> None:
    """A 25th letter typed in a full name: refused, and the form says so."""
    _setup(app)
    form = scene(app)
    form.handle(Action(Act.TEXT, say("game.gallery.name_full")))
    form.handle(Action(Act.TEXT, "x"))


def _setup_on_start(app: App) -> None:
    """« suivant » walked the fields to « Commencer la partie »."""
    _setup(app)
    setup = scene(app)
    while setup.form.focused() != "start":  # type: ignore[attr-defined]
        setup.handle(Action(Act.NEXT))


def _board(app: App) -> None:
    play_some(app, 6)


def _spinning(app: App) -> None:
    play_some(app, 2)
    app._sync_scene()
    app.speed = 1.0
    scene = app.current
    assert scene is not None
    scene.handle(Action(Act.NEXT))
    scene.update(1.0)
    app.speed = 0.0


def _question(kind: str, choices: bool | None = None, **options: Any) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        force(app, longest(app.game.questions(), kind, card_length, choices), **options)

    return prepare


def _rebond(app: App) -> None:
    q = longest(app.game.questions(), "qcm", card_length)
    assert q is not None
    force(app, q)
    session = live(app)
    session.answer(session.expected_teams()[0], wrong_letter(q))


def _rebond_estimate(app: App) -> None:
    """The rebond team sees the number the first team gave, and the margin."""
    q = longest(app.game.questions(), "estimation", card_length)
    force(app, q, long_names=True)
    session = live(app)
    session.answer(session.expected_teams()[0], q.answer * 1.5 + 3)


def _time_up(app: App) -> None:
    """The countdown at zero: red, « Temps écoulé : votre réponse ? », and waiting."""
    force(app, longest(app.game.questions(), "qcm", card_length), timer=30)
    tick(app, 30)


def _clicker(*presses: Act) -> Callable[[App], None]:
    """A question after a few presses of the clicker's keys: what is highlighted shows."""

    def prepare(app: App) -> None:
        kind = "qcm_multiple" if Act.NEXT in presses else "qcm"
        force(app, longest(app.game.questions(), kind, card_length))
        app._sync_scene()
        for press in presses:
            scene(app).handle(Action(press))

    return prepare


def _skipped(session: Session, question: Question) -> None:
    session.skip()


def _corrected(session: Session, question: Question) -> None:
    session.skip()
    session.adjust(1, 2)


def _undone(session: Session, question: Question) -> None:
    session.answer(0, wrong_letter(question))
    session.undo()


def _right(session: Session, question: Question) -> None:
    session.answer(0, right_answer(question))


def _both_wrong(session: Session, question: Question) -> None:
    """The first team misses, and so does the rebond team, with another wrong option."""
    first = wrong_letter(question)
    session.answer(0, first)
    other = next(x for x in "ABCD" if x not in question.right_letters and x != first)
    session.answer(1, other)


def _moment(
    act: Callable[[Session, Question], None], *, long_names: bool = True, one_sector: bool = False
) -> Callable[[App], None]:
    """The header's banner right after an action: its moment, as the room sees it."""

    def prepare(app: App) -> None:
        q = longest(app.game.questions(), "qcm", card_length)
        options: dict[str, Any] = {"long_names": long_names}
        if one_sector:
            options["sectors"] = (q.sector,)
        force(app, q, **options)
        act(live(app), q)
        app._sync_scene()

    return prepare


def _last_round(app: App) -> None:
    """Time is up while the second team plays: the round goes on, and the header says so."""
    play_some(app, 1)
    session = live(app)
    session.pick(session.available_sectors()[0])
    tick(app, 20 * 60)


def _all_teams(kind: str) -> Callable[[App], None]:
    def prepare(app: App) -> None:
        q = longest(app.game.questions(), kind, card_length)
        force(app, q, teams=6, all_teams=True, long_names=True)
        session = live(app)
        answer = "A" if kind != "estimation" else q.answer + 1
        for team in (0, 2, 3):
            session.answer(team, answer)

    return prepare


def _reveal(
    kind: str, choices: bool | None = None, further: bool = False, **options: Any
) -> Callable[[App], None]:
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
                session.answer(
                    team,
                    right_answer(q)
                    if team % 2
                    else (q.answer + 50 if kind == "estimation" else wrong_letter(q)),
                )
            session.reveal()
        else:
            session.answer(
                session.expected_teams()[0],
                q.answer * 1.5 + 3 if kind == "estimation" else wrong_letter(q),
            )
            if session.state.phase == "rebond":
                session.answer(session.expected_teams()[0], right_answer(q))
        app._sync_scene()
        if further:
            scene = app.current
            assert scene is not None
            scene.handle(Action(Act.FURTHER))

    return prepare


def _overlay(base: Callable[[App], None], make: Callable[[App], Scene]) -> Callable[[App], None]:
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

    def notes_over_debrief(app: App) -> Scene:
        debrief = app.scenes["debrief"]
        assert isinstance(debrief, Debrief)
        return notes.NotesOverlay(app, debrief)

    def confirm(app: App) -> Scene:
        return quit_confirmation(app, lambda: None)

    def end_game(app: App) -> Scene:
        app.controls.handle(Action(Act.END))
        return app.overlays.pop()

    def rules_page(app: App) -> Scene:
        page = overlays.HelpOverlay(app)
        page.page = 1
        return page

    return [
        Shot("01-accueil", _title),
        Shot("02-accueil-reprendre", _title_resume),
        Shot("03-accueil-erreurs", _title_errors),
        Shot("04-reglages", _setup),
        Shot("05-reglages-6-equipes", lambda app: _setup(app, long_names=True)),
        *room_shots.before_the_game(),
        Shot("05b-reglages-nom-trop-long", _setup_refused),
        Shot("05c-reglages-commencer", _setup_on_start),
        Shot("06-panorama", _board),
        Shot("06b-moment-question-passee", _moment(_skipped)),
        Shot("06c-moment-score-corrige", _moment(_corrected)),
        Shot("06d-dernier-tour", _last_round),
        Shot("07-roue-qui-tourne", _spinning, settle=False),
        Shot("08-question-qcm", _question("qcm")),
        Shot("08b-curseur-sur-une-reponse", _clicker(Act.PREVIOUS, Act.PREVIOUS)),
        Shot("08c-curseur-sur-sans-reponse", _clicker(Act.UP)),
        Shot("09-question-plusieurs-reponses", _question("qcm_multiple")),
        Shot(
            "09b-plusieurs-reponses-cochees",
            _clicker(
                Act.PREVIOUS,
                Act.NEXT,
                Act.PREVIOUS,
                Act.PREVIOUS,
                Act.NEXT,
                Act.PREVIOUS,
                Act.PREVIOUS,
            ),
        ),
        Shot("09c-plusieurs-curseur-sur-une-cochee", _clicker(Act.PREVIOUS, Act.NEXT)),
        Shot("10-question-vrai-faux", _question("vrai_faux")),
        Shot("11-question-estimation", _question("estimation")),
        Shot("11b-question-temps-ecoule", _time_up),
        Shot("12-question-debat-positions", _question("debat", True)),
        Shot("13-question-debat-libre", _question("debat", False)),
        Shot("14-question-rebond", _rebond),
        Shot("14b-rebond-estimation", _rebond_estimate),
        Shot(
            "14c-moment-action-annulee",
            _moment(_undone),
        ),
        Shot("15-toutes-equipes-qcm", _all_teams("qcm")),
        Shot("16-toutes-equipes-estimation", _all_teams("estimation")),
        Shot("17-reponse-qcm", _reveal("qcm")),
        Shot("17b-moment-bonne-reponse", _moment(_right)),
        Shot(
            "17c-moment-panorama-complet",
            _moment(_right, one_sector=True),
        ),
        Shot(
            "17d-moment-rebond-rate",
            _moment(_both_wrong),
        ),
        *room_shots.during_the_game(),
        Shot("18-reponse-plusieurs", _reveal("qcm_multiple")),
        Shot("19-reponse-vrai-faux", _reveal("vrai_faux")),
        Shot("20-reponse-estimation", _reveal("estimation")),
        Shot("21-reponse-debat", _reveal("debat", True)),
        Shot("22-pour-aller-plus-loin", _reveal("debat", False, further=True)),
        Shot("23-reponse-toutes-equipes", _reveal("qcm", teams=6, all_teams=True, long_names=True)),
        *room_shots.after_the_game(),
        Shot("24-bilan", short_debrief),
        Shot("25-pause", _paused),
        Shot("26-aide", _overlay(_board, overlays.HelpOverlay)),
        Shot("26b-aide-regle-du-jeu", _overlay(_board, rules_page)),
        Shot("27-quitter", _overlay(_board, confirm)),
        Shot("27b-terminer-la-partie", _overlay(_board, end_game)),
        Shot("28-ecran-noir", _overlay(_board, overlays.BlackOverlay)),
        Shot("29-correction-score", _overlay(_board, adjust.AdjustOverlay)),
        Shot("30-notes", _overlay(short_debrief, notes_over_debrief)),
        *debrief_shots.shots(),
        *room_shots.debrief_shots(),
    ]
