"""The session journal on disk: one ``.jsonl`` file per game, one event per line.

Each event is written as one JSON line and flushed and fsynced before the engine returns, so
that what the screen shows is on disk. A crash can tear at most the line being written:
``read_journal`` drops a torn last line (no final newline, or not valid JSON) with a French
warning, and reports any other bad line as a ``JournalError`` naming the line. The first event
(``started``) is the header: it carries the format version and the bank's version.

Journals live in ``<user data folder>/panorama-teletravail/parties/`` (``journal_folder``, which
lists them; every function takes the folder, so tests use a temporary one), named after the
wall time the game started: ``partie-YYYYMMDD-HHMMSS.jsonl`` (``-2``, ``-3``… if two games
start in the same second). Finished journals are kept so a debrief can be rebuilt;
``prune_finished`` keeps the newest 50 — and never the latest unfinished game, which
« Reprendre la partie » offers.

Offering and resuming a game reads its journal once and folds it once: :func:`find_unfinished`
returns a :class:`JournalSummary` that carries the events it read and the state they fold to,
and ``Session.resume`` takes that summary as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from game.rules.errors import JournalError, RuleError
from game.rules.session.events import FORMAT, Event, Started, event_from_json, event_to_json
from game.rules.session.journal_folder import (
    KEEP_FINISHED,
    list_journals,
    maybe_unfinished,
)
from game.rules.session.state import State
from game.rules.session.transitions import fold
from game.wording import say
from game.wording.system import os_reason


def encode(event: Event) -> bytes:
    """One journal line: the event as compact JSON (UTF-8, accents kept) and a newline."""
    text = json.dumps(event_to_json(event), ensure_ascii=False, separators=(",", ":"))
    return (text + "\n").encode("utf-8")


class JournalWriter:
    """Appends events to one journal file, each flushed and fsynced before returning."""

    def __init__(self, path: Path, handle: BinaryIO) -> None:
        self.path = path
        self._handle = handle

    @classmethod
    def create(cls, directory: Path, wall: datetime) -> JournalWriter:
        """A new, empty journal in ``directory``, named after ``wall``."""
        stamp = f"partie-{wall:%Y%m%d-%H%M%S}"
        try:
            directory.mkdir(parents=True, exist_ok=True)
            for attempt in range(1, 1000):
                name = f"{stamp}.jsonl" if attempt == 1 else f"{stamp}-{attempt}.jsonl"
                try:
                    return cls(directory / name, open(directory / name, "xb"))  # noqa: SIM115
                except FileExistsError:
                    continue
        except OSError as exc:
            raise JournalError(_cannot_write(directory, exc)) from exc
        raise JournalError(say("game.journal.too_many", folder=str(directory)))

    @classmethod
    def reopen(cls, path: Path, keep_bytes: int) -> JournalWriter:
        """Continue a journal, first cutting any torn tail after ``keep_bytes``."""
        try:
            handle = open(path, "r+b")  # noqa: SIM115
            handle.truncate(keep_bytes)
            handle.seek(keep_bytes)
        except OSError as exc:
            raise JournalError(_cannot_write(path, exc)) from exc
        return cls(path, handle)

    def append(self, event: Event) -> None:
        """Write one event and make sure it reached the disk."""
        try:
            self._handle.write(encode(event))
            self._handle.flush()
            os.fsync(self._handle.fileno())
        except (OSError, ValueError) as exc:
            raise JournalError(_cannot_write(self.path, exc)) from exc

    def close(self) -> None:
        # Nothing more can be saved on failure; the events already written are on disk.
        with contextlib.suppress(OSError):
            self._handle.close()


def _cannot_write(where: Path, exc: BaseException) -> str:
    """Said to the room: why, in French, and what it means; no path of the computer."""
    reason = os_reason(exc) if isinstance(exc, OSError) else say("common.os.closed")
    return say("game.journal.cannot_write", reason=reason)


@dataclass(frozen=True)
class JournalContent:
    """What a journal file holds: its events, warnings, and how many bytes are sound."""

    events: list[Event]
    warnings: list[str]
    good_bytes: int


def scan_journal(data: bytes, name: str = "journal") -> JournalContent:
    """Parse journal bytes (see ``read_journal``)."""
    lines = data.split(b"\n")
    tail = lines.pop()  # what follows the last newline: a line whose writing was cut
    events: list[Event] = []
    warnings: list[str] = []
    offset = good = 0
    for number, raw in enumerate(lines, 1):
        offset += len(raw) + 1
        if not raw.strip():
            good = offset
            continue
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            if number == len(lines) and not tail.strip():
                warnings.append(_torn(name))
                break
            raise JournalError(say("game.journal.not_json", line=str(number), name=name)) from None
        try:
            events.append(event_from_json(payload))
        except JournalError as exc:
            raise JournalError(
                say("game.journal.bad_line", line=str(number), name=name, reason=str(exc))
            ) from None
        good = offset
    if tail.strip():
        warnings.append(_torn(name))
    return _with_header(events, warnings, good, name)


def _torn(name: str) -> str:
    return say("game.journal.torn", name=name)


def _with_header(events: list[Event], warnings: list[str], good: int, name: str) -> JournalContent:
    if not events:
        return JournalContent([], warnings, good)
    head = events[0]
    if not isinstance(head, Started):
        return JournalContent([], [*warnings, say("game.journal.no_start", name=name)], 0)
    if head.format > FORMAT:
        raise JournalError(say("game.journal.newer", name=name, format=str(head.format)))
    return JournalContent(events, warnings, good)


def read_journal(path: Path) -> tuple[list[Event], list[str]]:
    """The events of a journal and French warnings about what had to be dropped."""
    content = load_journal(path)
    return content.events, content.warnings


def load_journal(path: Path) -> JournalContent:
    """Like ``read_journal``, with the length of the sound part (to cut a torn tail)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise JournalError(
            say("game.journal.cannot_read", path=str(path), reason=str(exc.strerror or exc))
        ) from exc
    return scan_journal(data, path.name)


