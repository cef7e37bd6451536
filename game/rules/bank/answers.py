"""French habits in the values an adviser writes, read the way the model expects them:
``oui``/``non`` for booleans, ``2,88`` for 2.88, a number written as a choice kept as text.
How each question type reads its answer is the type's own business (``game.rules.kinds``).
"""

from __future__ import annotations

from typing import Any

from game.wording.numbers import NBSP, number


def french_bool(value: Any) -> Any:
    """Accept ``oui``/``non`` besides YAML's own booleans: advisers write French."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("oui", "vrai"):
            return True
        if low in ("non", "faux"):
            return False
    return value


def number_as_text(value: Any) -> Any:
    """A choice or a text that YAML read as a number (``- 2``) is still text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return number(value).replace(NBSP, "")
        except ArithmeticError:  # a number too large for the number library: say it as it is
            return str(value)
    return value


def decimal_comma(value: Any) -> Any:
    """Accept ``0,5`` as well as ``0.5``: advisers write French."""
    if isinstance(value, str):
        try:
            return float(value.replace("\u202f", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return value
    return value
