"""Atomic writes: a failed export says why in French and never leaves half a file behind."""

from __future__ import annotations

import errno
import os
from datetime import datetime
from pathlib import Path

import pytest

from game.export import files
from game.export.files import ExportError, shown_folder, timestamped_path, write_bytes_atomic
from game.wording import french


def test_a_file_is_written_whole_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = write_bytes_atomic(tmp_path / "sous" / "bilan.pdf", b"%PDF-1.4 contenu")
    assert target.read_bytes() == b"%PDF-1.4 contenu"
    assert [p.name for p in target.parent.iterdir()] == ["bilan.pdf"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, french("Le disque est plein :")),
        (errno.EACCES, french("n'est pas accessible en écriture")),
        (errno.EROFS, french("n'est pas accessible en écriture")),
    ],
)
def test_a_failure_while_writing_keeps_the_earlier_file_and_explains_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    target = tmp_path / "bilan.pdf"
    target.write_bytes(b"ancien bilan")

    def broken(path: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files, "_fsync", broken)
    with pytest.raises(ExportError, match=words) as raised:
        write_bytes_atomic(target, b"nouveau bilan")
    assert str(tmp_path) not in str(raised.value)  # the room never sees a whole path
    assert target.read_bytes() == b"ancien bilan"
    assert [p.name for p in tmp_path.iterdir()] == ["bilan.pdf"]


def test_a_folder_that_is_a_file_gives_a_french_message(tmp_path: Path) -> None:
    blocker = tmp_path / "Panorama"
    blocker.write_text("pas un dossier")
    with pytest.raises(ExportError, match=french("n'est pas un dossier|n'existe pas")):
        write_bytes_atomic(blocker / "bilan.pdf", b"x")


def test_names_carry_the_date_and_never_overwrite(tmp_path: Path) -> None:
    when = datetime(2026, 3, 16, 14, 5)
    first = timestamped_path(tmp_path, "bilan-panorama", ".pdf", when)
    assert first.name == "bilan-panorama-2026-03-16-1405.pdf"
    first.write_bytes(b"1")
    second = timestamped_path(tmp_path, "bilan-panorama", ".pdf", when)
    assert second.name == "bilan-panorama-2026-03-16-1405-2.pdf"


def test_the_default_folder_is_documents_panorama_unless_configured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(files.ENV_FOLDER, raising=False)
    assert files.default_folder().name == "Panorama"
    monkeypatch.setenv(files.ENV_FOLDER, str(tmp_path / "exports"))
    assert files.default_folder() == tmp_path / "exports"
    assert files.output_folder(tmp_path / "ailleurs") == tmp_path / "ailleurs"


def test_a_folder_is_shown_by_its_last_two_names_only() -> None:
    assert shown_folder(Path("/home/camille.dupont/Documents/Panorama")) == "Documents/Panorama"
    assert shown_folder(Path("/bilans")) == "bilans"
