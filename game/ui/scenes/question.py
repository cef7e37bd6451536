"""Question: the card in the sector's colour, options A–D (or Vrai / Faux), several answers,
a number for estimates, positions for debates, the countdown ring, the rebond, and in
« toutes les équipes » mode an entry for every team, kept hidden until the reveal.

What the facilitator enters goes through :class:`~game.ui.scenes.entry.Entry`; this scene
draws it: the highlighted option or button (never an invisible step), the line under the card
that says what « suivant » does now (or answers a key that did nothing else, or a refused
action), the eliminated answer faded on a rebond, the first team's number on an estimate's
rebond. At zero the countdown turns red, sounds once and waits: the team still answers.
"""

from __future__ import annotations

import pygame

from game.rules.bank.model import LETTERS, Question
from game.rules.session.scoring import reading
from game.ui import card, chrome, graphics, layout, theme, widgets
from game.ui.actions import Act, Action, Mode, Target
from game.ui.layout import inset, take_bottom
from game.ui.scenes.base import Host, Scene, Wake, soonest
from game.ui.scenes.entry import Entry, Slot
from game.ui.scoreboard import TeamLine, draw_strip, strip_cells
from game.ui.wheelview import WheelSector
from game.wording import say

P = theme.PALETTE
Highlight = tuple[str, str] | None  # ("option", "B"), ("button", "none"), ("number", "12")


