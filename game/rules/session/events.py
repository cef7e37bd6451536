"""Every facilitator action as an event: frozen dataclasses, their JSON form, and undo.

An event records what happened, when (``elapsed``: session seconds with pauses excluded;
``wall``: local date and time) and nothing derived: the state is a fold of the events
(``state.fold``), and the journal on disk is the same list, one JSON object per line.

Undo is itself an event (the journal is append-only): ``effective_events`` replays the raw list
and lets each ``undo`` remove the last undoable event still in effect. ``started``, ``paused``
and ``resumed`` are not undoable (pausing is not a game action: undoing past a pause keeps the
pause).

Additions to the contract: ``started`` carries ``sectors_in_play`` (sectors of the settings that
had an eligible question at the start: the « panorama complet » target), the baromètre's
``statements`` drawn for the game (whole, like a drawn question, so that the bank may change)
and ``started_wall`` is simply its ``wall``; the order of ``sector_labels`` is the wheel order
(clockwise from the top). ``ended`` carries ``closing``: True when ``next()``/``skip()``
appended it in the same action as the ``closed``/``skipped`` before it, so that one undo
reverts that whole action.

Formats: ``started.format`` says which rules a journal was played under. Format 2 (today's)
turns in plain rotation, never lets the question timer cost an answer, opens a rebond only
when the question leaves a real choice, and scores on the design's scale. Format 1 journals
(snake order, ``timed_out`` events that recorded « no answer ») still load and fold exactly as
they were played: see ``legacy.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Strict, TypeAdapter, ValidationError

from game.rules.bank.model import Question
from game.rules.errors import JournalError
from game.rules.session.settings import SessionSettings
from game.wording import say

FORMAT = 2
Answer = str | float | None
# Strict members: a JSON ``true`` must not be read as the estimate 1.0.
_StrictAnswer = Annotated[str, Strict()] | Annotated[float, Strict()] | None
Via = Literal["spin", "pick"]
Round = Literal["avant", "apres"]
EndReason = Literal["temps", "questions", "animateur"]
END_REASONS: tuple[str, ...] = ("temps", "questions", "animateur")


@dataclass(frozen=True, kw_only=True)
class Event:
    """What every event has: when it happened."""

    kind: ClassVar[str] = ""
    undoable: ClassVar[bool] = True
    elapsed: float
    wall: str


@dataclass(frozen=True, kw_only=True)
class Started(Event):
    """The game starts: its settings and the bank it draws from."""

    kind: ClassVar[str] = "started"
    undoable: ClassVar[bool] = False
    settings: SessionSettings
    bank_version: str
    sector_labels: dict[str, str]
    sector_colours: dict[str, str]
    sectors_in_play: tuple[str, ...]
    format: int = FORMAT
    statements: tuple[Question, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Drawn(Event):
    """A question is drawn, after a spin or a sector picked by the facilitator."""

    kind: ClassVar[str] = "drawn"
    sector: str
    via: Via
    angle: float
    question: Question


@dataclass(frozen=True, kw_only=True)
class Answered(Event):
    """A team's answer is entered (``None``: the team passes)."""

    kind: ClassVar[str] = "answered"
    team: int
    answer: _StrictAnswer


@dataclass(frozen=True, kw_only=True)
class TimedOut(Event):
    """Format 1 only: the question timer ran out and every team still expected got « no
    answer ». Today the timer signals and waits: nothing is recorded, and this event is only
    read back from old journals."""

    kind: ClassVar[str] = "timed_out"


@dataclass(frozen=True, kw_only=True)
class Revealed(Event):
    """The answers are closed and scored (all-teams mode; debates in turn mode)."""

    kind: ClassVar[str] = "revealed"


@dataclass(frozen=True, kw_only=True)
class DebatePoints(Event):
    """Points given by the facilitator to a team on a debate (replaces earlier ones)."""

    kind: ClassVar[str] = "debate_points"
    team: int
    points: int


@dataclass(frozen=True, kw_only=True)
class Adjusted(Event):
    """A manual correction of a team's score, with its reason."""

    kind: ClassVar[str] = "adjusted"
    team: int
    delta: int
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class Skipped(Event):
    """The current question is dropped: no points, never drawn again, same team's turn."""

    kind: ClassVar[str] = "skipped"


@dataclass(frozen=True, kw_only=True)
class Closed(Event):
    """The reveal is left: back to the board, next team."""

    kind: ClassVar[str] = "closed"


@dataclass(frozen=True, kw_only=True)
class Paused(Event):
    kind: ClassVar[str] = "paused"
    undoable: ClassVar[bool] = False


@dataclass(frozen=True, kw_only=True)
class Resumed(Event):
    kind: ClassVar[str] = "resumed"
    undoable: ClassVar[bool] = False


