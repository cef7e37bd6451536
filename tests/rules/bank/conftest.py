"""A small valid bank written to a temporary folder, to break one rule at a time.

Besides the files a test writes, the folder holds ``zz-socle.yaml``: two playable questions per
sector, the least a game needs (fewer is an error), so that a test about one rule sees that
rule's problem alone. ``BankFolder.ids`` lists the questions a test wrote, without them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from game.rules.bank.loader import LoadResult, load_bank

TODAY = date(2026, 11, 22)

SECTORS = """\
secteurs:
  - id: reglementaire
    libelle: Réglementaire
    couleur: "#0072B2"
    pictogramme: picto.svg
  - id: technique
    libelle: Technique
    couleur: "#CC79A7"
    pictogramme: picto.svg
"""

GOOD_QCM = """\
  - id: reg-jours
    secteur: reglementaire
    type: qcm
    difficulte: 1
    question: "Combien de jours de télétravail par semaine au plus ?"
    choix: ["Un", "Deux", "Trois"]
    reponse: Trois
    explication: "Le décret fixe un plafond de trois jours à distance par semaine."
    source: "Décret n° 2016-151, art. 3"
    verifie_le: 2026-11-01
"""

SOCLE_FILE = "zz-socle.yaml"
SOCLE_PREFIX = "socle-"


def _socle() -> str:
    items = []
    for sector in ("reglementaire", "technique"):
        for number in (1, 2):
            items.append(f"""\
  - id: {SOCLE_PREFIX}{sector}-{number}
    secteur: {sector}
    type: vrai_faux
    difficulte: 1
    question: "Affirmation de réserve numéro {number} ?"
    reponse: vrai
    explication: "Une explication assez longue pour être acceptée."
    source: "Décret n° 2016-151, art. 3"
    verifie_le: 2026-11-01
""")
    return "questions:\n" + "".join(items)


PICTO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<circle cx="5" cy="5" r="4"/></svg>'
)


class BankFolder:
    """A temporary bank folder: sectors file, pictogram, and the files a test writes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        (root / "secteurs.yaml").write_text(SECTORS, encoding="utf-8")
        (root / "picto.svg").write_text(PICTO, encoding="utf-8")
        (root / SOCLE_FILE).write_text(_socle(), encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.root / name
        path.write_text(text, encoding="utf-8")
        return path

    def questions(self, name: str, *items: str) -> Path:
        return self.write(name, "questions:\n" + "".join(items))

    def load(self) -> LoadResult:
        return load_bank(self.root, today=TODAY)

    @staticmethod
    def ids(result: LoadResult) -> list[str]:
        """Ids of the bank's questions that a test wrote (the socle left out)."""
        assert result.bank is not None
        return [q.id for q in result.bank.questions if not q.id.startswith(SOCLE_PREFIX)]


@pytest.fixture
def bank(tmp_path: Path) -> BankFolder:
    return BankFolder(tmp_path / "banque")


def errors_in(result: LoadResult, file: str) -> list:
    return [p for p in result.errors if p.file.endswith(file)]
