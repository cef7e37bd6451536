"""A bank dropped on the window: a folder or a .zip opens on the Title with its name, version and
count, is remembered, and one button brings back the game's own bank."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pygame
import pytest

from game.banks import chosen
from game.banks.archive import pack
from tests.ui.conftest import BANK
from tests.ui.driving import button, click, pump, start_game

BACK = "Revenir à la banque du jeu"


def drop(app, path: Path) -> None:  # type: ignore[no-untyped-def]
    pygame.event.post(pygame.event.Event(pygame.DROPFILE, file=str(path)))
    pump(app)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def service_bank(tmp_path: Path) -> Path:
    folder = tmp_path / "banque-du-service"
    folder.mkdir()
    for path in BANK.glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_a_dropped_zip_opens_on_the_title_with_its_name_and_is_remembered(
    open_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    archive = pack(service_bank(tmp_path), tmp_path / "envoi" / "banque-du-service.zip").path
    app = open_app()
    drop(app, archive)
    assert type(app.current).__name__ == "Title"
    assert app.game.bank_folder.name == "banque-du-service" and app.game.loaded.usable
    assert "Banque «\u00a0banque-du-service.zip\u00a0» ouverte" in app.game.notice.text
    assert app.game.bank_source == archive  # the Title names it « banque-du-service.zip »
    assert chosen.recall(tmp_path / "config") == archive.resolve()
    app.draw()
    assert not app.ui.overflows


def test_the_title_button_brings_back_the_game_bank_and_forgets_the_choice(
    open_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    app = open_app(size=(1024, 768))
    drop(app, service_bank(tmp_path))
    assert chosen.recall(tmp_path / "config") is not None
    app.draw()
    assert not app.ui.overflows
    click(app, button(app, BACK))
    assert app.game.bank_folder.resolve() == BANK.resolve()
    assert chosen.recall(tmp_path / "config") is None
    assert BACK not in [b.label for b in app.current.buttons()]
    assert "Retour à la banque du jeu" in app.game.notice.text


def test_a_hostile_zip_dropped_is_refused_in_french_and_the_bank_stays(
    open_app, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    hostile = tmp_path / "piege.zip"
    with zipfile.ZipFile(hostile, "w") as out:
        out.writestr("../../evasion.yaml", "questions: []")
    app = open_app()
    drop(app, hostile)
    assert "sort du dossier de la banque" in app.game.notice.text and app.game.notice.error
    assert app.game.bank_folder == BANK


def test_no_bank_change_during_a_game(open_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    start_game(app)
    drop(app, service_bank(tmp_path))
    assert app.game.bank_folder == BANK
    assert "Une partie est en cours" in app.game.notice.text
