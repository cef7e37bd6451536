"""Small question banks, settings and sessions for the session engine's tests.

Questions are built with the bank's own model (``Question.model_validate`` on French keys), so
the tests see exactly what the loader gives the engine. Right answers are known by
construction: qcm → B, qcm_multiple → A and C, vrai_faux → A (« Vrai ») unless told otherwise,
estimation → 88 jours ± 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from game.rules.bank.model import Question, Sector
from game.rules.session import FakeClock, Session, SessionSettings, default_teams
from game.rules.session.events import Answer

SECTOR_IDS = ("reglementaire", "organisationnel", "managerial", "technique", "societal")
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00")
TYPES = ("vrai_faux", "qcm", "qcm_multiple", "estimation", "debat")

SECTORS: tuple[Sector, ...] = tuple(
    Sector.model_validate(
        {"id": s, "libelle": s.capitalize(), "couleur": c, "pictogramme": "balance"}
    )
    for s, c in zip(SECTOR_IDS, _COLOURS, strict=True)
)


def make_question(
    qid: str,
    sector: str = "reglementaire",
    type: str = "qcm",
    difficulty: int = 1,
    audience: str = "tous",
    **extra: Any,
) -> Question:
    """A valid question of ``type``; ``extra`` overrides or adds French keys."""
    data: dict[str, Any] = {
        "id": qid,
        "secteur": sector,
        "type": type,
        "difficulte": difficulty,
        "public": audience,
        "question": f"Question {qid} : que faut-il en penser ?",
        "explication": f"Explication de {qid}, assez longue pour la banque.",
        "source": "Décret n° 2016-151, art. 3",
    }
    if type == "vrai_faux":
        data["reponse"] = "vrai"
    elif type == "qcm":
        data.update(choix=["Alpha", "Bravo", "Charlie"], reponse="Bravo")
    elif type == "qcm_multiple":
        data.update(choix=["Alpha", "Bravo", "Charlie", "Delta"], reponse=["Alpha", "Charlie"])
    elif type == "estimation":
        data.update(reponse=88, tolerance=2, unite="jours")
    else:
        data.update(choix=["Pour", "Contre"], pour_aller_plus_loin=f"Et chez nous, pour {qid} ?")
    data.update(extra)
    return Question.model_validate(data)


def make_bank(per_sector: int = 8, sectors: Sequence[str] = SECTOR_IDS) -> list[Question]:
    """``per_sector`` questions in each sector, types and difficulties in rotation."""
    questions = []
    for s_index, sector in enumerate(sectors):
        for k in range(per_sector):
            kind = TYPES[(k + s_index) % len(TYPES)]
            questions.append(
                make_question(f"{sector[:3]}-{k:02d}", sector, kind, difficulty=1 + (k % 3))
            )
    return questions


def make_settings(n_teams: int = 3, **fields: Any) -> SessionSettings:
    fields.setdefault("sectors", SECTOR_IDS)
    fields.setdefault("seed", 7)
    return SessionSettings(teams=default_teams(n_teams), **fields)


def new_session(
    questions: Sequence[Question] | None = None,
    *,
    clock: FakeClock | None = None,
    journal_dir: Path | None = None,
    n_teams: int = 3,
    **fields: Any,
) -> Session:
    """A session on a fake clock (and a journal if ``journal_dir`` is given)."""
    return Session.new(
        make_settings(n_teams, **fields),
        make_bank() if questions is None else questions,
        SECTORS,
        "abcd1234",
        clock or FakeClock(),
        journal_dir,
    )


def right_answer(question: Question) -> Answer:
    """The answer that scores (a debate: the first position)."""
    if question.type == "estimation":
        return float(question.answer)
    if question.type == "debat":
        return "A" if question.options else None
    return "".join(sorted(question.right_letters))


def wrong_answer(question: Question) -> Answer:
    """An answer that does not score (a debate: the last position)."""
    if question.type == "estimation":
        return float(question.answer) + (question.tolerance or 0) + 10
    letters = "ABCD"[: len(question.options)]
    if question.type == "debat":
        return letters[-1] if letters else None
    return next(c for c in letters if c not in question.right_letters)


def session_with(
    *questions: Question,
    clock: FakeClock | None = None,
    journal_dir: Path | None = None,
    n_teams: int = 3,
    **fields: Any,
) -> Session:
    """A session over exactly these questions, their sectors in play."""
    fields.setdefault("sectors", tuple(dict.fromkeys(q.sector for q in questions)))
    return new_session(
        list(questions), clock=clock, journal_dir=journal_dir, n_teams=n_teams, **fields
    )
