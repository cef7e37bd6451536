"""What the room said, on paper and in files: a game voted by team and one by a show of hands,
each with three agreements (a fourth undone), give a PDF whose pages — read as text and looked
at as pictures — show the before/after bars and the agreements' page; an office document that
python-docx reads back with the same agreements; their CSV; and the HR report over several
journals gives each statement's share « d'accord » before and after."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from game.cli import main
from game.export import export_agreements, export_pdf
from game.export.pdfroom import SCALE_COLOURS
from game.rules.debrief import bank_facts, build_debrief
from game.rules.session.clock import FakeClock
from game.rules.session.engine import Session
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team
from game.wording import french
from tests.export.conftest import TEAM_NAMES, _finish_question, shipped_bank
from tests.export.test_pdf import flat

BEFORE = {"equipes": (1, 1, 2, 4), "main_levee": (6, 9, 3, 2)}
AFTER = {"equipes": (3, 3, 2, 4), "main_levee": (2, 4, 8, 6)}
KEPT = (
    "Un jour de présence commune : le mardi",
    "Pas de messages après 19 h",
    "Un point d'équipe chaque lundi à 9 h 30",
)
UNDONE = "Une règle notée par erreur"


def vote(session: Session, levels: tuple[int, ...]) -> None:
    """Everyone votes on every statement of the open round: four teams, or hands per level."""
    while session.state.ballot is not None:
        if session.state.settings.barometer == "equipes":
            for team, level in enumerate(levels):
                session.vote(team, level)
        else:
            session.count(levels)


def polled_game(
    mode: str, journal_dir: Path | None = None, seed: int = 4, start: datetime | None = None
) -> Session:
    import random

    bank = shipped_bank()
    clock = FakeClock(wall_start=start or datetime(2026, 3, 16, 14, 0, 0))
    teams = tuple(Team(name=TEAM_NAMES[k], colour=DEFAULT_TEAM_COLOURS[k]) for k in range(4))
    settings = SessionSettings(
        teams=teams,
        duration_min=20,
        seed=seed,
        barometer=mode,
        sectors=tuple(s.id for s in bank.sectors),
        service="Service des ressources humaines",
    )
    session = Session.new(settings, bank.active, bank.sectors, bank.version, clock, journal_dir)
    vote(session, BEFORE[mode])
    rng = random.Random(seed)
    for number in range(6):
        session.spin()
        _finish_question(session, rng, clock, 0.5)
        sector = session.state.current.sector
        if number < 2:
            session.agree(sector, KEPT[number])
        if number == 2:
            session.agree(sector, UNDONE)
            session.undo()
        session.next()
        clock.advance(60)
    session.end()
    vote(session, AFTER[mode])
    session.agree("managerial", KEPT[2])
    return session


def pdftotext(path: Path, *options: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out if options else flat(out)


def pages_as_pictures(path: Path, folder: Path) -> list[Image.Image]:
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler's pdftoppm is not installed")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(folder / "page")], check=True)
    return [Image.open(p).convert("RGB") for p in sorted(folder.glob("page-*.png"))]


def colours_of(picture: Image.Image) -> set[tuple[int, int, int]]:
    return {colour for _, colour in picture.getcolors(maxcolors=1 << 20) or []}


@pytest.fixture(scope="module", params=("equipes", "main_levee"))
def game(request):  # type: ignore[no-untyped-def]
    return polled_game(request.param)


@pytest.fixture(scope="module")
def debrief(game):  # type: ignore[no-untyped-def]
    return build_debrief(game.state, bank_facts(shipped_bank()))


def test_the_pdf_shows_each_statement_before_and_after_and_the_agreements_page(
    game, debrief, tmp_path: Path
) -> None:
    mode = game.state.settings.barometer
    path = export_pdf(debrief, folder=tmp_path)
    text = pdftotext(path)
    assert flat(french("Le baromètre : avant et après la partie")) in text
    first = debrief.barometer.statements[0]
    assert len(debrief.barometer.statements) == 3
    assert flat(first.prompt) in text and flat(first.shift) in text
    voters = "4 équipes" if mode == "equipes" else f"{sum(BEFORE[mode])} votes"
    bars = [
        " ".join(line.split())
        for line in pdftotext(path, "-layout").splitlines()
        if line.split()[:1] in (["Avant"], ["Après"])
    ]
    counts = " ".join(str(c) for c in first.before.counts if c)  # a label on each segment
    assert bars[0] == f"Avant {counts} {voters}"
    assert bars[1].startswith("Après ") and len(bars) == 6
    assert flat(french("Nos accords d'équipe — Service des ressources humaines")) in text
    assert flat(french("Établis le 16/03/2026 · à revoir le 16/06/2026")) in text
    for agreement in KEPT:
        assert flat(french(agreement)) in text
    assert UNDONE not in text
    assert flat(french("Paraphes des membres de l'équipe")) in text


def test_the_pdfs_pages_look_like_bars_then_a_page_of_agreements(debrief, tmp_path: Path) -> None:
    path = export_pdf(debrief, folder=tmp_path)
    pictures = pages_as_pictures(path, tmp_path)
    scale = {tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in SCALE_COLOURS}
    with_bars = [k for k, p in enumerate(pictures) if len(scale & colours_of(p)) >= 3]
    assert with_bars and with_bars[-1] < len(pictures) - 1  # the bars come before the end
    last = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(len(pictures)),
            "-l",
            str(len(pictures)),
            "-enc",
            "UTF-8",
            str(path),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert flat(french("Nos accords d'équipe")) in flat(last)


def test_the_office_document_reads_back_with_the_same_agreements(debrief, tmp_path: Path) -> None:
    docx, table = export_agreements(debrief, tmp_path)
    document = Document(str(docx))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == french("Nos accords d'équipe — Service des ressources humaines")
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet" and p.text]
    assert sorted(bullets) == sorted(french(a) for a in KEPT)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert french("Managérial") in headings
    assert len(document.tables) == 1 and len(document.tables[0].rows) == 2
    rows = list(csv.reader(io.StringIO(table.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Secteur", "Accord", "Question", "Établi le", "À revoir le", "Service"]
    assert sorted(row[1] for row in rows[1:]) == sorted(french(a) for a in KEPT)
    assert {row[4] for row in rows[1:]} == {"2026-06-16"}


def test_no_agreement_no_office_document(tmp_path: Path) -> None:
    bank = shipped_bank()
    settings = SessionSettings(
        teams=tuple(
            Team(name=n, colour=c)
            for n, c in zip(TEAM_NAMES[:2], DEFAULT_TEAM_COLOURS, strict=False)
        ),
        sectors=tuple(s.id for s in bank.sectors),
        seed=1,
    )
    session = Session.new(settings, bank.active, bank.sectors, bank.version, FakeClock())
    session.end()
    assert export_agreements(session.state, tmp_path) == []


def test_the_report_over_several_journals_gives_each_statements_shares(
    tmp_path: Path, capsys
) -> None:
    journals = tmp_path / "parties"
    for day, mode in ((16, "equipes"), (17, "main_levee"), (18, "equipes")):
        polled_game(mode, journals, seed=4, start=datetime(2026, 3, day, 9, 0)).close()
    out = tmp_path / "rapport.pdf"
    assert main(["rapport", str(journals), "--pdf", str(out)]) == 0
    text = pdftotext(out)
    assert flat(french("Le baromètre : les avis avant et après les parties")) in text
    # The same seed voted on the same statements in the three games: 4 + 20 + 4 votes each.
    before = (3 + 15 + 3) / 28
    after = (1 + 6 + 1) / 28
    expected = french(
        f"D'accord avant : {round(before * 100)} % de 28 votes · après : "
        f"{round(after * 100)} % de 28 votes (3 parties avec un second vote)"
    )
    assert text.count(flat(expected)) == 3
    assert text.count(flat(french("votée dans 3 parties"))) == 3


def test_a_debrief_rebuilt_from_its_journal_writes_the_agreements_when_asked(
    tmp_path: Path, capsys
) -> None:
    journals = tmp_path / "parties"
    polled_game("main_levee", journals).close()
    journal = next(journals.iterdir())
    assert (
        main(
            [
                "debrief",
                str(journal),
                "--pdf",
                str(tmp_path),
                "--accords",
                str(tmp_path / "accords.docx"),
            ]
        )
        == 0
    )
    said = capsys.readouterr().out
    assert french("Accords d'équipe enregistrés : ") + str(tmp_path / "accords.docx") in said
    bullets = [
        p.text
        for p in Document(str(tmp_path / "accords.docx")).paragraphs
        if p.style.name == "List Bullet" and p.text
    ]
    assert len(bullets) == 3 and (tmp_path / "accords.csv").is_file()


def test_the_report_csv_has_a_baromètre_table_beside_it(tmp_path: Path, capsys) -> None:
    journals = tmp_path / "parties"
    for day, mode in ((16, "equipes"), (17, "main_levee"), (18, "equipes")):
        polled_game(mode, journals, seed=4, start=datetime(2026, 3, day, 9, 0)).close()
    table = tmp_path / "rapport.csv"
    assert main(["rapport", str(journals), "--pdf", str(tmp_path), "--csv", str(table)]) == 0
    beside = tmp_path / "rapport-barometre.csv"
    assert french("Tableau du baromètre enregistré") in capsys.readouterr().out
    with beside.open(encoding="utf-8-sig", newline="") as stream:
        rows = [
            {key.replace("\u2019", "'"): value for key, value in row.items()}
            for row in csv.DictReader(stream, delimiter=";")
        ]
    assert len(rows) == 3
    for row in rows:
        assert row["Parties"] == "3"
        assert (row["Votes avant"], row["D'accord avant"]) == ("28", "21")
        assert (row["Parties avec un second vote"], row["Votes après"]) == ("3", "28")
        assert row["D'accord après"] == "8"
        assert row["Part d'accord avant"] == french("75 %")
