"""The gallery's shots of what the room says: the baromètre's statement, a vote by team and one by
a show of hands, the vote after the game, the agreement entry, and the debrief's pages for the
votes and the agreements. Each plays a game through the Session API with the bank's longest
statement (and six long team names where the teams show)."""

from __future__ import annotations

from collections.abc import Callable

from game.rules.bank.model import Question
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.gallery.kit import LONG_NAMES, Shot, Unavailable, live, reset, scene, tick

ROUNDS = 5


def statements(app: App) -> list[Question]:
    """The bank's statements, the longest first (the shots show the hardest to fit)."""
    found = [q for q in app.game.questions() if q.kind.polled]
    if not found:
        raise Unavailable("aucune affirmation du baromètre dans la banque")
    return sorted(found, key=lambda q: (-len(q.prompt), q.id))


def start(app: App, poll: str, teams: int = 6, long_names: bool = True) -> None:
    """A game with the baromètre, its statements led by the bank's longest one."""
    reset(app)
    names = LONG_NAMES if long_names else tuple(f"Équipe {k + 1}" for k in range(6))
    longest = statements(app)[0]
    settings = SessionSettings(
        teams=tuple(Team(name=names[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(teams)),
        duration_min=20, sectors=tuple(s.id for s in app.game.wheel_sectors()), seed=7,
        barometer=poll, service="Direction des ressources humaines")
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


def shots() -> list[Shot]:
    """Every shot of this module, in the order a game meets them."""
    return [*before_the_game(), *after_the_game()]


Prepare = Callable[[App], None]