@dataclass(frozen=True, kw_only=True)
class Ended(Event):
    """The game ends: time is up, no question is left, or the facilitator ended it."""

    kind: ClassVar[str] = "ended"
    reason: EndReason
    closing: bool = False


@dataclass(frozen=True, kw_only=True)
class Noted(Event):
    """The facilitator's notes and actions (for the team's charter), saved as typed.

    Not a game action: never undone, allowed at any time, even after the end, so that notes
    typed on the debrief survive a crash like everything else.
    """

    kind: ClassVar[str] = "noted"
    undoable: ClassVar[bool] = False
    text: str


@dataclass(frozen=True, kw_only=True)
class Voted(Event):
    """A team places itself on the baromètre's scale (``level`` 1: « tout à fait d'accord »)."""

    kind: ClassVar[str] = "voted"
    round: Round
    statement: str
    team: int
    level: int


@dataclass(frozen=True, kw_only=True)
class Counted(Event):
    """The hands raised on each level of the scale, for one statement (« à main levée »)."""

    kind: ClassVar[str] = "counted"
    round: Round
    statement: str
    hands: tuple[int, int, int, int]


@dataclass(frozen=True, kw_only=True)
class VoteSkipped(Event):
    """A statement passed over (``every``: with every statement left in its round)."""

    kind: ClassVar[str] = "vote_skipped"
    round: Round
    statement: str
    every: bool = False


@dataclass(frozen=True, kw_only=True)
class Agreed(Event):
    """An agreement the team makes, under a sector (``question``: the one on screen, if any)."""

    kind: ClassVar[str] = "agreed"
    sector: str
    text: str
    question: str | None = None


@dataclass(frozen=True, kw_only=True)
class Undo(Event):
    """Removes the last undoable event still in effect."""

    kind: ClassVar[str] = "undo"
    undoable: ClassVar[bool] = False


EVENT_TYPES: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (
        Started,
        Drawn,
        Answered,
        TimedOut,
        Revealed,
        DebatePoints,
        Adjusted,
        Skipped,
        Closed,
        Paused,
        Resumed,
        Ended,
        Noted,
        Voted,
        Counted,
        VoteSkipped,
        Agreed,
        Undo,
    )
}


_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


def _adapter(cls: type[Event]) -> TypeAdapter[Any]:
    # Built on first use, not at import: importing the rules stays cheap.
    if cls.kind not in _ADAPTERS:
        _ADAPTERS[cls.kind] = TypeAdapter(cls)
    return _ADAPTERS[cls.kind]


def event_to_json(event: Event) -> dict[str, Any]:
    """The event as JSON-ready data, ``kind`` first; questions use the bank's French keys."""
    data = _adapter(type(event)).dump_python(event, mode="json", by_alias=True)
    if isinstance(event, Drawn):
        data["question"] = _question_json(event.question)
    if isinstance(event, Started):
        if event.statements:
            data["statements"] = [_question_json(q) for q in event.statements]
        else:
            del data["statements"]  # a game without the baromètre writes what it always did
    return {"kind": event.kind, **data}


def _question_json(question: Question) -> dict[str, Any]:
    """A question as the bank writes it (French keys), without its empty fields."""
    return question.model_dump(mode="json", by_alias=True, exclude_none=True)


def event_from_json(data: Any) -> Event:
    """The event described by ``data``, or ``JournalError`` (French) if it is not one."""
    if not isinstance(data, dict):
        raise JournalError(say("game.journal.event.not_an_object"))
    kind = data.get("kind")
    cls = EVENT_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise JournalError(say("game.journal.event.unknown", kind=str(kind)))
    payload = {k: v for k, v in data.items() if k != "kind"}
    try:
        event: Event = _adapter(cls).validate_python(payload)
        return event
    except ValidationError as exc:
        fields = sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]})
        if not fields:
            raise JournalError(say("game.journal.event.malformed", kind=kind)) from None
        raise JournalError(
            say("game.journal.event.malformed_fields", kind=kind, fields=", ".join(fields))
        ) from None


def effective_events(raw: list[Event] | tuple[Event, ...]) -> list[Event]:
    """The events still in effect: each ``undo`` removes the last undoable one before it.

    An ``undo`` with nothing left to undo removes nothing (the engine never writes one).
    """
    effective: list[Event] = []
    for event in raw:
        if not isinstance(event, Undo):
            effective.append(event)
            continue
        for index in range(len(effective) - 1, -1, -1):
            if effective[index].undoable:
                del effective[index]
                break
    return effective


def last_undoable(effective: list[Event]) -> Event | None:
    """The event an undo would remove now, if any."""
    return next((e for e in reversed(effective) if e.undoable), None)
