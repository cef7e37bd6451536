"""Six teams on a 1920×1080 screen: each chip of the strip names its team (cut with « … » when
the name is longer than the chip), and an answer too long for its line is cut, never clipped."""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.scoreboard import TeamLine, draw_strip, one_line

NAMES = ("Les Hérissons", "Cœur d’équipe", "Équipe Été", "RH", "SI", "Accueil")


def test_every_chip_names_its_team_even_when_the_name_must_be_cut(open_app, monkeypatch) -> None:
    app = open_app(size=(1920, 1080))
    ui = app.ui
    drawn: list[str] = []
    text = ui.type.text

    def record(surface, value, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(value)
        return text(surface, value, *args, **kwargs)

    monkeypatch.setattr(ui.type, "text", record)
    lines = [
        TeamLine(k, name, theme.rgb("#56B4E9"), 0, detail="Sans réponse" if k == 0 else "")
        for k, name in enumerate(NAMES)
    ]
    surface = pygame.Surface((1920, 1080))
    draw_strip(surface, ui, pygame.Rect(20, 800, 1880, 110), lines)
    for name in NAMES:
        shown = [t for t in drawn if t == name or (t.endswith("…") and name.startswith(t[:-1]))]
        assert shown, name
    assert "Sans réponse" in drawn or any(t.startswith("Sans") for t in drawn)


def test_a_text_is_cut_with_an_ellipsis_or_left_out_when_too_little_would_remain(open_app) -> None:
    app = open_app(size=(1920, 1080))
    ui = app.ui
    assert one_line(ui, "RH", "small", pygame.Rect(0, 0, 200, 60)) == ("RH", "small")
    cut, _ = one_line(ui, "Les Hérissons du service", "small", pygame.Rect(0, 0, 120, 60))
    assert cut.endswith("…") and "Les Hérissons du service".startswith(cut[:-1])
    assert ui.type.fit(cut, "small", (120, 60), max_lines=1).overflow is False
    assert one_line(ui, "Les Hérissons", "small", pygame.Rect(0, 0, 12, 60)) == ("", "small")
