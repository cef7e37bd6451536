"""The folder of saved games, looked at without reading a journal through: where it is, the
journals it holds (newest first), and which of them may hold a game not finished.

The Title asks this at start-up. A finished game without the baromètre ends with its ``ended``
line, so most journals are judged by their first and last lines alone; only one that may not be
finished is read and replayed (``journal.find_unfinished``). This module imports nothing of the
engine, so that opening the game with fifty finished games kept costs a few small reads, not
the events, the state and their fold.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

APP_NAME = "panorama-teletravail"
KEEP_FINISHED = 50
_NAME = re.compile(r"^partie-(\d{8}-\d{6})(?:-(\d+))?\.jsonl$")


def default_journal_dir() -> Path:
    """Where journals go: the user's data folder (created when the first game starts)."""
    import platformdirs  # only when asked: importing the rules never touches the disk

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "parties"


def _order(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    return (match.group(1), int(match.group(2) or 1)) if match else ("", 0)


def list_journals(directory: Path) -> list[Path]:
    """The journals in ``directory``, newest first (an absent folder has none)."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if _NAME.match(p.name) and p.is_file()]
    return sorted(found, key=_order, reverse=True)


def maybe_unfinished(directory: Path) -> list[Path]:
    """The journals, newest first, that may hold a game not finished: one that did not end, or
    one whose room had still to vote on the baromètre after it. Judged from each journal's first
    and last lines; the replay says for sure."""
    return [
        path for path in list_journals(directory) if _last_kind(path) != "ended" or _polled(path)
    ]


def _last_kind(path: Path, tail: int = 4096) -> str | None:
    """The kind of the last complete event of a journal, read from its end only."""
    try:
        with path.open("rb") as stream:
            stream.seek(0, os.SEEK_END)
            size = stream.tell()
            stream.seek(max(0, size - tail))
            lines = stream.read().split(b"\n")
    except OSError:
        return None
    for raw in reversed(lines[:-1]):  # the last piece is empty, or a torn line
        try:
            kind = json.loads(raw.decode("utf-8")).get("kind")
        except (ValueError, AttributeError):
            return None
        return str(kind) if kind is not None else None
    return None


def _polled(path: Path) -> bool:
    """Whether the game voted on the baromètre (its first line carries statements)."""
    try:
        with path.open("rb") as stream:
            first = stream.readline()
        return bool(json.loads(first.decode("utf-8")).get("statements"))
    except (OSError, ValueError, AttributeError):
        return True  # read it whole: the replay says what it is
