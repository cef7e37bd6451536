"""Question: the card in the sector's colour, options A–D (or Vrai / Faux), several answers,
a number for estimates, positions for debates, the countdown ring, the rebond, and in
« toutes les équipes » mode an entry for every team.

Entering: A–D or 1–4 select (several answers: toggle), Enter confirms; a presenter clicker moves
through the options with « previous » and confirms with « next »; 0 or « Sans réponse » records
no answer. Every entry goes through the session, which scores it and moves the phase on.
"""

from __future__ import annotations

import pygame

from game.rules.bank.model import LETTERS, Question
from game.ui import card, chrome, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import take_bottom
from game.ui.scenes.base import Host, Scene, Wake, soonest
from game.ui.scenes.entry import Entry
from game.ui.scoreboard import TeamLine, draw_strip, strip_cells
from game.ui.wheelview import WheelSector

P = theme.PALETTE


class QuestionScene(Scene):
    """The question on screen, until the answers are in."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.entry = Entry(host)

    def input_mode(self) -> Mode:
        question = self._question()
        if question is None:
            return Mode.GENERAL
        if question.type == "estimation":
            return Mode.NUMBER
        return Mode.CHOICE if question.options else Mode.GENERAL

    def _question(self) -> Question | None:
        state = self.game.state
        return state.current.question if state and state.current else None

    # --- actions and time ----------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        self.entry.sync()
        if action.kind == Act.COMMAND and isinstance(action.value, tuple):
            name, arg = action.value
            if name == "tile":
                return self.entry.handle(Action(Act.ANSWER, arg))
            if name == "team":
                self.entry.team = int(arg)
                return True
        return self.entry.handle(action)

    def update(self, dt: float) -> Wake:
        self.entry.sync()
        session = self.game.session
        if session is None or session.state.paused:
            return None
        left = session.question_time_left()
        if left is not None and left <= 0:
            left = None  # the timer waits at zero: the team still answers
        ring = (left % 1 or 1.0) + 1e-3 if left is not None else None
        return soonest(ring, chrome.clock_wake(session.time_left()))

    # --- layout --------------------------------------------------------------------------

    def _rects(self) -> dict[str, pygame.Rect]:
        state = self.game.state
        lay = self.ui.layout
        if state is None or not state.settings.all_teams:
            return dict(lay.card)
        body = lay.frame.body
        rest, strip = take_bottom(body, lay.h(layout.STRIP), lay.gap)
        rects = lay.card_in(rest)
        rects["strip"] = strip
        return rects

    def _fit(self) -> card.CardFit | None:
        question = self._question()
        if question is None:
            return None
        rects = self._rects()
        reserve = 0
        if question.type == "estimation":
            reserve = self.ui.layout.h(layout.ESTIMATE_RESERVE)
        elif not question.options:
            reserve = self.ui.layout.h(layout.NOTE_RESERVE)
        return card.fit_options(self.ui, rects["content"], question.prompt, question.options,
                                reserve)

    def buttons(self) -> list[widgets.Button]:
        state = self.game.state
        if state is None or state.current is None:
            return []
        specs = self.entry.footer()
        out = widgets.footer_buttons(self.ui, specs)
        fit = self._fit()
        if fit is not None:
            out += [widgets.Button(t, "", widgets.command("tile", LETTERS[i]))
                    for i, t in enumerate(fit.tiles)]
        return out

    def targets(self) -> list[Target]:
        out = super().targets()
        rects = self._rects()
        state = self.game.state
        if "strip" in rects and state is not None:
            cells = strip_cells(self.ui, rects["strip"], state.n_teams)
            out += [Target(c, widgets.command("team", i)) for i, c in enumerate(cells)]
        return out

    # --- drawing -------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        state, session = self.game.state, self.game.session
        if state is None or state.current is None or session is None:
            return
        buttons = self.buttons()
        chrome.draw_header(surface, self.ui, self.game, self.icons())
        rects = self._rects()
        sector = self._sector()
        card.draw_card(surface, self.ui, rects, sector)
        left, right, team = self.entry.band_texts()
        card.draw_band_text(surface, self.ui, rects, sector, left, right, team)
        fit = self._fit()
        assert fit is not None
        card.draw_prompt(surface, self.ui, fit, state.current.question.prompt)
        self._options(surface, fit, sector)
        self.entry.draw_extra(surface, fit.below, sector)
        left_s = session.question_time_left()
        if left_s is not None:
            card.draw_ring(surface, self.ui, rects["ring"], left_s, state.settings.timer_s)
        if "strip" in rects:
            draw_strip(surface, self.ui, rects["strip"], self._strip_lines(), show_score=False)
        widgets.draw_buttons(surface, self.ui, [b for b in buttons if b.label])  # not tiles

    def _sector(self) -> WheelSector:
        state = self.game.state
        assert state is not None and state.current is not None
        return self.game.sector_view(state.current.sector)

    def _options(self, surface: pygame.Surface, fit: card.CardFit,
                 sector: WheelSector) -> None:
        chosen = self.entry.shown_letters()
        cursor = self.entry.cursor_letter()
        ruled_out = self.entry.ruled_out()
        for i, (rect, text) in enumerate(zip(fit.tiles, fit.texts, strict=True)):
            letter = LETTERS[i]
            card.draw_tile(surface, self.ui, rect, i, text, sector, selected=letter in chosen,
                           cursor=letter == cursor, dim=letter in ruled_out)

    def _strip_lines(self) -> list[TeamLine]:
        state = self.game.state
        assert state is not None and state.current is not None
        current = state.current
        lines = []
        for i, team in enumerate(state.settings.teams):
            given = current.answer_of(i)
            detail = "—" if given is None else self.entry.answer_label(given.answer,
                                                                      given.timed_out)
            lines.append(TeamLine(i, team.name, theme.rgb(team.colour), state.scores[i],
                                  detail=detail, active=i == self.entry.team))
        return lines
