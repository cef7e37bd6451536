"""Rules that look at the whole bank: unique ids, known sectors, safe file references, coverage.

Coverage planning warns before a session runs dry: a sector with too few active questions for a
20-minute game with six teams, sources not checked for more than a year, questions flagged for
review. Rules change; a serious game that teaches last year's law does harm.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Generic, TypeVar

from game import resources
from game.rules.bank import limits
from game.rules.bank.model import Question, Sector
from game.rules.bank.problems import ERROR, WARNING, Problem, suggest

T = TypeVar("T", Sector, Question)


@dataclass(frozen=True)
class Located(Generic[T]):
    """A valid sector or question with where it was written."""

    item: T
    file: str
    line: int | None
    fields: dict[str, tuple[int, int]]

    def at(self, field: str) -> tuple[int | None, int | None]:
        line, column = self.fields.get(field, (self.line, None))
        return line, column


ASSETS = resources.assets()
PICTOGRAM_DIR = ASSETS / "pictogrammes"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


def cross_file(
    folder: Path,
    sectors: Sequence[Located[Sector]],
    questions: Sequence[Located[Question]],
) -> tuple[list[Sector], list[Located[Question]], list[Problem]]:
    """Keep the first of each id, drop questions of unknown sectors, check file references."""
    problems: list[Problem] = []
    kept_sectors: list[Sector] = []
    seen: dict[str, tuple[str, int | None]] = {}
    for located in sectors:
        sector = located.item
        if _duplicate(located, seen, problems, "secteur"):
            continue
        problems += _file_reference(
            folder, sector.pictogram, located, "pictogramme", pictogram=True
        )
        kept_sectors.append(sector)
    if not sectors:
        problems.append(
            Problem.whole(
                str(folder),
                "aucun secteur valide déclaré : "
                "ajoutez un fichier avec « secteurs: » (voir secteurs.yaml).",
            )
        )
    known = [s.id for s in kept_sectors]
    kept: list[Located[Question]] = []
    seen = {}
    for entry in questions:
        question = entry.item
        if _duplicate(entry, seen, problems, "question"):
            continue
        if known and question.sector not in known:
            guess = suggest(question.sector, known)
            hint = (
                f"vouliez-vous dire « {guess} » ?"
                if guess
                else "secteurs déclarés : " + (", ".join(known)) + "."
            )
            problems.append(
                Problem(
                    entry.file,
                    *entry.at("secteur"),
                    question.id,
                    "secteur",
                    f"secteur « {question.sector} » inconnu : {hint}",
                    ERROR,
                )
            )
            continue
        if question.image:
            image_problems = _file_reference(folder, question.image, entry, "image")
            if image_problems:
                problems += image_problems
                continue
        kept.append(entry)
    if len(kept) > limits.QUESTIONS_MAX:
        problems.append(
            Problem.whole(str(folder), f"{len(kept)} questions : {limits.QUESTIONS_MAX} au plus.")
        )
        kept = kept[: limits.QUESTIONS_MAX]
    return kept_sectors, kept, problems


def _duplicate(
    located: Located[T], seen: dict[str, tuple[str, int | None]], problems: list[Problem], what: str
) -> bool:
    item_id = located.item.id
    if item_id not in seen:
        seen[item_id] = (located.file, located.line)
        return False
    first_file, first_line = seen[item_id]
    where = f"{first_file}, ligne {first_line}" if first_line else first_file
    problems.append(
        Problem(
            located.file,
            *located.at("id"),
            item_id,
            "id",
            f"identifiant de {what} déjà utilisé ({where}) : chaque {what} "
            "a besoin d'un identifiant unique ; seule la première est gardée.",
            ERROR,
        )
    )
    return True


def _file_reference(
    folder: Path, reference: str, located: Located[T], field: str, pictogram: bool = False
) -> list[Problem]:
    """A file a bank points to must exist and stay inside the bank folder."""
    where = (located.file, *located.at(field), located.item.id, field)
    if any(ord(c) < 32 for c in reference):
        return [Problem(*where, "chemin invalide : il contient un caractère invisible.", ERROR)]
    if pictogram and not reference.endswith(".svg"):
        if (PICTOGRAM_DIR / f"{reference}.svg").is_file():
            return []
        names = sorted(p.stem for p in PICTOGRAM_DIR.glob("*.svg"))
        guess = suggest(reference, names)
        hint = (
            f"vouliez-vous dire « {guess} » ?"
            if guess
            else "pictogrammes fournis : "
            + (", ".join(names) or "aucun")
            + " (ou un fichier .svg du dossier de la banque)."
        )
        return [Problem(*where, f"pictogramme « {reference} » inconnu : {hint}", ERROR)]
    suffixes = (".svg",) if pictogram else IMAGE_SUFFIXES
    root = folder.resolve()
    target = (folder / reference).resolve()
    if Path(reference).is_absolute() or not target.is_relative_to(root):
        return [
            Problem(
                *where,
                f"« {reference} » sort du dossier de la banque : placez le fichier "
                "dans ce dossier et indiquez un chemin relatif (ex. : images/carte.png).",
                ERROR,
            )
        ]
    if target.suffix.lower() not in suffixes:
        return [
            Problem(*where, f"format non pris en charge : {', '.join(suffixes)} seulement.", ERROR)
        ]
    if not target.is_file():
        return [
            Problem(
                *where, f"fichier « {reference} » introuvable dans le dossier de la banque.", ERROR
            )
        ]
    return []


def planning(
    sectors: Sequence[Sector],
    questions: Sequence[Located[Question]],
    today: date,
    where: str = "banque",
) -> list[Problem]:
    """Warnings about coverage and freshness (they never block a game)."""
    problems: list[Problem] = []
    needed = limits.questions_needed_per_sector()
    counts = Counter(q.item.sector for q in questions if q.item.active)
    for sector in sectors:
        if counts[sector.id] < needed:
            problems.append(
                Problem(
                    where,
                    None,
                    None,
                    None,
                    sector.id,
                    f"secteur « {sector.label} » : {counts[sector.id]} question(s) active(s), "
                    f"{needed} au moins pour une partie de 20 minutes à six équipes.",
                    WARNING,
                )
            )
    limit = today - timedelta(days=limits.STALE_AFTER_DAYS)
    for entry in questions:
        if entry.item.active:
            problems += _freshness(entry, limit)
    return problems


def _freshness(located: Located[Question], limit: date) -> list[Problem]:
    question = located.item
    problems = []
    if question.to_review:
        problems.append(
            Problem(
                located.file,
                *located.at("a_revoir"),
                question.id,
                "a_revoir",
                "question signalée à revoir : vérifiez la règle et la source, "
                "puis retirez « a_revoir ».",
                WARNING,
            )
        )
    if question.checked_on is None:
        problems.append(
            Problem(
                located.file,
                *located.at("verifie_le"),
                question.id,
                "verifie_le",
                "date de vérification absente : ajoutez « verifie_le: "
                "AAAA-MM-JJ » après avoir vérifié la source.",
                WARNING,
            )
        )
    elif question.checked_on < limit:
        problems.append(
            Problem(
                located.file,
                *located.at("verifie_le"),
                question.id,
                "verifie_le",
                f"source vérifiée le {question.checked_on:%d/%m/%Y}, il y a plus "
                "d'un an : revérifiez-la (les règles changent).",
                WARNING,
            )
        )
    return problems