def replay(events: list[Event], name: str = "journal") -> State:
    """The state a journal's events lead to, or ``JournalError`` if the rules refuse them."""
    if not events:
        raise JournalError(say("game.journal.empty", name=name))
    try:
        return fold(events)
    except RuleError as exc:
        raise JournalError(say("game.journal.inconsistent", name=name, reason=str(exc))) from None


@dataclass(frozen=True)
class JournalSummary:
    """What the Title scene shows about a saved game, and what resuming it needs: the events
    read and the state they fold to (so that resuming reads and folds nothing again)."""

    path: Path
    date: str  # when the game started
    team_names: tuple[str, ...]
    team_colours: tuple[str, ...]
    scores: tuple[int, ...]
    questions_played: int
    finished: bool
    end_reason: str | None
    stopped: str = ""  # when the last action was taken: when an interrupted game stopped
    content: JournalContent | None = field(default=None, compare=False, repr=False)
    state: State | None = field(default=None, compare=False, repr=False)


def summarise(path: Path) -> JournalSummary:
    """A saved game at a glance, or ``JournalError``."""
    content = load_journal(path)
    state = replay(content.events, path.name)
    return JournalSummary(
        path=path,
        date=state.started_wall,
        team_names=state.settings.team_names,
        team_colours=tuple(t.colour for t in state.settings.teams),
        scores=state.scores,
        questions_played=sum(not p.skipped for p in state.played),
        finished=state.finished,
        end_reason=state.end_reason,
        stopped=content.events[-1].wall,
        content=content,
        state=state,
    )


def find_unfinished(directory: Path) -> JournalSummary | None:
    """The newest game not finished, if any (unreadable journals are passed over): a game that
    did not end, or one whose room had still to vote on the baromètre after it.

    Only the journals that ``journal_folder.maybe_unfinished`` cannot rule out by their first
    and last lines are read and replayed (an ``undo`` may have taken the end back, a vote may be
    left). Start-up stays quick with fifty finished games kept.
    """
    for path in maybe_unfinished(directory):
        try:
            summary = summarise(path)
        except JournalError:
            continue
        if not summary.finished:
            return summary
    return None


def latest_unfinished(directory: Path) -> Path | None:
    """The journal of the newest game that did not end, if any."""
    summary = find_unfinished(directory)
    return summary.path if summary else None


def prune_finished(directory: Path, keep: int = KEEP_FINISHED) -> list[Path]:
    """Delete all but the ``keep`` newest journals, sparing the latest unfinished game.

    Older unfinished games count as finished here: « Reprendre » only offers the latest.
    Returns the files deleted; a file that cannot be deleted is left alone.
    """
    spared = latest_unfinished(directory)
    others = [p for p in list_journals(directory) if p != spared]
    removed = []
    for path in others[keep:]:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed
