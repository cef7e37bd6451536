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
``journal_folder`` (the saved games, at a glance), ``record`` (a game's events, journal and
clock, built or resumed), ``voice`` (votes and agreements) and ``engine`` (``Session``, the
actions).

Importing the package loads none of them: each name below comes from its module the first time
it is asked for (``__getattr__``, PEP 562). The Title only needs the clock and the journal
folder, and the game opens without paying for the engine, its events and their validation
until a game starts or resumes.
"""

from __future__ import annotations

import importlib
from typing import Any

# Where each name of the package lives.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "game.rules.errors": ("JournalError", "RuleError", "SettingsError"),
    "game.rules.session.clock": ("Clock", "FakeClock", "SystemClock"),
    "game.rules.session.engine": ("Session",),
    "game.rules.session.events": (
        "Adjusted",
        "Answer",
        "Answered",
        "Closed",
        "DebatePoints",
        "Drawn",
        "Ended",
        "Event",
        "Noted",
        "Paused",
        "Resumed",
        "Revealed",
        "Skipped",
        "Started",
        "TimedOut",
        "Undo",
        "effective_events",
        "event_from_json",
        "event_to_json",
    ),
    "game.rules.session.journal": (
        "JournalSummary",
        "latest_unfinished",
        "prune_finished",
        "read_journal",
        "summarise",
    ),
    "game.rules.session.journal_folder": ("default_journal_dir", "list_journals"),
    "game.rules.session.outcome": ("Outcome",),
    "game.rules.session.scoring": ("TeamResult", "ranks", "rotation"),
    "game.rules.session.settings": (
        "DEFAULT_TEAM_COLOURS",
        "ScoringRules",
        "SessionSettings",
        "Team",
        "default_team_names",
        "default_teams",
    ),
    "game.rules.session.state": ("Award", "Current", "Played", "State", "TeamAnswer"),
    "game.rules.session.transitions": ("apply", "fold"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    """A name of the package, imported from its module on first use."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next use is a plain lookup
    return value
