"""The answers CSV: what a spreadsheet opens, and what Python's csv module reads back."""

from __future__ import annotations

import csv
from pathlib import Path

from game.export import export_csv
from game.export.csv_answers import header, write_answers_csv
from game.rules.debrief import AnswerLine, build_debrief
from tests.export.conftest import play_game


def read_back(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_the_csv_starts_with_a_byte_order_mark_and_uses_semicolons(tmp_path: Path) -> None:
    path = export_csv(play_game(n_teams=3, n_questions=8), tmp_path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines()[0] == ";".join(header())


def test_the_headers_come_from_the_catalogue() -> None:
    assert header() == (
        "Équipe",
        "Question",
        "Secteur",
        "Type",
        "Réponse donnée",
        "Juste",
        "Points",
        "Horodatage",
    )


def test_every_answer_of_the_debrief_round_trips_through_the_csv_module(tmp_path: Path) -> None:
    game = play_game(n_teams=4, n_questions=20, mode="toutes_les_equipes")
    debrief = build_debrief(game.state)
    path = export_csv(debrief, tmp_path)
    table = read_back(path)
    assert table[0] == list(header())
    assert len(table) == len(debrief.answers) + 1
    labels = game.state.sector_labels
    for row, cells in zip(debrief.answers, table[1:], strict=True):
        assert cells[0] == row.team_name
        assert cells[1] == row.question_id
        assert cells[2] == labels[row.sector]
        assert cells[4] == row.given
        assert cells[5] == {True: "oui", False: "non", None: "—"}[row.right]
        assert int(cells[6]) == row.points
        assert cells[7] == row.wall.replace("T", " ")


def test_a_question_type_reads_as_its_kind_names_it() -> None:
    game = play_game(n_teams=3, n_questions=15)
    for row in build_debrief(game.state).answers:
        question = next(p.question for p in game.state.played if p.question.id == row.question_id)
        assert row.kind == question.kind.label


def test_names_with_semicolons_quotes_and_accents_survive(tmp_path: Path) -> None:
    row = AnswerLine(
        0,
        "Équipe « A ; B »",
        "reg-1",
        "reglementaire",
        "Réglementaire",
        "une bonne réponse",
        'A : "Trois" ; jours',
        True,
        2,
        "2026-03-16T14:00:05",
    )
    path = write_answers_csv([row], tmp_path / "r.csv")
    cells = read_back(path)[1]
    assert cells == [
        "Équipe « A ; B »",
        "reg-1",
        "Réglementaire",
        "une bonne réponse",
        'A : "Trois" ; jours',
        "oui",
        "2",
        "2026-03-16 14:00:05",
    ]
