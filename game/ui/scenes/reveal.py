"""Reveal: the right answer highlighted, each team's answer marked right or wrong (a symbol,
not only a colour), points flying to the scores, the explanation and its source; D shows
« Pour aller plus loin ». On a debate the facilitator gives each team 0, 1 or 2 points.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.rules.bank.model import LETTERS, Question
from game.rules.session.scoring import TeamResult
from game.rules.session.state import Current, State, TeamAnswer
from game.ui import card, chrome, graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import columns, inset, take_bottom, take_left, take_top
from game.ui.scenes.base import ANIMATE, Host, Scene, Wake, soonest
from game.ui.scoreboard import TeamLine, chip_rows, draw_strip, strip_cells
from game.ui.text import Fitted, Overflow
from game.wording.numbers import number as format_number

P = theme.PALETTE


@dataclass
class Flight:
    """Points on their way to the scores."""

    t: float = 0.0
    duration: float = theme.TIMING.points_s


class Reveal(Scene):
    """The answer, and the conversation it opens."""

    mode = Mode.REVEAL

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.further = False
        self.flight: Flight | None = None
        self.cursor = 0
        self.key: object = None

    def enter(self) -> None:
        self._sync(force=True)

    def _sync(self, force: bool = False) -> None:
        state = self.game.state
        key = state.current.question.id if state and state.current else None
        if key != self.key or force:
            self.key = key
            self.further = False
            self.cursor = state.current.team if state and state.current else 0
            self.flight = Flight(duration=theme.TIMING.points_s * self.host.speed)

    def handle(self, action: Action) -> bool:
        self._sync()
        session, state = self.game.session, self.game.state
        if session is None or state is None or state.current is None:
            return False
        kind = action.kind
        if kind == Act.NEXT or (kind == Act.COMMAND and action.value == "next"):
            self.game.act(session.next)
        elif kind == Act.FURTHER or (kind == Act.COMMAND and action.value == "further"):
            self.further = not self.further
        elif kind == Act.PREVIOUS and self.further:
            self.further = False
        elif kind == Act.CHOOSE and state.current.question.type == "debat":
            self._debate(int(str(action.value)))
        elif kind == Act.COMMAND and isinstance(action.value, tuple):
            team, points = action.value[1]
            self.cursor = int(team)
            self._debate(int(points))
        elif kind in (Act.UP, Act.DOWN) and state.current.question.type == "debat":
            teams = _position_teams(state.current)
            if teams:
                index = teams.index(self.cursor) if self.cursor in teams else 0
                self.cursor = teams[(index + (1 if kind == Act.DOWN else -1)) % len(teams)]
        else:
            return False
        return True

    def _debate(self, points: int) -> None:
        session, state = self.game.session, self.game.state
        assert session is not None and state is not None and state.current is not None
        if points > state.settings.scoring.debate_max:
            return
        team = self.cursor
        self.game.act(lambda: session.award_debate(team, points))
        teams = _position_teams(state.current)
        if team in teams and len(teams) > 1:
            self.cursor = teams[(teams.index(team) + 1) % len(teams)]

    def update(self, dt: float) -> Wake:
        self._sync()
        session = self.game.session
        clock = chrome.clock_wake(session.time_left()) if session and not \
            session.state.paused else None
        if self.flight is not None:
            self.flight.t += dt
            if self.flight.t >= self.flight.duration:
                self.flight = None
                self.host.dirty = True
            return ANIMATE
        return soonest(clock)

    # --- layout --------------------------------------------------------------------------

    def _is_debate(self) -> bool:
        state = self.game.state
        return bool(state and state.current and state.current.question.type == "debat")

    def _rects(self) -> dict[str, pygame.Rect]:
        lay = self.ui.layout
        height = lay.h(layout.STRIP_DEBATE if self._is_debate() else layout.STRIP)
        rest, strip = take_bottom(lay.frame.body, height, lay.gap)
        rects = lay.card_in(rest)
        rects["strip"] = strip
        return rects

    def buttons(self) -> list[widgets.Button]:
        session, state = self.game.session, self.game.state
        if session is None or state is None or state.current is None:
            return []
        last = session.time_up() or not session.available_sectors()
        further = "Retour à l'explication" if self.further else "Pour aller plus loin"
        specs = [
            ("Voir le bilan" if last else "Question suivante", widgets.command("next"),
             "lecture", True),
            (further, widgets.command("further"), None, False),
            ("Corriger un score", Action(Act.ADJUST), "score", False),
            ("Annuler", Action(Act.UNDO), "annuler", False),
        ]
        out = widgets.footer_buttons(self.ui, [(t, a, i, p, True) for t, a, i, p in specs])
        return out

    def targets(self) -> list[Target]:
        out = super().targets()
        state = self.game.state
        if state is None or state.current is None or state.current.question.type != "debat":
            return out
        for team, cell in self._point_cells(state):
            for points, rect in cell:
                out.append(Target(rect, widgets.command("points", (team, points))))
        return out

    def _point_cells(self, state: State) -> list[tuple[int, list[tuple[int, pygame.Rect]]]]:
        assert state.current is not None
        cells = strip_cells(self.ui, self._rects()["strip"], state.n_teams)
        out = []
        most = state.settings.scoring.debate_max
        for team in _position_teams(state.current):
            row = chip_rows(self.ui, cells[team], 3)[2]
            slots = columns(row, most + 1, self.ui.layout.gap // 3)
            out.append((team, list(enumerate(slots))))
        return out

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        state = self.game.state
        if state is None or state.current is None:
            return
        current, ui = state.current, self.ui
        buttons = self.buttons()
        chrome.draw_header(surface, ui, self.game, self.icons())
        rects = self._rects()
        sector = self.game.sector_view(current.sector)
        card.draw_card(surface, ui, rects, sector)
        label = state.sector_labels.get(current.sector, current.sector)
        rules = state.settings.scoring
        if current.question.type == "debat":
            left = f"{label} · débat"
            right = f"De 0 à {card.points_text(rules.debate_max)} par position"
        else:
            left = f"{label} · {card.points_text(rules.points(current.question.difficulty))}"
            right = "La bonne réponse"
        card.draw_band_text(surface, ui, rects, sector, left, right, None)
        if self.further:
            self._further(surface, rects["content"], current.question)
        else:
            self._answer(surface, rects["content"], current.question)
        landing = draw_strip(surface, ui, rects["strip"], self._lines(state),
                             count=3 if self._is_debate() else 2)
        if current.question.type == "debat":
            self._debate_buttons(surface, state)
        self._flying(surface, state, rects["content"], landing)
        widgets.draw_buttons(surface, ui, buttons)

    def _answer(self, surface: pygame.Surface, area: pygame.Rect, question: Question) -> None:
        ui, lay = self.ui, self.ui.layout
        pad = lay.h(layout.SMALL_PAD)
        mark = lay.h(layout.MARK)  # at most; it shrinks to the answer's line height
        answer_width = area.width - mark - pad * 3
        blocks = [(answer_text(question), "answer", answer_width),
                  (question.explanation, "explanation", area.width),
                  (f"Source : {question.source}", "reference", area.width)]
        fixed = 2 * pad + 2 * lay.gap
        fitted, fits = ui.type.fit_blocks(blocks, area.height, fixed)
        if not fits:
            for f, (_, style, width) in zip(fitted, blocks, strict=True):
                ui.type.overflows.append(_overflow(f, style, width))
        answer_h = fitted[0].height + 2 * pad
        mark = min(mark, fitted[0].line_height)
        box, rest = take_top(area, answer_h, lay.gap)
        graphics.panel(surface, box, P.right_soft, lay.radius, P.right, lay.outline)
        mark_rect, text_rect = take_left(inset(box, pad), mark, pad)
        mark_rect = pygame.Rect(mark_rect.left, box.top + pad, mark, mark)
        if question.type != "debat":
            widgets.mark(surface, ui, mark_rect, True)
        ui.type.draw(surface, fitted[0], text_rect, P.ink)
        explanation, source = take_top(rest, fitted[1].height, lay.gap)
        ui.type.draw(surface, fitted[1], explanation, P.ink)
        ui.type.draw(surface, fitted[2], source, P.card_muted)

    def _further(self, surface: pygame.Surface, area: pygame.Rect, question: Question) -> None:
        ui, lay = self.ui, self.ui.layout
        head, rest = take_top(area, lay.h(layout.HEADING_ROW), lay.gap)
        ui.type.text(surface, "Pour aller plus loin", "heading", head, P.ink, valign="middle",
                     max_lines=1)
        text = question.further or ("Pas de piste pour cette question : à vous d'en proposer "
                                    "une à l'équipe.")
        ui.type.text(surface, f"« {text} »" if question.further else text, "prompt", rest,
                     P.ink)

    def _lines(self, state: State) -> list[TeamLine]:
        current = state.current
        assert current is not None
        progress = 1.0 if self.flight is None else min(1.0, self.flight.t /
                                                      max(1e-6, self.flight.duration))
        out = []
        for i, team in enumerate(state.settings.teams):
            result = current.result_of(i)
            given = current.answer_of(i)
            detail, mark = _detail(current.question, result, given)
            gained = current.points_of(i)
            shown = state.scores[i] - gained * (1 - progress)
            out.append(TeamLine(i, team.name, theme.rgb(team.colour), shown, detail, mark,
                                active=current.question.type == "debat" and i == self.cursor
                                and result is not None))
        return out

    def _debate_buttons(self, surface: pygame.Surface, state: State) -> None:
        assert state.current is not None
        for team, cell in self._point_cells(state):
            given = state.current.points_of(team)
            for points, rect in cell:
                button = widgets.Button(rect, str(points), widgets.command("points",
                                                                           (team, points)),
                                        selected=points == given)
                widgets.draw_button(surface, self.ui, button)

    def _flying(self, surface: pygame.Surface, state: State, area: pygame.Rect,
                landing: list[pygame.Rect]) -> None:
        if self.flight is None or state.current is None:
            return
        t = theme_ease(self.flight.t / max(1e-6, self.flight.duration))
        start = (area.centerx, area.top + self.ui.layout.h(layout.FLIGHT_START))
        for team, target in enumerate(landing):
            gained = state.current.points_of(team)
            if gained <= 0:
                continue
            x = start[0] + (target.centerx - start[0]) * t
            y = start[1] + (target.centery - start[1]) * t
            image = self.ui.type.render(f"+{gained}", "bold", self.ui.type.px("score"),
                                        P.ink)
            badge = image.get_rect(center=(round(x), round(y))).inflate(
                self.ui.layout.pad, self.ui.layout.pad // 2)
            graphics.panel(surface, badge, P.banner, badge.height // 2)
            graphics.blit_centred(surface, image, badge.center)


def theme_ease(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return 1 - (1 - t) ** 2


def answer_text(question: Question) -> str:
    """The right answer as the card shows it."""
    if question.type == "estimation":
        margin = f" (à {format_number(question.tolerance)} près)" if question.tolerance else ""
        return f"{question.answer_text}{margin}"
    if question.type == "debat":
        return "Pas de bonne réponse : chaque équipe défend sa position."

    letters = sorted(question.right_letters)
    return "\n".join(f"{letter} : {question.options[LETTERS.index(letter)]}"
                     for letter in letters)


def _detail(question: Question, result: TeamResult | None,
            given: TeamAnswer | None) -> tuple[str, bool | None]:
    if result is None and given is None:
        return "", None
    answer = given.answer if given else None
    if answer is None:
        text = "Temps écoulé" if given and given.timed_out else "Sans réponse"
    elif isinstance(answer, float):
        text = format_number(answer)  # the unit is on the card: chips stay narrow
    else:
        text = ", ".join(answer)
    if result is None or result.result == "position":
        return (f"Position {text}" if answer else ""), None
    return text, result.right


def _position_teams(current: Current) -> list[int]:
    return [r.team for r in current.results if r.result == "position"]


def _overflow(fitted: Fitted, style: str, width: int) -> Overflow:
    return Overflow(fitted.text, style, (width, fitted.height), (fitted.width, fitted.height))
