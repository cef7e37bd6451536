"""The Setup form apart from the scene that draws it: the option rows and how their values
read, the values being chosen (what ``memory`` keeps from one game to the next), the field in
focus, every change a key or a click makes, and the settings the rules check before a game
starts.

The fields, in focus order: "name:0".."name:n-1", "add" (while there is room for a team),
"service", the option rows (by their setting's name), "sectors", "start".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from game.rules.bank.model import Question
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
from game.ui import clipboard, memory
from game.ui.actions import Act, Action
from game.wording import dates, say


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


class SetupForm:
    """The form being filled: its ``values``, the field in focus, and the edits."""

    def __init__(self, values: memory.Remembered | None = None) -> None:
        self.values = values if values is not None else memory.Remembered()
        self.focus = 0
        self.fresh = True  # the first key typed in a name replaces it
        self.refused: int | None = None  # the team whose name would have been too long

    def keep_sectors(self, ids: Sequence[str]) -> None:
        """The remembered sectors the bank still has, in its order (all when none is left)."""
        values = self.values
        if values.sectors is None or not set(values.sectors) & set(ids):
            values.sectors = list(ids)
        else:
            values.sectors = [s for s in ids if s in values.sectors]

    # --- focus ---------------------------------------------------------------------------

    def fields(self) -> list[str]:
        """The fields in focus order (see the module's docstring)."""
        out = [f"name:{i}" for i in range(len(self.values.names))]
        if len(self.values.names) < TEAMS_MAX:
            out.append("add")
        out += ["service", *(c.key for c in CHOICES), "sectors", "start"]
        return out

    def focused(self) -> str:
        fields = self.fields()
        return fields[self.focus % len(fields)]

    def go(self, index: int) -> None:
        self.focus, self.fresh, self.refused = index, True, None

    def go_to(self, field: str) -> None:
        self.go(self.fields().index(field))

    def move(self, delta: int) -> None:
        """Tab and the arrows go round; « suivant » and « précédent » stop at either end."""
        self.go((self.focus + delta) % len(self.fields()))

    def forward(self) -> None:
        """« suivant »: the next field, stopping on « Commencer la partie »."""
        self.go(min(self.focus + 1, len(self.fields()) - 1))

    def backward(self) -> None:
        """« précédent »: the field before, stopping on the first team's name."""
        self.go(max(self.focus - 1, 0))

    # --- edits ---------------------------------------------------------------------------

    def set(self, key: str, value: object) -> None:
        setattr(self.values, key, value)

    def step(self, delta: int) -> None:
        """← and →: the focused option's next or previous value. In a team's name they do
        nothing: whoever presses ← there means to correct a letter, not to change the team's
        colour behind its back (a click on the colour disc does that)."""
        focused = self.focused()
        choice = next((c for c in CHOICES if c.key == focused), None)
        if choice is not None:
            index = choice.values.index(getattr(self.values, choice.key))
            self.set(choice.key, choice.values[(index + delta) % len(choice.values)])

    def type(self, action: Action, sector_ids: Sequence[str]) -> None:
        """A key typed, a deletion or a paste in the focused field (a digit on the sectors
        chooses or leaves out that sector)."""
        focused = self.focused()
        if focused == "sectors" and action.kind == Act.TEXT and str(action.value).isdigit():
            self.toggle_sector(int(str(action.value)) - 1, sector_ids)
            return
        if focused == "service":
            self.values.service = typed(self.values.service, action)[:SERVICE_MAX]
            return
        if not focused.startswith("name:"):
            return
        team = int(focused[5:])
        name = typed("" if self.fresh else self.values.names[team], action)
        if len(name) > TEAM_NAME_MAX:
            self.refused = team  # nothing is cut: the field says why the key did nothing
            return
        self.values.names[team] = name
        self.fresh, self.refused = False, None

    def recolour(self, team: int, step: int = 1) -> None:
        """The team's next colour (``step``: -1, the previous one) that no team has."""
        colours = self.values.colours
        used = set(colours)
        count = len(DEFAULT_TEAM_COLOURS)
        start = DEFAULT_TEAM_COLOURS.index(colours[team])
        for k in range(1, count):
            colour = DEFAULT_TEAM_COLOURS[(start + step * k) % count]
            if colour not in used:
                colours[team] = colour
                return

    def add_team(self) -> None:
        """A new team, named « Équipe N », with the focus on its name so it can be typed."""
        names, colours = self.values.names, self.values.colours
        if len(names) >= TEAMS_MAX:
            return
        taken = {n.casefold() for n in names}
        k = len(names) + 1
        while default_team_names(k)[-1].casefold() in taken:
            k += 1
        names.append(default_team_names(k)[-1])
        colours.append(next(c for c in DEFAULT_TEAM_COLOURS if c not in colours))
        self.go(len(names) - 1)

    def remove_team(self, team: int) -> None:
        if len(self.values.names) > TEAMS_MIN:
            del self.values.names[team]
            del self.values.colours[team]
            self.go(min(self.focus, len(self.fields()) - 1))

    def toggle_sector(self, index: int, ids: Sequence[str]) -> None:
        """Choose or leave out the ``index``-th of the bank's sectors; one stays chosen."""
        if not 0 <= index < len(ids):
            return
        chosen = set(self.values.sectors or [])
        chosen ^= {ids[index]}
        if chosen:
            self.values.sectors = [s for s in ids if s in chosen]

    # --- what the rules see ----------------------------------------------------------------

    def settings(self, seed: int | None) -> SessionSettings:
        """The settings as the rules check them (``SettingsError``, in French, if they
        refuse)."""
        values = self.values
        extra = {} if seed is None else {"seed": seed}
        # Plain dicts, so that a bad name comes back as the settings' French message.
        return SessionSettings(
            teams=[
                {"name": n, "colour": c} for n, c in zip(values.names, values.colours, strict=True)
            ],
            mode=values.mode,
            duration_min=values.duration_min,
            timer_s=values.timer_s,
            sectors=tuple(values.sectors or ()),
            audience=values.audience,
            rebond=values.rebond,
            barometer=values.barometer,
            service=values.service,
            **extra,
        )

    def statements(self, questions: Iterable[Question]) -> int:
        """The bank's statements the chosen sectors and audience offer the baromètre."""
        chosen = set(self.values.sectors or [])
        return sum(
            1
            for q in questions
            if q.kind.polled
            and q.sector in chosen
            and audience_matches(q.audience, self.values.audience)
        )


def typed(text: str, action: Action) -> str:
    """``text`` after a key typed, a deletion or a paste."""
    if action.kind == Act.DELETE:
        return text[:-1]
    if action.kind == Act.PASTE:
        return text + clipboard.paste_line()
    return text + str(action.value)
