"""The baromètre's vote on screen, driven as a facilitator would: with a presenter clicker alone
(« précédent » moves the cursor, « suivant » places the team on what is highlighted), with the
keys 1–4, by typing the hands raised per level, passing a statement or the whole baromètre,
undoing; the board comes once the room has voted, the debrief once it has voted again."""

from __future__ import annotations

import pygame

from game.rules.session.events import Counted, Voted, VoteSkipped
from game.rules.session.settings import SessionSettings, default_teams
from game.wording import french
from tests.ui.driving import button, click, press, pump

NEXT, PREVIOUS = pygame.K_PAGEDOWN, pygame.K_PAGEUP


def polled(open_app, poll: str = "equipes", teams: int = 3):  # type: ignore[no-untyped-def]
    app = open_app(size=(1024, 768))
    settings = SessionSettings(
        teams=default_teams(teams),
        barometer=poll,
        duration_min=20,
        sectors=tuple(s.id for s in app.game.wheel_sectors()),
        seed=2,
    )
    assert app.game.start(settings) == []
    pump(app)
    assert app.base_name() == "barometer"
    return app


def events(app, kind):  # type: ignore[no-untyped-def]
    return [e for e in app.game.session.events if isinstance(e, kind)]


def test_a_stray_next_records_nothing_and_the_line_under_the_card_says_how(open_app) -> None:
    app = polled(open_app)
    press(app, NEXT)
    assert events(app, Voted) == []
    hint, loud = app.current.entry.hint()
    assert loud and hint == french("Placer Équipe 1 : 1 à 4 ou « précédent », puis « suivant »")


def test_the_clicker_places_each_team_on_the_level_it_highlights(open_app) -> None:
    app = polled(open_app)
    for team, presses in enumerate((1, 3, 4)):
        for _ in range(presses):
            press(app, PREVIOUS)
        assert app.current.highlighted() == str(presses)
        press(app, NEXT)
        vote = events(app, Voted)[-1]
        assert (vote.team, vote.level) == (team, presses)
    assert app.game.state.ballot.number == 2  # the next statement


def test_keys_one_to_four_place_the_team_at_once_and_undo_takes_it_back(open_app) -> None:
    app = polled(open_app)
    press(app, pygame.K_2)
    assert [(v.team, v.level) for v in events(app, Voted)] == [(0, 2)]
    press(app, pygame.K_BACKSPACE)
    assert app.game.state.ballot.tally.levels == ()
    assert app.game.session.fresh_outcome().text == french("Action annulée : vote de Équipe 1")


def test_hands_are_typed_level_by_level_then_recorded(open_app) -> None:
    app = polled(open_app, "main_levee")
    assert app.current.input_mode().name == "NUMBER"
    for key in (pygame.K_1, pygame.K_2, NEXT, pygame.K_5, NEXT, NEXT, pygame.K_3, NEXT):
        press(app, key)
    assert app.current.highlighted() == "confirm"
    hint, _ = app.current.entry.hint()
    assert hint == french("« Suivant » : enregistrer les 20 mains levées")
    press(app, NEXT)
    assert events(app, Counted)[-1].hands == (12, 5, 0, 3)


def test_a_statement_or_the_whole_barometre_is_passed_and_the_board_comes(open_app) -> None:
    app = polled(open_app)
    press(app, pygame.K_s)
    assert len(events(app, VoteSkipped)) == 1 and app.base_name() == "barometer"
    click(app, button(app, french("Passer le baromètre")))
    assert events(app, VoteSkipped)[-1].every
    assert app.base_name() == "panorama"


def test_after_the_game_the_room_votes_again_then_the_debrief_comes(open_app) -> None:
    app = polled(open_app)
    while app.game.state.ballot is not None:
        press(app, pygame.K_1)
    session = app.game.session
    session.end()
    pump(app)
    assert app.base_name() == "barometer"
    assert app.game.state.ballot.round == "apres"
    while app.game.state.ballot is not None:
        press(app, pygame.K_4)
    assert app.base_name() == "debrief"


def test_every_statement_of_the_bank_fits_its_card_at_1024x768(real_bank, tmp_path) -> None:
    from game.ui import gallery
    from game.ui.gallery.kit import reset

    app = gallery.make_app(real_bank.bank.folder, real_bank, tmp_path)
    problems = []
    try:
        for statement in (q for q in real_bank.bank.active if q.kind.polled):
            reset(app)
            settings = SessionSettings(
                teams=default_teams(6),
                barometer="equipes",
                sectors=(statement.sector,),
                duration_min=10,
                seed=1,
            )
            pool = tuple(q for q in real_bank.bank.active if not q.kind.polled)
            assert app.game.start(settings, (*pool, statement)) == []
            app.ui.overflows.clear()
            gallery.render(app, (1024, 768))
            problems += [f"{statement.id}: « {o.text[:50]} »" for o in app.ui.overflows]
    finally:
        app.close()
    assert not problems, "\n".join(problems)


def test_b_on_the_scale_blacks_the_screen_without_speaking_of_answer_b(open_app) -> None:
    """The baromètre has levels 1 to 4, no answer B: the black screen comes back silent."""
    app = polled(open_app)
    pygame.event.post(
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_b, mod=0, scancode=0, unicode="b")
    )
    pump(app)
    black = app.top()
    assert type(black).__name__ == "BlackOverlay"
    assert black.message is None
