"""The baromètre in a game: statements drawn at the start and kept in the journal, voted by team
or by a show of hands before the first spin and again once the game ends, each vote an event
(undone, resumed after a crash), the clock still while the room votes, and never a point."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from game.rules.bank.model import Question
from game.rules.errors import RuleError
from game.rules.session import FakeClock, Session, summarise
from game.rules.session.journal import find_unfinished
from game.wording import french
from tests.rules.session.session_factory import SECTOR_IDS, SECTORS, make_bank, new_session


def statement(qid: str, sector: str, audience: str = "tous", **extra: Any) -> Question:
    data: dict[str, Any] = {
        "id": qid,
        "secteur": sector,
        "type": "barometre",
        "public": audience,
        "question": f"Affirmation {qid} sur le télétravail.",
        "informe_par": [f"{sector[:3]}-00", f"{sector[:3]}-01"],
        "explication": f"Ce que disent les faits sur {qid}, avec leur source.",
        "source": "Décret n° 2016-151, art. 3",
    }
    data.update(extra)
    return Question.model_validate(data)


STATEMENTS = [statement(f"bar-{s[:3]}-{k}", s) for s in SECTOR_IDS for k in range(2)]
BANK = [*make_bank(per_sector=6), *STATEMENTS]


def polled(mode: str = "equipes", **fields: Any) -> Session:
    fields.setdefault("clock", FakeClock())
    return new_session(BANK, barometer=mode, **fields)


def vote_round(session: Session, levels: tuple[int, ...] = (1, 2, 4)) -> None:
    """Every team places itself on every statement of the open round."""
    while session.state.ballot is not None:
        for team, level in zip(range(session.state.n_teams), levels, strict=False):
            session.vote(team, level)


def test_a_twenty_minute_game_draws_three_statements_from_different_sectors() -> None:
    session = polled()
    chosen = session.state.statements
    assert len(chosen) == 3
    assert len({q.sector for q in chosen}) == 3
    assert all(q.kind.polled for q in chosen)


def test_a_short_game_draws_two_statements() -> None:
    assert len(polled(duration_min=10).state.statements) == 2
    assert len(polled(duration_min=15).state.statements) == 2


def test_statements_come_from_the_sectors_and_the_audience_in_play() -> None:
    managers = statement("bar-man-encadrants", "managerial", audience="encadrant")
    bank = [*make_bank(per_sector=6), managers, statement("bar-tec-0", "technique")]
    session = new_session(
        bank, barometer="equipes", sectors=("managerial", "technique"), audience="agent"
    )
    assert [q.id for q in session.state.statements] == ["bar-tec-0"]


def test_the_same_seed_draws_the_same_statements() -> None:
    first = [q.id for q in polled(seed=3).state.statements]
    assert first == [q.id for q in polled(seed=3).state.statements]
    others = {tuple(q.id for q in polled(seed=s).state.statements) for s in range(12)}
    assert len(others) > 1


def test_without_the_barometre_nothing_is_drawn_and_the_board_comes_first() -> None:
    session = new_session(BANK)
    assert session.state.statements == () and session.state.ballot is None
    assert session.spin() is not None


def test_no_question_is_drawn_before_the_room_has_voted() -> None:
    session = polled()
    with pytest.raises(RuleError) as refused:
        session.spin()
    assert str(refused.value) == french(
        "Le baromètre d'abord : votez, ou passez l'affirmation (S)."
    )


def test_each_team_places_itself_in_turn_then_the_next_statement_comes() -> None:
    session = polled()
    first = session.state.ballot
    assert first is not None and (first.round, first.number, first.total) == ("avant", 1, 3)
    assert first.next_team(3) == 0
    session.vote(0, 2)
    session.vote(1, 4)
    assert session.state.ballot.next_team(3) == 2
    session.vote(2, 2)
    second = session.state.ballot
    assert second.number == 2 and second.statement != first.statement
    assert session.state.tallies[0].counts == (0, 2, 0, 1)


def test_a_team_votes_once_per_statement() -> None:
    session = polled()
    session.vote(0, 1)
    with pytest.raises(RuleError) as refused:
        session.vote(0, 3)
    assert str(refused.value) == french(
        "Équipe 1 s'est déjà placée sur cette affirmation : annulez son vote pour le changer."
    )


def test_undoing_a_vote_lets_the_team_place_itself_again() -> None:
    session = polled()
    session.vote(0, 1)
    assert session.undo()
    assert session.last_outcome.text == french("Action annulée : vote de Équipe 1")
    session.vote(0, 3)
    assert session.state.ballot.tally.counts == (0, 0, 1, 0)


def test_a_vote_is_announced_with_the_level_chosen() -> None:
    session = polled()
    session.vote(0, 2)
    assert session.fresh_outcome().text == french("Équipe 1 : Plutôt d'accord")


def test_a_show_of_hands_counts_each_level_in_one_entry() -> None:
    session = polled("main_levee")
    session.count((5, 9, 3, 1))
    assert session.state.tallies[0].counts == (5, 9, 3, 1)
    assert session.state.ballot.number == 2
    assert session.fresh_outcome().text == "18 votes comptés"


def test_a_show_of_hands_of_nobody_is_refused_and_the_teams_cannot_vote_in_it() -> None:
    session = polled("main_levee")
    with pytest.raises(RuleError) as nobody:
        session.count((0, 0, 0, 0))
    assert "passez l" in str(nobody.value)
    with pytest.raises(RuleError):
        session.vote(0, 1)
    by_teams = polled()
    with pytest.raises(RuleError):
        by_teams.count((1, 2, 3, 4))


def test_a_statement_or_the_whole_barometre_can_be_passed_over() -> None:
    session = polled()
    session.pass_statement()
    assert session.state.ballot.number == 2
    session.pass_statement(every=True)
    assert session.state.ballot is None
    assert session.spin() is not None


def test_the_clock_stands_still_while_the_room_votes() -> None:
    clock = FakeClock()
    session = polled(clock=clock)
    clock.advance(300)
    assert session.elapsed() == 0
    vote_round(session)
    clock.advance(60)
    assert session.elapsed() == 60


def test_votes_give_no_points() -> None:
    session = polled()
    vote_round(session)
    assert session.state.scores == (0, 0, 0)
    assert session.state.awards == ()


def test_after_the_game_the_room_votes_again_on_the_statements_voted_before() -> None:
    session = polled()
    for team, level in enumerate((1, 1, 2)):
        session.vote(team, level)
    session.pass_statement()
    for team, level in enumerate((4, 4, 3)):
        session.vote(team, level)
    assert session.state.ballot is None
    session.spin()
    session.end()
    ballot = session.state.ballot
    assert ballot is not None and (ballot.round, ballot.number, ballot.total) == ("apres", 1, 2)
    assert not session.state.finished
    vote_round(session, (2, 3, 3))
    assert session.state.finished
    after = [t for t in session.state.tallies if t.round == "apres"]
    assert [t.counts for t in after] == [(0, 1, 2, 0), (0, 1, 2, 0)]


def test_ending_during_the_first_vote_asks_again_only_what_was_voted() -> None:
    session = polled()
    session.vote(0, 1)
    session.end()
    ballot = session.state.ballot
    assert ballot is not None and ballot.total == 1 and ballot.round == "apres"


def test_a_game_stopped_in_the_middle_of_a_vote_resumes_on_the_same_vote(journal_dir: Path) -> None:
    clock = FakeClock()
    session = polled(clock=clock, journal_dir=journal_dir)
    session.vote(0, 1)
    session.vote(1, 3)
    wanted = session.state.statements
    session.close()
    other_bank = make_bank(per_sector=6)  # the statements left the bank since
    resumed = Session.resume(session.path, other_bank, SECTORS, clock)
    resumed.resume_play()
    assert resumed.state.statements == wanted
    assert resumed.state.ballot.next_team(3) == 2
    resumed.vote(2, 2)
    assert resumed.state.tallies[0].counts == (1, 1, 1, 0)


def test_a_game_whose_room_had_still_to_vote_after_the_end_is_offered_again(
    journal_dir: Path,
) -> None:
    session = polled(journal_dir=journal_dir)
    vote_round(session)
    session.spin()
    session.end()
    session.close()
    summary = find_unfinished(journal_dir)
    assert summary is not None and not summary.finished
    resumed = Session.resume(summary, BANK, SECTORS, FakeClock())
    vote_round(resumed)
    resumed.close()
    assert summarise(resumed.path).finished
    assert find_unfinished(journal_dir) is None
