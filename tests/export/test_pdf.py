"""The debrief PDF, read back by real PDF readers: what a team would pin on the wall."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont

from game.export import export_pdf
from game.export.pdf import render
from game.rules.debrief import MAX_MISSED, bank_facts, build_debrief
from game.wording.typography import french
from tests.export.conftest import TEAM_NAMES, play_game, shipped_bank


def flat(text: str) -> str:
    """Text with no-break spaces as spaces and every run of white space as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pypdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def poppler_lines(path: Path) -> list[str]:
    """The PDF's lines as poppler lays them out (skips the test without poppler)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def big_game():
    return play_game(n_teams=6, n_questions=40)


@pytest.fixture(scope="module")
def big_debrief(big_game):
    return build_debrief(
        big_game.state,
        bank_facts(shipped_bank()),
        "Charte : l'équipe « Nord » essaie le jeudi commun.",
    )


@pytest.fixture(scope="module")
def big_pdf(big_debrief, tmp_path_factory) -> Path:
    return export_pdf(big_debrief, folder=tmp_path_factory.mktemp("bilans"))


def test_a_six_team_forty_question_game_fits_on_two_pages(big_game, big_pdf: Path) -> None:
    assert big_game.state.played and len(big_game.state.played) == 40
    assert len(pypdf.PdfReader(big_pdf).pages) <= 2


def test_without_typed_notes_the_biggest_game_keeps_a_key_point_per_sector(
    big_game, tmp_path: Path
) -> None:
    """Two pages for six teams and forty questions, « À retenir » included: the gist of one key
    point per sector, three sectors a row, the empty notes' block left to the agreements' page."""
    debrief = build_debrief(big_game.state, bank_facts(shipped_bank()), "")
    path = export_pdf(debrief, folder=tmp_path)
    assert len(pypdf.PdfReader(path).pages) <= 2
    text = flat(pypdf_text(path))
    assert flat(french("À retenir")) in text
    for sector in debrief.key_points.by_sector:
        assert flat(sector[0].label) in text


def test_all_teams_mode_with_every_position_on_debates_still_fits_on_two_pages(
    tmp_path: Path,
) -> None:
    game = play_game(n_teams=6, n_questions=40, mode="toutes_les_equipes", seed=3)
    path = export_pdf(game, "", tmp_path, bank=shipped_bank())
    assert len(pypdf.PdfReader(path).pages) <= 2


def test_the_pdf_holds_team_names_scores_and_accents_intact(big_debrief, big_pdf: Path) -> None:
    text = pypdf_text(big_pdf)
    for name in TEAM_NAMES:
        assert flat(french(name)) in text
    for team in big_debrief.teams:
        assert re.search(rf"{re.escape(flat(team.name))}( \*)? {team.score} ", text)
    for needle in (
        "Cœur d’équipe",
        "L’Œil du « Nord »",
        "Réglementaire",
        "Idées reçues",
        "l’équipe « Nord » essaie le jeudi commun",
    ):
        assert needle in text


def test_the_five_most_missed_questions_are_printed_as_the_guide_promises(
    big_debrief, big_pdf: Path
) -> None:
    section = big_debrief.misconceptions
    assert len(section.lines) == MAX_MISSED == 5 < section.total
    text = pypdf_text(big_pdf)
    for line in section.lines:
        for part in (line.prompt, line.answer, line.gist, line.source):
            assert flat(part) in text
    assert "Les 5 premières sur" in text
    guide = (Path(__file__).resolve().parents[2] / "docs" / "animer-une-session.md").read_text(
        encoding="utf-8"
    )
    assert "cinq questions les plus manquées" in guide


def test_no_explanation_is_cut_in_the_middle_of_a_thought(big_debrief, big_pdf: Path) -> None:
    for line in big_debrief.misconceptions.lines:
        assert not line.gist.endswith("…")
    assert "…" not in pypdf_text(big_pdf)


def test_french_typography_holds_in_every_printed_line(big_pdf: Path) -> None:
    lines = poppler_lines(big_pdf)
    for before, line in zip(lines, lines[1:], strict=False):
        assert not re.match(r"^[?!:;»]", line), f"{before!r} / {line!r}"
        assert not (re.search(r"\bsur$", before) and re.match(r"^\d", line)), line
    assert any("manquée par" in line for line in lines)


def test_the_handout_prints_plain_zeros(big_pdf: Path) -> None:
    reader = pypdf.PdfReader(big_pdf)
    fonts = [f.get_object() for f in reader.pages[0]["/Resources"]["/Font"].values()]
    for font in fonts:
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        data = descriptor["/FontFile2"].get_object().get_data()
        embedded = TTFont(io.BytesIO(data))
        zero = embedded.getBestCmap()[ord("0")]
        assert embedded["glyf"][zero].numberOfContours == 2  # an outline and its counter


def test_a_source_with_a_web_page_is_a_readable_title_that_opens_it(tmp_path: Path) -> None:
    game = play_game(n_teams=6, n_questions=40, right_share=0.1, seed=11)
    debrief = build_debrief(game.state, bank_facts(shipped_bank()))
    linked = [line for line in debrief.misconceptions.lines if line.link]
    if not linked:
        pytest.skip("no missed question with a web page in this game")
    path = tmp_path / "liens.pdf"
    path.write_bytes(render(debrief))
    uris = {
        annotation.get_object()["/A"]["/URI"]
        for page in pypdf.PdfReader(path).pages
        for annotation in page.get("/Annots", [])
    }
    assert {line.link for line in linked} <= uris
    assert "LEGIARTI" not in pypdf_text(path) and "https://" not in pypdf_text(path)


def test_the_panorama_star_and_its_footnote_come_with_the_engines_award(
    big_debrief, big_pdf: Path
) -> None:
    text = pypdf_text(big_pdf)
    starred = [team for team in big_debrief.teams if team.panorama]
    assert ("Panorama complet" in text) == bool(starred)
    for team in big_debrief.teams:
        assert (f"{flat(team.name)} *" in text) == team.panorama


def test_poppler_reads_the_same_text(big_pdf: Path) -> None:
    text = flat(" ".join(poppler_lines(big_pdf)))
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
    debrief = build_debrief(game.state, bank_facts(shipped_bank()))
    text = pypdf_text(export_pdf(debrief, folder=tmp_path))
    for line in debrief.misconceptions.lines:
        assert flat(line.prompt) in text
    for question in debrief.open_questions.questions:
        assert flat(question) in text


def test_long_notes_are_printed_whole_even_on_a_third_page(tmp_path: Path) -> None:
    game = play_game(n_teams=6, n_questions=40)
    notes = "\n".join(f"Action {k} : l'équipe s'engage, « pour de bon »." for k in range(60))
    path = export_pdf(game, notes, tmp_path, bank=shipped_bank())
    text = pypdf_text(path)
    assert "Action 0 : l’équipe s’engage, « pour de bon »." in text
    assert "Action 59 :" in text


def test_a_debrief_without_the_bank_keeps_the_journal_sector_names(tmp_path: Path) -> None:
    game = play_game(n_teams=3, n_questions=10)
    path = tmp_path / "sans-banque.pdf"
    path.write_bytes(render(build_debrief(game.state)))
    text = pypdf_text(path)
    assert "Réglementaire" in text and "Sociétal" in text
