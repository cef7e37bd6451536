"""The frame around every in-game screen: time left, the header's banner, the row of icon
buttons, and the notice line.

The banner is where the room looks for what just happened and what comes next, in this order:
a refused action's notice; the last action's moment (« +4 pour Les Hérons », « Raté — rebond
pour Cœur d'équipe », « Action annulée : … », « Panorama complet ! », with its tone's colour and
the team's disc) for a few seconds; the pause; then the game's state — the last round and how
many questions are left in it, the last two minutes, whose turn comes next. It lives in the
header, so it takes its own space and covers nothing: a notice or a moment takes the whole
header left of the icons for its few seconds (the time left steps aside), the game's state sits
after the time left. A notice too long for the header (a journal that cannot be written) is
shown above the footer instead.

The time left is shown in whole minutes (seconds only in the last two), so that during a long
discussion the screen changes at most once a minute and the computer can rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.ui import graphics, theme, widgets
from game.ui.context import Ui
from game.ui.game import Game
from game.ui.layout import inset, take_left
from game.wording import say, say_n

if TYPE_CHECKING:  # the engine is imported when a game starts (game.Game.resumable)
    from game.rules.session.engine import Session
    from game.rules.session.outcome import Outcome

P = theme.PALETTE
LAST_STRETCH_S = 120
OUTCOME_S = 6.0  # how long an outcome holds the banner (session seconds)
CLOCK_ICON_FROM = 1.0  # the clock's icon shows when the header's text part is this wide
DISC_SHARE = 0.75  # a team's disc in the banner, of the header's height
IN_GAME_SCENES = ("panorama", "reveal")  # the Question shows notices under its card
LINE_UNDER_CARD = ("question", "barometer")  # scenes whose line under the card says notices
_TONES: dict[str, tuple[theme.Colour, theme.Colour]] = {
    "right": (P.right, P.paper),
    "wrong": (P.wrong, P.paper),
    "bonus": (P.banner, P.banner_text),
    "neutral": (P.raised, P.text),
}


@dataclass(frozen=True)
class Banner:
    """What the header's banner says now, how it looks, and the team it is about."""

    text: str
    fill: theme.Colour
    ink: theme.Colour
    team: tuple[int, theme.Colour] | None = None  # its number and its colour
    edge: theme.Colour | None = None
    wide: bool = False  # a notice or a moment: the whole header left of the icons


def time_left_text(seconds: float) -> str:
    """« 12 min », or « 1:45 » in the last two minutes."""
    if seconds <= 0:
        return "0:00"
    if seconds <= LAST_STRETCH_S:
        whole = math.ceil(seconds)
        return f"{whole // 60}:{whole % 60:02d}"
    return say("common.duration.minutes", minutes=math.ceil(seconds / 60))


def clock_wake(seconds: float) -> float:
    """Seconds until the time-left text changes."""
    if seconds <= 0:
        return 60.0
    period = 1.0 if seconds <= LAST_STRETCH_S else 60.0
    return (seconds % period or period) + 1e-3


def last_question(session: Session) -> bool:
    """The question on screen is the game's last: time is up and its round ends with it (every
    question ends a round in all-teams mode), or no question is left to draw."""
    state = session.state
    if state.current is None:
        return False
    if session.time_up() and (state.settings.all_teams or session.turns_left() == 1):
        return True
    return not session.available_sectors()


def outcome_shown(game: Game) -> Outcome | None:
    """The last action's moment while it holds the banner."""
    session = game.session
    outcome = session.fresh_outcome() if session is not None else None
    if outcome is None or session is None or session.elapsed() - outcome.elapsed >= OUTCOME_S:
        return None
    return outcome


def header_wake(game: Game) -> float | None:
    """Seconds until the banner changes by itself (an outcome's time is over)."""
    outcome = outcome_shown(game)
    session = game.session
    if outcome is None or session is None or session.state.paused:
        return None
    return max(0.05, OUTCOME_S - (session.elapsed() - outcome.elapsed)) + 1e-3


