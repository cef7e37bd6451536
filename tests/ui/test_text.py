"""The text helper wraps and shrinks text to its box, and says when it cannot."""

from __future__ import annotations

import pygame
import pytest

from game.ui import theme
from game.ui.text import Fonts, Typesetter


@pytest.fixture(scope="module")
def typesetter() -> Typesetter:
    pygame.font.init()
    return Typesetter(Fonts(), 768)


def test_short_text_keeps_its_preferred_size(typesetter: Typesetter) -> None:
    fitted = typesetter.fit("Bonjour", "body", (800, 200))
    assert fitted.px == typesetter.px("body") and not fitted.overflow


def test_long_text_wraps_and_shrinks_but_never_below_a_thirtieth_of_the_height(
    typesetter: Typesetter,
) -> None:
    text = "Le télétravail s'accorde sur demande de l'agent et accord du chef de service. " * 2
    fitted = typesetter.fit(text, "prompt", (500, 240))
    assert len(fitted.lines) > 1
    assert fitted.px >= 768 * theme.MIN_TEXT
    assert not fitted.overflow and fitted.height <= 240


def test_text_that_cannot_fit_is_reported_when_drawn(typesetter: Typesetter) -> None:
    surface = pygame.Surface((300, 60))
    typesetter.overflows.clear()
    typesetter.text(
        surface,
        "beaucoup trop de texte pour une si petite boîte " * 4,
        "body",
        pygame.Rect(0, 0, 300, 60),
        (255, 255, 255),
    )
    assert len(typesetter.overflows) == 1
    assert typesetter.overflows[0].style == "body"


def test_a_word_is_only_cut_when_nothing_else_fits(typesetter: Typesetter) -> None:
    fitted = typesetter.fit("Organisationnel", "label", (120, 200), max_lines=1)
    assert fitted.overflow


def test_the_narrow_no_break_space_the_font_lacks_is_replaced(typesetter: Typesetter) -> None:
    fitted = typesetter.fit("12\u202f500 €", "body", (400, 100))
    assert "\u202f" not in "".join(fitted.lines)


def test_fonts_come_from_the_shipped_files_never_from_the_system() -> None:
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "game" / "ui"
    for path in package.rglob("*.py"):
        assert ".SysFont(" not in path.read_text(encoding="utf-8"), path
