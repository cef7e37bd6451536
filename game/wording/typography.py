"""French typography for printed text: apostrophes, guillemets and non-breaking spaces.

Bank authors type on ordinary keyboards: ``l'agent``, ``"mot"``, ``Attention : ...``. A
printed document wants ``l’agent``, ``« mot »`` and a space before ``: ; ? !`` that never
starts a line. ``french(text)`` does exactly that and nothing else; it is idempotent.

The shipped font (Atkinson Hyperlegible) has no narrow no-break space (U+202F), so every
non-breaking space becomes U+00A0, which it has: a missing glyph would print as a blank box.
Times (``14:30``), web addresses (``https://``) and ratios (``1:2``) are left alone: only a
punctuation mark followed by a space, a closing mark or the end of the text gets its space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NBSP = "\u00a0"
_NARROW_SPACES = "\u202f\u2009\u2007"

# Straight double quotes around a phrase: "mot" → « mot ».
_DOUBLE_QUOTES = re.compile(r'"([^"\n]*)"')
# A straight apostrophe between letters, or after a letter at the end of a word (l', aujourd'hui).
_APOSTROPHE = re.compile(r"(?<=\w)'")
# High punctuation that is a punctuation mark here, not part of a time or an address.
_HIGH_PUNCT = re.compile(r"[ \u00a0]*([:;!?])(?=[\s\u00a0»)\]!?.,]|$)")
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0]*")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0]*»")
_SPACES = re.compile(r"[ \u00a0]{2,}")
# A number (or a catalogue's {number}) and its unit stay together: 25 %, 10 min, {size} Ko.
_NUMBER_UNIT = re.compile(
    r"(?<=[\d}]) (?=[%€]|(?:min|h|cm|km|kg|Mo|Ko|jours?|semaines?|mois|ans|heures?|minutes?)"
    r"(?![\w'’]))"
)
# « n° » and « art. » stay with their number (décret n° 2016-151, art. 6), « 8 sur 10 » together.
_NUMBER_SIGN = re.compile(
    r"(?<=\b[nN]°) (?=[\d{])|(?<=\bart\.) (?=[\d{])|(?<=\d) (?=sur \d)|(?<=\d sur) (?=\d)"
)


def french(text: str) -> str:
    """``text`` with French typography: ’ « » and no-break spaces before : ; ? ! and inside « »."""
    if not text:
        return text
    for narrow in _NARROW_SPACES:
        text = text.replace(narrow, NBSP)
    text = _DOUBLE_QUOTES.sub(r"«\1»", text)
    text = _APOSTROPHE.sub("\u2019", text)
    text = _HIGH_PUNCT.sub(_space_before, text)
    text = _OPEN_GUILLEMET.sub("«" + NBSP, text)
    text = _CLOSE_GUILLEMET.sub(NBSP + "»", text)
    text = text.replace("...", "\u2026")
    # Spaces collapse before a unit sign is tied to its number, so that a second pass finds
    # nothing left to do (« 1  % » must not become « 1 % » and then « 1 % »).
    text = _SPACES.sub(_keep_one, text)
    return _NUMBER_SIGN.sub(NBSP, _NUMBER_UNIT.sub(NBSP, text))


def _space_before(match: re.Match[str]) -> str:
    mark = match.group(1)
    start = match.start()
    before = match.string[start - 1] if start > 0 else ""
    # "?!" or "!!": the second mark sticks to the first; a mark opening the text has no space.
    if not before or (before in ":;!?" and match.group(0) == mark):
        return mark
    return NBSP + mark


def _keep_one(match: re.Match[str]) -> str:
    # Collapse runs of spaces; keep the no-break one if there was one.
    return NBSP if NBSP in match.group(0) else " "


def first_sentence(text: str, limit: int = 170, least: int = 40) -> str:
    """The gist of an explanation: its first sentence, at most about ``limit`` characters.

    A first sentence shorter than ``least`` characters (« Faux. ») takes the next one along.
    Cut at the end of a sentence; if that is still too long, at the last space before
    ``limit``, with an ellipsis. Abbreviations such as « art. » do not end a sentence.
    """
    text = " ".join(text.split())
    end = 0
    while True:
        step = _sentence_end(text[end:])
        if not step:
            end = len(text)
            break
        end += step
        if end >= least:
            break
    sentence = text[:end].strip()
    if len(sentence) <= limit:
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    return sentence[: cut if cut > 0 else limit].rstrip(" ,;:") + "\u2026"


_ABBREVIATIONS = ("art.", "n°.", "p.", "cf.", "ex.", "env.", "M.", "Mme.", "al.", "etc.")


def _sentence_end(text: str) -> int:
    for match in re.finditer(r"[.!?…](?=\s+[A-ZÀ-ÖØ-Ý«\"]|$)", text):
        word = text[: match.end()].rsplit(" ", 1)[-1]
        if word in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", word):
            continue
        return match.end()
    return 0


def semicolons(items: Iterable[str]) -> str:
    """Items joined the French way, « a ; b ; c », the space before « ; » unbreakable."""
    return f"{NBSP}; ".join(items)
