"""« Noter un accord d'équipe »: over a reveal or the debrief, the facilitator records what the
team agrees on, under one of the game's sectors.

The suggestions come from the bank (« pistes d'accord »): the question on screen's on a reveal,
on the debrief those of every question played in the chosen sector. ↑ and ↓ pick one (or
« Texte libre ») and put it in the field; its blank « … » is selected, so the first key typed
replaces it, and the text goes on from there. ← and → move the caret, Tab changes the sector
(a click on its pictogram too), Enter records the agreement — through ``Session.agree``, so it
is journaled and undone like any action — and Esc leaves without recording. Typing needs a
keyboard: a clicker's « suivant » or « précédent » here brings up « saisie au clavier ».
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pygame

from game.rules.bank.model import BLANK, Question
from game.rules.session.state import State
from game.rules.session.votes import AGREEMENT_MAX
from game.ui import card, clipboard, graphics, roomlayout, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import inset
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.overlays import dialog_frame
from game.ui.wheelview import WheelSector
from game.wording import say

P = theme.PALETTE

_CLICKER = (Act.NEXT, Act.PREVIOUS)


class AgreementOverlay(Scene):
    """The agreement being typed, its sector and the suggestions to start from."""

    mode = Mode.TEXT
    overlay = True

    def __init__(
        self,
        host: Host,
        sector: str,
        hints: Mapping[str, Sequence[str]],
        shared: Sequence[str] = (),
        done: Callable[[], None] | None = None,
    ) -> None:
        """``hints``: the suggestions of each sector (the debrief); ``shared``: those shown
        whatever the sector (the question on screen); ``done``: called once recorded."""
        super().__init__(host)
        self.sector = sector
        self.hints = {key: tuple(values) for key, values in hints.items()}
        self.shared = tuple(shared)
        self.done = done
        self.before, self.after = "", ""  # the text on each side of the caret
        self.blank = False  # a suggestion's « … » is selected: the next key replaces it
        self.chosen = 0  # 0: free text; k: the k-th suggestion
        self.keyboard = False  # a clicker key reached the field: say it needs a keyboard

    # --- what is offered -----------------------------------------------------------------

    def sectors(self) -> list[WheelSector]:
        state = self.game.state
        wheel = state.wheel if state is not None else ()
        return [self.game.sector_view(sector) for sector in wheel]

    def suggestions(self) -> tuple[str, ...]:
        """« Texte libre », then the suggestions of the question or of the sector."""
        own = self.shared or self.hints.get(self.sector, ())
        return (say("game.agreement.free"), *own)

    @property
    def text(self) -> str:
        return self.before + (BLANK if self.blank else "") + self.after

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        kind = action.kind
        self.keyboard = kind in _CLICKER
        if kind == Act.TEXT:
            self._insert(str(action.value))
        elif kind == Act.PASTE:
            self._insert(clipboard.paste_line())
        elif kind == Act.DELETE:
            self._delete()
        elif kind == Act.CHANGE:
            self._caret(int(str(action.value)))
        elif kind in (Act.UP, Act.DOWN):
            self.pick(self.chosen + (1 if kind == Act.DOWN else -1))
        elif kind == Act.FOCUS_NEXT:
            self._next_sector()
        elif kind == Act.CONFIRM:
            self.record()
        elif kind == Act.BACK:
            self.host.pop(self)
        elif kind == Act.COMMAND:
            self._command(action.value)
        return True  # a text field takes every key: nothing reaches the scene under it

    def _command(self, value: object) -> None:
        name, arg = value if isinstance(value, tuple) else (value, None)
        if name == "sector" and isinstance(arg, str):
            self.sector = arg
        elif name == "suggestion" and isinstance(arg, int):
            self.pick(arg)
        elif name == "ok":
            self.record()
        elif name == "cancel":
            self.host.pop(self)

    def pick(self, index: int) -> None:
        """Start from the ``index``-th suggestion (0: an empty field for free text)."""
        offered = self.suggestions()
        self.chosen = index % len(offered)
        text = "" if self.chosen == 0 else offered[self.chosen]
        before, blank, after = text.partition(BLANK)
        self.before, self.after, self.blank = before, after, bool(blank)

    def _insert(self, typed: str) -> None:
        typed = typed.replace("\n", " ")
        room = AGREEMENT_MAX - len(self.before) - len(self.after)
        self.before += typed[: max(0, room)]
        self.blank = False

    def _delete(self) -> None:
        if self.blank:
            self.blank = False
        else:
            self.before = self.before[:-1]

    def _caret(self, step: int) -> None:
        if self.blank:  # the selected blank is kept as typed, the caret steps over it
            self.before, self.blank = self.before + BLANK, False
        if step < 0 and self.before:
            self.before, self.after = self.before[:-1], self.before[-1] + self.after
        elif step > 0 and self.after:
            self.before, self.after = self.before + self.after[0], self.after[1:]

    def _next_sector(self) -> None:
        ids = [s.id for s in self.sectors()]
        if ids:
            self.sector = (
                ids[(ids.index(self.sector) + 1) % len(ids)] if self.sector in ids else ids[0]
            )

    def record(self) -> None:
        """Record the agreement (a refusal, such as an empty text, is said on the screen)."""
        session = self.game.session
        if session is None or not self.text.strip():
            self.game.say(say("game.rules.agreement.empty"), error=True)
            return
        text, before = self.text, len(session.state.agreements)
        self.game.act(lambda: session.agree(self.sector, text))
        if len(session.state.agreements) == before:
            return  # refused: the notice says why, the text stays to be corrected
        self.host.pop(self)
        if self.done is not None:
            self.done()

    # --- buttons and drawing -------------------------------------------------------------

    def _layout(self) -> roomlayout.AgreementLayout:
        return roomlayout.agreement(self.ui.layout, len(self.sectors()))

    def _suggestion_rows(self) -> list[pygame.Rect]:
        lay = self._layout()
        return roomlayout.suggestion_rows(lay.suggestions, len(self.suggestions()), self.ui.layout)

    def buttons(self) -> list[widgets.Button]:
        lay, ui = self._layout(), self.ui
        out = [
            widgets.Button(
                chip, "", widgets.command("sector", sector.id), selected=sector.id == self.sector
            )
            for chip, sector in zip(lay.sectors, self.sectors(), strict=False)
        ]
        offered = self.suggestions()
        for index, row in enumerate(self._suggestion_rows()):
            out.append(
                widgets.Button(
                    row,
                    offered[index],
                    widgets.command("suggestion", index),
                    selected=index == self.chosen,
                )
            )
        width = ui.layout.h(roomlayout.ENTRY_BUTTON)
        cancel = pygame.Rect(lay.foot.right - width, lay.foot.top, width, lay.foot.height)
        ok = cancel.move(-(width + ui.layout.gap), 0)
        out.append(
            widgets.Button(
                ok,
                say("game.agreement.ok"),
                widgets.command("ok"),
                primary=True,
                enabled=bool(self.text.strip()),
            )
        )
        out.append(widgets.Button(cancel, say("game.agreement.cancel"), widgets.command("cancel")))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        ui, lay = self.ui, self._layout()
        dialog_frame(
            surface, ui.layout.rect, ui.layout.big_dialog, ui.layout.radius, ui.layout.outline
        )
        label = next((s.label for s in self.sectors() if s.id == self.sector), self.sector)
        ui.type.text(
            surface,
            say("game.agreement.title", sector=label),
            "heading",
            lay.head,
            P.text,
            valign="middle",
            max_lines=1,
        )
        buttons = self.buttons()
        chips = [b for b in buttons if _name(b) == "sector"]
        self._chips(surface, chips)
        rows = [b for b in buttons if _name(b) == "suggestion"]
        for button in rows:
            widgets.draw_button(surface, ui, button, style="body")  # two lines at most
        if len(rows) == 1:  # only « Texte libre »: say why the list is empty
            below = pygame.Rect(
                lay.suggestions.left,
                rows[0].rect.bottom + ui.layout.gap,
                lay.suggestions.width,
                rows[0].rect.height,
            )
            ui.type.text(
                surface,
                say("game.agreement.no_hint"),
                "body",
                below,
                P.muted,
                "centre",
                "middle",
                max_lines=2,
            )
        self._field(surface, lay.field)
        self._hint(surface, lay.hint)
        widgets.draw_buttons(surface, ui, [b for b in buttons if _name(b) in ("ok", "cancel")])

    def _chips(self, surface: pygame.Surface, chips: list[widgets.Button]) -> None:
        for sector, button in zip(self.sectors(), chips, strict=True):
            button.ringed = button.selected  # the sector the agreement goes under
            widgets.sector_chip(surface, self.ui, sector, button)

    def _field(self, surface: pygame.Surface, field: pygame.Rect) -> None:
        ui, lay = self.ui, self.ui.layout
        graphics.panel(surface, field, P.card, lay.radius, P.ink, lay.outline)
        widgets.focus_ring(surface, ui, field)
        inner = inset(field, lay.pad // 2)
        marked = self.before + (f"[{BLANK}]" if self.blank else "") + "|" + self.after
        ui.type.text(surface, marked, "body", inner, P.ink, valign="middle", max_lines=3)

    def _hint(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        """How to go on; « saisie au clavier » on a yellow band when a clicker key came, or
        the reason an agreement was refused."""
        ui, lay = self.ui, self.ui.layout
        notice = self.game.notice
        loud = (
            say("game.agreement.keyboard")
            if self.keyboard
            else (notice.text if notice is not None else None)
        )
        if loud is not None:
            graphics.panel(surface, rect, P.banner, lay.radius)
            ui.type.text(
                surface,
                loud,
                "label",
                inset(rect, lay.pad // 2),
                P.banner_text,
                "centre",
                "middle",
                max_lines=1,
            )
            return
        if self.blank:
            text = say("game.agreement.hint_blank")
        elif len(self.suggestions()) > 1:
            text = say("game.agreement.hint")
        else:  # no suggestion to go up and down through: only the keys that do something
            text = say("game.agreement.hint_free")
        ui.type.text(surface, text, "label", rect, P.muted, "centre", "middle", max_lines=1)


def agreement_entry(host: Host, question: Question) -> Scene:
    """The agreement entry over the reveal: the question's sector and suggestions."""
    hints = tuple(card.shown(hint) for hint in question.agreement_hints)
    return AgreementOverlay(host, question.sector, {}, hints)


def agreement_label(state: State) -> str:
    """« Noter un accord », with how many were noted so far."""
    count = len(state.agreements)
    if not count:
        return say("game.room.button.agree")
    return say("game.room.button.agree_count", count=count)


def _name(button: widgets.Button) -> str | None:
    value = button.action.value if button.action.kind == Act.COMMAND else None
    return value[0] if isinstance(value, tuple) else value if isinstance(value, str) else None
