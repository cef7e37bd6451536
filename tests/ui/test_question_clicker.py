"""A presenter clicker alone on every question type: the cursor always sits on something the
room can see, and « suivant » records exactly what is highlighted.

Each walk presses « précédent » (PageUp) k times — for every k up to a full turn of the
options and buttons — with F5, the black screen (« . ») and Échap thrown in, checks after every
press that the highlighted element is what « suivant » would record, then presses « suivant »
(PageDown) and checks the journal. An undo (not a clicker key: the test's own way back) returns
to the same question for the next k.
"""

from __future__ import annotations

import pygame
import pytest

from game.rules.session.events import Answered, Revealed
from game.rules.session.settings import DEFAULT_TEAM_COLOURS, SessionSettings, Team
from game.ui.scenes.entry import Move
from game.wording import french
from tests.ui.driving import press, pump

SECTOR_OF = {"vrai_faux": 1, "qcm": 2, "qcm_multiple": 3, "estimation": 4, "debat": 5}
STRAYS = (pygame.K_F5, pygame.K_PERIOD, pygame.K_ESCAPE)


def board(open_app, scripted_bank, mode: str = "tour_par_tour"):  # type: ignore[no-untyped-def]
    """Three teams on the board (the Setup has its own tests: this starts the game directly)."""
    app = open_app(bank=scripted_bank)
    teams = [
        Team(name=n, colour=c)
        for n, c in zip(("Hérons", "Cœur d'équipe", "Sud"), DEFAULT_TEAM_COLOURS, strict=False)
    ]
    sectors = tuple(s.id for s in app.game.wheel_sectors())
    assert app.game.start(SessionSettings(teams=teams, mode=mode, sectors=sectors, seed=3)) == []
    pump(app)
    assert app.base_name() == "panorama"
    return app


def question_of(app, kind: str) -> None:  # type: ignore[no-untyped-def]
    press(app, getattr(pygame, f"K_{SECTOR_OF[kind]}"))
    assert app.base_name() == "question"
    assert app.game.session.state.current.question.type == kind


def stray(app, key: int) -> None:  # type: ignore[no-untyped-def]
    """A clicker key that is not an answer: the question is back as it was afterwards."""
    press(app, key)
    if key == pygame.K_PERIOD:
        assert type(app.top()).__name__ == "BlackOverlay"
        press(app, pygame.K_PAGEDOWN)  # any key brings the room back, and only that
    elif key == pygame.K_ESCAPE:
        assert type(app.top()).__name__ == "ConfirmOverlay"
        press(app, pygame.K_ESCAPE)  # Échap in the dialog: keep playing
    else:
        press(app, key)  # F5 twice: full screen and back
    assert app.top() is app.current and app.base_name() == "question"


def check_what_is_highlighted(app) -> Move:  # type: ignore[no-untyped-def]
    """The element drawn highlighted is exactly what « suivant » would do; returns that."""
    scene = app.current
    move, shown = scene.entry.next_move(), scene.highlighted()
    kind = app.game.session.state.current.question.kind.entry
    if move.kind == "record" and move.answer is None:
        assert shown == ("button", "none")
    elif move.kind == "record" and kind == "number":
        assert shown == ("number", move.answer)
    elif move.kind == "record" and kind == "letters":
        assert shown == ("button", "confirm") and scene.entry.shown_letters() == set(move.answer)
    elif move.kind == "record":
        assert shown == ("option", move.answer)
        assert scene.entry.shown_letters() == {move.answer}  # drawn chosen, and only it
    elif move.kind == "toggle":
        assert shown == ("option", move.letter)
    elif move.kind == "reveal":
        assert shown == ("button", "reveal")
    else:
        assert shown in (None, ("number", ""))
    if shown is not None and shown[0] == "button":
        focused = [b for b in scene.buttons() if b.focused]
        assert len(focused) == 1 and focused[0].label and focused[0].enabled
        assert app.ui.layout.rect.contains(focused[0].rect)
    return move


def walk(app, presses: int) -> Move:  # type: ignore[no-untyped-def]
    """« précédent » ``presses`` times, strays in between; the move « suivant » would make."""
    move = check_what_is_highlighted(app)
    for k in range(presses):
        press(app, pygame.K_PAGEUP)
        stray(app, STRAYS[k % len(STRAYS)])
        move = check_what_is_highlighted(app)
    return move


def last_event(app):  # type: ignore[no-untyped-def]
    return app.game.session.events[-1]


def slots(app) -> int:  # type: ignore[no-untyped-def]
    return len(app.current.entry.slots())


@pytest.mark.parametrize("kind", ["vrai_faux", "qcm", "debat"])
def test_a_single_answer_is_recorded_exactly_as_highlighted(
    open_app,
    scripted_bank,
    kind: str,  # type: ignore[no-untyped-def]
) -> None:
    app = board(open_app, scripted_bank)
    question_of(app, kind)
    for k in range(slots(app) + 2):
        move = walk(app, k)
        before = len(app.game.session.events)
        press(app, pygame.K_PAGEDOWN)
        if move.kind == "explain":  # nothing highlighted: nothing recorded
            assert len(app.game.session.events) == before
            assert app.current.entry.hint()[1]  # but the line under the card says how
            continue
        event = last_event(app)
        assert isinstance(event, Answered) and event.answer == move.answer and event.team == 0
        app.game.session.undo()
        pump(app)
        assert app.base_name() == "question" and app.current.highlighted() is None


