"""The settings of one session, as the Setup scene fills them, validated with French messages.

Settings are pydantic models (frozen, ``extra="forbid"``). Building ``SessionSettings(...)``
with invalid values raises ``SettingsError`` whose ``messages`` list every problem as a French
sentence the facilitator can act on (``french_messages`` converts pydantic's errors). The
scoring scale lives here too (``ScoringRules``), so that it is configured in one place and
recorded in the journal with the rest of the settings.

Decisions where the design is silent: team colours are compared case-insensitively and stored
in upper case; the seed defaults to a fresh random number (a replayable game passes its own);
the baromètre is off unless asked for (``barometer``: « equipes », each team places itself, or
« main_levee », hands counted per level), so that a journal written before it existed folds as
it was played; the Setup form is the one that proposes it by default.
Every message comes from the wording catalogue (``game.settings.*``).
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from game.rules.errors import SettingsError
from game.wording import french, say

Mode = Literal["tour_par_tour", "toutes_les_equipes"]
AudienceFilter = Literal["tous", "encadrant", "agent"]
Poll = Literal["sans", "equipes", "main_levee"]
MODES: tuple[str, ...] = ("tour_par_tour", "toutes_les_equipes")
POLLS: tuple[str, ...] = ("sans", "equipes", "main_levee")  # no baromètre, by team, by hands
DURATIONS_MIN: tuple[int, ...] = (10, 15, 20, 30)
TIMERS_S: tuple[int, ...] = (0, 30, 45, 60, 90)
TEAMS_MIN, TEAMS_MAX = 2, 6
TEAM_NAME_MAX = 24
SERVICE_MAX = 60  # the service's name, printed on the agreements page

DEFAULT_TEAM_COLOURS: tuple[str, ...] = (
    "#56B4E9",
    "#F0E442",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
)  # Okabe-Ito: told apart by colour-blind players too; teams also always show their name.


def default_team_names(n: int) -> tuple[str, ...]:
    """``("Équipe 1", "Équipe 2", …)``: what Setup proposes before anyone types a name."""
    return tuple(say("game.settings.default_team", number=k) for k in range(1, n + 1))


def default_teams(n: int) -> tuple[Team, ...]:
    """``n`` teams with the default names and colours."""
    names = default_team_names(n)
    return tuple(Team(name=names[k], colour=DEFAULT_TEAM_COLOURS[k % 6]) for k in range(n))


def _rule(message: str) -> PydanticCustomError:
    # The message travels in the context so that braces in a team name are never formatted.
    return PydanticCustomError("regle", "{message}", {"message": message})


def _fresh_seed() -> int:
    return secrets.randbelow(2**31)


class Team(BaseModel):
    """A team: its name as shown on the scoreboard and its colour."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TEAM_NAME_MAX)
    ] = Field(description="The team's name, as the scoreboard shows it.")
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")] = Field(
        description="The team's colour, as #RRGGBB."
    )

    @field_validator("name")
    @classmethod
    def _typeset(cls, value: str) -> str:
        # Typed on an ordinary keyboard (« Cœur d'équipe »), shown and printed beside the
        # catalogue's texts: the same French typography (’, « », no-break spaces).
        return french(value)

    @field_validator("colour")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class ScoringRules(BaseModel):
    """The scale of points, in one place (the design's « Scoring »): a right answer is worth
    twice the difficulty (2, 4, 6); a rebond exactly half of that (1, 2, 3), never as much as
    the first answer; a debate 0, 2 or 4 given by the facilitator; « panorama complet » +6,
    once. No points ever depend on speed. Recorded in the journal with the other settings, so
    that a game keeps the scale it started with."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    points_by_difficulty: dict[int, int] = Field(
        default_factory=lambda: {1: 2, 2: 4, 3: 6},
        description="Points of a right answer by difficulty (1, 2 or 3).",
    )
    rebond_divisor: int = Field(
        default=2,
        ge=2,
        le=10,
        description="A rebond earns the points divided by this, rounded "
        "down: never as much as the first answer.",
    )
    debate_max: int = Field(default=4, ge=0, le=10, description="Most debate points.")
    debate_step: int = Field(
        default=2, ge=1, le=10, description="Debate points go from 0 to the most by this step."
    )
    panorama_bonus: int = Field(
        default=6, ge=0, le=20, description="The panorama bonus, earned once."
    )

    @field_validator("points_by_difficulty")
    @classmethod
    def _three_levels(cls, value: dict[int, int]) -> dict[int, int]:
        if set(value) != {1, 2, 3} or not all(0 <= p <= 10 for p in value.values()):
            raise _rule(say("game.settings.field.points_by_difficulty"))
        return dict(sorted(value.items()))

    def points(self, difficulty: int | None) -> int:
        """Points of a right answer to a question of this difficulty (none without one)."""
        return 0 if difficulty is None else self.points_by_difficulty[difficulty]

    def rebond_points(self, difficulty: int | None) -> int:
        """Points of a right rebond: the question's points divided, rounded down."""
        return self.points(difficulty) // self.rebond_divisor

    @property
    def debate_values(self) -> tuple[int, ...]:
        """The points a facilitator may give on a debate: 0, 2, 4 by default."""
        return tuple(range(0, self.debate_max + 1, self.debate_step))


