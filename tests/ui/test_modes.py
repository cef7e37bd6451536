"""« Toutes les équipes » mode, the end of the clock, and the debrief's exports."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from tests.ui.driving import button, click, end_game, press, pump, start_game


def all_teams_board(app) -> None:  # type: ignore[no-untyped-def]
    press(app, pygame.K_RETURN)  # Title → Setup
    for _ in range(5):  # 3 names, « add », the service, the mode
        press(app, pygame.K_DOWN)
    press(app, pygame.K_RIGHT)  # « Toutes les équipes »
    start_game(app)
    assert app.game.session.state.settings.all_teams


def test_every_team_answers_on_one_screen_then_the_reveal_scores_them(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank)
    all_teams_board(app)
    press(app, pygame.K_2)  # a QCM whose answer is C
    press(app, pygame.K_c)  # team 1
    press(app, pygame.K_a)  # team 2
    press(app, pygame.K_0)  # team 3: no answer
    state = app.game.session.state
    assert [a.answer for a in sorted(state.current.answers, key=lambda a: a.team)] == [
        "C",
        "A",
        None,
    ]
    press(app, pygame.K_RETURN)  # everyone is in: reveal
    assert app.base_name() == "reveal"
    assert app.game.session.state.scores == (2, 0, 0)


def test_estimates_in_all_teams_mode_go_to_the_closest_team(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app = open_app(bank=scripted_bank)
    all_teams_board(app)
    press(app, pygame.K_4)  # estimate: 12 jours
    for digits in ("10", "13", "20"):
        for d in digits:
            press(app, getattr(pygame, f"K_{d}"))
        press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.game.session.state.scores == (0, 2, 0)


def test_enter_on_a_several_answers_question_with_nothing_chosen_only_explains(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank)
    start_game(app)
    press(app, pygame.K_3)
    press(app, pygame.K_RETURN)
    assert app.base_name() == "question"
    hint, loud = app.current.entry.hint()
    assert loud and hint.startswith("Cocher")


def test_the_last_two_minutes_show_a_banner_and_time_up_finishes_the_round_then_the_debrief(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    from game.ui import chrome

    app = open_app(bank=scripted_bank, teams="A,B", duration=10)
    app.game.clock.advance(9 * 60)
    pump(app)
    assert app.game.session.last_stretch()
    press(app, pygame.K_1)  # team A's vrai/faux
    app.game.clock.advance(70)
    press(app, pygame.K_a)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # time is up, but team B has not played
    assert app.base_name() == "panorama"
    assert chrome.banner_of(app.game).text.startswith("Dernier tour")
    press(app, pygame.K_1)
    press(app, pygame.K_0)  # team B: no answer, and no answer on the rebond
    press(app, pygame.K_0)
    press(app, pygame.K_RETURN)  # the round is over: the debrief
    assert app.base_name() == "debrief"
    assert app.game.session.state.end_reason == "temps"


def test_the_debrief_exports_a_pdf_a_csv_and_an_image(
    open_app,
    scripted_bank,
    tmp_path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    app = open_app(bank=scripted_bank, teams="A,B")
    press(app, pygame.K_1)
    press(app, pygame.K_a)
    press(app, pygame.K_RETURN)
    end_game(app)
    assert app.base_name() == "debrief"
    for label in ("Bilan PDF", "Tableau CSV", "Image"):
        click(app, button(app, label))
        assert app.game.notice is None, app.game.notice.text  # said in the debrief's header
        assert app.current.saved is not None
    made = sorted(p.suffix for p in Path(tmp_path / "bilans").iterdir())
    assert made == [".csv", ".pdf", ".png"]
    click(app, button(app, "Rejouer"))
    assert app.base_name() == "setup"