class QuestionScene(Scene):
    """The question on screen, until the answers are in."""

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.entry = Entry(host)
        self.signalled: object = None  # the question and phase whose time-up was sounded

    def input_mode(self) -> Mode:
        question = self._question()
        if question is None:
            return Mode.GENERAL
        if question.kind.entry == "number":
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
            if self.signalled != self.entry.key:  # once per question and phase
                self.signalled = self.entry.key
                self.ui.sound.play("time_up")
                self.host.dirty = True
            left = None  # the timer waits at zero: nothing more to count
        ring = (left % 1 or 1.0) + 1e-3 if left is not None else None
        return soonest(ring, chrome.clock_wake(session.time_left()), chrome.header_wake(self.game))

    def time_is_up(self) -> bool:
        """The countdown reached zero while an answer is still awaited."""
        session = self.game.session
        left = session.question_time_left() if session is not None else None
        return left is not None and left <= 0

    # --- layout --------------------------------------------------------------------------

    def _rects(self) -> dict[str, pygame.Rect]:
        state = self.game.state
        lay = self.ui.layout
        body, hint = take_bottom(lay.frame.body, lay.h(card.HINT_ROW), lay.gap // 2)
        if state is None or not state.settings.all_teams:
            rects = lay.card_in(body)
        else:
            rest, strip = take_bottom(body, lay.h(layout.STRIP), lay.gap)
            rects = lay.card_in(rest)
            rects["strip"] = strip
        rects["hint"] = hint
        return rects

    def _fit(self) -> card.CardFit | None:
        question = self._question()
        if question is None:
            return None
        rects = self._rects()
        reserve = 0
        if question.kind.entry == "number":
            reserve = self.ui.layout.h(layout.ESTIMATE_RESERVE)
            if self.entry.eliminated() is not None:
                reserve += self.ui.layout.h(layout.NUMBER_LABEL)
        elif not question.options:
            reserve = self.ui.layout.h(layout.NOTE_RESERVE)
        options = [card.shown(o) for o in question.options]
        return card.fit_options(
            self.ui, rects["content"], card.shown(question.prompt), options, reserve
        )

    def buttons(self) -> list[widgets.Button]:
        state = self.game.state
        if state is None or state.current is None:
            return []
        out = widgets.footer_buttons(self.ui, self._footer())
        here = self.entry.slot()
        for button in out:
            slot = _slot_of(button.action)
            button.focused = slot is not None and slot == here
        fit = self._fit()
        if fit is not None:
            out += [
                widgets.Button(t, "", widgets.command("tile", LETTERS[i]))
                for i, t in enumerate(fit.tiles)
            ]
        return out

    def _footer(self) -> list[widgets.FooterSpec]:
        question = self._question()
        assert question is not None
        entry = self.entry
        if not question.kind.takes_answer(question):
            return [
                (
                    say("game.entry.button.further"),
                    widgets.command("reveal"),
                    "lecture",
                    True,
                    True,
                ),
                *self._always(),
            ]
        chosen = (
            bool(entry.selected)
            if question.kind.entry != "number"
            else bool(entry.number.strip("-,"))
        )
        confirm = (
            say("game.entry.button.confirm_position")
            if question.kind.entry == "position"
            else say("game.entry.button.confirm")
        )
        out: list[widgets.FooterSpec] = [
            (confirm, widgets.command("confirm"), "juste", True, chosen),
            (say("game.entry.button.none"), widgets.command("none"), None, False, True),
        ]
        if entry.all_teams:
            out.append(
                (
                    say("game.entry.button.reveal"),
                    widgets.command("reveal"),
                    "lecture",
                    not entry.expected(),
                    True,
                )
            )
        return [*out, *self._always()]

    def _always(self) -> list[widgets.FooterSpec]:
        return [
            (say("game.entry.button.skip"), Action(Act.SKIP), "passer", False, True),
            (say("game.entry.button.undo"), Action(Act.UNDO), "annuler", False, True),
        ]

    def targets(self) -> list[Target]:
        out = super().targets()
        rects = self._rects()
        state = self.game.state
        if "strip" in rects and state is not None:
            cells = strip_cells(self.ui, rects["strip"], state.n_teams)
            out += [Target(c, widgets.command("team", i)) for i, c in enumerate(cells)]
        return out

    def highlighted(self) -> Highlight:
        """What the screen shows highlighted: the option, button or number box drawn with the
        cursor (read from the widgets the drawing uses)."""
        focused = [b for b in self.buttons() if b.focused and b.label]
        if focused:
            slot = _slot_of(focused[0].action)
            return ("button", slot) if slot else None
        letter = self.entry.cursor_letter()
        if letter is not None:
            return ("option", letter)
        if self.entry.slot() == "number":
            return ("number", self.entry.number)
        return None

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
        left, right, team = self._band_texts()
        card.draw_band_text(surface, self.ui, rects, sector, left, right, team)
        fit = self._fit()
        assert fit is not None
        card.draw_prompt(surface, self.ui, fit, card.shown(state.current.question.prompt))
        self._options(surface, fit, sector)
        self._extra(surface, fit.below)
        left_s = session.question_time_left()
        if left_s is not None:
            card.draw_ring(surface, self.ui, rects["ring"], left_s, state.settings.timer_s)
        if "strip" in rects:
            draw_strip(surface, self.ui, rects["strip"], self._strip_lines(), show_score=False)
        widgets.draw_buttons(surface, self.ui, [b for b in buttons if b.label])  # not tiles
        self._hint(surface, rects["hint"])

    def _sector(self) -> WheelSector:
        state = self.game.state
        assert state is not None and state.current is not None
        return self.game.sector_view(state.current.sector)

    def _options(self, surface: pygame.Surface, fit: card.CardFit, sector: WheelSector) -> None:
        chosen = self.entry.shown_letters()
        cursor = self.entry.cursor_letter()
        ruled_out = self.entry.ruled_out()
        question = self.entry.question
        several = question is not None and question.kind.entry == "letters"
        for i, (rect, text) in enumerate(zip(fit.tiles, fit.texts, strict=True)):
            letter = LETTERS[i]
            card.draw_tile(
                surface,
                self.ui,
                rect,
                i,
                text,
                sector,
                selected=letter in chosen and not several,
                cursor=letter == cursor,
                dim=letter in ruled_out,
                ticked=(letter in chosen) if several else None,
            )

    def _band_texts(self) -> tuple[str, str, tuple[int, theme.Colour] | None]:
        state = self.game.state
        assert state is not None and state.current is not None
        current, entry = state.current, self.entry
        question, rules = current.question, state.settings.scoring
        label = state.sector_labels.get(current.sector, current.sector)
        if question.kind.graded_by_facilitator:
            what = question.kind.label
        elif state.phase == "rebond":
            what = card.points_text(rules.rebond_points(question.difficulty))
        else:
            what = card.points_text(rules.points(question.difficulty))
        left = say("game.card.band", sector=label, what=what)
        if entry.all_teams and not entry.expected():
            return left, say("game.entry.band.all_in"), None
        team = entry.answer_team()
        info = state.settings.teams[team]
        disc = (team, theme.rgb(info.colour))
        if self.time_is_up():
            return left, say("game.entry.band.time_up"), disc
        if entry.all_teams:
            return left, say("game.entry.band.answer_of", team=info.name), disc
        if state.phase == "rebond":
            return left, say("game.entry.band.rebond", team=info.name), disc
        return left, say("game.entry.band.answers", team=info.name), disc

    def _extra(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """Under the options: the estimate being typed, or a word about a free debate."""
        question = self._question()
        if question is None or rect.height <= 0:
            return
        if question.kind.entry == "number":
            self._number(surface, rect, question)
        elif not question.kind.takes_answer(question):
            self.ui.type.text(
                surface, say("game.entry.free_debate"), "body", rect, P.ink, "left", "bottom"
            )

    def _number(self, surface: pygame.Surface, rect: pygame.Rect, question: Question) -> None:
        ui, lay = self.ui, self.ui.layout
        top = rect.top + lay.gap
        eliminated = self.entry.eliminated()
        if eliminated is not None:
            state = self.game.state
            assert state is not None and state.current is not None
            first = state.settings.teams[state.current.team].name
            line = pygame.Rect(rect.left, top, rect.width, lay.h(layout.NUMBER_LABEL))
            given = reading(question, eliminated, long=True)
            ui.type.text(
                surface,
                say("game.entry.number.first", team=first, answer=given),
                "label",
                line,
                P.ink,
                valign="middle",
                max_lines=1,
            )
            top = line.bottom
        label = pygame.Rect(rect.left, top, rect.width, lay.h(layout.NUMBER_LABEL))
        margin = question.kind.tolerance_text(question)
        unit = card.shown(question.unit or "")
        text = (
            say("game.entry.number.label_margin", unit=unit, margin=margin)
            if margin
            else say("game.entry.number.label", unit=unit)
        )
        ui.type.text(surface, text, "small", label, P.card_muted, valign="middle", max_lines=1)
        box = pygame.Rect(rect.left, label.bottom, rect.width, lay.h(layout.NUMBER_BOX))
        focused = self.entry.slot() == "number"
        graphics.panel(surface, box, P.card, lay.radius, P.ink, lay.focus_ring)
        if focused:
            ring = box.inflate(lay.focus_ring * 2, lay.focus_ring * 2)
            pygame.draw.rect(surface, P.focus, ring, width=lay.focus_ring, border_radius=lay.radius)
        shown = f"{self.entry.number}| {unit}".strip()
        ui.type.text(
            surface,
            shown,
            "heading",
            inset(box, lay.pad // 2).inflate(-lay.pad, 0),
            P.ink,
            "left",
            "middle",
            max_lines=1,
        )

    def _hint(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """What « suivant » does now; a key that did nothing else, or a refusal, stands out."""
        card.draw_next_line(surface, self.ui, rect, self.game.notice, self.entry.hint())

    def _strip_lines(self) -> list[TeamLine]:
        state = self.game.state
        assert state is not None and state.current is not None
        current = state.current
        entering = self.entry.all_teams and bool(self.entry.expected())
        lines = []
        for i, team in enumerate(state.settings.teams):
            answered = current.answer_of(i) is not None
            lines.append(
                TeamLine(
                    i,
                    team.name,
                    theme.rgb(team.colour),
                    state.scores[i],
                    active=entering and i == self.entry.team,
                    answered=answered,
                )
            )
        return lines


def _slot_of(action: Action) -> Slot | None:
    """The entry slot a footer button stands for (None: Passer, Annuler)."""
    if action.kind == Act.COMMAND and action.value in ("confirm", "none", "reveal"):
        return str(action.value)
    return None
