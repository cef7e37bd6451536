"""Numbers and percentages written the way the chosen language writes them (Babel's CLDR data):
« 2,88 », « 1 234 », « 50 % » in French.

The shipped font has no narrow no-break space (U+202F), which French uses between thousands and
before « % »: it becomes the ordinary no-break space, like everywhere else in the texts.
"""

from __future__ import annotations

import math

from game.wording.language import language

NBSP = "\u00a0"
_NARROW = "\u202f"


def number(value: float, decimals: int = 2) -> str:
    """``value`` with at most ``decimals`` decimals, none when it is whole: 2,88 ; 253,44 ; 88."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        value = int(value)
    from babel.numbers import format_decimal  # 30 ms the first time: only when a number shows

    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=language()).replace(_NARROW, NBSP)


def percent(share: float | None) -> str:
    """A share (0.5) as a percentage rounded to the unit (« 50 % »); « — » when unknown."""
    if share is None:
        return "—"
    from babel.numbers import format_percent

    # The language's own pattern: French ties « % » to its number with a no-break space (a
    # pattern typed here would carry an ordinary one, and « % » could start a line).
    return format_percent(share, locale=language()).replace(_NARROW, NBSP)
