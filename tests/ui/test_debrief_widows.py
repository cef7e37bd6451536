"""A debrief list that runs one item over its page does not leave that item alone on a page of
its own: the page before gives it company."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.debrief.flow import Item, Para, paginate


def bullets(count: int) -> list[Item]:
    text = "Une question ouverte que l'équipe veut reprendre à la prochaine réunion de service"
    return [Item((Para(f"{n}. {text}"),), marker="•") for n in range(count)]


@pytest.mark.parametrize("full_width", [True, False])
def test_the_last_page_never_holds_one_item_alone(open_app, full_width: bool) -> None:
    app = open_app(size=(1920, 1080))
    ui = app.ui
    rect = pygame.Rect(0, 0, 1600, 700)
    one_page = 1
    while len(paginate(ui, bullets(one_page + 1), rect, full_width)) == 1:
        one_page += 1
    items = bullets(one_page + 1)  # one more than a page holds
    pages = paginate(ui, items, rect, full_width)
    assert len(pages) == 2
    last = [placed.item for column in pages[-1] for placed in column]
    assert len(last) >= 2
    shown = [placed.item for page in pages for column in page for placed in column]
    assert shown == items  # nothing lost, nothing out of order
