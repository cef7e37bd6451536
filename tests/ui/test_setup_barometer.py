"""Setup for what the room says: the baromètre proposed by team, changed to a show of hands or
none with ← and →; the service's name typed for the agreements page; both remembered; and a
bank without statements for the chosen sectors says so on the baromètre's row."""

from __future__ import annotations

import pygame

from game.wording import french
from tests.ui.driving import button, click, press, type_text
from tests.ui.test_setup_form import drawn_texts, focused, setup


def walk_to(app, row: str) -> None:  # type: ignore[no-untyped-def]
    while focused(app) != row:
        press(app, pygame.K_DOWN)


def test_the_barometre_by_team_is_proposed_and_a_show_of_hands_chosen(open_app) -> None:
    app = setup(open_app)
    assert app.current.form.values.barometer == "equipes"
    walk_to(app, "barometer")
    press(app, pygame.K_RIGHT)
    assert app.current.form.values.barometer == "main_levee"
    walk_to(app, "start")
    press(app, pygame.K_RETURN)
    assert app.game.state.settings.barometer == "main_levee"
    assert app.base_name() == "barometer" and app.current.input_mode().name == "NUMBER"


def test_the_services_name_is_typed_kept_for_the_game_and_remembered(open_app) -> None:
    app = setup(open_app)
    assert french("Service (facultatif)") in drawn_texts(app)  # what the empty field is for
    walk_to(app, "service")
    type_text(app, "Direction des finances")
    walk_to(app, "start")
    press(app, pygame.K_RETURN)
    assert app.game.state.settings.service == "Direction des finances"
    again = open_app()
    click(again, button(again, "Nouvelle partie"))  # the first game is offered to resume
    assert again.current.form.values.service == "Direction des finances"


def test_without_statements_for_the_sectors_the_barometres_row_says_so(
    open_app, scripted_bank
) -> None:
    app = open_app(bank=scripted_bank)
    press(app, pygame.K_RETURN)
    assert french("Baromètre : aucune affirmation pour ces secteurs") in drawn_texts(app)
    walk_to(app, "start")
    press(app, pygame.K_RETURN)
    assert app.base_name() == "panorama"  # nothing to vote on: the board at once
