"""Dates, times and durations written the way the chosen language writes them, whatever the
computer's locale (``strftime`` would print « Monday » on an English Windows).

Day and month names and date patterns come from Babel's CLDR data and the catalogue
(``common.date.*``); French adds « 1er » for the first of the month. Durations and clock times
are catalogue patterns: « 18 min », « 1 h 05 », « 9 h 05 ».
"""

from __future__ import annotations

from datetime import date, datetime

from game.wording.catalogue import say
from game.wording.language import language
from game.wording.numbers import NBSP

_NARROW = "\u202f"


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


def _cldr(when: date, pattern: str) -> str:
    from babel.dates import format_date  # only when a date is shown

    return format_date(when, pattern, locale=language()).replace(_NARROW, NBSP)


def _first_of_month(text: str, when: date) -> str:
    if language() == "fr" and when.day == 1:
        first = say("common.date.first_of_month")
        return (
            text.replace(" 1 ", f" {first}{NBSP}", 1)
            if " 1 " in text
            else (first + text[1:] if text.startswith("1 ") else text)
        )
    return text


def long_date(when: date) -> str:
    """« lundi 5 janvier 2026 » (« 1er » for the first of the month)."""
    return _first_of_month(_cldr(when, say("common.date.long")), when)


def short_date(when: date) -> str:
    """« 05/01/2026 »."""
    return _cldr(when, say("common.date.short"))


def clock_time(when: datetime) -> str:
    """« 9 h 05 »."""
    return say("common.time.clock", hours=str(when.hour), minutes=f"{when.minute:02d}")


def duration(seconds: float) -> str:
    """« 18 min », « 1 h 05 », « 45 s »."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return say("common.duration.seconds", seconds=str(seconds))
    minutes = round(seconds / 60)
    if minutes < 60:
        return say("common.duration.minutes", minutes=str(minutes))
    return say("common.duration.hours", hours=str(minutes // 60), minutes=f"{minutes % 60:02d}")


def elapsed_clock(seconds: float) -> str:
    """Session time as « 12 min 34 s », for the moment a correction was made."""
    seconds = max(0, int(seconds))
    return say("common.duration.clock", minutes=str(seconds // 60), seconds=f"{seconds % 60:02d}")


def date_range(first: datetime, last: datetime) -> str:
    """« le lundi 16 mars 2026 » for one day, else the interval: « 16–18 mars 2026 »."""
    if first.date() == last.date():
        return say("common.date.on", date=long_date(first))
    from babel.dates import format_interval

    text = format_interval(first.date(), last.date(), "yMMMMd", locale=language())
    return text.replace(_NARROW, NBSP)
