"""A message to the facilitator takes a place of its own and covers nothing on screen."""

from __future__ import annotations

import pytest

from game.ui import chrome
from game.wording import say
from tests.ui.driving import start_game

SIZES = [(1024, 768), (1920, 1080), (3840, 2160)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("home", ["title", "setup"])
def test_a_message_on_the_title_or_the_setup_is_in_the_header_not_over_the_screen(
    open_app, size, home
) -> None:  # type: ignore[no-untyped-def]
    app = open_app(size=size)
    app.go_home(home)
    app.game.say(say("game.bank.opened", name="Charte du service", count="24 questions"))
    app.draw()
    assert chrome.notice_place(app.ui, app.game) == "header"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_refused_action_on_the_board_is_said_in_the_header(open_app, size) -> None:  # type: ignore[no-untyped-def]
    app = open_app(size=size)
    start_game(app)
    assert app.base_name() == "panorama"
    app.game.say(say("game.bank.not_during_game"), error=True)
    app.draw()
    assert chrome.notice_place(app.ui, app.game) == "header"
