"""A whole session played through the real app loop with keys and clicks: three teams, ten
questions of all five types, a rebond, an undo, a pause, a resize, a skip, then the debrief:
its pages turned to the last one, and Enter for the PDF."""

from __future__ import annotations

import pygame

from tests.ui.driving import (
    button,
    click,
    digit_key,
    end_game,
    letter_key,
    press,
    pump,
    start_game,
    tile,
    type_text,
)


def state(app):  # type: ignore[no-untyped-def]
    return app.game.session.state


def question(app):  # type: ignore[no-untyped-def]
    return state(app).current.question


def right_letters(app) -> str:  # type: ignore[no-untyped-def]
    return "".join(sorted(question(app).right_letters))


def answer_letters(app, letters: str) -> None:  # type: ignore[no-untyped-def]
    for letter in letters:
        press(app, letter_key(letter))
    press(app, pygame.K_RETURN)


def answer_number(app, digits: str) -> None:  # type: ignore[no-untyped-def]
    for d in digits:
        press(app, digit_key(d))
    press(app, pygame.K_RETURN)


def pick(app, sector: int, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert app.base_name() == "panorama"
    press(app, digit_key(str(sector)))
    assert app.base_name() == "question"
    assert question(app).type == kind


def wrong(app) -> str:  # type: ignore[no-untyped-def]
    return next(letter for letter in "ABCD" if letter not in question(app).right_letters)


def next_question(app) -> None:  # type: ignore[no-untyped-def]
    assert app.base_name() == "reveal"
    press(app, pygame.K_RETURN)


def test_a_whole_session_with_keys_and_clicks_reaches_the_debrief_with_the_right_scores(
    open_app,
    scripted_bank,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    app = open_app(bank=scripted_bank)
    assert app.base_name() == "title"
    press(app, pygame.K_RETURN)
    assert app.base_name() == "setup"
    type_text(app, "Élèves")
    type_text(app, " & cœur")
    press(app, pygame.K_RETURN)  # Enter goes to the next team's name
    assert app.base_name() == "setup"
    start_game(app)
    assert state(app).settings.team_names == ("Élèves & cœur", "Équipe 2", "Équipe 3")

    # Turns rotate 1, 2, 3, 1, 2, 3…; a right answer is worth 2 (difficulty 1), a rebond 1.
    pick(app, 1, "vrai_faux")  # team 1, right: +2
    answer_letters(app, right_letters(app))
    next_question(app)

    pick(app, 2, "qcm")  # team 2 wrong, rebond team 3 right: +1
    answer_letters(app, wrong(app))
    assert state(app).phase == "rebond"
    answer_letters(app, right_letters(app))
    next_question(app)

    pick(app, 3, "qcm_multiple")  # team 3, several answers: +2
    answer_letters(app, right_letters(app))
    next_question(app)

    pick(app, 4, "estimation")  # team 1, exact estimate: +2
    answer_number(app, "12")
    next_question(app)

    pick(app, 5, "debat")  # team 2 takes position A, gets 2 points
    answer_letters(app, "A")
    assert app.base_name() == "reveal"
    press(app, pygame.K_2)
    next_question(app)

    pick(app, 2, "qcm")  # team 3 right… then undone
    answer_letters(app, right_letters(app))
    assert state(app).scores[2] == 5
    press(app, pygame.K_z, pygame.KMOD_LCTRL)
    assert state(app).phase == "question" and state(app).scores[2] == 3
    answer_letters(app, wrong(app))  # … wrong after all; team 1 passes (0)
    press(app, pygame.K_0)
    next_question(app)

    pick(app, 1, "vrai_faux")  # team 1 with the mouse: +2
    click(app, tile(app, right_letters(app)))
    click(app, button(app, "Valider"))
    assert app.base_name() == "reveal"
    click(app, button(app, "Question suivante"))

    press(app, pygame.K_p)  # a pause for the discussion
    assert state(app).paused and type(app.top()).__name__ == "PauseOverlay"
    press(app, pygame.K_1)  # nothing is drawn while paused
    assert state(app).phase == "board"
    press(app, pygame.K_p)
    assert not state(app).paused

    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=(1024, 768), w=1024, h=768))
    pump(app)
    assert app.ui.size == (1024, 768) and app.ui.layout.size == (1024, 768)

    pick(app, 3, "qcm_multiple")  # team 2 half right, rebond team 3 wrong
    answer_letters(app, right_letters(app)[0])
    answer_letters(app, wrong(app))
    next_question(app)

    pick(app, 4, "estimation")  # team 3 wrong, rebond team 1 exact: +1
    answer_number(app, "9")
    answer_number(app, "12")
    next_question(app)

    pick(app, 5, "debat")  # team 1: no position (0), 0 points
    press(app, pygame.K_0)
    press(app, pygame.K_0)
    next_question(app)

    pick(app, 1, "vrai_faux")  # skipped: same team keeps its turn
    turn = state(app).turn
    press(app, pygame.K_s)
    assert state(app).phase == "board" and state(app).turn == turn

    end_game(app)  # E, then « Terminer » chosen
    assert app.base_name() == "debrief"

    final = state(app)
    assert sum(not p.skipped for p in final.played) == 10
    assert {p.question.type for p in final.played} == {
        "vrai_faux",
        "qcm",
        "qcm_multiple",
        "estimation",
        "debat",
    }
    assert final.scores == (7, 2, 3)
    assert final.ended and final.end_reason == "animateur"
    assert app.running

    monkeypatch.setenv("PANORAMA_EXPORT_DIR", str(tmp_path / "bilans"))
    debrief = app.current
    pages = len(debrief.pages())
    for _ in range(pages - 1):  # the clicker's « next » turns the pages
        press(app, pygame.K_PAGEDOWN)
    assert debrief.shown() == pages - 1
    press(app, pygame.K_RETURN)  # one key: the A4 debrief
    assert len(list((tmp_path / "bilans").glob("*.pdf"))) == 1
