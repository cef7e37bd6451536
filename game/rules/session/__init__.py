"""The session engine: a game of Panorama Télétravail as a journal of events.

Pure Python (never pygame). The front end builds a ``Session`` (``Session.new`` from the Setup
scene's ``SessionSettings``, or ``Session.resume`` from a journal), calls its actions (``spin``,
``pick``, ``answer``, ``reveal``, ``award_debate``, ``adjust``, ``skip``, ``next``, ``pause``,
``resume_play``, ``end``, ``undo``) and draws ``session.state``; a refused action raises
``RuleError`` with a French message and changes nothing; ``session.fresh_outcome()`` is the
moment the last action made (« +4 pour Les Hérons »). The debrief is built from a state by
``game.rules.debrief``.

Modules: ``settings`` (what Setup chooses), ``events`` (the actions as data), ``state`` and
``transitions`` (the fold), ``legacy`` (how format 1 journals still fold), ``scoring``,
``outcome`` (each action's moment), ``draw``, ``clock``, ``journal`` (the file on disk),
and ``engine`` (``Session``).
"""

from game.rules.errors import JournalError, RuleError, SettingsError
from game.rules.session.clock import Clock, FakeClock, SystemClock
from game.rules.session.engine import Session
from game.rules.session.events import (
    Adjusted,
    Answer,
    Answered,
    Closed,
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
    Undo,
    effective_events,
    event_from_json,
    event_to_json,
)
from game.rules.session.journal import (
    JournalSummary,
    default_journal_dir,
    latest_unfinished,
    list_journals,
    prune_finished,
    read_journal,
    summarise,
)
from game.rules.session.outcome import Outcome
from game.rules.session.scoring import TeamResult, ranks, rotation
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    ScoringRules,
    SessionSettings,
    Team,
    default_team_names,
    default_teams,
)
from game.rules.session.state import Award, Current, Played, State, TeamAnswer
from game.rules.session.transitions import apply, fold

__all__ = [
    "DEFAULT_TEAM_COLOURS", "Adjusted", "Answer", "Answered", "Award", "Clock", "Closed",
    "Current", "DebatePoints", "Drawn", "Ended", "Event", "FakeClock", "Outcome", "JournalError",
    "JournalSummary", "Noted", "Paused", "Played", "Resumed", "Revealed", "RuleError",
    "ScoringRules", "Session", "SessionSettings", "SettingsError", "Skipped", "Started", "State",
    "SystemClock", "Team", "TeamAnswer", "TeamResult", "TimedOut", "Undo", "apply",
    "default_journal_dir", "default_team_names", "default_teams", "effective_events",
    "event_from_json", "event_to_json", "fold", "latest_unfinished", "list_journals",
    "prune_finished", "ranks", "read_journal", "rotation", "summarise",
]
