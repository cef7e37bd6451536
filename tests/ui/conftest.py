"""Headless fixtures for the front end: SDL's dummy drivers are set here, before any test
module imports pygame, so that every test runs without a display or a sound card."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import argparse  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.rules.bank.loader import LoadResult, load_bank  # noqa: E402
from game.rules.session.clock import FakeClock  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "questions"

# A small bank where each sector holds one type of question, so that picking a sector with
# keys 1–5 says which type comes: 1 vrai_faux, 2 qcm, 3 qcm_multiple, 4 estimation, 5 debat.
SCRIPTED_QUESTIONS = """\
questions:
{items}
"""


def _item(qid: str, sector: str, body: str) -> str:
    lines = [f"  - id: {qid}", f"    secteur: {sector}", "    difficulte: 1"]
    lines += ["    " + line for line in body.strip().splitlines()]
    lines += [
        '    explication: "Une explication assez longue pour passer la validation."',
        '    source: "Décret n° 2016-151, art. 3"',
        "    verifie_le: 2026-11-01",
    ]
    return "\n".join(lines)


def _scripted_items() -> str:
    items = []
    for k in range(3):
        items.append(
            _item(
                f"vf-{k}",
                "reglementaire",
                f"""
type: vrai_faux
question: "Affirmation numéro {k} sur le télétravail ?"
reponse: {"vrai" if k % 2 == 0 else "faux"}""",
            )
        )
        items.append(
            _item(
                f"qcm-{k}",
                "organisationnel",
                f"""
type: qcm
question: "Question à choix numéro {k} ?"
choix: ["Un", "Deux", "Trois", "Quatre"]
reponse: Trois""",
            )
        )
        items.append(
            _item(
                f"multi-{k}",
                "managerial",
                f"""
type: qcm_multiple
question: "Plusieurs réponses, numéro {k} ?"
choix: ["Rouge", "Vert", "Bleu"]
reponse: ["Rouge", "Bleu"]""",
            )
        )
        items.append(
            _item(
                f"est-{k}",
                "technique",
                f"""
type: estimation
question: "Combien de jours, numéro {k} ?"
reponse: 12
tolerance: 0
unite: jours""",
            )
        )
        items.append(
            _item(
                f"deb-{k}",
                "societal",
                f"""
type: debat
question: "Faut-il en débattre, numéro {k} ?"
choix: ["Oui", "Non"]
pour_aller_plus_loin: "Qu'en pense l'équipe ?\"""",
            )
        )
    return "\n".join(items)


@pytest.fixture(scope="session")
def real_bank() -> LoadResult:
    """The shipped question bank, loaded once."""
    return load_bank(BANK)


@pytest.fixture(scope="session")
def scripted_bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("banque")
    shutil.copy(BANK / "secteurs.yaml", folder / "secteurs.yaml")
    (folder / "questions.yaml").write_text(
        SCRIPTED_QUESTIONS.format(items=_scripted_items()), encoding="utf-8"
    )
    result = load_bank(folder)
    assert result.usable and not result.errors, [p.format() for p in result.errors]
    return folder


def make_args(bank: Path, **extra: object) -> argparse.Namespace:
    values = {"bank": bank, "teams": None, "duration": None, "seed": 11, "fullscreen": False}
    values.update(extra)
    return argparse.Namespace(**values)


@pytest.fixture
def open_app(tmp_path: Path) -> Iterator:
    """Build and open a headless app; closed after the test."""
    from game.ui.app import App

    apps = []

    def build(bank: Path = BANK, size: tuple[int, int] = (1280, 720), **extra: object) -> App:
        app = App(
            make_args(bank, **extra),
            clock=FakeClock(),
            journal_dir=tmp_path / "parties",
            config_dir=tmp_path / "config",
            audio=False,
            instant=True,
        )
        app.open(size)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.game.close()
    pygame.quit()
