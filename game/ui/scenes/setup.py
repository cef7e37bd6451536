"""Setup: teams (2 to 6, names typed with accents or pasted, distinct colours), mode, length,
question timer, audience, rebond, sectors. Remembers the last settings.

The form works with the mouse (every value is a button) and with the keyboard: Up/Down or Tab
choose a row, Left/Right change its value, typing edits a team's name, Enter starts the game.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.rules.errors import SettingsError
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    TEAM_NAME_MAX,
    TEAMS_MAX,
    TEAMS_MIN,
    SessionSettings,
)
from game.ui import clipboard, graphics, layout, memory, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import columns, take_left, take_right
from game.ui.scenes.base import Host, Scene

P = theme.PALETTE


@dataclass(frozen=True)
class Choice:
    """One option row: its label and its values as (value, text shown)."""

    key: str
    label: str
    values: tuple[tuple[object, str], ...]


CHOICES = (
    Choice("mode", "Mode de jeu", (("tour_par_tour", "Tour par tour"),
                                   ("toutes_les_equipes", "Toutes les équipes"))),
    Choice("duration_min", "Durée de la partie", ((10, "10 min"), (15, "15 min"),
                                                  (20, "20 min"), (30, "30 min"))),
    Choice("timer_s", "Minuteur par question", ((0, "Sans"), (30, "30 s"), (45, "45 s"),
                                                (60, "60 s"), (90, "90 s"))),
    Choice("audience", "Public", (("tous", "Tous"), ("encadrant", "Encadrants"),
                                  ("agent", "Agents"))),
    Choice("rebond", "Rebond (l'équipe suivante peut répondre)", ((True, "Oui"),
                                                                  (False, "Non"))),
)


class Setup(Scene):
    """The settings form. Focus rows: team names, « add », then the option rows."""

    mode = Mode.TEXT

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.form = memory.Remembered()
        self.focus = 0
        self.fresh = True  # the first key typed in a name replaces it

    def enter(self) -> None:
        self.form = memory.load(self.host.config_dir)
        ids = [s.id for s in self.game.wheel_sectors()]
        if self.form.sectors is None or not set(self.form.sectors) & set(ids):
            self.form.sectors = ids
        else:
            self.form.sectors = [s for s in ids if s in self.form.sectors]
        self.focus, self.fresh = 0, True

    # --- focus ---------------------------------------------------------------------------

    def _rows(self) -> list[str]:
        """Focus order: "name:0".."name:n-1", "add" (if room), options, "sectors", "start"."""
        out = [f"name:{i}" for i in range(len(self.form.names))]
        if len(self.form.names) < TEAMS_MAX:
            out.append("add")
        out += [c.key for c in CHOICES] + ["sectors", "start"]
        return out

    def _focused(self) -> str:
        rows = self._rows()
        return rows[self.focus % len(rows)]

    def _move(self, delta: int) -> None:
        self.focus = (self.focus + delta) % len(self._rows())
        self.fresh = True

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        kind, focused = action.kind, self._focused()
        if kind in (Act.UP, Act.DOWN, Act.FOCUS_NEXT):
            self._move(-1 if kind == Act.UP else 1)
        elif kind in (Act.PREVIOUS, Act.NEXT):
            self._step(focused, -1 if kind == Act.PREVIOUS else 1)
        elif kind == Act.CONFIRM and focused == "add":
            self._add()
        elif kind == Act.CONFIRM:
            self._start()
        elif kind == Act.BACK:
            self.host.go_home("title")
        elif kind in (Act.TEXT, Act.DELETE, Act.PASTE):
            self._type(focused, action)
        elif kind == Act.COMMAND:
            self._command(action.value)
        else:
            return False
        return True

    def _step(self, focused: str, delta: int) -> None:
        choice = next((c for c in CHOICES if c.key == focused), None)
        if choice is not None:
            values = [v for v, _ in choice.values]
            index = values.index(getattr(self.form, choice.key))
            setattr(self.form, choice.key, values[(index + delta) % len(values)])
        elif focused.startswith("name:"):
            self._recolour(int(focused[5:]))

    def _type(self, focused: str, action: Action) -> None:
        if focused == "sectors" and action.kind == Act.TEXT and str(action.value).isdigit():
            self._toggle_sector(int(str(action.value)) - 1)
            return
        if not focused.startswith("name:"):
            return
        team = int(focused[5:])
        name = "" if self.fresh else self.form.names[team]
        if action.kind == Act.DELETE:
            name = name[:-1]
        elif action.kind == Act.PASTE:
            name += clipboard.paste_line()
        else:
            name += str(action.value)
        self.form.names[team] = name[:TEAM_NAME_MAX]
        self.fresh = False

    def _command(self, value: object) -> None:
        name, arg = value if isinstance(value, tuple) else (value, None)
        if name == "set" and isinstance(arg, tuple):
            setattr(self.form, arg[0], arg[1])
        elif name == "focus" and isinstance(arg, str):
            self.focus, self.fresh = self._rows().index(arg), True
        elif name == "colour" and isinstance(arg, int):
            self._recolour(arg)
        elif name == "remove" and isinstance(arg, int):
            self._remove(arg)
        elif name == "add":
            self._add()
        elif name == "sector" and isinstance(arg, int):
            self._toggle_sector(arg)
        elif name == "start":
            self._start()
        elif name == "back":
            self.host.go_home("title")

    def _recolour(self, team: int) -> None:
        used = set(self.form.colours)
        start = DEFAULT_TEAM_COLOURS.index(self.form.colours[team])
        for k in range(1, len(DEFAULT_TEAM_COLOURS)):
            colour = DEFAULT_TEAM_COLOURS[(start + k) % len(DEFAULT_TEAM_COLOURS)]
            if colour not in used:
                self.form.colours[team] = colour
                return

    def _add(self) -> None:
        if len(self.form.names) >= TEAMS_MAX:
            return
        taken = {n.casefold() for n in self.form.names}
        k = len(self.form.names) + 1
        while f"équipe {k}" in taken:
            k += 1
        self.form.names.append(f"Équipe {k}")
        self.form.colours.append(next(c for c in DEFAULT_TEAM_COLOURS
                                      if c not in self.form.colours))

    def _remove(self, team: int) -> None:
        if len(self.form.names) > TEAMS_MIN:
            del self.form.names[team]
            del self.form.colours[team]
            self.focus = min(self.focus, len(self._rows()) - 1)

    def _toggle_sector(self, index: int) -> None:
        ids = [s.id for s in self.game.wheel_sectors()]
        if not 0 <= index < len(ids):
            return
        chosen = set(self.form.sectors or [])
        chosen ^= {ids[index]}
        if chosen:
            self.form.sectors = [s for s in ids if s in chosen]

    def _start(self) -> None:
        form = self.form
        try:
            extra = {} if self.game.seed is None else {"seed": self.game.seed}
            # Plain dicts, so that a bad name comes back as the settings' French message.
            settings = SessionSettings(
                teams=[{"name": n, "colour": c} for n, c in zip(form.names, form.colours,
                                                                strict=True)],
                mode=form.mode, duration_min=form.duration_min, timer_s=form.timer_s,
                sectors=tuple(form.sectors or ()), audience=form.audience,
                rebond=form.rebond, **extra,
            )
        except SettingsError as exc:
            self.game.say(" ".join(exc.messages), error=True)
            return
        problems = self.game.start(settings)
        if problems:
            self.game.say(" ".join(problems), error=True)
            return
        memory.save(self.host.config_dir, form)

    # --- buttons and drawing -------------------------------------------------------------

    def buttons(self) -> list[widgets.Button]:
        out = self._team_buttons() + self._option_buttons()
        back, start = widgets.footer_buttons(self.ui, [
            ("Retour", widgets.command("back"), None, False, True),
            ("Commencer la partie", widgets.command("start"), "lecture", True, True)])
        start.focused = self._focused() == "start"
        out += [back, start]
        return out

    def _team_buttons(self) -> list[widgets.Button]:
        lay, out = self.ui.layout, []
        rows = lay.setup.team_rows
        for i, name in enumerate(self.form.names):
            colour_rect, rest = take_left(rows[i], rows[i].height, lay.gap)
            field, remove = take_right(rest, round(rows[i].height * layout.REMOVE), lay.gap // 2)
            out.append(widgets.Button(colour_rect, "", widgets.command("colour", i)))
            focused = self._focused() == f"name:{i}"
            out.append(widgets.Button(field, name, widgets.command("focus", f"name:{i}"),
                                      focused=focused))
            out.append(widgets.Button(remove, "", widgets.command("remove", i), icon="faux",
                                      enabled=len(self.form.names) > TEAMS_MIN))
        if len(self.form.names) < TEAMS_MAX:
            out.append(widgets.Button(rows[len(self.form.names)], "Ajouter une équipe",
                                      widgets.command("add"), icon="plus",
                                      focused=self._focused() == "add"))
        return out

    def _option_buttons(self) -> list[widgets.Button]:
        lay, out = self.ui.layout, []
        for choice, (_, control) in zip(CHOICES, lay.setup.options, strict=False):
            current = getattr(self.form, choice.key)
            for (value, text), rect in zip(choice.values,
                                           columns(control, len(choice.values), lay.gap // 2),
                                           strict=True):
                out.append(widgets.Button(rect, text,
                                          widgets.command("set", (choice.key, value)),
                                          selected=value == current,
                                          focused=self._focused() == choice.key
                                          and value == current))
        sectors = self.game.wheel_sectors()
        control = lay.setup.options[len(CHOICES)][1]
        chosen = set(self.form.sectors or [])
        for i, (sector, rect) in enumerate(zip(sectors, columns(control, len(sectors),
                                                                 lay.gap // 2), strict=True)):
            out.append(widgets.Button(rect, "", widgets.command("sector", i),
                                      selected=sector.id in chosen,
                                      focused=self._focused() == "sectors"))
        return out

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        ui, lay = self.ui, self.ui.layout
        ui.type.text(surface, "Les équipes", "heading", lay.setup.teams_head, P.text,
                     valign="middle", max_lines=1)
        for (label, _), text in zip(lay.setup.options, self._option_labels(), strict=True):
            ui.type.text(surface, text, "small", label, P.muted, valign="bottom", max_lines=1)
        sector_buttons = [b for b in self.buttons() if _command_name(b) == "sector"]
        for button in self.buttons():
            name = _command_name(button)
            if name == "colour":
                self._colour_button(surface, button)
            elif name == "sector":
                continue
            elif name == "focus":
                self._name_field(surface, button)
            elif name == "set":
                widgets.draw_button(surface, ui, button, style="body")
            else:
                widgets.draw_button(surface, ui, button)
        self._sector_chips(surface, sector_buttons)
        widgets.draw_icon_row(surface, ui, self.icons())

    def _option_labels(self) -> list[str]:
        labels = [c.label for c in CHOICES]
        sectors = self.game.wheel_sectors()
        chosen = set(self.form.sectors or [])
        left_out = [s.label for s in sectors if s.id not in chosen]
        if not left_out:
            labels.append(f"Secteurs : les {len(sectors)}")
        else:
            labels.append("Secteurs, sans : " + ", ".join(left_out))
        return labels

    def _colour_button(self, surface: pygame.Surface, button: widgets.Button) -> None:
        team = int(str(_command_arg(button)))
        colour = theme.rgb(self.form.colours[team])
        radius = button.rect.height // 2 - self.ui.layout.outline
        edge = P.text if widgets.hovered(self.ui, button.rect) else P.panel_edge
        widgets.team_disc(surface, self.ui, button.rect.center, radius, colour, team, edge)

    def _name_field(self, surface: pygame.Surface, button: widgets.Button) -> None:
        ui, lay = self.ui, self.ui.layout
        graphics.panel(surface, button.rect, P.card, lay.radius,
                       P.focus if button.focused else P.panel_edge,
                       lay.focus_ring if button.focused else lay.outline)
        text = button.label
        caret = button.focused and not self.fresh
        inner = button.rect.inflate(-lay.pad, -2 * lay.outline)
        shown = text + ("|" if caret else "")
        ui.type.text(surface, shown or " ", "body", inner, P.ink, "left", "middle", max_lines=2)

    def _sector_chips(self, surface: pygame.Surface, buttons: list[widgets.Button]) -> None:
        ui, lay = self.ui, self.ui.layout
        for sector, button in zip(self.game.wheel_sectors(), buttons, strict=True):
            fill = sector.colour if button.selected else P.panel
            graphics.panel(surface, button.rect, fill, lay.radius,
                           P.focus if button.focused else sector.colour, lay.outline)
            ink = theme.text_on(sector.colour) if button.selected else P.muted
            side = round(button.rect.height * layout.CHIP_ICON)
            graphics.blit_centred(surface, ui.images.svg(sector.pictogram, side, ink),
                                  button.rect.center)
            if not button.selected:
                pygame.draw.line(surface, P.muted, button.rect.bottomleft,
                                 button.rect.topright, lay.outline)


def _command_name(button: widgets.Button) -> str | None:
    value = button.action.value if button.action.kind == Act.COMMAND else None
    return value[0] if isinstance(value, tuple) else value if isinstance(value, str) else None


def _command_arg(button: widgets.Button) -> object:
    value = button.action.value
    return value[1] if isinstance(value, tuple) else None
