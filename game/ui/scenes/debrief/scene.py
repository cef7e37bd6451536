"""The Debrief scene: pages the facilitator flips like slides, and the way to the exports.

Space, → and PageDown (a presenter clicker's « suivant ») turn to the next page, ← and PageUp to
the previous one. On the last page « suivant » does not stop dead: it brings forward the
« Enregistrer le bilan PDF » button (focused), and the next « suivant » saves the PDF, so a
clicker alone reaches the handout; « précédent » steps back from that offer. Enter saves the
PDF from any page. The page's title, the arrows and « 2 / 5 » sit in the header, the exports in
the footer: PDF (with the team's agreements as a .docx beside it, when it made any), print, PNG
of this page, CSV of the answers (and of the agreements), a team agreement (N), notes, new
game. An agreement just noted is said where the page's title was, and has its own page.

The PDF and the CSV are written from the very debrief model the pages show. A saved file is
announced where the page's title was, by its folder's last names (« Documents/Panorama »): the
room never sees a whole path; pointing at the message shows it, a click opens the file, and the
log keeps it. A failure is said in a sentence and the game goes on.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pygame

from game.ui import debrieflayout, graphics, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.context import Ui
from game.ui.scenes.agreement import AgreementOverlay, agreement_label
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.debrief import flow, room, sections, summary
from game.ui.scenes.debrief.content import Content, gather
from game.ui.scenes.debrief.sections import FlowCache, Page, build_pages, index_of
from game.ui.scenes.debrief.table import draw_table
from game.ui.wheelview import WheelView
from game.wording import say

P = theme.PALETTE
_log = logging.getLogger(__name__)


def exporter() -> ModuleType | None:
    """``game.export`` if it is there and offers what the buttons need."""
    try:
        module = importlib.import_module("game.export")
    except ImportError:
        return None
    needed = ("export_pdf", "export_csv", "save_png", "print_pdf", "open_file", "shown_folder")
    return module if all(hasattr(module, name) for name in needed) else None


@dataclass(frozen=True)
class Saved:
    """A file just written: what the header says, and the file (shown on hover, opened)."""

    text: str
    path: Path


class Debrief(Scene):
    """The end of the game, page by page."""

    mode = Mode.PAGES

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.wheel = WheelView()
        self.pdf: Path | None = None
        self.saved: Saved | None = None
        self.offer = False  # the last page's « suivant » brought the PDF button forward
        self.notes = ""
        self.moment: str | None = None  # an agreement just noted, said in the header
        self.at: tuple[str, int] | None = None  # the page on screen: (section, part)
        # Remembered between frames, never game state: rebuilt when the game, the notes or
        # the window size change.
        self._content: tuple[object, str, Content | None] | None = None
        self._pages: tuple[object, list[Page]] | None = None
        self._sections: tuple[object, FlowCache] | None = None

    def enter(self) -> None:
        self.pdf, self.saved, self.offer, self.at = None, None, False, None
        self.moment = None
        state = self.game.state
        self.notes = state.notes if state is not None else ""  # this game's, from its journal

    # --- what is shown ---------------------------------------------------------------------

    def content(self) -> Content | None:
        """The debrief of the game on screen, with the notes typed so far: built once."""
        state = self.game.state
        if self._content is None or self._content[:2] != (state, self.notes):
            self._content = (state, self.notes, gather(self.game, self.notes))
        return self._content[2]

    def pages(self) -> list[Page]:
        """Every page at this window size (none when there is no game)."""
        content = self.content()
        key = (content, self.ui.size, id(self.ui.type))
        if self._pages is None or self._pages[0] != key:
            if self._sections is None or self._sections[0] != key[1:]:
                self._sections = (key[1:], {})
            pages = [] if content is None else build_pages(self.ui, content, self._sections[1])
            self._pages = (key, pages)
        return self._pages[1]

    def shown(self) -> int:
        """The index of the page on screen; a resize keeps the same section on screen."""
        return index_of(self.pages(), self.at)

    def on_last_page(self) -> bool:
        pages = self.pages()
        return bool(pages) and self.shown() == len(pages) - 1

    # --- buttons and actions ---------------------------------------------------------------

    def arrows(self) -> list[widgets.Button]:
        """The header's page arrows."""
        lay, shown, count = debrieflayout.page(self.ui.layout), self.shown(), len(self.pages())
        return [
            widgets.Button(
                lay["previous"],
                say("debrief.screen.previous"),
                widgets.command("page", -1),
                enabled=shown > 0,
            ),
            widgets.Button(
                lay["next"],
                say("debrief.screen.next"),
                widgets.command("page", 1),
                enabled=shown < count - 1,
            ),
        ]

    def footer(self) -> list[widgets.Button]:
        """The exports, the notes and a new game; the PDF focused when it is offered.

        The row is laid out with « Enregistrer le bilan PDF » whichever label shows, so that it does
        not move when the last page offers the PDF, nor after; on a window too narrow for that
        label beside the others, « Bilan PDF » stays, focused when offered."""
        long = self._footer(say("debrief.screen.save_pdf"))
        buttons = long if all(self._fits(b) for b in long) else self._footer("")
        buttons[0].focused = self.offer
        if not (self.offer and buttons is long):
            buttons[0].label = say("debrief.screen.pdf")
        return buttons

    def _footer(self, pdf: str) -> list[widgets.Button]:
        ready = exporter() is not None
        state = self.game.state
        agreements = agreement_label(state) if state is not None else ""
        specs = [
            (pdf or say("debrief.screen.pdf"), "pdf", ready, True),
            (say("debrief.screen.print"), "print", ready, False),
            (say("debrief.screen.png"), "png", ready, False),
            (say("debrief.screen.csv"), "csv", ready, False),
            (agreements, "agreement", state is not None, False),
            (say("debrief.screen.notes"), "notes", True, False),
            (say("debrief.screen.new_game"), "new", True, False),
        ]
        return widgets.footer_buttons(
            self.ui,
            [
                (text, widgets.command(name), None, primary, enabled)
                for text, name, enabled, primary in specs
            ],
        )

    def _fits(self, button: widgets.Button) -> bool:
        lay = self.ui.layout
        inner = button.rect.inflate(-lay.pad, -max(2, lay.pad // 4))
        return not self.ui.type.fit(button.label, "label", inner.size, max_lines=2).overflow

    def message(self) -> widgets.Button | None:
        """The saved file's line in the header: pointing at it shows the path, a click opens."""
        if self.saved is None:
            return None
        return widgets.Button(self._message_rect(), self.saved.text, widgets.command("open"))

    def buttons(self) -> list[widgets.Button]:
        message = self.message()
        return [*self.arrows(), *self.footer(), *([message] if message else [])]

    def handle(self, action: Action) -> bool:
        kind = action.kind
        if kind == Act.COMMAND and isinstance(action.value, tuple):
            self.turn(int(action.value[1]))
        elif kind == Act.COMMAND:
            self._command(str(action.value))
        elif kind == Act.NEXT:
            self.forward()
        elif kind == Act.PREVIOUS:
            self.turn(-1)
        elif kind == Act.CONFIRM:  # one key at the end of a game gives the A4 debrief
            self._command("pdf")
        elif kind == Act.AGREEMENT:
            self._command("agreement")
        else:
            return False
        return True

    def forward(self) -> None:
        """« suivant »: the next page; on the last one, offer the PDF, then save it. Once it
        is saved, « suivant » says so again rather than write a second copy."""
        if not self.on_last_page():
            self.turn(1)
        elif self.offer:
            self._command("pdf")
        elif self.pdf is None:
            self.offer = True
        elif self.saved is None:
            module = exporter()
            folder = _folder(module, self.pdf) if module is not None else ""
            self.saved = Saved(say("debrief.screen.saved_pdf", folder=folder), self.pdf)

    def turn(self, step: int) -> None:
        """Next (+1) or previous (−1) page; « précédent » first withdraws the PDF's offer."""
        pages = self.pages()
        if not pages:
            return
        if self.offer and step < 0:
            self.offer = False
            return
        wanted = max(0, min(self.shown() + step, len(pages) - 1))
        if wanted != self.shown():
            self.at = pages[wanted].anchor
            self.saved, self.moment = None, None

    def _command(self, name: str) -> None:
        if name == "new":
            self.host.go_home("setup")
            return
        if name == "notes":
            from game.ui.scenes.notes import NotesOverlay

            self.host.push(NotesOverlay(self.host, self))
            return
        if name == "agreement":
            self._agreement()
            return
        module, content = exporter(), self.content()
        if module is None or content is None:
            self.game.say(say("debrief.screen.no_exports"), error=True)
            return
        self.offer = False
        try:
            self._export(module, content, name)
        except Exception as exc:  # noqa: BLE001 - an export must never stop the game
            self.game.say(str(exc) or say("debrief.screen.export_failed"), error=True)

    def _export(self, module: ModuleType, content: Content, name: str) -> None:
        if name == "pdf":
            self.pdf = module.export_pdf(content.debrief)
            folder = _folder(module, self.pdf)
            if module.export_agreements(content.debrief, self.pdf.parent):
                text = say("debrief.screen.saved_pdf_agreements", folder=folder)
            else:
                text = say("debrief.screen.saved_pdf", folder=folder)
            self._saved(text, self.pdf)
        elif name == "print":
            if self.pdf is None:
                self.pdf = module.export_pdf(content.debrief)
            ok, text = module.print_pdf(self.pdf)
            if ok:
                self.saved = Saved(text, self.pdf)
            else:
                self.game.say(text, error=True)
        elif name == "png":
            image = pygame.Surface(self.ui.size)
            self.draw(image)
            path = module.save_png(image)
            self._saved(say("debrief.screen.saved_png", folder=_folder(module, path)), path)
        elif name == "csv":
            path = module.export_csv(content.debrief)
            module.export_agreements_csv(content.debrief, path.parent)
            self._saved(say("debrief.screen.saved_csv", folder=_folder(module, path)), path)
        elif name == "open" and self.saved is not None:
            ok, text = module.open_file(self.saved.path)
            if not ok:
                self.game.say(text, error=True)

    def _agreement(self) -> None:
        """The agreement entry over the debrief: the suggestions of what was played."""
        content, state = self.content(), self.game.state
        if content is None or state is None:
            return
        hints = dict(content.debrief.suggestions)
        sector = next(iter(hints), state.wheel[0] if state.wheel else "")
        self.host.push(AgreementOverlay(self.host, sector, hints, done=self._agreed))

    def _agreed(self) -> None:
        """Say the agreement just noted where the page's title was, as a moment."""
        session = self.game.session
        outcome = session.fresh_outcome() if session is not None else None
        self.saved, self.moment = None, outcome.text if outcome is not None else None

    def _saved(self, text: str, path: Path) -> None:
        """Say where a file went in the header; the whole path goes to the log."""
        self.saved = Saved(text, path)
        _log.info(say("debrief.log.saved", path=str(path)))

    # --- drawing ---------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        content, pages, ui = self.content(), self.pages(), self.ui
        lay = debrieflayout.page(ui.layout)
        widgets.draw_icon_row(surface, ui, self.icons())
        for button, direction in zip(self.arrows(), (-1, 1), strict=True):
            _arrow(surface, ui, button, direction)
        widgets.draw_buttons(surface, ui, self.footer())
        page = pages[self.shown()] if pages else None
        self._draw_title(surface, page)
        if content is None or page is None:
            return
        ui.type.text(
            surface,
            say("debrief.screen.count", number=self.shown() + 1, total=len(pages)),
            "label",
            lay["count"],
            P.text,
            "centre",
            "middle",
            max_lines=1,
        )
        self._draw_page(surface, page, content)

    def _message_rect(self) -> pygame.Rect:
        """Where a saved file or a noted agreement is said: the header, or on a 4:3 screen the
        page title's own row, which is as wide as the screen."""
        lay = debrieflayout.page(self.ui.layout)
        return lay["heading"] if lay["heading"].height else lay["title"]

    def _draw_title(self, surface: pygame.Surface, page: Page | None) -> None:
        """The page's title (under the header on a 4:3 screen, « Bilan de la partie » in it),
        or, in its place, the line about a file just saved (its path when pointed at) or an
        agreement just noted."""
        ui, lay = self.ui, debrieflayout.page(self.ui.layout)
        rect, heading = lay["title"], lay["heading"]
        title = page.title if page is not None else say("debrief.screen.title.summary")
        said = self.saved is not None or self.moment is not None
        if heading.height:  # (a page with a wheel puts its title beside the wheel)
            if not said and (page is None or page.section != sections.GROUP):
                ui.type.text(
                    surface, title, "heading", heading, P.text, valign="middle", max_lines=1
                )
            title = say("debrief.screen.title.summary")
            ui.type.text(surface, title, "title", rect, P.text, valign="middle", max_lines=2)
        elif not said:
            ui.type.text(surface, title, "heading", rect, P.text, valign="middle", max_lines=2)
        where = self._message_rect()
        if self.saved is None and self.moment is not None:
            ui.type.text(
                surface, self.moment, "label", where, P.focus, valign="middle", max_lines=2
            )
        elif self.saved is not None and widgets.hovered(ui, where):
            ui.type.text(
                surface, str(self.saved.path), "small", where, P.text, valign="middle", max_lines=2
            )
        elif self.saved is not None:
            ui.type.text(
                surface, self.saved.text, "label", where, P.focus, valign="middle", max_lines=2
            )

    def _draw_page(self, surface: pygame.Surface, page: Page, content: Content) -> None:
        ui, lay = self.ui, debrieflayout.page(self.ui.layout)
        if page.section == sections.SUMMARY:
            summary.draw_summary(surface, ui, content, self.wheel)
        elif page.section == sections.RANKING:
            summary.draw_ranking_page(surface, ui, content)
        elif page.section == sections.GROUP:
            summary.draw_group_page(surface, ui, content, self.wheel, page.title)
        elif page.section == sections.TEAMS:
            draw_table(surface, ui, content)
        elif page.section == sections.BAROMETER:
            line = content.debrief.barometer.statements[page.statement]
            result = room.result_layout(ui, line, lay["content"])
            if page.bars:
                room.draw_statement(surface, ui, line, result)
            flow.draw_page(surface, ui, page.columns, result.text if page.bars else lay["content"])
        else:
            flow.draw_page(surface, ui, page.columns, lay["content"], page.full_width)


def _folder(module: ModuleType, path: Path) -> str:
    """The folder a file went to, as the room may see it (« Documents/Panorama »)."""
    return str(module.shown_folder(path.parent))


def _arrow(surface: pygame.Surface, ui: Ui, button: widgets.Button, direction: int) -> None:
    """A page arrow: a rounded button with a triangle pointing left or right."""
    fill, ink = widgets.button_colours(ui, button)
    rect = button.rect
    graphics.panel(surface, rect, fill, ui.layout.radius)
    tip, back = (rect.height * share for share in debrieflayout.PAGE_ARROW)
    cx, cy = rect.width / 2, rect.height / 2
    triangle = [
        (cx + tip * direction, cy),
        (cx - back * direction, cy - tip),
        (cx - back * direction, cy + tip),
    ]
    surface.blit(graphics.smooth_polygons(rect.size, [(ink, triangle)]), rect.topleft)
