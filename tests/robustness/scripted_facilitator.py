"""A facilitator who plays a session through the engine's API, the same way every time.

Each step chooses among the actions the rules allow (spin or pick, answers right, wrong or
blank, a rebond, the timer running out, a skip, debate points, a score correction, a pause, an
undo) with a ``random.Random(seed)``, on the session tests' small bank and a fake clock: two
runs with the same seed write the same journal, byte for byte.

Run as a script (``python scripted_facilitator.py FOLDER SEED``) it writes its journal in
FOLDER and prints, after every action has returned, how many events the journal holds — the
crash tests kill it with SIGKILL at random moments and compare the journal with those lines.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from game.rules.session import FakeClock, RuleError, Session
from tests.rules.session.session_factory import make_bank, new_session, right_answer, wrong_answer

ACTIONS = 80
BANK = make_bank(per_sector=8)


def start(journal_dir: Path | None, seed: int) -> tuple[Session, FakeClock]:
    """A new game: 3 to 6 teams, one seed in three in « toutes les équipes » mode."""
    clock = FakeClock()
    mode = "toutes_les_equipes" if seed % 3 == 2 else "tour_par_tour"
    session = new_session(
        BANK,
        clock=clock,
        journal_dir=journal_dir,
        n_teams=3 + seed % 4,
        seed=seed,
        mode=mode,
        duration_min=30,
        timer_s=60,
    )
    return session, clock


def on_board(session: Session, rng: random.Random) -> None:
    """On the board: mostly a spin, sometimes a pick, a correction, a pause or an undo."""
    roll = rng.random()
    if roll < 0.05 and session.can_undo():
        session.undo()
    elif roll < 0.10:
        session.adjust(rng.randrange(session.state.n_teams), rng.choice([-1, 1, 2]), "oral")
    elif roll < 0.13:
        session.pause()
    elif roll < 0.25 and session.available_sectors():
        session.pick(rng.choice(session.available_sectors()))
    else:
        session.spin()


def on_question(session: Session, rng: random.Random) -> None:
    """A question on screen: an answer (right, wrong or none), a skip, an undo."""
    roll = rng.random()
    question = session.state.current.question
    if roll < 0.05:
        session.skip()
    elif roll < 0.10 and session.can_undo():
        session.undo()
    elif session.expected_teams():
        team = session.expected_teams()[0]
        pick = rng.choice([right_answer, wrong_answer, lambda q: None])
        session.answer(team, pick(question))
    else:
        session.reveal()


def on_reveal(session: Session, rng: random.Random) -> None:
    """The reveal: debate points for a position, then on to the next question."""
    current = session.state.current
    unscored = [r.team for r in current.results if r.result == "position" and not r.points]
    if current.question.type == "debat" and unscored and rng.random() < 0.6:
        session.award_debate(unscored[0], rng.randint(0, 2))
    elif rng.random() < 0.05 and session.can_undo():
        session.undo()
    else:
        session.next()


def step(session: Session, clock: FakeClock, rng: random.Random) -> None:
    """One facilitator action (a refused one changes nothing and is not counted)."""
    state = session.state
    clock.advance(rng.uniform(1, 25))
    if state.paused:
        session.resume_play()
    elif state.phase == "board":
        on_board(session, rng)
    elif state.phase in ("question", "rebond"):
        on_question(session, rng)
    else:
        on_reveal(session, rng)


def play(
    journal_dir: Path | None,
    seed: int,
    actions: int = ACTIONS,
    after: Callable[[Session], None] = lambda session: None,
) -> Session:
    """The whole scripted session; ``after`` is called once each action has returned."""
    session, clock = start(journal_dir, seed)
    rng = random.Random(seed)
    after(session)
    for _ in range(actions):
        if session.state.ended:
            break
        try:
            step(session, clock, rng)
        except RuleError:
            continue
        after(session)
    if not session.state.ended:
        session.end()
        after(session)
    return session


def report(session: Session) -> None:
    """What the child prints once an action has returned: the journal's event count."""
    print(len(session.events), flush=True)
    time.sleep(0.003)  # spread the session over time, so that kills land all along it


if __name__ == "__main__":
    print("pret", flush=True)
    play(Path(sys.argv[1]), int(sys.argv[2]), after=report).close()
