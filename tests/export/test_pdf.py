"""The debrief PDF, read back by real PDF readers: what a team would pin on the wall."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from game.export import export_pdf
from game.export.document import MAX_MISSED
from game.export.game_data import debrief_document
from game.rules.session.debrief import figures
from game.wording.typography import french
from tests.export.conftest import TEAM_NAMES, play_game, shipped_bank


def flat(text: str) -> str:
    """Text with no-break spaces as spaces and every run of white space as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pypdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


@pytest.fixture(scope="module")
def big_game():
    return play_game(n_teams=6, n_questions=40)


@pytest.fixture(scope="module")
def big_pdf(big_game, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bilans")
    return export_pdf(big_game, "Charte : l'équipe « Nord » essaie le jeudi commun.", folder,
                      bank=shipped_bank())


def test_a_six_team_forty_question_game_fits_on_two_pages(big_game, big_pdf: Path) -> None:
    assert big_game.state.played and len(big_game.state.played) == 40
    assert len(pypdf.PdfReader(big_pdf).pages) <= 2


def test_all_teams_mode_with_every_position_on_debates_still_fits_on_two_pages(
        tmp_path: Path) -> None:
    game = play_game(n_teams=6, n_questions=40, mode="toutes_les_equipes", seed=3)
    path = export_pdf(game, "", tmp_path, bank=shipped_bank())
    assert len(pypdf.PdfReader(path).pages) <= 2


def test_the_pdf_holds_team_names_scores_and_accents_intact(big_game, big_pdf: Path) -> None:
    text = pypdf_text(big_pdf)
    for name in TEAM_NAMES:
        assert flat(french(name)) in text
    for row in figures(big_game.state).ranking:
        assert re.search(rf"{re.escape(flat(french(row.name)))}( \*)? {row.score} ", text)
    for needle in ("Cœur d’équipe", "L’Œil du « Nord »", "Réglementaire", "Idées reçues",
                   "l’équipe « Nord » essaie le jeudi commun"):
        assert needle in text


def test_the_pdf_shows_the_most_missed_questions_with_their_answer_and_source(
        big_game, big_pdf: Path) -> None:
    text = pypdf_text(big_pdf)
    missed = [m for m in figures(big_game.state).missed if m.missed_by]
    assert missed
    for row in missed[:3]:
        assert flat(french(row.prompt)) in text
        assert flat(french(row.answer_text)) in text
    assert "Source :" in text


def test_poppler_reads_the_same_text(big_game, big_pdf: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(big_pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    text = flat(out)
    for name in TEAM_NAMES:
        assert flat(french(name)) in text
    assert "Cœur d’équipe" in text and "« Nord »" in text


def test_the_footer_gives_the_bank_version_and_page_numbers(big_game, big_pdf: Path) -> None:
    reader = pypdf.PdfReader(big_pdf)
    count = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        text = flat(page.extract_text())
        assert f"Page {number} / {count}" in text
        assert f"version {big_game.state.bank_version}" in text


def test_the_shipped_font_is_embedded_and_pictograms_are_vectors(big_pdf: Path) -> None:
    reader = pypdf.PdfReader(big_pdf)
    for page in reader.pages:
        resources = page["/Resources"]
        fonts = [f.get_object() for f in resources["/Font"].values()]
        assert all("Atkinson" in str(f["/BaseFont"]) for f in fonts)
        for font in fonts:
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()  # the TrueType file is inside
        assert "/XObject" not in resources  # no raster image: SVG drawn as paths


def test_a_short_game_shows_every_list_in_full(tmp_path: Path) -> None:
    game = play_game(n_teams=2, n_questions=6)
    document = debrief_document(game, "", shipped_bank())
    path = export_pdf(game, "", tmp_path, bank=shipped_bank())
    text = pypdf_text(path)
    for line in document.missed[:MAX_MISSED]:
        assert flat(line.prompt) in text
    for question in document.open_questions:
        assert flat(question) in text


def test_long_notes_are_printed_whole_even_on_a_third_page(tmp_path: Path) -> None:
    game = play_game(n_teams=6, n_questions=40)
    notes = "\n".join(f"Action {k} : l'équipe s'engage, « pour de bon »." for k in range(60))
    path = export_pdf(game, notes, tmp_path, bank=shipped_bank())
    text = pypdf_text(path)
    assert "Action 0 : l’équipe s’engage, « pour de bon »." in text
    assert "Action 59 :" in text


def test_a_debrief_without_the_bank_keeps_the_journal_sector_names(tmp_path: Path) -> None:
    from game.export.document import build_document
    from game.export.pdf import render

    game = play_game(n_teams=3, n_questions=10)
    document = build_document(figures(game.state))
    path = tmp_path / "sans-banque.pdf"
    path.write_bytes(render(document))
    text = pypdf_text(path)
    assert "Réglementaire" in text and "Sociétal" in text
