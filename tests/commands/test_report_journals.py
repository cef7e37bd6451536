"""``rapport`` reads a folder of journals, and by default this computer's journals folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import main
from game.export.commands import journal_paths
from game.wording import french

NAMES = ("partie-20261120-093000.jsonl", "partie-20261121-140500.jsonl")


def journals_in(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in (*NAMES, "notes.txt"):
        (folder / name).write_text("", encoding="utf-8")
    return [folder / NAMES[0], folder / NAMES[1]]  # by name (the report orders games by date)


def test_a_folder_gives_every_journal_it_holds(tmp_path: Path) -> None:
    expected = journals_in(tmp_path / "parties")
    single = tmp_path / "autre.jsonl"
    assert journal_paths([single, tmp_path / "parties"]) == [single, *expected]


def test_without_a_journal_the_report_reads_this_computers_journals(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "donnees"))
    expected = journals_in(tmp_path / "donnees" / "panorama-teletravail" / "parties")
    assert journal_paths([]) == expected


def test_a_folder_without_journals_is_said(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    assert main(["rapport", str(empty)]) == 1
    assert french("aucun journal de partie dans {folder}").format(folder=empty) in (
        capsys.readouterr().err
    )
