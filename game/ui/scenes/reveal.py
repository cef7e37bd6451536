"""Reveal: the right answer highlighted, each team's answer marked right or wrong (a symbol,
not only a colour) — in « toutes les équipes » mode all the answers side by side, shown for the
first time —, points flying to the scores, the explanation and its source; D shows « Pour aller
plus loin ». On a debate the facilitator gives each team 0, 2 or 4 points (the scale's
values): a digit, a click, or the clicker's « précédent », which steps through the values. N or
« Noter un accord » opens the agreement entry over the reveal, with the question's « pistes
d'accord ». The bank's texts are shown with French typography.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.rules.bank.model import LETTERS, Question
from game.rules.session.scoring import TeamResult, reading
from game.rules.session.state import Current, State, TeamAnswer
from game.ui import card, chrome, graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import columns, inset, take_bottom, take_left, take_top
from game.ui.scenes.agreement import agreement_entry, agreement_label
from game.ui.scenes.base import ANIMATE, Host, Scene, Wake, soonest
from game.ui.scoreboard import TeamLine, chip_rows, draw_strip, strip_cells
from game.ui.text import Fitted, Overflow
from game.wording import say

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
        elif kind == Act.AGREEMENT or (kind == Act.COMMAND and action.value == "agreement"):
            self.host.push(agreement_entry(self.host, state.current.question))
        elif kind == Act.PREVIOUS and self.further:
            self.further = False
        elif kind == Act.PREVIOUS and self._is_debate():
            self._cycle_points()
        elif kind == Act.CHOOSE and self._is_debate():
            self._debate(int(str(action.value)))
        elif kind == Act.COMMAND and isinstance(action.value, tuple):
            team, points = action.value[1]
            self.cursor = int(team)
            self._debate(int(points))
        elif kind in (Act.UP, Act.DOWN) and self._is_debate():
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
        if points not in state.settings.scoring.debate_values:
            return  # a digit that is no debate value does nothing
        team = self.cursor
        self.game.act(lambda: session.award_debate(team, points))
        teams = _position_teams(state.current)
        if team in teams and len(teams) > 1:
            self.cursor = teams[(teams.index(team) + 1) % len(teams)]

    def _cycle_points(self) -> None:
        """A clicker's « précédent » on a debate: the next value (0, 2, 4, 0…) for the team
        under the cursor, which stays there."""
        session, state = self.game.session, self.game.state
        assert session is not None and state is not None and state.current is not None
        if self.cursor not in _position_teams(state.current):
            return
        values = state.settings.scoring.debate_values
        given = state.current.points_of(self.cursor)
        following = (
            values[(values.index(given) + 1) % len(values)] if given in values else values[0]
        )
        team = self.cursor
        self.game.act(lambda: session.award_debate(team, following))

    def update(self, dt: float) -> Wake:
        self._sync()
        session = self.game.session
        clock = (
            soonest(chrome.clock_wake(session.time_left()), chrome.header_wake(self.game))
            if session and not session.state.paused
            else None
        )
        if self.flight is not None:
            self.flight.t += dt
            if self.flight.t >= self.flight.duration:
                self.flight = None
                self.host.dirty = True
            return ANIMATE
        return soonest(clock)

    # --- layout --------------------------------------------------------------------------

    def _is_debate(self) -> bool:
        """Points given by the facilitator (a debate): a third line of point buttons."""
        state = self.game.state
        return bool(state and state.current and state.current.question.kind.graded_by_facilitator)

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
        last = chrome.last_question(session)
        further = (
            say("game.reveal.button.back") if self.further else say("game.reveal.button.further")
        )
        specs = [
            (
                say("game.reveal.button.debrief") if last else say("game.reveal.button.next"),
                widgets.command("next"),
                "lecture",
                True,
            ),
            (further, widgets.command("further"), None, False),
            (agreement_label(state), widgets.command("agreement"), None, False),
            (say("game.reveal.button.adjust"), Action(Act.ADJUST), "score", False),
            (say("game.reveal.button.undo"), Action(Act.UNDO), "annuler", False),
        ]
        out = widgets.footer_buttons(self.ui, [(t, a, i, p, True) for t, a, i, p in specs])
        out[0].focused = True  # « suivant » always goes on: the room sees it
        return out

    def targets(self) -> list[Target]:
        out = super().targets()
        state = self.game.state
        if state is None or state.current is None or not self._is_debate():
            return out
        for team, cell in self._point_cells(state):
            for points, rect in cell:
                out.append(Target(rect, widgets.command("points", (team, points))))
        return out

    def _point_cells(self, state: State) -> list[tuple[int, list[tuple[int, pygame.Rect]]]]:
        assert state.current is not None
        cells = strip_cells(self.ui, self._rects()["strip"], state.n_teams)
        out = []
        values = state.settings.scoring.debate_values
        for team in _position_teams(state.current):
            row = chip_rows(self.ui, cells[team], 3)[2]
            slots = columns(row, len(values), self.ui.layout.gap // 3)
            out.append((team, list(zip(values, slots, strict=True))))
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
        question = current.question
        if question.kind.graded_by_facilitator:
            left = say("game.card.band", sector=label, what=question.kind.label)
            right = say("game.reveal.band.debate", values=_values(rules.debate_values))
        else:
            what = card.points_text(rules.points(question.difficulty))
            left = say("game.card.band", sector=label, what=what)
            right = say("game.reveal.band.right_answer")
        card.draw_band_text(surface, ui, rects, sector, left, right, None)
        if self.further:
            self._further(surface, rects["content"], current.question)
        else:
            self._answer(surface, rects["content"], current.question)
        landing = draw_strip(
            surface, ui, rects["strip"], self._lines(state), count=3 if self._is_debate() else 2
        )
        if self._is_debate():
            self._debate_buttons(surface, state)
        self._flying(surface, state, rects["content"], landing)
        widgets.draw_buttons(surface, ui, buttons)

    def _answer(self, surface: pygame.Surface, area: pygame.Rect, question: Question) -> None:
        ui, lay = self.ui, self.ui.layout
        pad = lay.h(layout.SMALL_PAD)
        mark = lay.h(layout.MARK)  # at most; it shrinks to the answer's line height
        answer_width = area.width - mark - pad * 3
        source = say("game.reveal.source", source=card.shown(question.source))
        blocks = [
            (answer_text(question), "answer", answer_width),
            (card.shown(question.explanation), "explanation", area.width),
            (source, "reference", area.width),
        ]
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
        if question.kind.scored:
            widgets.mark(surface, ui, mark_rect, True)
        ui.type.draw(surface, fitted[0], text_rect, P.ink)
        explanation_rect, source_rect = take_top(rest, fitted[1].height, lay.gap)
        ui.type.draw(surface, fitted[1], explanation_rect, P.ink)
        ui.type.draw(surface, fitted[2], source_rect, P.card_muted)

    def _further(self, surface: pygame.Surface, area: pygame.Rect, question: Question) -> None:
        ui, lay = self.ui, self.ui.layout
        head, rest = take_top(area, lay.h(layout.HEADING_ROW), lay.gap)
        ui.type.text(
            surface,
            say("game.reveal.further.title"),
            "heading",
            head,
            P.ink,
            valign="middle",
            max_lines=1,
        )
        text = (
            say("game.reveal.further.quoted", text=card.shown(question.further))
            if question.further
            else say("game.reveal.further.none")
        )
        ui.type.text(surface, text, "prompt", rest, P.ink)

    def _lines(self, state: State) -> list[TeamLine]:
        current = state.current
        assert current is not None
        progress = (
            1.0
            if self.flight is None
            else min(1.0, self.flight.t / max(1e-6, self.flight.duration))
        )
        out = []
        for i, team in enumerate(state.settings.teams):
            result = current.result_of(i)
            given = current.answer_of(i)
            detail, mark = _detail(current.question, result, given)
            gained = current.points_of(i)
            shown = state.scores[i] - gained * (1 - progress)
            out.append(
                TeamLine(
                    i,
                    team.name,
                    theme.rgb(team.colour),
                    shown,
                    detail,
                    mark,
                    active=self._is_debate() and i == self.cursor and result is not None,
                )
            )
        return out

    def _debate_buttons(self, surface: pygame.Surface, state: State) -> None:
        assert state.current is not None
        for team, cell in self._point_cells(state):
            given = state.current.points_of(team)
            for points, rect in cell:
                button = widgets.Button(
                    rect,
                    str(points),
                    widgets.command("points", (team, points)),
                    selected=points == given,
                )
                widgets.draw_button(surface, self.ui, button)

    def _flying(
        self, surface: pygame.Surface, state: State, area: pygame.Rect, landing: list[pygame.Rect]
    ) -> None:
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
            image = self.ui.type.render(f"+{gained}", "bold", self.ui.type.px("score"), P.ink)
            badge = image.get_rect(center=(round(x), round(y))).inflate(
                self.ui.layout.pad, self.ui.layout.pad // 2
            )
            graphics.panel(surface, badge, P.banner, badge.height // 2)
            graphics.blit_centred(surface, image, badge.center)


def theme_ease(t: float) -> float:
    t = max(0.0, min(1.0, t))
    return 1 - (1 - t) ** 2


def answer_text(question: Question) -> str:
    """The right answer as the card shows it: each right option on its line, an estimate with
    its margin, or what a debate is about."""
    kind = question.kind
    if not kind.scored:
        return say("game.reveal.no_right_answer")
    letters = sorted(kind.right_letters(question))
    if letters:
        return "\n".join(
            say(
                "common.answer.letter_option",
                letter=letter,
                option=card.shown(question.options[LETTERS.index(letter)]),
            )
            for letter in letters
        )
    margin = kind.tolerance_text(question)
    right = card.shown(kind.right_text(question))
    return say("game.reveal.within", answer=right, margin=margin) if margin else right


def _values(values: tuple[int, ...]) -> str:
    if len(values) == 1:
        return str(values[0])
    return say("common.list.or", items=", ".join(str(v) for v in values[:-1]), last=values[-1])


def _detail(
    question: Question, result: TeamResult | None, given: TeamAnswer | None
) -> tuple[str, bool | None]:
    if result is None and given is None:
        return "", None
    answer = given.answer if given else None
    text = reading(question, answer, timed_out=bool(given and given.timed_out))
    if result is None or result.result == "position":
        return (say("game.reveal.position", answer=text) if answer else ""), None
    return text, result.right


def _position_teams(current: Current) -> list[int]:
    return [r.team for r in current.results if r.result == "position"]


def _overflow(fitted: Fitted, style: str, width: int) -> Overflow:
    return Overflow(fitted.text, style, (width, fitted.height), (fitted.width, fitted.height))
