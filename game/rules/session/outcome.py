"""What the facilitator's last action did, as the room should see and hear it.

Every action that changes a team's fortunes has its moment: a right answer (« +4 pour Les
Hérons »), a miss and the rebond it opens (« Raté — rebond pour Cœur d'équipe »), a missed
rebond, a pass, debate points, a corrected score, an undo (« Action annulée : … ») and
« panorama complet »; so does what the room says: a team's place on the baromètre, the hands
counted, a statement passed over, an agreement recorded (with how many there are now). The
moment is derived here from the rules' own data — the state before, the event, the state
after — never from what a screen happens to show, so that the message is right whichever
scene is up and whichever way the action came (a key, a click, a clicker).

An :class:`Outcome` is short text lines and a tone (which sound goes with it). ``events`` is
the journal's length right after the action: the moment lasts while nothing else is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from game.rules.session.events import (
    Adjusted,
    Agreed,
    Answered,
    Counted,
    DebatePoints,
    Event,
    Revealed,
    Skipped,
    Voted,
    VoteSkipped,
)
from game.rules.session.scoring import TeamResult
from game.rules.session.state import State
from game.wording import say, say_n

Tone = Literal["right", "wrong", "neutral", "bonus"]
_Said = tuple[tuple[str, ...], Tone, int | None]


@dataclass(frozen=True)
class Outcome:
    """A moment to show and sound: its lines, its tone, the team it is about (if one)."""

    lines: tuple[str, ...]
    tone: Tone
    team: int | None
    events: int
    elapsed: float

    @property
    def text(self) -> str:
        """The lines as one short text (the banner wraps it)."""
        return " · ".join(self.lines)


def of_event(before: State, after: State, event: Event, events: int) -> Outcome | None:
    """The moment an event made, or None when it makes none (a draw, a pause, the end…)."""
    said = _describe(before, after, event)
    lines, tone, team = said if said else ((), "neutral", None)
    for bonus in _new_panoramas(before, after):
        same = lines and team == bonus.team  # the line before already names the team
        line = (
            say("game.outcome.panorama_same", points=bonus.points)
            if same
            else say("game.outcome.panorama", points=bonus.points, team=_name(after, bonus.team))
        )
        lines, tone, team = (*lines, line), "bonus", bonus.team
    if not lines:
        return None
    return Outcome(lines, tone, team, events, event.elapsed)


def of_undo(undone: Event, state: State, events: int, elapsed: float) -> Outcome:
    """The moment of an undo, naming what it took back (``state``: before the undo)."""
    team = getattr(undone, "team", None)
    name = _name(state, team) if isinstance(team, int) else ""
    what = say(f"game.outcome.undone.{undone.kind}", team=name)
    return Outcome((say("game.outcome.undone", what=what),), "neutral", None, events, elapsed)


def _describe(before: State, after: State, event: Event) -> _Said | None:
    if isinstance(event, Answered):
        return _answered(before, after, event)
    if isinstance(event, Revealed):
        return _revealed(after)
    if isinstance(event, DebatePoints):
        name = _name(after, event.team)
        if event.points:
            return (
                (say("game.outcome.debate", points=event.points, team=name),),
                "right",
                event.team,
            )
        return (say("game.outcome.debate_none", team=name),), "neutral", event.team
    if isinstance(event, Adjusted):
        delta = f"+{event.delta}" if event.delta > 0 else f"\u2212{-event.delta}"
        line = say("game.outcome.corrected", delta=delta, team=_name(after, event.team))
        return (line,), "neutral", event.team
    if isinstance(event, Skipped) and not after.ended:
        line = say("game.outcome.skipped", team=_name(after, after.active_team))
        return (line,), "neutral", after.active_team
    return _room(after, event)


def _room(after: State, event: Event) -> _Said | None:
    """What the room said: a vote, the hands counted, a statement passed, an agreement."""
    if isinstance(event, Voted):
        statement = next(q for q in after.statements if q.id == event.statement)
        level = statement.kind.options(statement)[event.level - 1]
        line = say("game.outcome.voted", team=_name(after, event.team), level=level)
        return (line,), "neutral", event.team
    if isinstance(event, Counted):
        return (say_n("game.outcome.counted", sum(event.hands)),), "neutral", None
    if isinstance(event, VoteSkipped):
        line = (
            say("game.outcome.vote_skipped_all")
            if event.every
            else say("game.outcome.vote_skipped")
        )
        return (line,), "neutral", None
    if isinstance(event, Agreed):
        sector = after.sector_labels.get(event.sector, event.sector)
        line = say_n("game.outcome.agreed", len(after.agreements), sector=sector)
        return (line,), "right", None
    return None


def _answered(before: State, after: State, event: Answered) -> _Said | None:
    current = after.current
    if current is None:
        return None
    name = _name(after, event.team)
    if after.phase == "question":  # all-teams mode: the answer stays hidden until the reveal
        return (say("game.outcome.answered", team=name),), "neutral", event.team
    if after.phase == "rebond" and current.rebond_team is not None:
        rebond = _name(after, current.rebond_team)
        line = (
            say("game.outcome.no_answer_rebond", team=rebond)
            if event.answer is None
            else say("game.outcome.rebond", team=rebond)
        )
        return (line,), "wrong", current.rebond_team
    result = current.result_of(event.team)
    if result is None:
        return None
    return _verdict(before.phase == "rebond", after, result, event.answer is None)


def _verdict(rebond: bool, after: State, result: TeamResult, no_answer: bool) -> _Said:
    name = _name(after, result.team)
    if result.result == "position":
        return (say("game.outcome.position", values=_debate_values(after)),), "neutral", result.team
    if result.right:
        line = (
            say("game.outcome.rebond_right", points=result.points, team=name)
            if rebond
            else say("game.outcome.right", points=result.points, team=name)
        )
        return (line,), "right", result.team
    if rebond:
        return (say("game.outcome.rebond_missed"),), "wrong", None
    if no_answer:
        line = say("game.outcome.no_answer", team=name)
    elif after.settings.rebond and not after.legacy:
        line = say("game.outcome.wrong_no_rebond", team=name)  # nothing real left to choose
    else:
        line = say("game.outcome.wrong", team=name)
    return (line,), "wrong", result.team


def _revealed(after: State) -> _Said | None:
    current = after.current
    if current is None:
        return None
    if current.question.kind.graded_by_facilitator:
        return (say("game.outcome.grade", values=_debate_values(after)),), "neutral", None
    winners = [r for r in current.results if r.right]
    if not winners:
        return (say("game.outcome.nobody"),), "wrong", None
    names = [_name(after, r.team) for r in winners]
    points = winners[0].points
    if len(names) > 2:  # the strip below names them: a line the room reads at a glance
        return (say_n("game.outcome.right_teams", len(names), points=points),), "right", None
    teams = names[0] if len(names) == 1 else say("common.list.and", items=names[0], last=names[1])
    line = say("game.outcome.right", points=points, team=teams)
    return (line,), "right", winners[0].team if len(winners) == 1 else None


def _new_panoramas(before: State, after: State) -> list[_Bonus]:
    had = {a.team for a in before.awards if a.reason == "panorama"}
    return [
        _Bonus(a.team, a.points)
        for a in after.awards
        if a.reason == "panorama" and a.team not in had
    ]


@dataclass(frozen=True)
class _Bonus:
    team: int
    points: int


def _debate_values(state: State) -> str:
    values = state.settings.scoring.debate_values
    if len(values) == 1:
        return str(values[0])
    return say("common.list.or", items=", ".join(str(v) for v in values[:-1]), last=values[-1])


def _name(state: State, team: int) -> str:
    return state.settings.teams[team].name
