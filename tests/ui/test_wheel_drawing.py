"""The wheel as a room 8 m away sees it, at a 4:3 projector's size, in full HD and in 4K:
labels inside their slice with a margin, the keys that pick a sector, team tokens large enough
to read, and a needle that never hides what must be read."""

from __future__ import annotations

import math

import pygame
import pytest

from game.rules import wheel
from game.rules.bank.loader import LoadResult
from game.ui import theme
from game.ui import wheelparts as parts
from game.ui.context import Ui
from game.ui.layout import Layout
from game.ui.sound import Sound
from game.ui.wheelcontrol import radius_for
from game.ui.wheelview import WheelSector, WheelView
from tests.ui.driving import button, click, pump

SIZES = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]
TEAMS = 6
COLOURS = [theme.rgb(c) for c in ("#56B4E9", "#F0E442", "#E69F00", "#009E73", "#CC79A7", "#D55E00")]


@pytest.fixture(scope="module")
def sectors(real_bank: LoadResult) -> list[WheelSector]:
    pygame.init()
    bank = real_bank.bank
    assert bank is not None
    return [
        WheelSector(s.id, s.label, theme.rgb(s.colour), bank.pictogram_path(s))
        for s in bank.sectors
    ]


Markers = dict[str, tuple[tuple[int, theme.Colour], ...]]


def every_team_everywhere(sectors: list[WheelSector]) -> Markers:
    """Every team has won every sector: the fullest board."""
    return {s.id: tuple((t, COLOURS[t]) for t in range(TEAMS)) for s in sectors}


def board(
    size: tuple[int, int], sectors: list[WheelSector], **style: object
) -> tuple[Ui, WheelView, pygame.Rect, pygame.Surface]:
    """The board's wheel drawn alone, where the Panorama puts it at this window size."""
    ui = Ui(size, Sound(False))
    rect = Layout(size).panorama["wheel"]
    surface = pygame.Surface(size)
    surface.fill(theme.PALETTE.background)
    view = WheelView()
    view.draw(
        surface, ui, rect, sectors, markers=every_team_everywhere(sectors), teams=TEAMS, **style
    )  # type: ignore[arg-type]
    return ui, view, rect, surface


def clearance(rect: pygame.Rect, box: pygame.Rect, index: int, n: int) -> float:
    """How far the corners of ``box`` stay inside slice ``index``, in pixels."""
    radius = radius_for(rect.size)
    cx, cy = rect.width / 2 + rect.left, rect.height / 2 + rect.top
    worst = math.inf
    for x in (box.left, box.right):
        for y in (box.top, box.bottom):
            dx, dy = x - cx, y - cy
            spans = wheel.band_spans(index, n, radius, dy, dy, inner=radius * parts.HUB)
            inside = [min(dx - a, b - dx) for a, b in spans if a <= dx <= b]
            worst = min(worst, max(inside, default=-1.0))
    return worst


def slice_of(rect: pygame.Rect, point: tuple[int, int], n: int) -> int:
    x, y = point[0] - rect.centerx, point[1] - rect.centery
    return wheel.sector_at(math.degrees(math.atan2(x, -y)), n)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_label_sits_inside_its_slice_with_a_margin(size, sectors) -> None:  # type: ignore[no-untyped-def]
    ui, view, rect, _ = board(size, sectors)
    margin = parts.MARGIN * radius_for(rect.size) - 2  # two pixels for rounding
    labels = {s.label: i for i, s in enumerate(sectors)}
    seen = [(text, area) for text, area in view.shown if text in labels]
    assert sorted(text for text, _ in seen) == sorted(labels)
    for text, area in seen:
        assert clearance(rect, area, labels[text], len(sectors)) >= margin, text
    assert ui.overflows == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_labels_share_one_size_no_smaller_than_a_thirtieth_of_the_screen(size, sectors) -> None:  # type: ignore[no-untyped-def]
    ui, view, _, _ = board(size, sectors)
    labels = {s.label for s in sectors}
    heights = {area.height for text, area in view.shown if text in labels}
    assert len(heights) == 1
    assert heights.pop() >= size[1] / 30


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_key_that_picks_each_sector_is_shown_in_its_slice(size, sectors) -> None:  # type: ignore[no-untyped-def]
    _, view, rect, _ = board(size, sectors)
    n = len(sectors)
    keys = [(text, area) for text, area in view.shown if text in "12345" and area.height]
    in_slices = [(text, area) for text, area in keys if clearance(rect, area, int(text) - 1, n) > 0]
    assert sorted(text for text, _ in in_slices) == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_team_tokens_are_large_enough_to_read_and_never_overlap(size, sectors) -> None:  # type: ignore[no-untyped-def]
    _, view, rect, _ = board(size, sectors)
    radius = radius_for(rect.size)
    tokens = [
        (text, area)
        for text, area in view.shown
        if math.dist(area.center, rect.center) > radius * 0.98
    ]
    assert len(tokens) == TEAMS * len(sectors)
    assert all(area.height >= size[1] / 30 for _, area in tokens)
    token = parts.TOKEN * radius
    centres = [area.center for _, area in tokens]
    for k, a in enumerate(centres):
        for b in centres[k + 1 :]:
            assert math.dist(a, b) >= 2 * token


