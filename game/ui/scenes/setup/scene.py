"""Setup: teams (2 to 6, names typed with accents or pasted, distinct colours), the service's
name (optional, for the agreements page), mode, length, question timer, audience, rebond, the
baromètre (by team, by a show of hands, or none), sectors. Remembers the last settings.

The form works with the mouse (every value is a button) and with the keyboard, field by field:
Enter, Tab, ↓ or « suivant » go to the next field (Enter in a name never starts the game),
Shift+Tab, ↑ or « précédent » to the previous one; « suivant » stops on « Commencer la partie »,
and there starts the game. ← and → change the focused option's value (a team's colour changes
with a click on its disc); « suivant » never changes a value by itself. Typing edits a team's
name; a name longer than the limit is refused, and its field says so, instead of being cut
without a word.

This scene turns actions into the form's edits (``form``), starts the game and lays out the
form; ``fields`` draws the fields only Setup has.
"""

from __future__ import annotations

import pygame

from game.rules.errors import SettingsError
from game.rules.session.settings import TEAMS_MAX, TEAMS_MIN
from game.ui import layout, memory, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import columns, split_columns, take_left, take_right
from game.ui.scenes.base import Host, Scene
from game.ui.scenes.setup import fields
from game.ui.scenes.setup.form import BAROMETER, CHOICES, Choice, SetupForm
from game.wording import say

P = theme.PALETTE


