"""A session played with the mouse alone, at a 4:3 projector's size and in full HD."""

from __future__ import annotations

import pygame
import pytest

from game.ui.actions import Act
from tests.ui.driving import button, click, tile


def icon(app, name: str) -> pygame.Rect:  # type: ignore[no-untyped-def]
    return next(b.rect for b in app.current.icons() if b.icon == name)


def slice_centre(app, index: int) -> pygame.Rect:  # type: ignore[no-untyped-def]
    from game.rules import wheel
    from game.ui.wheelcontrol import radius_for

    rect = app.ui.layout.panorama["wheel"]
    n = len(app.game.session.state.wheel)
    x, y = wheel.point_at(
        wheel.slice_centre(index, n), rect.centerx, rect.centery, radius_for(rect.size) * 0.8
    )
    return pygame.Rect(round(x), round(y), 1, 1)


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_a_session_can_be_played_with_the_mouse_alone(open_app, scripted_bank, size) -> None:  # type: ignore[no-untyped-def]
    app = open_app(bank=scripted_bank, size=size)
    click(app, button(app, "Nouvelle partie"))
    click(app, button(app, "Commencer la partie"))
    click(app, slice_centre(app, 1))  # pick « Organisationnel » on the wheel
    assert app.game.session.state.current.question.type == "qcm"
    click(app, tile(app, "C"))
    click(app, button(app, "Valider"))
    assert app.base_name() == "reveal" and app.game.session.state.scores[0] == 2
    click(app, button(app, "Pour aller plus loin"))
    assert app.current.further
    click(app, button(app, "Question suivante"))

    click(app, icon(app, "pause"))
    assert app.game.session.state.paused
    click(app, button(app, "Reprendre"))
    assert not app.game.session.state.paused

    hub = app.ui.layout.panorama["wheel"]
    click(app, pygame.Rect(hub.center, (1, 1)))  # the hub spins
    assert app.base_name() == "question"
    click(
        app,
        button(app, "Sans réponse")
        if app.game.session.state.current.question.type != "debat"
        else button(app, "Passer"),
    )
    if app.base_name() == "question":  # a rebond: pass again
        click(app, button(app, "Sans réponse"))
    if app.base_name() == "reveal":
        click(app, button(app, "Question suivante"))

    click(app, button(app, "Corriger un score"))
    click(app, button(app, "Valider la correction"))
    assert any(a.reason == "manuel" for a in app.game.session.state.awards)

    click(app, button(app, "Terminer"))
    click(app, button(app, "Terminer"))  # the dialog's « Terminer »
    assert app.base_name() == "debrief"
    assert all(b.action.kind == Act.COMMAND for b in app.current.buttons())
    click(app, button(app, "Rejouer"))
    assert app.base_name() == "setup"