def test_each_team_keeps_its_place_in_every_sector(sectors) -> None:  # type: ignore[no-untyped-def]
    _, view, rect, _ = board((1920, 1080), sectors)
    n = len(sectors)
    offsets: dict[str, set[float]] = {}
    radius = radius_for(rect.size)
    for text, area in view.shown:
        if math.dist(area.center, rect.center) < radius * 0.98:
            continue
        x, y = area.centerx - rect.centerx, area.centery - rect.centery
        angle = math.degrees(math.atan2(x, -y))
        centre = wheel.slice_centre(wheel.sector_at(angle, n), n)
        offsets.setdefault(text, set()).add(round((angle - centre + 180) % 360 - 180))
    assert sorted(offsets) == ["1", "2", "3", "4", "5", "6"]
    assert all(len(places) == 1 for places in offsets.values()), offsets
    ordered = sorted(offsets, key=lambda t: next(iter(offsets[t])))
    assert ordered == ["1", "2", "3", "4", "5", "6"]


def unchanged_under(surface: pygame.Surface, before: pygame.Surface, area: pygame.Rect) -> bool:
    return all(
        surface.get_at((x, y)) == before.get_at((x, y))
        for x in range(area.left, area.right)
        for y in range(area.top, area.bottom)
    )


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_chosen_sector_stays_readable_with_the_needle_resting_on_it(size, sectors) -> None:  # type: ignore[no-untyped-def]
    chosen = sectors[2]
    _, view, rect, surface = board(size, sectors, chosen=chosen.id)
    label = next(area for text, area in view.shown if text == chosen.label)
    before = surface.copy()
    angle = math.degrees(math.atan2(label.centerx - rect.centerx, rect.centery - label.centery))
    view.draw_needle(surface, rect, angle)
    assert slice_of(rect, label.center, len(sectors)) == 2
    assert unchanged_under(surface, before, label)


def test_back_on_the_board_the_needle_hides_no_key_or_label(open_app, scripted_bank) -> None:  # type: ignore[no-untyped-def]
    app = open_app(bank=scripted_bank, size=(1024, 768))
    click(app, button(app, "Nouvelle partie"))
    click(app, button(app, "Commencer la partie"))
    session = app.game.session
    session.pick(app.game.state.wheel[1])  # the needle stops in the middle of slice 2
    pump(app)
    session.skip()
    pump(app)
    assert app.base_name() == "panorama"
    scene = app.scenes["panorama"]
    n = len(app.game.state.wheel)
    assert wheel.nearest_edge(scene.needle, n) == pytest.approx(scene.needle)
    rect = app.ui.layout.panorama["wheel"]
    surface = pygame.Surface(app.ui.size)
    scene.wheel.draw(surface, app.ui, rect, scene._sectors())
    before = surface.copy()
    assert scene.wheel.shown
    for k in range(n):  # whichever boundary it rests on
        surface.blit(before, (0, 0))
        scene.wheel.draw_needle(surface, rect, wheel.slice_span(k, n)[0])
        for text, area in scene.wheel.shown:
            assert unchanged_under(surface, before, area), text