def draw_header(surface: pygame.Surface, ui: Ui, game: Game, icons: list[widgets.Button]) -> None:
    """Time left on the left, the banner after it, the icons on the right."""
    frame, gap = ui.layout.frame, ui.layout.gap
    session = game.session
    if session is not None and not session.state.ended:
        banner = banner_of(game)
        if banner is not None and banner.wide and _fits(ui, frame.title, banner):
            _draw_banner(surface, ui, frame.title, banner)
        else:
            used = _draw_clock(surface, ui, frame.title, session.time_left())
            _, area = take_left(frame.title, used, gap * 2)
            if banner is None or banner.wide:  # a notice too long is shown above the footer
                banner = None if session.state.paused else _status(game)
            if banner is not None and not _fits(ui, area, banner):
                banner = _status(game, short=True)  # the state of the game, without « next »
            if banner is not None:
                _draw_banner(surface, ui, area, banner)
    widgets.draw_icon_row(surface, ui, icons)


def _draw_clock(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, seconds: float) -> int:
    """« Reste 12 min », its clock icon when the header is wide; returns the width used."""
    lay = ui.layout
    text = say("game.header.time_left", time=time_left_text(seconds))
    fitted = ui.type.fit(text, "label", rect.size, max_lines=1)
    left = rect.left
    if rect.width >= lay.h(CLOCK_ICON_FROM):
        side = rect.height
        icon = ui.images.icon("horloge", round(side * widgets.ICON_FRACTION), P.muted)
        graphics.blit_centred(surface, icon, (left + side // 2, rect.centery))
        left += side + lay.gap // 2
    text_rect = pygame.Rect(left, rect.top, min(fitted.width, rect.right - left), rect.height)
    ui.type.draw(surface, fitted, text_rect, P.text, "left", "middle")
    return text_rect.right - rect.left


def _tall(ui: Ui, rect: pygame.Rect) -> pygame.Rect:
    """The banner's own rectangle: the header's, grown into the window's margin above it and
    a little into the gap below, so that two lines fit at the smallest text size."""
    lay = ui.layout
    grow_up, grow_down = lay.margin // 2, lay.gap // 3
    return pygame.Rect(rect.left, rect.top - grow_up, rect.width, rect.height + grow_up + grow_down)


def _fits(ui: Ui, rect: pygame.Rect, banner: Banner) -> bool:
    room = _room(ui, _tall(ui, rect), banner)
    return not ui.type.fit(banner.text, "label", room, max_lines=2).overflow


def _room(ui: Ui, rect: pygame.Rect, banner: Banner) -> tuple[int, int]:
    disc = round(rect.height * DISC_SHARE) if banner.team is not None else 0
    return rect.width - disc - ui.layout.pad * 2, rect.height


def banner_of(game: Game) -> Banner | None:
    """The banner's content now (None: the banner is empty)."""
    session = game.session
    if session is None:
        return None
    notice = game.notice
    if notice is not None and game.scene_name() in IN_GAME_SCENES:
        return _notice_banner(game)
    outcome = outcome_shown(game)
    if outcome is not None:
        fill, ink = _TONES[outcome.tone]
        return Banner(outcome.text, fill, ink, _team(game, outcome.team), wide=True)
    if session.state.paused:
        return Banner(say("game.header.paused"), P.banner, P.banner_text)
    return _status(game)


def _status(game: Game, short: bool = False) -> Banner | None:
    """The game's state: the last round (or the last two minutes) and whose turn is next;
    ``short``: the first alone when both do not fit."""
    session = game.session
    assert session is not None
    state = session.state
    parts: list[str] = []
    left = session.turns_left()
    if left is not None:
        parts.append(say_n("game.header.last_round", left))
    elif session.last_stretch():
        parts.append(say("game.header.last_stretch"))
    following = None if last_question(session) or (short and parts) else session.next_team()
    if following is not None:
        parts.append(say("game.header.next", team=state.settings.teams[following].name))
    if not parts:
        return None
    text = (
        say("game.header.joined", first=parts[0], second=parts[1]) if len(parts) > 1 else parts[0]
    )
    urgent = left is not None or session.last_stretch()
    if urgent:
        return Banner(text, P.banner, P.banner_text, _team(game, following))
    return Banner(text, P.background, P.text, _team(game, following))


def _team(game: Game, team: int | None) -> tuple[int, theme.Colour] | None:
    state = game.state
    if team is None or state is None:
        return None
    return team, theme.rgb(state.settings.teams[team].colour)


def _draw_banner(surface: pygame.Surface, ui: Ui, rect: pygame.Rect, banner: Banner) -> None:
    lay = ui.layout
    rect = _tall(ui, rect)
    room = _room(ui, rect, banner)
    fitted = ui.type.fit(banner.text, "label", room, max_lines=2)
    ui.type.note_overflow(fitted, "label", room)
    disc = rect.width - lay.pad * 2 - room[0]
    width = min(rect.width, fitted.width + disc + lay.pad * 2)
    pill = pygame.Rect(rect.left, rect.top, width, rect.height)
    graphics.panel(
        surface, pill, banner.fill, lay.radius, banner.edge, lay.outline if banner.edge else 0
    )
    inner = pill.inflate(-lay.pad * 2, 0)
    if banner.team is not None:
        number, colour = banner.team
        spot, inner = take_left(inner, disc, 0)
        widgets.team_disc(
            surface, ui, spot.center, round(disc * 0.4), colour, number, edge=banner.ink
        )
    ui.type.draw(surface, fitted, inner, banner.ink, "left", "middle")


def notice_place(ui: Ui, game: Game) -> str | None:
    """Where the last message goes now: « header » (the banner, in a game or on the Title and
    the Setup, whose header's left part is free), « card » (the line under the question card),
    « footer » (above the footer: only a message too long for two lines in the header), or
    None when there is none."""
    notice = game.notice
    if notice is None:
        return None
    if game.scene_name() in LINE_UNDER_CARD:
        return "card"
    banner = banner_of(game)
    if banner is None and game.scene_name() is None:
        banner = _notice_banner(game)
    if banner is not None and banner.wide and _fits(ui, ui.layout.frame.title, banner):
        return "header"
    return "footer"


def _notice_banner(game: Game) -> Banner | None:
    notice = game.notice
    if notice is None:
        return None
    return Banner(
        notice.text, P.raised, P.text, edge=P.wrong if notice.error else P.focus, wide=True
    )


def draw_notice(surface: pygame.Surface, ui: Ui, game: Game) -> None:
    """The last message (a refused action, a saved file), in a place of its own so that it
    covers nothing (see :func:`notice_place`); in a game the header draws it itself."""
    place = notice_place(ui, game)
    notice = game.notice
    if place in (None, "card") or notice is None:
        return
    if place == "header":
        banner = _notice_banner(game)
        if game.scene_name() is None and banner is not None:
            _draw_banner(surface, ui, ui.layout.frame.title, banner)
        return
    lay = ui.layout
    footer = lay.frame.footer
    box_width = footer.width
    fitted = ui.type.fit(notice.text, "label", (box_width - lay.pad * 2, lay.h(0.2)))
    height = fitted.height + lay.pad
    box = pygame.Rect(footer.left, footer.top - lay.gap - height, box_width, height)
    edge = P.wrong if notice.error else P.focus
    graphics.panel(surface, box, P.raised, lay.radius, edge, lay.outline)
    ui.type.note_overflow(fitted, "label", (box_width - lay.pad * 2, lay.h(0.2)))
    ui.type.draw(
        surface, fitted, inset(box, lay.pad // 2).inflate(-lay.pad, 0), P.text, "centre", "middle"
    )
