"""``debrief`` and ``rapport`` on the command line, from journals written by real games."""

from __future__ import annotations

import csv
import errno
import os
import shutil
from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from game.cli import main
from game.export import files
from game.rules.debrief import build_debrief
from game.rules.session.journal import read_journal, replay
from game.wording import french
from tests.export.conftest import play_game


def journal(folder: Path, **options) -> Path:
    session = play_game(journal_dir=folder, **options)
    session.close()
    assert session.path is not None
    return session.path


def cut(path: Path, keep: int, name: str = "coupe.jsonl") -> Path:
    target = path.with_name(name)
    target.write_bytes(path.read_bytes()[:keep])
    return target


@pytest.fixture()
def game_journal(journal_dir: Path) -> Path:
    return journal(journal_dir, n_teams=4, n_questions=14)


@pytest.mark.parametrize("where", ["last line", "middle line", "second line"])
def test_debrief_on_a_journal_cut_mid_line_still_produces_a_pdf(
    game_journal: Path, tmp_path: Path, capsys, where: str
) -> None:
    data = game_journal.read_bytes()
    starts = [i + 1 for i, byte in enumerate(data) if byte == ord("\n")]
    line_start = {
        "last line": starts[-2],
        "middle line": starts[len(starts) // 2],
        "second line": starts[0],
    }[where]
    torn = cut(game_journal, line_start + 7)
    out = tmp_path / "bilan.pdf"
    assert main(["debrief", str(torn), "--pdf", str(out)]) == 0
    assert len(pypdf.PdfReader(out).pages) >= 1
    captured = capsys.readouterr()
    assert "incomplète" in captured.err
    assert "Bilan enregistré" in captured.out


def test_debrief_of_an_interrupted_game_says_so_and_writes_pdf_and_csv(
    journal_dir: Path, tmp_path: Path, capsys
) -> None:
    path = journal(journal_dir, n_teams=3, n_questions=6, end=False)
    pdf, table = tmp_path / "b.pdf", tmp_path / "r.csv"
    assert main(["debrief", str(path), "--pdf", str(pdf), "--csv", str(table)]) == 0
    assert french("n'était pas terminée") in capsys.readouterr().err
    assert pdf.read_bytes().startswith(b"%PDF")
    with open(table, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][0] == "Équipe" and len(rows) > 1


def test_debrief_without_pdf_writes_to_the_export_folder_with_the_game_date(
    game_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(files.ENV_FOLDER, str(tmp_path / "Documents" / "Panorama"))
    assert main(["debrief", str(game_journal)]) == 0
    written = list((tmp_path / "Documents" / "Panorama").iterdir())
    assert [p.name for p in written] == ["bilan-panorama-2026-03-16-1400.pdf"]


def test_a_journal_cut_inside_its_first_line_has_no_game_and_exits_1(
    game_journal: Path, tmp_path: Path, capsys
) -> None:
    torn = cut(game_journal, 30)
    out = tmp_path / "bilan.pdf"
    assert main(["debrief", str(torn), "--pdf", str(out)]) == 1
    assert "ne contient aucune partie" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_journal_gives_a_french_error(tmp_path: Path, capsys) -> None:
    assert main(["debrief", str(tmp_path / "absent.jsonl")]) == 1
    assert french("Erreur : le journal") in capsys.readouterr().err


def test_an_unwritable_output_folder_gives_a_french_message_exit_1_and_no_file(
    game_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    folder = tmp_path / "verrouille"
    folder.mkdir()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    assert main(["debrief", str(game_journal), "--pdf", str(folder / "bilan.pdf")]) == 1
    err = capsys.readouterr().err
    assert french("n'est pas accessible en écriture") in err
    assert err.startswith(french("Erreur : "))
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_folder_on_disk_gives_exit_1_and_no_file(
    game_journal: Path, tmp_path: Path, capsys
) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["debrief", str(game_journal), "--pdf", str(folder / "b.pdf")]) == 1
        assert "accessible en écriture" in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_full_disk_during_rapport_leaves_no_partial_report(
    journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    paths = [
        journal(journal_dir, n_teams=2, n_questions=4, seed=s, start=datetime(2026, 3, 16 + s, 9))
        for s in range(2)
    ]

    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_fsync", full)
    out = tmp_path / "sortie"
    out.mkdir()
    assert main(["rapport", *map(str, paths), "--pdf", str(out / "rapport.pdf")]) == 1
    assert "Le disque est plein" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def three_journals(folder: Path) -> list[Path]:
    return [
        journal(
            folder,
            n_teams=2 + k,
            n_questions=8 + 4 * k,
            seed=k,
            start=datetime(2026, 3, 16 + k, 10),
        )
        for k in range(3)
    ]


def test_rapport_on_three_journals_sums_the_games_correctly(
    journal_dir: Path, tmp_path: Path, capsys
) -> None:
    paths = three_journals(journal_dir)
    pdf, table = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    assert main(["rapport", *map(str, paths), "--pdf", str(pdf), "--csv", str(table)]) == 0
    assert french("Rapport de 3\u00a0parties") in capsys.readouterr().out
    states = [replay(read_journal(p)[0]) for p in paths]
    with open(table, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    by_id = {row["Question"]: row for row in rows}
    for question_id in {p.question.id for s in states for p in s.played}:
        games = sum(
            any(p.question.id == question_id and not p.skipped for p in s.played) for s in states
        )
        assert int(by_id[question_id]["Parties jouées"]) == games
    sectors = [sector for s in states for sector in build_debrief(s).sectors]
    answers = sum(sector.group.attempts for sector in sectors)
    right = sum(sector.group.right for sector in sectors)
    assert sum(int(row["Réponses"]) for row in rows) == answers
    assert sum(int(row["Justes"]) for row in rows) == right
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Bilan de 3 parties" in text and "Les idées reçues qui persistent" in text


def test_rapport_leaves_out_an_unreadable_journal_and_says_so(
    journal_dir: Path, tmp_path: Path, capsys
) -> None:
    good = journal(journal_dir, n_teams=2, n_questions=5)
    bad = tmp_path / "abime.jsonl"
    bad.write_text('{"kind": "started"}\n{"pas du json\n{"kind": "closed"}\n', encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["rapport", str(good), str(bad), "--pdf", str(out)]) == 0
    assert "journal ignoré" in capsys.readouterr().err
    assert out.exists()
    assert main(["rapport", str(bad), "--pdf", str(tmp_path / "r2.pdf")]) == 1
    assert "aucun journal lisible" in capsys.readouterr().err
    assert not (tmp_path / "r2.pdf").exists()


def test_debrief_from_a_journal_prints_the_notes_typed_at_the_end(
    journal_dir: Path, tmp_path: Path
) -> None:
    session = play_game(journal_dir=journal_dir, n_teams=3, n_questions=6)
    session.note("Prochaine étape : « charte » relue en équipe")
    session.close()
    out = tmp_path / "bilan.pdf"
    assert main(["debrief", str(session.path), "--pdf", str(out)]) == 0
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Prochaine étape" in text and "charte" in text


def test_rapport_on_a_folder_reads_every_journal_whatever_its_name_and_a_copy_once(
    journal_dir: Path, tmp_path: Path, capsys
) -> None:
    """A folder of journals sent by e-mail: renamed files, a second download of one, a PDF."""
    first, second, third = three_journals(journal_dir)
    inbox = tmp_path / "recus"
    (inbox / "service-rh").mkdir(parents=True)
    shutil.copy(first, inbox / "journal-service-rh.jsonl")
    shutil.copy(second, inbox / "service-rh" / "PARTIE-MARDI.JSONL")
    shutil.copy(third, inbox / third.name)
    early = b"".join(third.read_bytes().splitlines(keepends=True)[:3])  # sent before the end
    (inbox / f"{third.stem} (1).jsonl").write_bytes(early)
    (inbox / "Bilan.pdf").write_bytes(b"%PDF-1.4\n")
    (inbox / f"._{third.name}").write_bytes(b"\0\5\26\7")  # a Mac's shadow of a file
    pdf = tmp_path / "rapport.pdf"
    assert main(["rapport", str(inbox), "--pdf", str(pdf)]) == 0
    out, err = capsys.readouterr()
    assert french("Rapport de 3\u00a0parties") in out
    assert french("laissé de côté : Bilan.pdf, qui n'est pas un journal de partie (.jsonl)") in err
    assert (
        french(
            f"laissé de côté : {third.stem} (1).jsonl, copie de la même partie que {third.name}, "
            "lue une fois"
        )
        in err
    )  # the longer copy is the one read
    assert "._" not in err


@pytest.mark.skipif(os.name != "posix", reason="permissions POSIX")
def test_an_export_is_readable_as_the_users_other_files(journal_dir: Path, tmp_path: Path) -> None:
    """Written through a temporary file (owner only), the PDF gets the usual permissions."""
    path = journal(journal_dir, n_teams=2, n_questions=4)
    umask = os.umask(0o022)
    try:
        out = tmp_path / "rapport.pdf"
        assert (
            main(["rapport", str(path), "--pdf", str(out), "--csv", str(tmp_path / "r.csv")]) == 0
        )
    finally:
        os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "r.csv").stat().st_mode & 0o777 == 0o644
