"""The session engine: a game of Panorama Télétravail as a journal of events.

Pure Python (never pygame): the front end builds a ``Session`` and calls its actions; the
state it draws is ``session.state``; the debrief and the exports read ``figures`` and
``answers_table``. See ``/work/spec/engine.md`` for the contract.
"""

from game.rules.session.clock import Clock, FakeClock, SystemClock
from game.rules.session.debrief import (
    AnswerRow,
    Correction,
    DebateRow,
    Debrief,
    MissedQuestion,
    RankRow,
    SectorRow,
    answers_table,
    figures,
)
from game.rules.session.engine import Session
from game.rules.session.errors import JournalError, RuleError, SettingsError
from game.rules.session.events import (
    Adjusted,
    Answer,
    Answered,
    Closed,
    DebatePoints,
    Drawn,
    Ended,
    Event,
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
from game.rules.session.scoring import TeamResult, ranks, snake
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    ScoringRules,
    SessionSettings,
    Team,
    default_team_names,
    default_teams,
)
from game.rules.session.state import Award, Current, Played, State, TeamAnswer, apply, fold

__all__ = [
    "DEFAULT_TEAM_COLOURS", "Adjusted", "Answer", "AnswerRow", "Answered", "Award", "Clock",
    "Closed", "Correction", "Current", "DebatePoints", "DebateRow", "Debrief", "Drawn", "Ended",
    "Event", "FakeClock", "JournalError", "JournalSummary", "MissedQuestion", "Paused",
    "Played", "RankRow", "Resumed", "Revealed", "RuleError", "ScoringRules", "SectorRow",
    "Session", "SessionSettings", "SettingsError", "Skipped", "Started", "State",
    "SystemClock", "Team", "TeamAnswer", "TeamResult", "TimedOut", "Undo", "answers_table",
    "apply", "default_journal_dir", "default_team_names", "default_teams", "effective_events",
    "event_from_json", "event_to_json", "figures", "fold", "latest_unfinished",
    "list_journals", "prune_finished", "ranks", "read_journal", "snake", "summarise",
]
