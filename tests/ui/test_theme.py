"""The theme keeps text readable from the back of a room: contrast and sizes."""

from __future__ import annotations

import pytest

from game.rules.session.settings import DEFAULT_TEAM_COLOURS
from game.ui import theme


@pytest.mark.parametrize("role,text,background", theme.text_pairs())
def test_every_text_and_background_pair_has_a_contrast_of_at_least_4_5(
    role: str, text: theme.Colour, background: theme.Colour
) -> None:
    assert theme.contrast_ratio(text, background) >= 4.5, role


def test_the_contrast_ratio_follows_the_wcag_formula() -> None:
    assert theme.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert theme.contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert theme.contrast_ratio(theme.rgb("#767676"), (255, 255, 255)) == pytest.approx(
        4.54, abs=0.01
    )


@pytest.mark.parametrize("code", sorted(set(theme.OKABE_ITO.values()) | set(DEFAULT_TEAM_COLOURS)))
def test_text_on_any_sector_or_team_colour_is_black_or_white_whichever_reads_better(
    code: str,
) -> None:
    colour = theme.rgb(code)
    ink = theme.text_on(colour)
    assert ink in (theme.PALETTE.ink, theme.PALETTE.paper)
    assert theme.contrast_ratio(ink, colour) >= 4.5


@pytest.mark.parametrize("code", sorted(set(theme.OKABE_ITO.values()) - {"#000000"}))
def test_card_text_reads_on_the_card_tint_of_every_sector_colour(code: str) -> None:
    tint = theme.card_tint(theme.rgb(code))
    assert theme.contrast_ratio(theme.PALETTE.ink, tint) >= 4.5
    assert theme.contrast_ratio(theme.PALETTE.card_muted, tint) >= 4.5


@pytest.mark.parametrize("name", sorted(theme.STYLES))
def test_no_text_style_may_shrink_below_a_thirtieth_of_the_window_height(name: str) -> None:
    style = theme.STYLES[name]
    assert style.minimum >= theme.MIN_TEXT
    assert style.size >= style.minimum


def test_fonts_are_the_shipped_atkinson_hyperlegible_files_with_their_licence() -> None:
    for path in theme.FONT_FILES.values():
        assert path.is_file() and "AtkinsonHyperlegible" in path.name
    assert (theme.FONT_DIR / "OFL.txt").is_file()
