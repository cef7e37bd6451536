"""Starting: the command line's --teams goes straight to the board, Setup remembers, and a
presenter clicker alone can play a question."""

from __future__ import annotations

import pygame

from tests.ui.driving import button, click, press, pump, start_game, type_text


def test_teams_on_the_command_line_start_directly_on_the_board(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app(teams="Équipe A, Équipe B", duration=10)
    assert app.base_name() == "panorama"
    settings = app.game.session.state.settings
    assert settings.team_names == ("Équipe A", "Équipe B")
    assert settings.duration_min == 10


def test_setup_remembers_the_last_settings(open_app) -> None:  # type: ignore[no-untyped-def]
    first = open_app()
    press(first, pygame.K_RETURN)
    type_text(first, "Cellule RH")
    for _ in range(6):  # 2 names, « add », the service, mode, the length
        press(first, pygame.K_DOWN)
    press(first, pygame.K_RIGHT)  # 20 → 30 min
    start_game(first)
    assert first.game.session.state.settings.duration_min == 30
    second = open_app()
    click(second, button(second, "Nouvelle partie"))  # the first game is offered to resume
    assert second.current.form.values.names[0] == "Cellule RH"
    assert second.current.form.values.duration_min == 30


def test_a_presenter_clicker_alone_can_answer_a_question(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app(teams="A,B")
    press(app, pygame.K_PAGEDOWN)  # spin
    assert app.base_name() == "question"
    question = app.game.session.state.current.question
    while question.type in ("estimation", "qcm_multiple") or not question.options:
        press(app, pygame.K_s)  # a clicker cannot type a number: skip those
        press(app, pygame.K_PAGEDOWN)
        question = app.game.session.state.current.question
    press(app, pygame.K_PAGEUP)  # highlight A
    press(app, pygame.K_PAGEDOWN)  # confirm
    current = app.game.session.state.current
    assert current.answers[0].answer == "A"


def test_the_real_loop_ends_when_the_facilitator_confirms_quitting(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app(teams="A,B")
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    pump(app, 1)
    for key in (pygame.K_LEFT, pygame.K_RETURN):  # « Quitter » chosen, then confirmed
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, scancode=0, unicode="")
        )
    app.loop()
    assert not app.running


def test_a_team_name_can_be_pasted_with_ctrl_v(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    press(app, pygame.K_RETURN)
    pygame.scrap.put_text("Équipe collée\nune deuxième ligne ignorée")
    press(app, pygame.K_v, pygame.KMOD_LCTRL)
    assert app.current.form.values.names[0] == "Équipe collée"


def test_a_fourth_team_is_added_from_the_keyboard(open_app) -> None:  # type: ignore[no-untyped-def]
    app = open_app()
    press(app, pygame.K_RETURN)
    for _ in range(3):  # the three names, then « Ajouter une équipe »
        press(app, pygame.K_TAB)
    press(app, pygame.K_RETURN)
    assert app.current.form.values.names[-1] == "Équipe 4"
    type_text(app, "Télétravailleurs")  # the focus is on the new team's name
    start_game(app)
    assert app.game.session.state.settings.team_names[-1] == "Télétravailleurs"
