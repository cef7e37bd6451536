"""Counting a bank's questions by sector, type, difficulty and audience."""

from __future__ import annotations

from collections import Counter
from typing import Any

from game.rules.bank.loader import Bank
from game.rules.bank.model import AUDIENCES
from game.rules.kinds import TYPE_IDS as QUESTION_TYPES


def bank_stats(bank: Bank) -> dict[str, Any]:
    """Counts of the active questions (plain data, ready for JSON)."""
    active = bank.active
    by_sector = Counter(q.sector for q in active)
    return {
        "dossier": str(bank.folder),
        "version": bank.version,
        "total": len(bank.questions),
        "actives": len(active),
        "inactives": len(bank.questions) - len(active),
        "par_secteur": {s.id: by_sector[s.id] for s in bank.sectors},
        "par_type": {t: sum(q.type == t for q in active) for t in QUESTION_TYPES},
        "par_difficulte": {str(d): sum(q.difficulty == d for q in active) for d in (1, 2, 3)},
        "par_public": {a: sum(q.audience == a for q in active) for a in AUDIENCES},
    }


def format_stats(bank: Bank, stats: dict[str, Any]) -> str:
    """The counts as a short French text for the terminal."""
    labels = {s.id: s.label for s in bank.sectors}
    lines = [
        f"Banque {stats['dossier']} (version {stats['version']}) : {stats['actives']} "
        f"questions actives, {stats['inactives']} inactive(s)."
    ]
    sections: tuple[tuple[str, dict[str, int], dict[str, str]], ...] = (
        ("Par secteur", stats["par_secteur"], labels),
        ("Par type", stats["par_type"], {}),
        ("Par difficulté", stats["par_difficulte"], {}),
        ("Par public", stats["par_public"], {}),
    )
    for title, counts, names in sections:
        lines.append(f"\n{title} :")
        total = max(1, stats["actives"])
        for key, count in counts.items():
            share = round(100 * count / total)
            lines.append(f"  {names.get(key, key):<18} {count:>5}  ({share} %)")
    return "\n".join(lines)
