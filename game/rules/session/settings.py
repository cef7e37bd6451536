"""The settings of one session, as the Setup scene fills them, validated with French messages.

Settings are pydantic models (frozen, ``extra="forbid"``). Building ``SessionSettings(...)``
with invalid values raises ``SettingsError`` whose ``messages`` list every problem as a French
sentence the facilitator can act on (``french_messages`` converts pydantic's errors). The
scoring scale lives here too (``ScoringRules``), so that it is configured in one place and
recorded in the journal with the rest of the settings.

Decisions where the design is silent: team colours are compared case-insensitively and stored
in upper case; the seed defaults to a fresh random number (a replayable game passes its own).
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

Mode = Literal["tour_par_tour", "toutes_les_equipes"]
AudienceFilter = Literal["tous", "encadrant", "agent"]
MODES: tuple[str, ...] = ("tour_par_tour", "toutes_les_equipes")
DURATIONS_MIN: tuple[int, ...] = (10, 15, 20, 30)
TIMERS_S: tuple[int, ...] = (0, 30, 45, 60, 90)
TEAMS_MIN, TEAMS_MAX = 2, 6
TEAM_NAME_MAX = 24

DEFAULT_TEAM_COLOURS: tuple[str, ...] = (
    "#56B4E9", "#F0E442", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
)  # Okabe-Ito: told apart by colour-blind players too; teams also always show their name.


def default_team_names(n: int) -> tuple[str, ...]:
    """``("Équipe 1", "Équipe 2", …)``: what Setup proposes before anyone types a name."""
    return tuple(f"Équipe {k}" for k in range(1, n + 1))


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
    ] = Field(description="Nom de l'équipe, affiché au tableau des scores.")
    colour: Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")] = Field(
        description="Couleur de l'équipe, au format #RRVVBB."
    )

    @field_validator("colour")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class ScoringRules(BaseModel):
    """The scale of points. Defaults are the design's; no points ever depend on speed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    points_by_difficulty: dict[int, int] = Field(
        default_factory=lambda: {1: 1, 2: 2, 3: 3},
        description="Points d'une bonne réponse selon la difficulté (1, 2 ou 3).",
    )
    rebond_divisor: int = Field(default=2, ge=1, le=10, description="Rebond : points / diviseur, "
                                "arrondi au-dessus.")
    debate_max: int = Field(default=2, ge=0, le=10, description="Points de débat au plus.")
    panorama_bonus: int = Field(default=3, ge=0, le=20, description="Bonus « panorama complet ».")

    @field_validator("points_by_difficulty")
    @classmethod
    def _three_levels(cls, value: dict[int, int]) -> dict[int, int]:
        if set(value) != {1, 2, 3} or not all(0 <= p <= 10 for p in value.values()):
            raise _rule("Les points par difficulté doivent donner un entier de 0 à 10 pour "
                        "chacune des difficultés 1, 2 et 3.")
        return dict(sorted(value.items()))

    def points(self, difficulty: int | None) -> int:
        """Points of a right answer to a question of this difficulty (none without one)."""
        return 0 if difficulty is None else self.points_by_difficulty[difficulty]

    def rebond_points(self, difficulty: int | None) -> int:
        """Points of a right rebond: the question's points divided, rounded up."""
        return -(-self.points(difficulty) // self.rebond_divisor)


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

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise SettingsError(french_messages(exc)) from None

    @classmethod
    def from_dict(cls, data: Any) -> SessionSettings:
        """Settings from plain data (a journal, remembered settings), or ``SettingsError``."""
        if not isinstance(data, dict):
            raise SettingsError(["Les réglages doivent être un ensemble de champs nommés."])
        return cls(**data)

    @model_validator(mode="after")
    def _distinct(self) -> SessionSettings:
        seen_names: dict[str, str] = {}
        seen_colours: set[str] = set()
        for team in self.teams:
            key = team.name.casefold()
            if key in seen_names:
                raise _rule(f"Deux équipes portent le même nom : « {seen_names[key]} ».")
            seen_names[key] = team.name
            if team.colour in seen_colours:
                raise _rule(f"Deux équipes ont la même couleur : {team.colour}.")
            seen_colours.add(team.colour)
        if len(set(self.sectors)) != len(self.sectors):
            twice = next(s for s in self.sectors if self.sectors.count(s) > 1)
            raise _rule(f"Le secteur « {twice} » est choisi deux fois.")
        return self

    @property
    def all_teams(self) -> bool:
        """True in « toutes les équipes répondent » mode."""
        return self.mode == "toutes_les_equipes"

    @property
    def team_names(self) -> tuple[str, ...]:
        return tuple(team.name for team in self.teams)


_FIELD_MESSAGES = {
    "mode": "Le mode de jeu doit être « tour_par_tour » (tour par tour) ou "
    "« toutes_les_equipes » (toutes les équipes répondent).",
    "duration_min": "La durée de la partie doit être de 10, 15, 20 ou 30 minutes.",
    "timer_s": "Le minuteur de question doit valoir 0 (arrêté), 30, 45, 60 ou 90 secondes.",
    "audience": "Le public doit être « tous », « encadrant » ou « agent ».",
    "rebond": "Le rebond doit être activé ou désactivé (vrai ou faux).",
    "seed": "La graine du tirage doit être un nombre entier.",
    "rebond_divisor": "Le diviseur du rebond doit être un entier de 1 à 10.",
    "debate_max": "Les points de débat doivent aller de 0 à un maximum entier de 0 à 10.",
    "panorama_bonus": "Le bonus « panorama complet » doit être un entier de 0 à 20.",
    "points_by_difficulty": "Les points par difficulté doivent donner un entier de 0 à 10 "
    "pour chacune des difficultés 1, 2 et 3.",
}


_FIELD_LABELS = {
    "teams": "les équipes",
    "sectors": "les secteurs en jeu",
    "name": "le nom",
    "colour": "la couleur",
}


def _team_message(loc: tuple[Any, ...], kind: str) -> str:
    if len(loc) < 2 or not isinstance(loc[1], int):
        return f"Il faut de {TEAMS_MIN} à {TEAMS_MAX} équipes."
    number = loc[1] + 1
    field = loc[2] if len(loc) > 2 else None
    if kind == "extra_forbidden":
        return f"Réglage inconnu pour l'équipe {number} : « {field} »."
    if kind == "missing":
        return f"Il manque {_FIELD_LABELS.get(str(field), str(field))} de l'équipe {number}."
    if field == "name":
        if kind == "string_too_short":
            return f"Le nom de l'équipe {number} est vide."
        if kind == "string_too_long":
            return (f"Le nom de l'équipe {number} est trop long : {TEAM_NAME_MAX} caractères "
                    "au plus.")
        return f"Le nom de l'équipe {number} doit être un texte."
    if field == "colour":
        return f"La couleur de l'équipe {number} doit s'écrire #RRVVBB (ex. : #56B4E9)."
    return f"L'équipe {number} doit avoir un nom et une couleur."


def _one_message(error: Any) -> str:
    loc: tuple[Any, ...] = tuple(error["loc"])
    kind: str = error["type"]
    if kind == "regle":
        return str(error["msg"])
    if not loc:
        return "Réglages invalides."
    field = loc[-1] if loc[0] == "scoring" and len(loc) > 1 else loc[0]
    if kind == "extra_forbidden" and loc[0] != "teams":
        return f"Réglage inconnu : « {'.'.join(str(p) for p in loc)} »."
    if kind == "missing" and loc[0] != "teams":
        return f"Réglage manquant : {_FIELD_LABELS.get(str(field), str(field))}."
    if loc[0] == "teams":
        return _team_message(loc, kind)
    if loc[0] == "sectors":
        if len(loc) == 1:
            return "Choisissez au moins un secteur."
        return "Chaque secteur s'indique par son identifiant (ex. : reglementaire)."
    return _FIELD_MESSAGES.get(str(field), f"Réglage invalide : « {field} ».")


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
