"""Counting a bank's questions by sector, type, difficulty and audience.

Baromètre statements are counted apart: they are voted at the start and the end of a game,
never drawn by the wheel, so a sector's playable questions are the ones the wheel can draw.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from game.rules.bank.loader import Bank
from game.rules.bank.model import AUDIENCES
from game.rules.kinds import TYPE_IDS as QUESTION_TYPES
from game.wording import say, say_n
from game.wording.numbers import percent


def bank_stats(bank: Bank) -> dict[str, Any]:
    """Counts of the active questions (plain data, ready for JSON)."""
    active = bank.active
    playable = [q for q in active if q.kind.on_wheel]
    by_sector = Counter(q.sector for q in playable)
    statements = Counter(q.sector for q in active if not q.kind.on_wheel)
    return {
        "dossier": str(bank.folder),
        "version": bank.version,
        "total": len(bank.questions),
        "actives": len(active),
        "jouables": len(playable),
        "barometre": len(active) - len(playable),
        "inactives": len(bank.questions) - len(active),
        "par_secteur": {s.id: by_sector[s.id] for s in bank.sectors},
        "barometre_par_secteur": {s.id: statements[s.id] for s in bank.sectors},
        "par_type": {t: sum(q.type == t for q in active) for t in QUESTION_TYPES},
        "par_difficulte": {str(d): sum(q.difficulty == d for q in playable) for d in (1, 2, 3)},
        "par_public": {a: sum(q.audience == a for q in playable) for a in AUDIENCES},
    }


def format_stats(bank: Bank, stats: dict[str, Any]) -> str:
    """The counts as a short French text for the terminal."""
    labels = {s.id: s.label for s in bank.sectors}
    lines = [
        say(
            "bank.stats.heading",
            folder=stats["dossier"],
            version=stats["version"],
            playable=say_n("bank.stats.playable", stats["jouables"]),
            statements=say_n("bank.stats.statements", stats["barometre"]),
            inactive=say_n("bank.stats.inactive", stats["inactives"]),
        )
    ]
    sections: tuple[tuple[str, dict[str, int], dict[str, str], int], ...] = (
        (say("bank.stats.by_sector"), stats["par_secteur"], labels, stats["jouables"]),
        (say("bank.stats.by_type"), stats["par_type"], {}, stats["actives"]),
        (say("bank.stats.by_difficulty"), stats["par_difficulte"], {}, stats["jouables"]),
        (say("bank.stats.by_audience"), stats["par_public"], {}, stats["jouables"]),
    )
    for title, counts, names, total in sections:
        lines.append("\n" + title)
        for key, count in counts.items():
            share = percent(count / total) if total else percent(0)
            lines.append(f"  {names.get(key, key):<18} {count:>5}  ({share})")
    return "\n".join(lines)
