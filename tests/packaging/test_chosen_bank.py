"""The bank the game opens: the one given, else the one chosen last time, else its own; and the
terminal kept quiet about a missing sound card."""

from __future__ import annotations

from pathlib import Path

from game import resources
from game.banks import chosen
from game.banks.archive import pack
from game.terminal import has_sound_card

BANK = resources.builtin_bank()


def service_zip(tmp_path: Path) -> Path:
    folder = tmp_path / "banque-rh"
    folder.mkdir()
    for path in BANK.glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return pack(folder, tmp_path / "banque-rh.zip").path


def test_with_nothing_chosen_the_game_opens_its_own_bank(tmp_path: Path) -> None:
    choice = chosen.resolve(None, config=tmp_path / "config", cache=tmp_path / "cache")
    assert choice.builtin and choice.notice is None


def test_the_zip_chosen_last_time_opens_again_at_the_next_launch(tmp_path: Path) -> None:
    archive = service_zip(tmp_path)
    assert chosen.remember(archive, tmp_path / "config")
    choice = chosen.resolve(None, config=tmp_path / "config", cache=tmp_path / "cache")
    assert choice.source == archive.resolve() and choice.folder.name == "banque-rh"
    assert not choice.builtin


def test_a_remembered_bank_that_is_gone_gives_the_game_bank_and_says_so(tmp_path: Path) -> None:
    archive = service_zip(tmp_path)
    chosen.remember(archive, tmp_path / "config")
    archive.unlink()
    choice = chosen.resolve(None, config=tmp_path / "config", cache=tmp_path / "cache")
    assert choice.builtin and choice.notice is not None and "introuvable" in choice.notice
    assert chosen.recall(tmp_path / "config") == archive.resolve()  # kept for when it is back


def test_choosing_the_game_bank_forgets_the_previous_choice(tmp_path: Path) -> None:
    chosen.remember(service_zip(tmp_path), tmp_path / "config")
    chosen.remember(BANK, tmp_path / "config")
    assert chosen.recall(tmp_path / "config") is None


def test_an_unreadable_memory_is_no_reason_to_stop(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / chosen.FILE_NAME).write_text("{pas du json", "utf-8")
    assert chosen.recall(config) is None
    blocked = tmp_path / "fichier"
    blocked.write_text("")
    assert not chosen.remember(BANK.parent, blocked)


def test_linux_without_sound_card_is_recognised(tmp_path: Path) -> None:
    cards = tmp_path / "cards"
    assert not has_sound_card(cards)  # no ALSA in the kernel at all
    cards.write_text("--- no soundcards ---\n")
    assert not has_sound_card(cards)
    cards.write_text(" 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n")
    assert has_sound_card(cards)