class Setup(Scene):
    """The settings form: ``form`` holds its values and focus; the scene acts and draws."""

    mode = Mode.TEXT

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.form = SetupForm()

    def enter(self) -> None:
        self.form = SetupForm(memory.load(self.host.config_dir))
        self.form.keep_sectors(self._sector_ids())

    def _sector_ids(self) -> list[str]:
        return [s.id for s in self.game.wheel_sectors()]

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        kind, form = action.kind, self.form
        if kind == Act.NEXT and form.focused() == "start":
            self._start()
        elif kind == Act.NEXT:
            form.forward()
        elif kind == Act.PREVIOUS:
            form.backward()
        elif kind in (Act.DOWN, Act.FOCUS_NEXT, Act.UP):
            form.move(-1 if kind == Act.UP else 1)
        elif kind == Act.CONFIRM:
            self._confirm()
        elif kind == Act.CHANGE:
            form.step(int(str(action.value)))
        elif kind == Act.BACK:
            self.host.go_home("title")
        elif kind in (Act.TEXT, Act.DELETE, Act.PASTE):
            form.type(action, self._sector_ids())
        elif kind == Act.COMMAND:
            self._command(action.value)
        else:
            return False
        return True

    def _confirm(self) -> None:
        """Enter: adds a team on « Ajouter », starts on « Commencer », else next field."""
        focused = self.form.focused()
        if focused == "add":
            self.form.add_team()
        elif focused == "start":
            self._start()
        else:
            self.form.go(self.form.focus + 1)

    def _command(self, value: object) -> None:
        name, arg = value if isinstance(value, tuple) else (value, None)
        form = self.form
        if name == "set" and isinstance(arg, tuple):
            form.set(arg[0], arg[1])
        elif name == "focus" and isinstance(arg, str):
            form.go_to(arg)
        elif name == "colour" and isinstance(arg, int):
            form.recolour(arg)
        elif name == "remove" and isinstance(arg, int):
            form.remove_team(arg)
        elif name == "add":
            form.add_team()
        elif name == "sector" and isinstance(arg, int):
            form.toggle_sector(arg, self._sector_ids())
        elif name == "start":
            self._start()
        elif name == "back":
            self.host.go_home("title")

    def _start(self) -> None:
        try:
            settings = self.form.settings(self.game.seed)
        except SettingsError as exc:
            self.game.say(" ".join(exc.messages), error=True)
            return
        problems = self.game.start(settings)
        if problems:
            self.game.say(" ".join(problems), error=True)
            return
        memory.save(self.host.config_dir, self.form.values)

    # --- buttons and drawing -------------------------------------------------------------

    def buttons(self) -> list[widgets.Button]:
        out = self._team_buttons() + self._option_buttons()
        back, start = widgets.footer_buttons(
            self.ui,
            [
                (say("game.setup.back"), widgets.command("back"), None, False, True),
                (say("game.setup.start"), widgets.command("start"), "lecture", True, True),
            ],
        )
        start.focused = self.form.focused() == "start"
        out += [back, start]
        return out

    def _team_buttons(self) -> list[widgets.Button]:
        lay, out = self.ui.layout, []
        rows = lay.setup.team_rows
        for i, name in enumerate(self.form.values.names):
            colour_rect, rest = take_left(rows[i], rows[i].height, lay.gap)
            field, remove = take_right(rest, round(rows[i].height * layout.REMOVE), lay.gap // 2)
            out.append(widgets.Button(colour_rect, "", widgets.command("colour", i)))
            focused = self.form.focused() == f"name:{i}"
            out.append(
                widgets.Button(field, name, widgets.command("focus", f"name:{i}"), ringed=focused)
            )
            out.append(
                widgets.Button(
                    remove,
                    "",
                    widgets.command("remove", i),
                    icon="faux",
                    enabled=len(self.form.values.names) > TEAMS_MIN,
                )
            )
        if len(self.form.values.names) < TEAMS_MAX:
            out.append(
                widgets.Button(
                    rows[len(self.form.values.names)],
                    say("game.setup.add"),
                    widgets.command("add"),
                    icon="plus",
                    ringed=self.form.focused() == "add",
                )
            )
        out.append(
            widgets.Button(
                lay.setup.service,
                self.form.values.service,
                widgets.command("focus", "service"),
                ringed=self.form.focused() == "service",
            )
        )
        return out

    def _option_buttons(self) -> list[widgets.Button]:
        lay, out = self.ui.layout, []
        for choice, (_, control) in zip(CHOICES, lay.setup.options, strict=False):
            current = getattr(self.form.values, choice.key)
            for value, rect in zip(choice.values, self._value_rects(choice, control), strict=True):
                out.append(
                    widgets.Button(
                        rect,
                        choice.text(value),
                        widgets.command("set", (choice.key, value)),
                        selected=value == current,
                        ringed=self.form.focused() == choice.key and value == current,
                    )
                )
        sectors = self.game.wheel_sectors()
        control = lay.setup.options[len(CHOICES)][1]
        chosen = set(self.form.values.sectors or [])
        for i, (sector, rect) in enumerate(
            zip(sectors, columns(control, len(sectors), lay.gap // 2), strict=True)
        ):
            out.append(
                widgets.Button(
                    rect,
                    "",
                    widgets.command("sector", i),
                    selected=sector.id in chosen,
                    ringed=self.form.focused() == "sectors",
                )
            )
        return out

    def _value_rects(self, choice: Choice, control: pygame.Rect) -> list[pygame.Rect]:
        """A row's values side by side, as wide as each other unless a text needs more."""
        lay = self.ui.layout
        even = columns(control, len(choice.values), lay.gap // 2)
        font = self.ui.fonts.get(theme.STYLES["body"].weight, self.ui.type.min_px("body"))
        needs = [font.size(choice.text(value))[0] + lay.pad for value in choice.values]
        if all(need <= rect.width for need, rect in zip(needs, even, strict=True)):
            return even
        return split_columns(control, [need / sum(needs) for need in needs], lay.gap // 2)

    def draw(self, surface: pygame.Surface) -> None:
        widgets.draw_backdrop(surface)
        ui, lay = self.ui, self.ui.layout
        if self.form.refused is None:
            ui.type.text(
                surface,
                say("game.setup.teams"),
                "heading",
                lay.setup.teams_head,
                P.text,
                valign="middle",
                max_lines=1,
            )
        else:
            fields.refusal(surface, ui, lay.setup.teams_head)
        for (label, _), text in zip(lay.setup.options, self._option_labels(), strict=True):
            ui.type.text(surface, text, "small", label, P.muted, valign="bottom", max_lines=1)
        sector_buttons = [b for b in self.buttons() if _command_name(b) == "sector"]
        for button in self.buttons():
            name = _command_name(button)
            if name == "colour":
                team = int(str(_command_arg(button)))
                fields.colour_disc(surface, ui, button, team, self.form.values.colours[team])
            elif name == "sector":
                continue
            elif name == "focus" and button.rect == lay.setup.service:
                fields.service_field(surface, ui, button)
            elif name == "focus":
                fields.name_field(
                    surface, ui, button, self.form.refused is not None, self.form.fresh
                )
            elif name == "set":
                widgets.draw_button(surface, ui, button, style="body")
            else:
                widgets.draw_button(surface, ui, button)
        fields.sector_chips(surface, ui, self.game.wheel_sectors(), sector_buttons)
        widgets.draw_icon_row(surface, ui, self.icons())

    def _option_labels(self) -> list[str]:
        labels = [c.label for c in CHOICES]
        # The baromètre's row says why it would vote on nothing.
        if not self.form.statements(self.game.questions()):
            labels[CHOICES.index(BAROMETER)] = say("game.setup.barometer.none")
        sectors = self.game.wheel_sectors()
        chosen = set(self.form.values.sectors or [])
        left_out = [s.label for s in sectors if s.id not in chosen]
        if not left_out:
            labels.append(say("game.setup.sectors.all", count=len(sectors)))
        else:
            labels.append(say("game.setup.sectors.without", sectors=", ".join(left_out)))
        return labels


def _command_name(button: widgets.Button) -> str | None:
    value = button.action.value if button.action.kind == Act.COMMAND else None
    return value[0] if isinstance(value, tuple) else value if isinstance(value, str) else None


def _command_arg(button: widgets.Button) -> object:
    value = button.action.value
    return value[1] if isinstance(value, tuple) else None
