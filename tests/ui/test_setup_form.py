"""The Setup form, field by field: Enter in a name goes to the next field, a name too long is
refused where it is typed, and the clicker's « suivant » walks the fields to « Commencer la
partie » without changing anything on the way."""

from __future__ import annotations

import dataclasses

import pygame

from game.rules.session.settings import TEAM_NAME_MAX
from game.wording import say
from tests.ui.driving import press, type_text


def setup(open_app):  # type: ignore[no-untyped-def]
    app = open_app()
    press(app, pygame.K_RETURN)
    assert app.base_name() == "setup"
    return app


def focused(app) -> str:  # type: ignore[no-untyped-def]
    return app.current.form.focused()


def drawn_texts(app) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text the scene lays out to draw in one frame."""
    texts: list[str] = []
    real = app.ui.type.fit

    def recording(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        texts.append(text)
        return real(text, *args, **kwargs)

    app.ui.type.fit = recording
    try:
        app.current.draw(pygame.Surface(app.ui.size))
    finally:
        app.ui.type.fit = real
    return texts


def test_enter_in_a_team_name_goes_to_the_next_field_and_never_starts_the_game(
    open_app,  # type: ignore[no-untyped-def]
) -> None:
    app = setup(open_app)
    type_text(app, "Les Hérons")
    press(app, pygame.K_RETURN)
    assert app.base_name() == "setup" and app.game.session is None
    assert focused(app) == "name:1"
    type_text(app, "Cœur d’équipe")
    press(app, pygame.K_KP_ENTER)
    assert focused(app) == "name:2"
    assert app.current.form.values.names[:2] == ["Les Hérons", "Cœur d’équipe"]


def test_a_name_longer_than_the_limit_is_refused_and_its_field_says_so(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    full = "Direction des ressources"
    assert len(full) == TEAM_NAME_MAX
    type_text(app, full)
    type_text(app, "x")
    assert app.current.form.values.names[0] == full  # nothing cut, nothing added
    message = say("game.setup.name_too_long", max=TEAM_NAME_MAX)
    assert message in drawn_texts(app)
    press(app, pygame.K_BACKSPACE)  # a key that fits clears the warning
    assert app.current.form.values.names[0] == full[:-1]
    assert message not in drawn_texts(app)


def test_a_pasted_name_too_long_is_refused_whole_not_cut(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    pygame.scrap.put_text("Direction départementale des territoires")
    press(app, pygame.K_v, pygame.KMOD_LCTRL)
    assert app.current.form.values.names[0] == "Équipe 1"
    assert say("game.setup.name_too_long", max=TEAM_NAME_MAX) in drawn_texts(app)


def test_next_walks_every_field_to_commencer_without_changing_a_value(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    before = dataclasses.asdict(app.current.form.values)
    fields = app.current.form.fields()
    seen = [focused(app)]
    for _ in range(len(app.current.form.fields()) + 3):
        press(app, pygame.K_PAGEDOWN)
        if app.base_name() != "setup":
            break
        seen.append(focused(app))
        assert dataclasses.asdict(app.current.form.values) == before
    assert seen == fields  # each field once, in order…
    assert seen[-1] == "start"  # … ending on « Commencer »
    assert app.base_name() == "barometer"  # where « suivant » starts the game:
    # the bank's statements are voted first (the baromètre is proposed by default)


def test_the_focused_start_button_is_the_one_highlighted(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    while focused(app) != "start":
        press(app, pygame.K_PAGEDOWN)
    highlighted = [b.label for b in app.current.buttons() if b.focused]
    assert highlighted == ["Commencer la partie"]


def test_previous_goes_back_a_field_and_stops_at_the_first(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEDOWN)
    press(app, pygame.K_PAGEUP)
    assert focused(app) == "name:1"
    press(app, pygame.K_PAGEUP)
    press(app, pygame.K_PAGEUP)
    assert focused(app) == "name:0"


def test_the_arrows_change_the_focused_option_and_only_it(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    while focused(app) != "duration_min":
        press(app, pygame.K_TAB)
    form = app.current.form.values
    press(app, pygame.K_RIGHT)
    assert form.duration_min == 30
    press(app, pygame.K_LEFT)
    press(app, pygame.K_LEFT)
    assert form.duration_min == 15
    assert form.mode == "tour_par_tour" and form.timer_s == 60


def test_the_arrows_in_a_teams_name_change_neither_the_name_nor_its_colour(open_app) -> None:  # type: ignore[no-untyped-def]
    app = setup(open_app)
    assert focused(app) == "name:0"
    values = app.current.form.values
    before = (list(values.names), list(values.colours))
    press(app, pygame.K_LEFT)
    press(app, pygame.K_RIGHT)
    assert (values.names, values.colours) == before
