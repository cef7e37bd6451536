"""Setup: teams (2 to 6, names typed with accents or pasted, distinct colours), the service's
name (optional, for the agreements page), mode, length, question timer, audience, rebond, the
baromètre (by team, by a show of hands, or none), sectors. Remembers the last settings.

The form works with the mouse (every value is a button) and with the keyboard, field by field:
Enter, Tab, ↓ or « suivant » go to the next field (Enter in a name never starts the game),
Shift+Tab, ↑ or « précédent » to the previous one; « suivant » stops on « Commencer la partie »,
and there starts the game. ← and → change the focused option's value (or the team's colour);
« suivant » never changes a value by itself. Typing edits a team's name; a name longer than the
limit is refused, and its field says so, instead of being cut without a word.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.rules.errors import SettingsError
from game.rules.session.draw import audience_matches
from game.rules.session.settings import (
    DEFAULT_TEAM_COLOURS,
    POLLS,
    SERVICE_MAX,
    TEAM_NAME_MAX,
    TEAMS_MAX,
    TEAMS_MIN,
    SessionSettings,
    default_team_names,
)
from game.ui import clipboard, graphics, layout, memory, theme, widgets
from game.ui.actions import Act, Action, Mode
from game.ui.layout import columns, inset, split_columns, take_left, take_right
from game.ui.scenes.base import Host, Scene
from game.wording import dates, say

P = theme.PALETTE


@dataclass(frozen=True)
class Choice:
    """One option row: the setting it changes and the values it offers."""

    key: str
    values: tuple[object, ...]

    @property
    def label(self) -> str:
        return say(f"game.setup.{self.key}.label")

    def text(self, value: object) -> str:
        """How a value reads on its button: « 20 min », « 60 s », « Sans », « Oui »…"""
        if self.key == "duration_min":
            return dates.duration(int(str(value)) * 60)
        if self.key == "timer_s" and value:  # « 90 s », never rounded to minutes
            return say("common.duration.seconds", seconds=str(value))
        if isinstance(value, bool):
            return say("game.setup.yes" if value else "game.setup.no")
        return say(f"game.setup.{self.key}.{value}")


CHOICES = (
    Choice("mode", ("tour_par_tour", "toutes_les_equipes")),
    Choice("duration_min", (10, 15, 20, 30)),
    Choice("timer_s", (0, 30, 45, 60, 90)),
    Choice("audience", ("tous", "encadrant", "agent")),
    Choice("rebond", (True, False)),
    Choice("barometer", POLLS[1:] + POLLS[:1]),  # by team first, « sans » last
)
BAROMETER = CHOICES[-1]


class Setup(Scene):
    """The settings form. Focus rows: team names, « add », the option rows, the sectors, then
    « Commencer la partie »."""

    mode = Mode.TEXT

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.form = memory.Remembered()
        self.focus = 0
        self.fresh = True  # the first key typed in a name replaces it
        self.refused: int | None = None  # the team whose name would have been too long

    def enter(self) -> None:
        self.form = memory.load(self.host.config_dir)
        ids = [s.id for s in self.game.wheel_sectors()]
        if self.form.sectors is None or not set(self.form.sectors) & set(ids):
            self.form.sectors = ids
        else:
            self.form.sectors = [s for s in ids if s in self.form.sectors]
        self._go(0)

    # --- focus ---------------------------------------------------------------------------

    def _rows(self) -> list[str]:
        """Focus order: "name:0".."name:n-1", "add" (if room), options, "sectors", "start"."""
        out = [f"name:{i}" for i in range(len(self.form.names))]
        if len(self.form.names) < TEAMS_MAX:
            out.append("add")
        out += ["service", *(c.key for c in CHOICES), "sectors", "start"]
        return out

    def _focused(self) -> str:
        rows = self._rows()
        return rows[self.focus % len(rows)]

    def _go(self, index: int) -> None:
        self.focus, self.fresh, self.refused = index, True, None

    def _move(self, delta: int) -> None:
        """Tab and the arrows go round; « suivant » and « précédent » stop at either end."""
        self._go((self.focus + delta) % len(self._rows()))

    # --- actions -------------------------------------------------------------------------

    def handle(self, action: Action) -> bool:
        kind, focused = action.kind, self._focused()
        if kind == Act.NEXT and focused == "start":
            self._start()
        elif kind == Act.NEXT:
            self._go(min(self.focus + 1, len(self._rows()) - 1))
        elif kind == Act.PREVIOUS:
            self._go(max(self.focus - 1, 0))
        elif kind in (Act.DOWN, Act.FOCUS_NEXT, Act.UP):
            self._move(-1 if kind == Act.UP else 1)
        elif kind == Act.CONFIRM:
            self._confirm(focused)
        elif kind == Act.CHANGE:
            self._step(focused, int(str(action.value)))
        elif kind == Act.BACK:
            self.host.go_home("title")
        elif kind in (Act.TEXT, Act.DELETE, Act.PASTE):
            self._type(focused, action)
        elif kind == Act.COMMAND:
            self._command(action.value)
        else:
            return False
        return True

    def _confirm(self, focused: str) -> None:
        """Enter: adds a team on « Ajouter », starts on « Commencer », else next field."""
        if focused == "add":
            self._add()
        elif focused == "start":
            self._start()
        else:
            self._go(self.focus + 1)

    def _step(self, focused: str, delta: int) -> None:
        choice = next((c for c in CHOICES if c.key == focused), None)
        if choice is not None:
            index = choice.values.index(getattr(self.form, choice.key))
            setattr(self.form, choice.key, choice.values[(index + delta) % len(choice.values)])
        elif focused.startswith("name:"):
            self._recolour(int(focused[5:]), delta)

    def _type(self, focused: str, action: Action) -> None:
        if focused == "sectors" and action.kind == Act.TEXT and str(action.value).isdigit():
            self._toggle_sector(int(str(action.value)) - 1)
            return
        if focused == "service":
            self.form.service = _typed(self.form.service, action)[:SERVICE_MAX]
            return
        if not focused.startswith("name:"):
            return
        team = int(focused[5:])
        name = _typed("" if self.fresh else self.form.names[team], action)
        if len(name) > TEAM_NAME_MAX:
            self.refused = team  # nothing is cut: the field says why the key did nothing
            return
        self.form.names[team] = name
        self.fresh, self.refused = False, None

    def _command(self, value: object) -> None:
        name, arg = value if isinstance(value, tuple) else (value, None)
        if name == "set" and isinstance(arg, tuple):
            setattr(self.form, arg[0], arg[1])
        elif name == "focus" and isinstance(arg, str):
            self._go(self._rows().index(arg))
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

    def _recolour(self, team: int, step: int = 1) -> None:
        used = set(self.form.colours)
        count = len(DEFAULT_TEAM_COLOURS)
        start = DEFAULT_TEAM_COLOURS.index(self.form.colours[team])
        for k in range(1, count):
            colour = DEFAULT_TEAM_COLOURS[(start + step * k) % count]
            if colour not in used:
                self.form.colours[team] = colour
                return

    def _add(self) -> None:
        """A new team, named « Équipe N », with the focus on its name so it can be typed."""
        if len(self.form.names) >= TEAMS_MAX:
            return
        taken = {n.casefold() for n in self.form.names}
        k = len(self.form.names) + 1
        while default_team_names(k)[-1].casefold() in taken:
            k += 1
        self.form.names.append(default_team_names(k)[-1])
        self.form.colours.append(
            next(c for c in DEFAULT_TEAM_COLOURS if c not in self.form.colours)
        )
        self._go(len(self.form.names) - 1)

    def _remove(self, team: int) -> None:
        if len(self.form.names) > TEAMS_MIN:
            del self.form.names[team]
            del self.form.colours[team]
            self._go(min(self.focus, len(self._rows()) - 1))

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
                teams=[
                    {"name": n, "colour": c} for n, c in zip(form.names, form.colours, strict=True)
                ],
                mode=form.mode,
                duration_min=form.duration_min,
                timer_s=form.timer_s,
                sectors=tuple(form.sectors or ()),
                audience=form.audience,
                rebond=form.rebond,
                barometer=form.barometer,
                service=form.service,
                **extra,
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
        back, start = widgets.footer_buttons(
            self.ui,
            [
                (say("game.setup.back"), widgets.command("back"), None, False, True),
                (say("game.setup.start"), widgets.command("start"), "lecture", True, True),
            ],
        )
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
            out.append(
                widgets.Button(field, name, widgets.command("focus", f"name:{i}"), ringed=focused)
            )
            out.append(
                widgets.Button(
                    remove,
                    "",
                    widgets.command("remove", i),
                    icon="faux",
                    enabled=len(self.form.names) > TEAMS_MIN,
                )
            )
        if len(self.form.names) < TEAMS_MAX:
            out.append(
                widgets.Button(
                    rows[len(self.form.names)],
                    say("game.setup.add"),
                    widgets.command("add"),
                    icon="plus",
                    ringed=self._focused() == "add",
                )
            )
        out.append(
            widgets.Button(
                lay.setup.service,
                self.form.service,
                widgets.command("focus", "service"),
                ringed=self._focused() == "service",
            )
        )
        return out

    def _option_buttons(self) -> list[widgets.Button]:
        lay, out = self.ui.layout, []
        for choice, (_, control) in zip(CHOICES, lay.setup.options, strict=False):
            current = getattr(self.form, choice.key)
            for value, rect in zip(choice.values, self._value_rects(choice, control), strict=True):
                out.append(
                    widgets.Button(
                        rect,
                        choice.text(value),
                        widgets.command("set", (choice.key, value)),
                        selected=value == current,
                        ringed=self._focused() == choice.key and value == current,
                    )
                )
        sectors = self.game.wheel_sectors()
        control = lay.setup.options[len(CHOICES)][1]
        chosen = set(self.form.sectors or [])
        for i, (sector, rect) in enumerate(
            zip(sectors, columns(control, len(sectors), lay.gap // 2), strict=True)
        ):
            out.append(
                widgets.Button(
                    rect,
                    "",
                    widgets.command("sector", i),
                    selected=sector.id in chosen,
                    ringed=self._focused() == "sectors",
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
        if self.refused is None:
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
            self._refusal(surface, lay.setup.teams_head)
        for (label, _), text in zip(lay.setup.options, self._option_labels(), strict=True):
            ui.type.text(surface, text, "small", label, P.muted, valign="bottom", max_lines=1)
        sector_buttons = [b for b in self.buttons() if _command_name(b) == "sector"]
        for button in self.buttons():
            name = _command_name(button)
            if name == "colour":
                self._colour_button(surface, button)
            elif name == "sector":
                continue
            elif name == "focus" and button.rect == lay.setup.service:
                self._service_field(surface, button)
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
        if not self._statements():  # the baromètre's row says why it would vote on nothing
            labels[CHOICES.index(BAROMETER)] = say("game.setup.barometer.none")
        sectors = self.game.wheel_sectors()
        chosen = set(self.form.sectors or [])
        left_out = [s.label for s in sectors if s.id not in chosen]
        if not left_out:
            labels.append(say("game.setup.sectors.all", count=len(sectors)))
        else:
            labels.append(say("game.setup.sectors.without", sectors=", ".join(left_out)))
        return labels

    def _statements(self) -> int:
        """The bank's statements the chosen sectors and audience offer the baromètre."""
        chosen = set(self.form.sectors or [])
        return sum(
            1
            for q in self.game.questions()
            if q.kind.polled
            and q.sector in chosen
            and audience_matches(q.audience, self.form.audience)
        )

    def _colour_button(self, surface: pygame.Surface, button: widgets.Button) -> None:
        team = int(str(_command_arg(button)))
        colour = theme.rgb(self.form.colours[team])
        radius = button.rect.height // 2 - self.ui.layout.outline
        edge = P.text if widgets.hovered(self.ui, button.rect) else P.panel_edge
        widgets.team_disc(surface, self.ui, button.rect.center, radius, colour, team, edge)

    def _name_field(self, surface: pygame.Surface, button: widgets.Button) -> None:
        """A team's name. Focused and not yet typed in, the name shows as selected (the first
        key replaces it); typed in, a caret follows it; refused, its ring turns red (and
        :meth:`_refusal` says why above the fields)."""
        ui, lay = self.ui, self.ui.layout
        here = button.ringed
        refused = here and self.refused is not None
        edge = P.wrong if refused else (P.ink if here else P.panel_edge)
        graphics.panel(surface, button.rect, P.card, lay.radius, edge, lay.outline)
        if here:
            widgets.focus_ring(surface, ui, button.rect, P.wrong if refused else P.focus)
        inner = button.rect.inflate(-lay.pad, -2 * lay.outline)
        shown = button.label + ("|" if here and not self.fresh else "")
        fitted = ui.type.fit(shown or " ", "body", inner.size, max_lines=2)
        ui.type.note_overflow(fitted, "body", inner.size)
        if here and self.fresh and button.label:
            mark = pygame.Rect(0, 0, min(inner.width, fitted.width), fitted.height)
            mark.midleft = inner.midleft
            graphics.panel(surface, mark, P.focus, lay.outline)
        ui.type.draw(surface, fitted, inner, P.ink, "left", "middle")

    def _service_field(self, surface: pygame.Surface, button: widgets.Button) -> None:
        """The service's name, or what it is for while it is empty (muted)."""
        ui, lay = self.ui, self.ui.layout
        graphics.panel(
            surface,
            button.rect,
            P.card,
            lay.radius,
            P.ink if button.ringed else P.panel_edge,
            lay.outline,
        )
        if button.ringed:
            widgets.focus_ring(surface, ui, button.rect)
        inner = button.rect.inflate(-lay.pad, -2 * lay.outline)
        caret = "|" if button.ringed else ""
        if button.label:
            ui.type.text(
                surface, button.label + caret, "body", inner, P.ink, "left", "middle", max_lines=1
            )
        else:  # what the field is for, the caret before it
            ui.type.text(
                surface,
                caret + say("game.setup.service.empty"),
                "small",
                inner,
                P.card_muted,
                "left",
                "middle",
                max_lines=1,
            )

    def _refusal(self, surface: pygame.Surface, room: pygame.Rect) -> None:
        """Why the focused name took no more letters, in a red-edged tag in place of the teams'
        heading, right above the fields: nothing is cut without a word."""
        ui, lay = self.ui, self.ui.layout
        text = say("game.setup.name_too_long", max=TEAM_NAME_MAX)
        box = inset(room, lay.outline).size
        fitted = ui.type.fit(text, "small", (box[0] - lay.pad, box[1]), max_lines=1)
        ui.type.note_overflow(fitted, "small", (box[0] - lay.pad, box[1]))
        tag = pygame.Rect(0, 0, min(room.width, fitted.width + lay.pad * 2), room.height)
        tag.midleft = room.midleft
        graphics.panel(surface, tag, P.raised, lay.radius, P.wrong, lay.outline)
        ui.type.draw(surface, fitted, tag, P.text, "centre", "middle")

    def _sector_chips(self, surface: pygame.Surface, buttons: list[widgets.Button]) -> None:
        ui, lay = self.ui, self.ui.layout
        for sector, button in zip(self.game.wheel_sectors(), buttons, strict=True):
            fill = sector.colour if button.selected else P.panel
            graphics.panel(surface, button.rect, fill, lay.radius, sector.colour, lay.outline)
            if button.ringed:
                widgets.focus_ring(surface, ui, button.rect)
            ink = theme.text_on(sector.colour) if button.selected else P.muted
            side = round(button.rect.height * layout.CHIP_ICON)
            graphics.blit_centred(
                surface, ui.images.svg(sector.pictogram, side, ink), button.rect.center
            )
            if not button.selected:
                pygame.draw.line(
                    surface, P.muted, button.rect.bottomleft, button.rect.topright, lay.outline
                )


def _typed(text: str, action: Action) -> str:
    """``text`` after a key typed, a deletion or a paste."""
    if action.kind == Act.DELETE:
        return text[:-1]
    if action.kind == Act.PASTE:
        return text + clipboard.paste_line()
    return text + str(action.value)


def _command_name(button: widgets.Button) -> str | None:
    value = button.action.value if button.action.kind == Act.COMMAND else None
    return value[0] if isinstance(value, tuple) else value if isinstance(value, str) else None


def _command_arg(button: widgets.Button) -> object:
    value = button.action.value
    return value[1] if isinstance(value, tuple) else None
