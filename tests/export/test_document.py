"""What the printed debrief chooses to say, and the HR report's sums."""

from __future__ import annotations

from game.export.document import MAX_MISSED, build_document, open_questions, sectors_from_bank
from game.export.report import aggregate, persistent
from game.rules.session.debrief import figures
from tests.export.conftest import play_game, shipped_bank


def document_of(game, notes: str = ""):
    bank = shipped_bank()
    return build_document(figures(game.state), sectors_from_bank(bank), notes, bank.date)


def test_the_debrief_offers_three_to_five_open_questions() -> None:
    for n_questions in (1, 6, 30):
        document = document_of(play_game(n_teams=2, n_questions=n_questions))
        assert 3 <= len(document.open_questions) <= 5
        assert len(set(document.open_questions)) == len(document.open_questions)


def test_open_questions_start_with_the_debates_then_the_weakest_sectors() -> None:
    sectors = sectors_from_bank(shipped_bank())
    from game.export.document import Rate

    rates = [Rate(4, 4), Rate(4, 0), Rate(4, 2), Rate(0, 0), Rate(4, 3)]
    chosen = open_questions(["Et chez nous ?"], sectors, rates)
    assert chosen[0] == "Et chez nous\u00a0?"
    assert chosen[1] == sectors[1].open_questions[0]  # 0 % right: talked about first


def test_corrections_keep_their_reason_and_the_undone_one_is_gone() -> None:
    document = document_of(play_game(n_teams=3, n_questions=6))
    reasons = [c.reason for c in document.corrections]
    assert reasons == ["Réponse juste donnée à l’oral, hors délai d’«\u00a0écoute\u00a0»",
                       "Erreur de saisie\u00a0: l’équipe avait répondu B"]
    assert [c.delta for c in document.corrections] == [1, -1]


def test_missed_questions_are_capped_and_drop_a_bare_verdict() -> None:
    document = document_of(play_game(n_teams=6, n_questions=40, right_share=0.3))
    assert len(document.missed) == MAX_MISSED < document.missed_total
    for line in document.missed:
        assert not line.explanation.lower().startswith(("vrai.", "faux."))


def test_the_ranking_shares_ranks_and_lists_every_team() -> None:
    game = play_game(n_teams=5, n_questions=15)
    document = document_of(game)
    assert sorted(t.score for t in document.teams) == sorted(game.state.scores)
    assert [t.rank for t in document.teams] == sorted(t.rank for t in document.teams)


def test_the_report_sums_sectors_and_counts_games_per_question() -> None:
    games = [play_game(n_teams=2 + k, n_questions=10, seed=k) for k in range(3)]
    report = aggregate(g.state for g in games)
    assert len(report.games) == 3
    for sector, tally in report.sectors.items():
        rows = [r for g in games for r in figures(g.state).sector_success if r.sector == sector]
        assert tally.answers == sum(r.attempts for r in rows)
        assert tally.right == sum(r.right for r in rows)
    assert report.questions_played == sum(figures(g.state).questions_played for g in games)
    ranked = persistent(report)
    assert [q.missed for q in ranked] == sorted((q.missed for q in ranked), reverse=True)
    assert all(q.type != "debat" for q in ranked)
