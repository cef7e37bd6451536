"""Reading the compiled catalogue (``.mo`` files) and filling an entry in.

Lookups go through the standard library's :class:`gettext.GNUTranslations`: the key is the
``msgid``. A key missing from the chosen language falls back to French; a key missing from
French too comes out as the key itself, so that the screen shows something and the suite's
catalogue test names it (:func:`missing_keys`).
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Mapping
from importlib import resources
from typing import Final

from game.wording.language import REFERENCE, language
from game.wording.numbers import number
from game.wording.typography import french

DOMAINS: Final = ("common", "bank", "game", "debrief", "cli")

_missing: set[str] = set()


@functools.cache
def _translations(code: str, domain: str) -> gettext.NullTranslations:
    path = resources.files("game.wording") / "locales" / code / "LC_MESSAGES" / f"{domain}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except FileNotFoundError:
        return gettext.NullTranslations()


def _domain(key: str) -> str:
    head = key.split(".", 1)[0]
    return head if head in DOMAINS else "common"


def _lookup(key: str, n: int | None) -> str:
    domain = _domain(key)
    for code in dict.fromkeys((language(), REFERENCE)):
        table = _translations(code, domain)
        text = table.gettext(key) if n is None else table.ngettext(key, key, n)
        if text != key:
            return _typeset(code, text)
    _missing.add(key)
    return key


@functools.cache
def _typeset(code: str, text: str) -> str:
    return french(text) if code == "fr" else text


def _filled(template: str, params: Mapping[str, object]) -> str:
    if not params:
        return template
    values = {name: _shown(value) for name, value in params.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        _missing.add(template)
        return template


def _shown(value: object) -> object:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) < 1000:
        return str(value)  # no separator to place: the Title's counts need no number library
    if isinstance(value, int | float):
        return number(value)
    return value


def say(key: str, /, **params: object) -> str:
    """The catalogue's text for ``key``, typeset, with its ``{fields}`` filled in."""
    return _filled(_lookup(key, None), params)


def say_n(key: str, n: int, /, **params: object) -> str:
    """The plural form of ``key`` for the count ``n`` (also available as ``{n}``)."""
    return _filled(_lookup(key, n), {"n": n, **params})


def missing_keys() -> frozenset[str]:
    """Keys asked for this run that no catalogue has (the suite checks it stays empty)."""
    return frozenset(_missing)
