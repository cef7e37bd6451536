"""The answers CSV: what a spreadsheet opens, and what Python's csv module reads back."""

from __future__ import annotations

import csv
from pathlib import Path

from game.export import export_csv
from game.export.csv_answers import HEADER
from game.rules.session.debrief import answers_table
from tests.export.conftest import play_game


def read_back(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_the_csv_starts_with_a_byte_order_mark_and_uses_semicolons(tmp_path: Path) -> None:
    path = export_csv(play_game(n_teams=3, n_questions=8), tmp_path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines()[0] == ";".join(HEADER)


def test_every_answer_round_trips_through_the_csv_module(tmp_path: Path) -> None:
    game = play_game(n_teams=4, n_questions=20, mode="toutes_les_equipes")
    rows = answers_table(game.state)
    path = export_csv(game, tmp_path)
    table = read_back(path)
    assert table[0] == list(HEADER)
    assert len(table) == len(rows) + 1
    labels = game.state.sector_labels
    for row, cells in zip(rows, table[1:], strict=True):
        assert cells[0] == row.team_name
        assert cells[1] == row.question_id
        assert cells[2] == labels[row.sector]
        assert cells[4] == row.answer_given
        assert cells[5] == row.right
        assert int(cells[6]) == row.points
        assert cells[7] == row.wall.replace("T", " ")


def test_names_with_semicolons_quotes_and_accents_survive(tmp_path: Path) -> None:
    from game.export.csv_answers import write_answers_csv
    from game.rules.session.debrief import AnswerRow

    row = AnswerRow("Équipe « A ; B »", "reg-1", "reglementaire", "qcm",
                    'A : "Trois" ; jours', "oui", 2, "2026-03-16T14:00:05")
    path = write_answers_csv([row], tmp_path / "r.csv", {"reglementaire": "Réglementaire"})
    cells = read_back(path)[1]
    assert cells == ["Équipe « A ; B »", "reg-1", "Réglementaire", "choix unique",
                     'A : "Trois" ; jours', "oui", "2", "2026-03-16 14:00:05"]
