"""Dates, times and durations written the French way, whatever the computer's locale.

``strftime`` depends on the system locale (an English Windows would print « Monday »), so
names of days and months live here: « lundi 5 janvier 2026 », « 9 h 05 », « 18 min ».
"""

from __future__ import annotations

from datetime import datetime

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
NBSP = "\u00a0"


def parse_wall(wall: str | datetime | None) -> datetime | None:
    """An event's ISO 8601 wall time as a datetime (None when absent or unreadable)."""
    if isinstance(wall, datetime):
        return wall
    if not wall:
        return None
    try:
        return datetime.fromisoformat(str(wall))
    except ValueError:
        return None


def long_date(when: datetime) -> str:
    """« lundi 5 janvier 2026 » (« 1er » for the first of the month)."""
    day = "1er" if when.day == 1 else str(when.day)
    return f"{DAYS[when.weekday()]} {day}{NBSP}{MONTHS[when.month - 1]} {when.year}"


def short_date(when: datetime) -> str:
    """« 05/01/2026 »."""
    return f"{when:%d/%m/%Y}"


def clock_time(when: datetime) -> str:
    """« 9 h 05 »."""
    return f"{when.hour}{NBSP}h{NBSP}{when.minute:02d}"


def duration(seconds: float) -> str:
    """« 18 min », « 1 h 05 », « 45 s »."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}{NBSP}s"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes}{NBSP}min"
    return f"{minutes // 60}{NBSP}h{NBSP}{minutes % 60:02d}"


def elapsed_clock(seconds: float) -> str:
    """Session time as « 12 min 34 s », for the moment a correction was made."""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}{NBSP}min{NBSP}{seconds % 60:02d}{NBSP}s"


def date_range(first: datetime, last: datetime) -> str:
    """« le lundi 16 mars 2026 », « du 16 au 18 mars 2026 », « du 30 mars au 2 avril 2026 »."""
    if first.date() == last.date():
        return f"le {long_date(first)}"
    end = f"{'1er' if last.day == 1 else last.day}{NBSP}{MONTHS[last.month - 1]} {last.year}"
    start = "1er" if first.day == 1 else str(first.day)
    if (first.year, first.month) == (last.year, last.month):
        return f"du {start} au {end}"
    if first.year == last.year:
        return f"du {start}{NBSP}{MONTHS[first.month - 1]} au {end}"
    return f"du {start}{NBSP}{MONTHS[first.month - 1]} {first.year} au {end}"