class SessionSettings(BaseModel):
    """Everything chosen on the Setup screen. Invalid values raise ``SettingsError``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    teams: tuple[Team, ...] = Field(min_length=TEAMS_MIN, max_length=TEAMS_MAX)
    mode: Mode = "tour_par_tour"
    duration_min: Literal[10, 15, 20, 30] = 20
    timer_s: Literal[0, 30, 45, 60, 90] = 60
    sectors: tuple[Annotated[str, StringConstraints(min_length=1)], ...] = Field(min_length=1)
    audience: AudienceFilter = "tous"
    rebond: bool = True
    seed: int = Field(default_factory=_fresh_seed)
    scoring: ScoringRules = Field(default_factory=ScoringRules)
    barometer: Poll = Field(default="sans", description="How the room votes, if at all.")
    service: Annotated[str, StringConstraints(strip_whitespace=True, max_length=SERVICE_MAX)] = (
        Field(default="", description="The service's name, for the agreements page.")
    )

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise SettingsError(french_messages(exc)) from None

    @classmethod
    def from_dict(cls, data: Any) -> SessionSettings:
        """Settings from plain data (a journal, remembered settings), or ``SettingsError``."""
        if not isinstance(data, dict):
            raise SettingsError([say("game.settings.not_a_mapping")])
        return cls(**data)

    @model_validator(mode="after")
    def _distinct(self) -> SessionSettings:
        seen_names: dict[str, str] = {}
        seen_colours: set[str] = set()
        for team in self.teams:
            key = team.name.casefold()
            if key in seen_names:
                raise _rule(say("game.settings.same_name", name=seen_names[key]))
            seen_names[key] = team.name
            if team.colour in seen_colours:
                raise _rule(say("game.settings.same_colour", colour=team.colour))
            seen_colours.add(team.colour)
        if len(set(self.sectors)) != len(self.sectors):
            twice = next(s for s in self.sectors if self.sectors.count(s) > 1)
            raise _rule(say("game.settings.sector_twice", sector=twice))
        return self

    @property
    def all_teams(self) -> bool:
        """True in « toutes les équipes répondent » mode."""
        return self.mode == "toutes_les_equipes"

    @property
    def team_names(self) -> tuple[str, ...]:
        return tuple(team.name for team in self.teams)

    @property
    def polled(self) -> bool:
        """The room votes on the baromètre's statements (at the start and before the debrief)."""
        return self.barometer != "sans"


# Each field's message, by the catalogue's key (``game.settings.field.<field>``).
_FIELDS_WITH_MESSAGES = frozenset(
    {
        "mode",
        "duration_min",
        "timer_s",
        "audience",
        "rebond",
        "seed",
        "rebond_divisor",
        "debate_max",
        "debate_step",
        "panorama_bonus",
        "points_by_difficulty",
        "barometer",
        "service",
    }
)
_LABELLED_FIELDS = frozenset({"teams", "sectors", "name", "colour"})


def _label(field: object) -> str:
    name = str(field)
    return say(f"game.settings.label.{name}") if name in _LABELLED_FIELDS else name


def _team_message(loc: tuple[Any, ...], kind: str) -> str:
    if len(loc) < 2 or not isinstance(loc[1], int):
        return say("game.settings.team_count", least=TEAMS_MIN, most=TEAMS_MAX)
    number = loc[1] + 1
    field = loc[2] if len(loc) > 2 else None
    if kind == "extra_forbidden":
        return say("game.settings.team_unknown_field", number=number, field=str(field))
    if kind == "missing":
        return say("game.settings.team_missing", number=number, what=_label(field))
    if field == "name":
        if kind == "string_too_short":
            return say("game.settings.name_empty", number=number)
        if kind == "string_too_long":
            return say("game.settings.name_too_long", number=number, most=TEAM_NAME_MAX)
        return say("game.settings.name_not_text", number=number)
    if field == "colour":
        return say("game.settings.colour_format", number=number)
    return say("game.settings.team_incomplete", number=number)


def _one_message(error: Any) -> str:
    loc: tuple[Any, ...] = tuple(error["loc"])
    kind: str = error["type"]
    if kind == "regle":
        return str(error["msg"])
    if not loc:
        return say("game.settings.invalid")
    field = loc[-1] if loc[0] == "scoring" and len(loc) > 1 else loc[0]
    if kind == "extra_forbidden" and loc[0] != "teams":
        return say("game.settings.unknown_field", field=".".join(str(p) for p in loc))
    if kind == "missing" and loc[0] != "teams":
        return say("game.settings.missing_field", what=_label(field))
    if loc[0] == "teams":
        return _team_message(loc, kind)
    if loc[0] == "sectors":
        if len(loc) == 1:
            return say("game.settings.no_sector")
        return say("game.settings.sector_id")
    if str(field) in _FIELDS_WITH_MESSAGES:
        return say(f"game.settings.field.{field}")
    return say("game.settings.invalid_field", field=str(field))


def french_messages(exc: ValidationError) -> list[str]:
    """One French sentence per problem, in the order of the fields, without repeats."""
    messages: list[str] = []
    for error in exc.errors():
        if _is_count_error_beside_item_errors(error):
            continue
        message = _one_message(error)
        if message not in messages:
            messages.append(message)
    return messages


def _is_count_error_beside_item_errors(error: Any) -> bool:
    # pydantic counts only the valid teams when some are invalid: 3 teams with one broken
    # would also report "too short". The count is judged on what was given.
    if tuple(error["loc"]) != ("teams",) or error["type"] not in ("too_short", "too_long"):
        return False
    given = error.get("input")
    return isinstance(given, list | tuple) and TEAMS_MIN <= len(given) <= TEAMS_MAX
