"""The gallery's shots of what the room says: the baromètre's statement, a vote by team and one by
a show of hands, the vote after the game, the agreement entry, and the debrief's pages for the
votes and the agreements. Each plays a game through the Session API with the bank's longest
statement (and six long team names where the teams show)."""

from __future__ import annotations

from collections.abc import Callable

from game.rules.bank.model import BLANK, Question
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    SessionSettings,
    Team,
    default_team_names,
)
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.gallery.debrief import open_section
from game.ui.gallery.kit import (
    Shot,
    Unavailable,
    force,
    live,
    reset,
    right_answer,
    sample_names,
    scene,
    tick,
)
from game.ui.scenes.agreement import agreement_entry
from game.ui.scenes.debrief import sections
from game.wording import say

ROUNDS = 5
Prepare = Callable[[App], None]


def statements(app: App) -> list[Question]:
    """The bank's statements, the longest first (the shots show the hardest to fit)."""
    found = [q for q in app.game.questions() if q.kind.polled]
    if not found:
        raise Unavailable(say("debrief.gallery.no_statement"))
    return sorted(found, key=lambda q: (-len(q.prompt), q.id))


def start(app: App, poll: str, teams: int = 6, long_names: bool = True) -> None:
    """A game with the baromètre, its statements led by the bank's longest one."""
    reset(app)
    names = sample_names() if long_names else default_team_names(6)
    longest = statements(app)[0]
    settings = SessionSettings(
        teams=tuple(Team(name=names[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(teams)),
        duration_min=20,
        sectors=tuple(s.id for s in app.game.wheel_sectors()),
        seed=7,
        barometer=poll,
        service=say("debrief.gallery.service"),
    )
    pool = tuple(q for q in app.game.questions() if not q.kind.polled or q is longest)
    problems = app.game.start(settings, (*pool, *statements(app)[1:4]))
    assert not problems, problems
    app._sync_scene()


def _statement(app: App) -> None:
    start(app, "equipes")


def _team_vote(app: App) -> None:
    start(app, "equipes")
    session = live(app)
    for team, level in ((0, 2), (1, 2), (2, 4)):
        session.vote(team, level)
    app._sync_scene()
    for _ in range(3):
        scene(app).handle(Action(Act.PREVIOUS))


def _hands_vote(app: App) -> None:
    start(app, "main_levee", teams=3, long_names=False)
    app._sync_scene()
    current = scene(app)
    for typed in ("1", "2", "next", "7", "next", "3"):
        current.handle(Action(Act.NEXT) if typed == "next" else Action(Act.TEXT, typed))


def _after(app: App) -> None:
    start(app, "equipes", teams=3, long_names=False)
    session = live(app)
    play_with_votes(session, app)
    session.vote(0, 3)
    app._sync_scene()


def play_with_votes(session, app: App) -> None:  # type: ignore[no-untyped-def]
    """Every team votes before the game, a few questions are played, the game ends."""
    while session.state.ballot is not None:
        for team in range(session.state.n_teams):
            session.vote(team, 1 + (team + session.state.ballot.number) % 4)
    for _ in range(ROUNDS):
        session.spin()
        while session.expected_teams():
            session.answer(session.expected_teams()[0], None)
        if session.state.phase == "question":
            session.reveal()
        session.next()
        tick(app, 60)
    session.end()


def before_the_game() -> list[Shot]:
    """The baromètre's screens before the first spin: the statement, a vote by team, one by a
    show of hands."""
    return [
        Shot("05c-barometre-affirmation", _statement),
        Shot("05d-barometre-vote-par-equipe", _team_vote),
        Shot("05e-barometre-main-levee", _hands_vote),
    ]


def after_the_game() -> list[Shot]:
    """The vote again, once the game ended."""
    return [Shot("23b-barometre-apres-la-partie", _after)]


def _with_hints(app: App) -> Question:
    """The question whose « pistes d'accord » are the longest (the hardest to fit)."""
    found = [
        q for q in app.game.questions() if q.agreement_hints and q.kind.on_wheel and q.kind.scored
    ]
    if not found:
        raise Unavailable(say("debrief.gallery.no_hint"))
    return max(
        found, key=lambda q: (len(q.agreement_hints), max(map(len, q.agreement_hints)), q.id)
    )


def _agreement(app: App) -> None:
    """On a reveal, the entry open on the question's suggestion, its blank being filled."""
    question = _with_hints(app)
    force(app, question, long_names=True)
    session = live(app)
    session.answer(session.expected_teams()[0], right_answer(question))
    session.agree(question.sector, say("debrief.gallery.first_agreement"))
    app._sync_scene()
    entry = agreement_entry(app, question)
    app.push(entry)
    for action in (Action(Act.DOWN), Action(Act.TEXT, say("debrief.gallery.blank"))):
        entry.handle(action)


def during_the_game() -> list[Shot]:
    """The agreement entry over a reveal."""
    return [Shot("17e-accord-d-equipe", _agreement)]


def _polled_debrief(poll: str) -> Prepare:
    """Six long-named teams vote before and after a game, and note agreements on the debrief,
    one of them as long as an agreement may be."""

    def play(app: App) -> None:
        start(app, poll)
        session = live(app)
        if poll == "main_levee":
            while session.state.ballot is not None:
                session.count((9, 7, 3, 1))
        play_with_votes(session, app)
        while session.state.ballot is not None:
            if poll == "main_levee":
                session.count((2, 5, 9, 4))
            else:
                for team in range(session.state.n_teams):
                    session.vote(team, 1 + (team + 2 * session.state.ballot.number) % 4)
        for sector, text in agreements(app):
            session.agree(sector, text)

    return play


def agreements(app: App) -> list[tuple[str, str]]:
    """Agreements a team could make: from the bank's suggestions, and one of the longest."""
    found: list[tuple[str, str]] = []
    for question in app.game.questions():
        for hint in question.agreement_hints:
            if len(found) < 4 and all(question.sector != s for s, _ in found):
                found.append((question.sector, hint.replace(BLANK, say("debrief.gallery.blank"))))
    sector = found[0][0] if found else app.game.wheel_sectors()[0].id
    found.append((sector, say("debrief.gallery.agreement_long")))
    return found


def debrief_shots() -> list[Shot]:
    """The debrief's pages of the baromètre and of the agreements."""
    return [
        Shot("41-bilan-barometre", open_section(sections.BAROMETER, _polled_debrief("equipes"))),
        Shot(
            "42-bilan-barometre-main-levee",
            open_section(sections.BAROMETER, _polled_debrief("main_levee")),
        ),
        Shot(
            "43-bilan-accords-d-equipe",
            open_section(sections.AGREEMENTS, _polled_debrief("equipes")),
        ),
    ]


def shots() -> list[Shot]:
    """Every shot of this module, in the order a game meets them."""
    return [*before_the_game(), *during_the_game(), *after_the_game(), *debrief_shots()]
