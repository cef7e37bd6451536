"""Which language the texts, numbers and dates are in: ``PANORAMA_LANGUE`` when a catalogue
exists for it, French otherwise (the reference language, the only one shipped today)."""

from __future__ import annotations

import functools
import os
from importlib import resources
from typing import Final

REFERENCE: Final = "fr"
LANGUAGE_VARIABLE: Final = "PANORAMA_LANGUE"

_state: dict[str, str] = {}


@functools.cache
def available() -> frozenset[str]:
    """Languages that have a catalogue folder."""
    root = resources.files("game.wording") / "locales"
    return frozenset(p.name for p in root.iterdir() if p.is_dir())


def language() -> str:
    """The language in use."""
    chosen = _state.get("language")
    if chosen is None:
        wanted = os.environ.get(LANGUAGE_VARIABLE, REFERENCE).strip().lower()
        chosen = wanted if wanted in available() else REFERENCE
        _state["language"] = chosen
    return chosen


def set_language(code: str) -> None:
    """Switch language (tests, or a setting); unknown codes fall back to French."""
    _state["language"] = code if code in available() else REFERENCE
