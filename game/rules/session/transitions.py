"""How each event changes the state, and when it is refused.

One handler per event kind; each checks that the event is allowed now (raising ``RuleError``
with a French message the facilitator can act on, from the catalogue's ``game.rules.*``) and
returns a new ``State``. The engine calls these checks before writing anything, and the fold
calls them again when a journal is read back, so a journal can never lead to a state the rules
forbid. A state folded from a format 1 journal keeps that journal's rules (``legacy.py``).

Decisions where the contract is silent (a facilitator's expectations):

* while paused, only resuming, a manual correction and ending the game are allowed (undo works
  too: it is resolved by the fold);
* in turn mode, ``revealed`` is only for a question whose points the facilitator gives (a
  debate: recording the team's position is optional); every other question resolves itself
  once the expected team answered;
* a rebond opens when the question's kind says one may (something is left to choose among,
  and more than one thing); the rebond team may not give the eliminated answer again;
* in all-teams mode an answer may be entered again until the reveal (it replaces the previous
  one: correcting a typo);
* in turn mode, debate points go to the team whose turn it is; in all-teams mode to any team;
* ending the game during a reveal keeps that question as played; during a question or a
  rebond, the question counts as skipped;
* « panorama complet » is checked after every award (undoing the answer that completed it
  takes it back: the fold never gives it); in a format 1 game, lowering the debate points that
  completed it takes it back too;
* while the baromètre's vote is open before the game, no question is drawn; once the game has
  ended, only the room's own words are still recorded: the votes after it and the agreements
  (``room.py``), and the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from game.rules.errors import RuleError
from game.rules.session import legacy, room, scoring
from game.rules.session.events import (
    Adjusted,
    Agreed,
    Answered,
    Closed,
    Counted,
    DebatePoints,
    Drawn,
    Ended,
    Event,
    Noted,
    Paused,
    Resumed,
    Revealed,
    Skipped,
    Started,
    TimedOut,
    Voted,
    VoteSkipped,
    effective_events,
)
from game.rules.session.state import (
    Award,
    AwardReason,
    Current,
    Played,
    State,
    TeamAnswer,
    initial_state,
)
from game.wording import say

ADJUST_MAX = 10
REASON_MAX = 200
NOTES_MAX = 2000
_ALLOWED_WHILE_PAUSED = (Resumed, Adjusted, Ended)
_AFTER_THE_END = (Voted, Counted, VoteSkipped, Agreed)  # the room's words on the debrief


def ended_message() -> str:
    return say("game.rules.ended")


def paused_message() -> str:
    return say("game.rules.paused")


def apply_event(state: State, event: Event) -> State:
    """``state`` after ``event``, or ``RuleError``."""
    if isinstance(event, Noted):  # notes are no game action: any time, even after the end
        return replace(state, notes=event.text[:NOTES_MAX])
    if state.phase == "ended" and not isinstance(event, _AFTER_THE_END):
        raise RuleError(ended_message())
    if state.paused and not isinstance(event, _ALLOWED_WHILE_PAUSED):
        raise RuleError(paused_message())
    handler = _HANDLERS.get(type(event))
    if handler is None:
        raise RuleError(say("game.rules.not_replayable", kind=event.kind))
    return replace(handler(state, event), last_elapsed=event.elapsed)


def _team(state: State, team: int) -> int:
    if isinstance(team, bool) or not 0 <= team < state.n_teams:
        raise RuleError(say("game.rules.no_such_team", number=team + 1))
    return team


def _name(state: State, team: int) -> str:
    return state.settings.teams[team].name


def require_question(state: State) -> Current:
    """The question on screen while answers are open, or the ``RuleError`` saying why not."""
    return _current(state, "question", "rebond")


def _current(state: State, *phases: str) -> Current:
    if state.current is None:
        raise RuleError(say("game.rules.no_question"))
    if state.phase not in phases:
        if state.phase == "reveal":
            raise RuleError(say("game.rules.answers_closed"))
        if phases == ("reveal",):
            raise RuleError(say("game.rules.after_reveal_only"))
        raise RuleError(say("game.rules.not_during_rebond"))
    return state.current


def _award(
    state: State,
    team: int,
    points: int,
    reason: AwardReason,
    question_id: str | None,
    elapsed: float,
    note: str = "",
) -> State:
    if points == 0 and reason != "manuel":
        return state
    award = Award(team, points, reason, question_id, note, elapsed)
    return replace(state, awards=(*state.awards, award))


def _check_panorama(state: State, team: int, question_id: str, elapsed: float) -> State:
    complete = state.panorama_complete(team)
    held = next((a for a in state.awards if a.team == team and a.reason == "panorama"), None)
    if complete and held is None:
        bonus = state.settings.scoring.panorama_bonus
        return _award(state, team, bonus, "panorama", question_id, elapsed)
    if not complete and held is not None and held.question_id == question_id:
        return replace(state, awards=tuple(a for a in state.awards if a is not held))
    return state


def _drawn(state: State, event: Drawn) -> State:
    if state.phase != "board":
        raise RuleError(say("game.rules.question_in_progress"))
    if state.ballot is not None:
        raise RuleError(say("game.rules.vote.first"))
    if event.sector not in state.sector_labels:
        raise RuleError(say("game.rules.sector_not_in_play", sector=event.sector))
    if event.question.sector != event.sector:
        raise RuleError(
            say(
                "game.rules.question_not_of_sector", question=event.question.id, sector=event.sector
            )
        )
    if event.question.id in state.played_ids:
        raise RuleError(say("game.rules.already_played", question=event.question.id))
    current = Current(
        question=event.question,
        sector=event.sector,
        via=event.via,
        angle=event.angle,
        team=state.active_team,
        drawn_elapsed=event.elapsed,
        phase_started_elapsed=event.elapsed,
    )
    return replace(state, phase="question", current=current)


def _answered(state: State, event: Answered) -> State:
    current = _current(state, "question", "rebond")
    team = _team(state, event.team)
    question = current.question
    if not scoring.takes_answer(question):
        raise RuleError(say("game.rules.debate_takes_nothing"))
    if scoring.normalise_answer(question, event.answer) != event.answer:
        raise RuleError(say("game.rules.badly_written"))
    if state.settings.all_teams and state.phase == "question":
        others = tuple(a for a in current.answers if a.team != team)
        entry = TeamAnswer(team, event.answer)
        return replace(state, current=replace(current, answers=(*others, entry)))
    expected = state.expected_teams()
    if team not in expected:
        raise RuleError(say("game.rules.not_your_turn", team=_name(state, expected[0])))
    if state.phase == "rebond" and not state.legacy:
        _refuse_the_eliminated_answer(state, current, event.answer)
    return _resolve_turn(state, current, TeamAnswer(team, event.answer), event.elapsed)


def _refuse_the_eliminated_answer(state: State, current: Current, answer: object) -> None:
    first = current.answer_of(current.team)
    eliminated = first.answer if first is not None else None
    question = current.question
    if question.kind.rebond_refused(question, eliminated, answer):  # type: ignore[arg-type]
        given = scoring.reading(question, eliminated)
        raise RuleError(
            say("game.rules.rebond_repeats", answer=given, team=_name(state, current.team))
        )


def _rebond_opens(state: State, current: Current, entry: TeamAnswer) -> bool:
    kind = current.question.kind
    if not state.settings.rebond:
        return False
    if state.legacy:
        return legacy.opens_rebond(kind.scored, kind.graded_by_facilitator)
    return kind.scored and kind.rebond_open(current.question, entry.answer)


def _resolve_turn(state: State, current: Current, entry: TeamAnswer, elapsed: float) -> State:
    question, rules = current.question, state.settings.scoring
    rebond = state.phase == "rebond"
    if not rebond:
        points = rules.points(question.difficulty)
    elif state.legacy:
        points = legacy.rebond_points(rules, question.difficulty)
    else:
        points = rules.rebond_points(question.difficulty)
    result = scoring.single_result(question, entry.team, entry.answer, points, rebond)
    current = replace(
        current, answers=(*current.answers, entry), results=(*current.results, result)
    )
    if result.right:
        state = _award(
            state, entry.team, points, "rebond" if rebond else "reponse", question.id, elapsed
        )
    if not rebond and not result.right and _rebond_opens(state, current, entry):
        current = replace(
            current, rebond_team=(entry.team + 1) % state.n_teams, phase_started_elapsed=elapsed
        )
        return replace(state, phase="rebond", current=current)
    state = replace(state, phase="reveal", current=current)
    return _check_panorama(state, entry.team, question.id, elapsed) if result.right else state


def _timed_out(state: State, event: TimedOut) -> State:
    """Format 1 only: the teams still expected got « no answer » (see ``legacy.py``)."""
    if not state.legacy:
        raise RuleError(say("game.rules.timer_records_nothing"))
    current = _current(state, "question", "rebond")
    expected = state.expected_teams()
    if not expected:
        raise RuleError(say("game.rules.nobody_expected"))
    if state.settings.all_teams and state.phase == "question":
        late = tuple(TeamAnswer(t, None, timed_out=True) for t in expected)
        return replace(state, current=replace(current, answers=(*current.answers, *late)))
    return _resolve_turn(state, current, TeamAnswer(expected[0], None, True), event.elapsed)


def _revealed(state: State, event: Revealed) -> State:
    current = _current(state, "question")
    question = current.question
    if not state.settings.all_teams:
        if not question.kind.graded_by_facilitator:
            raise RuleError(say("game.rules.enter_the_answer"))
        result = scoring.TeamResult(current.team, "position")
        return replace(state, phase="reveal", current=replace(current, results=(result,)))
    given = {a.team: a.answer for a in current.answers}
    results = scoring.all_teams_results(question, given, state.n_teams, state.settings.scoring)
    state = replace(state, phase="reveal", current=replace(current, results=results))
    for result in results:
        state = _award(state, result.team, result.points, "reponse", question.id, event.elapsed)
    for result in results:
        if result.right:
            state = _check_panorama(state, result.team, question.id, event.elapsed)
    return state


def _debate_points(state: State, event: DebatePoints) -> State:
    current = _current(state, "reveal")
    question, team = current.question, _team(state, event.team)
    if not question.kind.graded_by_facilitator:
        raise RuleError(say("game.rules.debate_points_only"))
    rules = state.settings.scoring
    allowed = legacy.debate_values(rules) if state.legacy else rules.debate_values
    if isinstance(event.points, bool) or event.points not in allowed:
        listed = ", ".join(str(p) for p in allowed[:-1])
        raise RuleError(say("game.rules.debate_values", values=listed, last=allowed[-1]))
    if current.result_of(team) is None:
        raise RuleError(say("game.rules.debate_for_the_team", team=_name(state, current.team)))
    results = tuple(
        replace(r, points=event.points) if r.team == team else r for r in current.results
    )
    kept = tuple(
        a
        for a in state.awards
        if not (a.team == team and a.reason == "debat" and a.question_id == question.id)
    )
    state = replace(state, current=replace(current, results=results), awards=kept)
    state = _award(state, team, event.points, "debat", question.id, event.elapsed)
    return _check_panorama(state, team, question.id, event.elapsed)


def _adjusted(state: State, event: Adjusted) -> State:
    team = _team(state, event.team)
    if isinstance(event.delta, bool) or event.delta == 0 or abs(event.delta) > ADJUST_MAX:
        raise RuleError(say("game.rules.adjust_range", most=ADJUST_MAX))
    if len(event.reason) > REASON_MAX:
        raise RuleError(say("game.rules.reason_too_long", most=REASON_MAX))
    question_id = state.current.question.id if state.current else None
    return _award(
        state, team, event.delta, "manuel", question_id, event.elapsed, event.reason.strip()
    )


def _leave(state: State, current: Current, skipped: bool, event: Event) -> State:
    played = Played(
        question=current.question,
        sector=current.sector,
        via=current.via,
        angle=current.angle,
        team=current.team,
        answers=current.answers,
        results=() if skipped else current.results,
        skipped=skipped,
        drawn_elapsed=current.drawn_elapsed,
        closed_elapsed=event.elapsed,
        wall=event.wall,
    )
    return replace(state, current=None, played=(*state.played, played))


def _skipped(state: State, event: Skipped) -> State:
    current = _current(state, "question", "rebond")
    return replace(_leave(state, current, True, event), phase="board")


def _closed(state: State, event: Closed) -> State:
    current = _current(state, "reveal")
    return replace(_leave(state, current, False, event), phase="board", turn=state.turn + 1)


def _paused(state: State, event: Paused) -> State:
    if state.paused:
        raise RuleError(say("game.rules.already_paused"))
    return replace(state, paused=True)


def _resumed(state: State, event: Resumed) -> State:
    if not state.paused:
        raise RuleError(say("game.rules.not_paused"))
    return replace(state, paused=False)


def _ended(state: State, event: Ended) -> State:
    if state.current is not None:
        state = _leave(state, state.current, state.phase != "reveal", event)
    return replace(state, phase="ended", end_reason=event.reason, paused=False)


_HANDLERS: dict[type[Event], Callable[[State, Any], State]] = {
    Drawn: _drawn,
    Answered: _answered,
    TimedOut: _timed_out,
    Revealed: _revealed,
    DebatePoints: _debate_points,
    Adjusted: _adjusted,
    Skipped: _skipped,
    Closed: _closed,
    Paused: _paused,
    Resumed: _resumed,
    Ended: _ended,
    Voted: room.voted,
    Counted: room.counted,
    VoteSkipped: room.vote_skipped,
    Agreed: room.agreed,
}


def apply(state: State, event: Event) -> State:
    """One step of the fold, or ``RuleError`` (French) if the event is not allowed now."""
    return apply_event(state, event)


def fold(events: Sequence[Event]) -> State:
    """The state after a raw list of events (undos applied, see ``events.effective_events``).

    The same checks guard the facilitator's actions and a journal read back from disk.
    """
    effective = effective_events(list(events))
    if not effective or not isinstance(effective[0], Started):
        raise RuleError(say("game.rules.starts_with_started"))
    state = initial_state(effective[0])
    for event in effective[1:]:
        state = apply(state, event)
    return state
