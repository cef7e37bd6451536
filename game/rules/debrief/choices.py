"""The debrief's choices, made once for the screen and the paper alike.

* « Idées reçues à déconstruire »: the questions some team missed, sorted by how many teams
  missed them, then by the share of teams that missed, then in the order played; the first
  :data:`MAX_MISSED` are shown (the facilitator's guide promises five);
* each one's explanation is given by its gist: its first whole sentence (with the next one
  when the first is a bare « Faux. »), never cut in the middle of a thought;
* debates: the first :data:`MAX_DEBATES` played, with each team's position and points;
* open questions (3 to 5): the « pour aller plus loin » of up to two debates played, then the
  sectors' own open questions, the least successful sectors first (one per sector in turn);
  other « pour aller plus loin » prompts fill in when fewer than three are found; two
  questions that ask nearly the same thing are not both kept.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from game.rules.debrief.figures import Rate
from game.wording.typography import first_sentence, french

MAX_MISSED = 5
MAX_DEBATES = 4
MAX_OPEN = 5
MIN_OPEN = 3
MAX_FURTHER_IN_OPEN = 2
SIMILAR = 0.7  # two open questions this alike ask the same thing: keep the first
_WHOLE = 10**6  # a sentence limit no explanation reaches: the gist is never cut
# A verdict the right answer already says (« Faux. Le décret… »), in the bank's language.
_VERDICT = re.compile(r"^\s*(vrai|faux|oui|non)\s*[.,!;:—–-]+\s*", re.IGNORECASE)
_VERDICT_KEEPS = 20  # shorter than this once the verdict is gone: keep the whole text


def gist(explanation: str) -> str:
    """The explanation's first whole sentence, typeset, without a leading verdict."""
    text = " ".join(explanation.split())
    match = _VERDICT.match(text)
    if match and len(text) - match.end() >= _VERDICT_KEEPS:
        rest = text[match.end() :]
        text = rest[0].upper() + rest[1:]
    return french(first_sentence(text, limit=_WHOLE))


def missed_order(missed: int, answered: int, order: int) -> tuple[float, float, int]:
    """Sort key of a missed question: most teams first, then the highest share, then played
    first."""
    return (-missed, -missed / answered if answered else 0.0, order)


def open_questions(
    further: Sequence[str], pools: Sequence[Sequence[str]], rates: Sequence[Rate]
) -> tuple[str, ...]:
    """Three to five open questions (see the module's docstring).

    ``further``: the « pour aller plus loin » prompts of the questions played, debates first;
    ``pools``: each sector's open questions, in wheel order; ``rates``: each sector's rate.
    """
    chosen: list[str] = []
    for prompt in further[:MAX_FURTHER_IN_OPEN]:
        _add_unless_similar(chosen, french(prompt))
    order = sorted(
        range(len(pools)), key=lambda i: (_rate_key(rates[i]) if i < len(rates) else 2.0, i)
    )
    queues = [[french(q) for q in pools[i]] for i in order]
    while len(chosen) < MAX_OPEN and any(queues):
        for queue in queues:
            if queue and len(chosen) < MAX_OPEN:
                _add_unless_similar(chosen, queue.pop(0))
    for extra in further[MAX_FURTHER_IN_OPEN:]:
        if len(chosen) >= MIN_OPEN:
            break
        _add_unless_similar(chosen, french(extra))
    return tuple(chosen)


def _add_unless_similar(chosen: list[str], question: str) -> None:
    """Add ``question`` unless one already chosen asks nearly the same thing."""
    key = question.casefold()
    for other in chosen:
        if difflib.SequenceMatcher(None, key, other.casefold()).ratio() > SIMILAR:
            return
    chosen.append(question)


def _rate_key(rate: Rate) -> float:
    value = rate.value
    return 1.5 if value is None else value  # unplayed sectors after the played ones
