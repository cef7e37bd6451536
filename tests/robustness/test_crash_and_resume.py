"""Crashes: a session killed at any moment resumes with at most the action in flight lost.

A child process plays a scripted session through the engine's API with a real journal (see
``scripted_facilitator``) and is killed with SIGKILL at a random moment; relaunching finds the
game, resumes it exactly as the journal left it, and plays on. A journal cut at every byte of a
real session either resumes with every complete line kept, or says clearly that there is nothing
to resume. ``tests/rules/session`` checks cuts at random fractions inside one process; here the
kill is real and the cut is everywhere.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from game.rules.session import (
    FakeClock,
    JournalError,
    RuleError,
    Session,
    State,
    fold,
    latest_unfinished,
    list_journals,
    read_journal,
)
from game.rules.session.journal import load_journal
from tests.robustness import scripted_facilitator as facilitator
from tests.robustness.conftest import ROOT, is_french
from tests.rules.session.session_factory import SECTORS

PLAYER = Path(facilitator.__file__)


def reference(seed: int, folder: Path) -> tuple[list, list[int]]:
    """The uninterrupted session's events, and how many there were after each action."""
    counts: list[int] = []
    session = facilitator.play(folder, seed, after=lambda s: counts.append(len(s.events)))
    session.close()
    return list(session.events), counts


def killed_at_random(folder: Path, seed: int) -> list[int]:
    """Run the player and kill it mid-session; the event counts it reported before dying."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(PLAYER), str(folder), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "pret", child.stderr
    try:
        child.wait(timeout=random.Random(seed).uniform(0.0, 0.3))
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    return [int(line) for line in out.split()]


def assert_invariants(state: State) -> None:
    """Each score is the sum of its awards; no question was drawn twice."""
    for team in range(state.n_teams):
        assert state.scores[team] == sum(a.points for a in state.awards if a.team == team)
    drawn = [p.question.id for p in state.played]
    if state.current is not None:
        drawn.append(state.current.question.id)
    assert len(drawn) == len(set(drawn)), drawn


def same_game(resumed: State, expected: State) -> None:
    """The resumed state is the journal's, paused (unless it was over), clock aside."""
    paused = expected.paused or not expected.ended
    assert resumed == replace(expected, paused=paused, last_elapsed=resumed.last_elapsed)


def play_on(session: Session, clock: FakeClock, seed: int, actions: int = 25) -> None:
    """The facilitator carries on after the relaunch, then ends the game."""
    rng = random.Random(seed + 1000)
    for _ in range(actions):
        if session.state.ended:
            break
        try:
            facilitator.step(session, clock, rng)
        except RuleError:
            continue
    if not session.state.ended:
        session.end()


@pytest.mark.parametrize("seed", range(6))
def test_a_session_killed_at_a_random_moment_resumes_losing_at_most_the_last_action(
    tmp_path: Path,
    seed: int,
) -> None:
    events, counts = reference(seed, tmp_path / "reference")
    folder = tmp_path / "parties"
    reported = killed_at_random(folder, seed)
    journals = list_journals(folder)
    if not journals:  # killed before the journal was created: there is no game to resume
        assert not reported and latest_unfinished(folder) is None
        return
    kept, _warnings = read_journal(journals[0])
    done = reported[-1] if reported else 0
    in_flight = next((c for c in counts if c > done), len(events))
    assert kept == events[: len(kept)]
    assert done <= len(kept) <= in_flight  # everything reported done is on disk
    path = latest_unfinished(folder)
    if not kept or fold(kept).ended:
        assert path is None
        return
    assert path == journals[0]
    clock = FakeClock()
    resumed = Session.resume(path, facilitator.BANK, SECTORS, clock)
    same_game(resumed.state, fold(kept))
    play_on(resumed, clock, seed)
    assert_invariants(resumed.state)
    assert fold(read_journal(path)[0]) == resumed.state  # the relaunch journals as it plays


def cut_points(data: bytes) -> tuple[list[int], list[int]]:
    """Offsets just after each newline, and a few offsets inside every line."""
    ends = [i + 1 for i, byte in enumerate(data) if byte == ord("\n")]
    inside: set[int] = {0}
    for start, end in zip([0, *ends], ends, strict=False):
        inside |= {start + 1, (start + end) // 2, end - 1, end}
    return ends, sorted(k for k in inside if 0 <= k <= len(data))


def test_a_journal_cut_at_every_byte_keeps_every_complete_line(tmp_path: Path) -> None:
    session = facilitator.play(tmp_path / "parties", seed=4, actions=30)
    session.close()
    data, events = session.path.read_bytes(), list(session.events)
    ends, _ = cut_points(data)
    cut = tmp_path / "coupe" / session.path.name
    cut.parent.mkdir()
    for offset in range(len(data) + 1):
        cut.write_bytes(data[:offset])
        content = load_journal(cut)
        complete = sum(end <= offset for end in ends)
        assert content.events == events[:complete], offset
        assert content.good_bytes == (ends[complete - 1] if complete else 0), offset
        torn = offset not in (0, *ends)
        assert bool(content.warnings) == torn, offset
        assert all(is_french(w) and "incomplète" in w for w in content.warnings)


def test_a_journal_cut_anywhere_resumes_or_says_there_is_nothing_to_resume(
    tmp_path: Path,
) -> None:
    """The relaunch at one cut of each kind per line (every byte of a line leads to the same
    ``load_journal`` result, proven just above): the game resumes, or there is no game."""
    session = facilitator.play(tmp_path / "parties", seed=4, actions=30)
    session.close()
    data, events = session.path.read_bytes(), list(session.events)
    ends, offsets = cut_points(data)
    folder = tmp_path / "coupe"
    folder.mkdir()
    cut = folder / session.path.name
    for offset in offsets:
        cut.write_bytes(data[:offset])
        kept = events[: sum(end <= offset for end in ends)]
        if not kept:
            assert latest_unfinished(folder) is None
            with pytest.raises(JournalError) as refused:
                Session.resume(cut, facilitator.BANK, SECTORS, FakeClock())
            assert is_french(str(refused.value)) and "aucune partie" in str(refused.value)
            continue
        assert latest_unfinished(folder) == (None if fold(kept).ended else cut), offset
        resumed = Session.resume(cut, facilitator.BANK, SECTORS, FakeClock())
        same_game(resumed.state, fold(kept))
        assert resumed.events[: len(kept)] == tuple(kept)
        resumed.close()
