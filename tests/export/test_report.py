"""The HR adviser's report: several debriefs summed, the misconceptions that persist."""

from __future__ import annotations

import csv
import io

from game.export.report import aggregate, by_play_count, csv_header, persistent, report_csv
from game.rules.debrief import build_debrief
from tests.export.conftest import play_game


def debriefs(count: int = 3):  # type: ignore[no-untyped-def]
    return [
        build_debrief(play_game(n_teams=2 + k, n_questions=10, seed=k).state) for k in range(count)
    ]


def test_the_report_sums_sectors_and_counts_games_per_question() -> None:
    games = debriefs()
    report = aggregate(games)
    assert len(report.games) == 3
    for sector, tally in report.sectors.items():
        rows = [s for d in games for s in d.sectors if s.id == sector]
        assert tally.answers == sum(s.group.attempts for s in rows)
        assert tally.right == sum(s.group.right for s in rows)
    assert report.questions_played == sum(d.facts.questions_played for d in games)
    for tally in report.questions.values():
        met = [q for d in games for q in d.questions if q.question_id == tally.id]
        assert tally.games == sum(not q.skipped for q in met)


def test_the_persistent_misconceptions_are_the_most_missed_and_never_a_debate() -> None:
    ranked = persistent(aggregate(debriefs()))
    assert [q.missed for q in ranked] == sorted((q.missed for q in ranked), reverse=True)
    assert all(q.first.scored for q in ranked)


def test_the_report_csv_has_one_row_per_question_under_the_catalogues_headers() -> None:
    report = aggregate(debriefs(2))
    text = report_csv(report).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert tuple(rows[0]) == csv_header()
    assert [row[0] for row in rows[1:]] == [q.id for q in by_play_count(report)]
