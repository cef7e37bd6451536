"""The PNG of the Debrief screen, and a package that costs nothing to import."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from game.export import ExportError, export_csv, export_pdf, files, save_png
from game.rules.debrief import build_debrief
from tests.export.conftest import play_game

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_exports_loads_neither_fpdf_nor_pygame() -> None:
    code = (
        "import sys, game.export, game.export.commands; "
        "print(any(m == 'fpdf' or m.startswith('fpdf.') for m in sys.modules), "
        "'pygame' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_the_screen_is_saved_as_a_png_at_its_own_size(tmp_path: Path) -> None:
    pygame = pytest.importorskip("pygame")
    surface = pygame.Surface((1024, 768))
    surface.fill((250, 250, 250))
    path = save_png(surface, tmp_path)
    assert path.name.startswith("bilan-ecran-") and path.suffix == ".png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pygame.image.load(str(path)).get_size() == (1024, 768)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_png_that_cannot_be_written_raises_a_french_export_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pygame = pytest.importorskip("pygame")

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "_fsync", full)
    with pytest.raises(ExportError, match="Le disque est plein"):
        save_png(pygame.Surface((64, 48)), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_debrief_screen_exports_from_a_live_session(tmp_path: Path) -> None:
    game = play_game(n_teams=3, n_questions=5, end=False)
    pdf = export_pdf(game, "Nos actions : un jeudi commun.", tmp_path)
    table = export_csv(game, tmp_path)
    assert pdf.parent == tmp_path and pdf.name.startswith("bilan-panorama-2026-03-16-")
    assert table.suffix == ".csv" and table.read_bytes().startswith(b"\xef\xbb\xbf")
    again = export_pdf(game.state, None, tmp_path)
    assert again != pdf  # a second export never overwrites the first


def test_the_pdf_is_written_from_the_very_model_the_screen_shows(tmp_path: Path) -> None:
    game = play_game(n_teams=3, n_questions=8)
    debrief = build_debrief(game.state, None, "Une note tapée sur le bilan")
    path = export_pdf(debrief, path=tmp_path / "bilan.pdf")
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
