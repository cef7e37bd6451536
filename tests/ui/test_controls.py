"""The controls that work everywhere: full screen, black screen, help, sound, score correction,
and a bank with errors that still lets the facilitator play."""

from __future__ import annotations

import pygame

from game.rules.bank.loader import LoadResult
from game.rules.bank.problems import Problem
from tests.ui.driving import button, click, press, pump, start_game, type_text


def to_board(app) -> None:  # type: ignore[no-untyped-def]
    start_game(app)


def test_f11_goes_full_screen_and_escape_comes_back_then_asks_before_quitting(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    to_board(app)
    press(app, pygame.K_F11)
    assert app.ui.fullscreen
    assert app.ui.layout.size == pygame.display.get_surface().get_size()
    press(app, pygame.K_ESCAPE)
    assert not app.ui.fullscreen and app.ui.size == (1280, 720)
    press(app, pygame.K_ESCAPE)
    assert type(app.top()).__name__ == "ConfirmOverlay"


def test_b_or_period_blacks_the_screen_and_any_key_brings_it_back(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    to_board(app)
    press(app, pygame.K_PERIOD)
    assert type(app.top()).__name__ == "BlackOverlay"
    assert pygame.display.get_surface().get_at((640, 360))[:3] == (0, 0, 0)
    press(app, pygame.K_SPACE)
    assert app.top() is app.current and app.game.session.state.phase == "board"


def test_help_lists_every_control_and_closes_with_escape(open_app) -> None:  # type: ignore[no-untyped-def]
    from game.rules.session.settings import ScoringRules
    from game.ui.scenes.overlays import help_rows

    app = open_app()
    press(app, pygame.K_F1)
    assert type(app.top()).__name__ == "HelpOverlay"
    keys = " ".join(k for k, _ in help_rows(0, ScoringRules()))
    for name in (
        "Espace",
        "Entrée",
        "Page",
        "A, C, D",
        "1 à 4",
        "1 à 5",
        "P",
        "B ou point",
        "F11",
        "F5",
        "Ctrl+Z",
        "Tab",
        "S ou E",
        "M",
        "D sur",
        "H, F1",
        "Échap",
    ):
        assert name in keys
    press(app, pygame.K_ESCAPE)
    assert app.top() is app.current


def test_next_turns_the_help_to_the_rules_of_the_game_then_closes_it(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    press(app, pygame.K_h)
    press(app, pygame.K_PAGEDOWN)
    help_screen = app.top()
    assert type(help_screen).__name__ == "HelpOverlay" and help_screen.page == 1
    assert [b.label for b in help_screen.buttons() if b.focused] == ["Fermer"]
    press(app, pygame.K_PAGEDOWN)
    assert app.top() is app.current


def test_m_mutes_and_unmutes(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    press(app, pygame.K_m)
    assert app.ui.sound.muted
    press(app, pygame.K_m)
    assert not app.ui.sound.muted


def test_tab_then_plus_corrects_a_score_with_a_reason_that_the_debrief_keeps(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    to_board(app)
    press(app, pygame.K_TAB)
    assert type(app.top()).__name__ == "AdjustOverlay"
    press(app, pygame.K_TAB)  # the next team
    press(app, pygame.K_KP_PLUS)  # +1 → +2
    type_text(app, "Très bonne idée")
    press(app, pygame.K_RETURN)
    state = app.game.session.state
    assert state.scores == (0, 2, 0)
    assert state.awards[-1].note == "Très bonne idée"
    press(app, pygame.K_BACKSPACE)  # undo
    assert app.game.session.state.scores == (0, 0, 0)


def test_every_action_has_a_button_the_mouse_can_hit(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    click(app, button(app, "Nouvelle partie"))
    click(app, button(app, "Commencer la partie"))
    assert app.base_name() == "barometer"  # the bank's statements are voted first
    click(app, button(app, "Passer le baromètre"))
    assert app.base_name() == "panorama"
    click(app, button(app, "Tourner la roue"))
    assert app.base_name() == "question"
    click(app, button(app, "Passer"))
    assert app.base_name() == "panorama"
    icons = {b.icon for b in app.current.icons()}
    assert {"pause", "ecran-noir", "plein-ecran", "son", "aide", "quitter"} <= icons


def test_a_bank_with_errors_is_explained_on_the_title_and_can_be_played_anyway(
    open_app,
    real_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app()
    problem = Problem("questions/x.yaml", 3, 1, "q-1", "reponse", "la réponse manque.")
    app.game.loaded = LoadResult(real_bank.bank, [problem])
    app.game.errors_accepted = False
    app.current.enter()
    pump(app)
    labels = [b.label for b in app.current.buttons() if b.enabled]
    assert "Nouvelle partie" not in labels
    press(app, pygame.K_RETURN)  # « Jouer avec les … questions valides »
    press(app, pygame.K_RETURN)  # « Nouvelle partie »
    assert app.base_name() == "setup"


def test_the_default_window_shrinks_to_fit_a_small_projector() -> None:
    from game.ui.app import fit_to_desktop

    assert fit_to_desktop((1280, 720), [(1024, 768)]) == (942, 530)
    assert fit_to_desktop((1280, 720), [(1920, 1080)]) == (1280, 720)
    assert fit_to_desktop((1280, 720), []) == (1280, 720)