def test_several_answers_are_ticked_then_confirmed_exactly_as_highlighted(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = board(open_app, scripted_bank)
    question_of(app, "qcm_multiple")
    move = walk(app, 1)  # A
    assert move == Move("toggle", letter="A")
    press(app, pygame.K_PAGEDOWN)  # tick A
    move = walk(app, 2)  # C
    press(app, pygame.K_PAGEDOWN)  # tick C
    assert app.current.entry.shown_letters() == {"A", "C"}
    while move.kind != "record" or move.answer is None:
        move = walk(app, 1)
    assert move == Move("record", "AC")  # « Valider », shown as such
    press(app, pygame.K_PAGEDOWN)
    assert isinstance(last_event(app), Answered) and last_event(app).answer == "AC"


def test_an_estimate_needs_the_keyboard_and_says_so_and_the_clicker_does_the_rest(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = board(open_app, scripted_bank)
    question_of(app, "estimation")
    assert check_what_is_highlighted(app) == Move("explain")  # the empty box has the cursor
    press(app, pygame.K_PAGEDOWN)
    hint, loud = app.current.entry.hint()
    assert loud and hint.startswith(french("Saisie au clavier"))
    assert len(app.game.session.events) == 2
    for digit in (pygame.K_1, pygame.K_2):
        press(app, digit)
    assert walk(app, 0) == Move("record", "12")
    assert walk(app, 1) == Move("record", None)  # « Sans réponse »
    assert walk(app, 1) == Move("record", "12")  # back on the number
    press(app, pygame.K_PAGEDOWN)
    assert last_event(app).answer == 12.0


def test_on_a_rebond_the_eliminated_answer_is_faded_never_highlighted_and_refused(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = board(open_app, scripted_bank)
    question_of(app, "qcm")  # right answer: C
    press(app, pygame.K_1)
    press(app, pygame.K_PAGEDOWN)  # A: wrong
    assert app.game.session.state.phase == "rebond"
    assert app.current.entry.ruled_out() == {"A"}
    assert "A" not in app.current.entry.slots()
    for _ in range(slots(app) + 1):
        assert walk(app, 1) != Move("record", "A")
    press(app, pygame.K_1)  # the keyboard tries A again
    assert app.current.entry.hint() == (
        french("« A » a déjà été donnée par « Hérons » : le rebond choisit une autre réponse."),
        True,
    )
    assert app.game.session.state.phase == "rebond"


def test_a_true_or_false_missed_goes_straight_to_the_answer(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    app = board(open_app, scripted_bank)
    question_of(app, "vrai_faux")  # vf-0: Vrai is right
    press(app, pygame.K_2)
    press(app, pygame.K_PAGEDOWN)
    assert app.base_name() == "reveal"


def test_in_all_teams_mode_each_answer_stays_hidden_until_the_reveal(
    open_app,
    scripted_bank,  # type: ignore[no-untyped-def]
) -> None:
    from game.ui.scoreboard import TeamLine

    app = board(open_app, scripted_bank, mode="toutes_les_equipes")
    assert app.game.session.state.settings.all_teams
    question_of(app, "qcm")
    for team in range(3):
        assert app.current.entry.team == team and app.current.highlighted() is None
        move = walk(app, team + 1)  # team 1: A, team 2: B, team 3: C
        press(app, pygame.K_PAGEDOWN)
        assert last_event(app).team == team and last_event(app).answer == move.answer
        lines: list[TeamLine] = app.current._strip_lines()
        assert [line.answered for line in lines] == [t <= team for t in range(3)]
        assert all(not line.detail for line in lines)  # no answer shown before the reveal
    assert walk(app, 0) == Move("reveal")  # every answer is in: « Révéler »
    press(app, pygame.K_PAGEDOWN)
    assert isinstance(last_event(app), Revealed) and app.base_name() == "reveal"
    details = [line.detail for line in app.current._lines(app.game.session.state)]
    assert details == ["A", "B", "C"]  # now side by side, marked


def test_a_free_debate_has_one_visible_step_and_the_clicker_takes_it(open_app) -> None:  # type: ignore[no-untyped-def]
    from game.ui import gallery

    app = open_app()
    debate = next(q for q in app.game.questions() if q.kind.graded_by_facilitator)
    gallery.force(app, debate.model_copy(update={"choices": None}))
    pump(app)
    assert walk(app, 0) == Move("reveal")  # « Voir la suite », highlighted
    assert walk(app, 2) == Move("reveal")  # « précédent » has nowhere else to go
    press(app, pygame.K_PAGEDOWN)
    assert isinstance(last_event(app), Revealed) and app.base_name() == "reveal"
