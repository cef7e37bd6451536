"""The question bank's data model: sectors and questions, as an HR adviser writes them in YAML.

Keys in the files are French without accents (``secteur``, ``reponse``…); attributes in the code
are English. Every rule that involves several fields of one question (the answer is one of the
choices, an estimate has a tolerance…) is a field validator, so that each broken rule becomes
its own error pointing at its own field. Messages come from the wording catalogue and reach the
adviser verbatim; each field's description for editors is there too (``bank.schema.*``, put in
the editor schema by ``schema``).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from game.rules.bank import limits
from game.rules.bank.answers import decimal_comma, french_bool, number_as_text
from game.rules.kinds import KINDS, TYPE_IDS, Kind
from game.rules.kinds.base import LETTERS as LETTERS
from game.rules.kinds.problems import rule_error
from game.wording import say

# The registry of kinds is the one list of types; pydantic checks the name against it.
QuestionType = Literal[TYPE_IDS]  # type: ignore[valid-type]
Audience = Literal["tous", "encadrant", "agent"]
AUDIENCES: tuple[str, ...] = ("tous", "encadrant", "agent")

_SLUG = r"^[a-z][a-z0-9_-]*$"
_QUESTION_ID = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"


FrenchBool = Annotated[
    bool,
    BeforeValidator(french_bool),
    WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": ["oui", "non"]}]}),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True), BeforeValidator(number_as_text)]

ChoiceText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.CHOICE_MAX),
    BeforeValidator(number_as_text),
]
TagText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.TAG_MAX)
]
IdText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.ID_MAX)
]
BLANK = "…"  # the blank of an agreement's suggestion, selected for the facilitator to fill


def _three_dots_as_blank(value: Any) -> Any:
    """« ... » typed with three full stops is the blank « … » (a keyboard has no key for it)."""
    return value.replace("...", BLANK) if isinstance(value, str) else value


HintText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=3, max_length=limits.HINT_MAX),
    BeforeValidator(_three_dots_as_blank),
]
# A source and its web page: the same rules for a question and for a sector's framing rule.
SourceText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=5, max_length=limits.SOURCE_MAX),
    BeforeValidator(number_as_text),
]
Link = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
PointText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.KEY_POINT_MAX)
]


class FramingRule(BaseModel):
    """A rule that frames a team's agreements in a sector (the right to disconnect, three days
    a week at most…), with its source: printed beside the agreements, so that what a team
    agrees on stays within what the texts and the organisation's own charter allow."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, title="Cadre")

    text: Text = Field(
        alias="texte",
        min_length=10,
        max_length=limits.KEY_POINT_MAX,
    )
    source: SourceText
    link: Link | None = Field(default=None, alias="lien")


class Sector(BaseModel):
    """One of the panorama's sectors, as declared in the bank's sector file."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, title="Secteur")

    id: str = Field(
        pattern=_SLUG,
        max_length=limits.ID_MAX,
    )
    label: Text = Field(
        alias="libelle",
        min_length=1,
        max_length=limits.LABEL_MAX,
    )
    colour: str = Field(
        alias="couleur",
        pattern=r"^#[0-9A-Fa-f]{6}$",
    )
    pictogram: str = Field(
        alias="pictogramme",
        min_length=1,
    )
    key_points: tuple[PointText, ...] = Field(
        default=(),
        alias="a_retenir",
    )
    open_questions: tuple[PointText, ...] = Field(
        default=(),
        alias="questions_ouvertes",
    )
    framing: tuple[FramingRule, ...] = Field(
        default=(),
        alias="cadre",
    )


class Question(BaseModel):
    """One question of the bank. Which fields are needed depends on its type."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, title="Question")

    id: str = Field(
        pattern=_QUESTION_ID,
        max_length=limits.ID_MAX,
    )
    sector: str = Field(
        alias="secteur",
        pattern=_SLUG,
    )
    type: QuestionType
    difficulty: Literal[1, 2, 3] | None = Field(
        default=None,
        alias="difficulte",
        validate_default=True,
    )
    audience: Audience = Field(
        default="tous",
        alias="public",
    )
    prompt: Text = Field(
        alias="question",
        min_length=10,
        max_length=limits.QUESTION_MAX,
    )
    choices: tuple[ChoiceText, ...] | None = Field(
        default=None,
        alias="choix",
        validate_default=True,
    )
    answer: Any = Field(
        default=None,
        alias="reponse",
        validate_default=True,
        json_schema_extra={
            "anyOf": [
                {"type": "string"},
                {"type": "number"},
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}},
            ]
        },
    )
    tolerance: Annotated[float | None, BeforeValidator(decimal_comma)] = Field(
        default=None,
        validate_default=True,
    )
    unit: Text | None = Field(
        default=None,
        alias="unite",
        validate_default=True,
    )
    explanation: Text = Field(
        alias="explication",
        min_length=20,
        max_length=limits.EXPLANATION_MAX,
    )
    source: SourceText
    link: Link | None = Field(default=None, alias="lien")
    further: Text | None = Field(
        default=None,
        alias="pour_aller_plus_loin",
        validate_default=True,
        max_length=limits.FURTHER_MAX,
    )
    informed_by: tuple[IdText, ...] | None = Field(
        default=None,
        alias="informe_par",
        validate_default=True,
    )
    agreement_hints: tuple[HintText, ...] = Field(
        default=(),
        alias="pistes_accord",
    )
    checked_on: date | None = Field(
        default=None,
        alias="verifie_le",
    )
    to_review: FrenchBool = Field(
        default=False,
        alias="a_revoir",
    )
    active: FrenchBool = Field(
        default=True,
        alias="actif",
    )
    tags: tuple[TagText, ...] = Field(default=())
    image: str | None = Field(
        default=None,
    )

    # --- cross-field rules: each kind says what its fields must be -----------------------

    @field_validator("difficulty")
    @classmethod
    def _difficulty_fits_type(cls, value: int | None, info: ValidationInfo) -> int | None:
        kind = _kind(info)
        if kind is None:
            return value
        if kind.needs_difficulty and value is None:
            raise rule_error(say("bank.difficulty.missing"))
        if not kind.needs_difficulty and value is not None:
            raise rule_error(say("bank.difficulty.not_for_kind", kind=kind.id))
        return value

    @field_validator("choices")
    @classmethod
    def _choices_fit_type(
        cls, value: tuple[str, ...] | None, info: ValidationInfo
    ) -> tuple[str, ...] | None:
        kind = _kind(info)
        return value if kind is None else kind.check_choices(value)

    @field_validator("answer")
    @classmethod
    def _answer_fits_type(cls, value: Any, info: ValidationInfo) -> Any:
        kind = _kind(info)
        return value if kind is None else kind.read_answer(value, info.data.get("choices"))

    @field_validator("tolerance")
    @classmethod
    def _tolerance_for_estimates(cls, value: float | None, info: ValidationInfo) -> float | None:
        kind = _kind(info)
        return value if kind is None else kind.check_tolerance(value)

    @field_validator("unit")
    @classmethod
    def _unit_for_estimates(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = _kind(info)
        return value if kind is None else kind.check_unit(value)

    @field_validator("further")
    @classmethod
    def _further_when_needed(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = _kind(info)
        if kind is not None and kind.needs_further and not value:
            raise rule_error(say("bank.further.missing", kind=kind.id))
        return value

    @field_validator("informed_by")
    @classmethod
    def _informed_by_for_statements(
        cls, value: tuple[str, ...] | None, info: ValidationInfo
    ) -> tuple[str, ...] | None:
        kind = _kind(info)
        if kind is None:
            return value
        if not kind.needs_informed_by:
            if value is not None:
                raise rule_error(say("bank.informed_by.not_for_kind", kind=kind.id))
            return None
        if not value or len(value) < limits.INFORMED_BY_MIN:
            raise rule_error(say("bank.informed_by.missing", least=limits.INFORMED_BY_MIN))
        if len(set(value)) != len(value):
            raise rule_error(say("bank.informed_by.twice"))
        return value

    # --- what the game needs -------------------------------------------------------------

    @property
    def kind(self) -> Kind:
        """What this question's type does (see ``game.rules.kinds``)."""
        return KINDS[self.type]

    @property
    def options(self) -> tuple[str, ...]:
        """The options shown on the card, in the order of their letters."""
        return self.kind.options(self)

    @property
    def right_letters(self) -> frozenset[str]:
        """Letters of the right options (empty when no option is right)."""
        return self.kind.right_letters(self)

    @property
    def answer_text(self) -> str:
        """The right answer as a facilitator would read it aloud."""
        return self.kind.right_text(self)


def _kind(info: ValidationInfo) -> Kind | None:
    """The kind of the question being validated, once its type is known to be valid."""
    kind_id = info.data.get("type")
    return KINDS.get(kind_id) if isinstance(kind_id, str) else None


class BankFile(BaseModel):
    """A YAML file of the bank: sector declarations, questions, or both."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    sectors: tuple[Sector, ...] = Field(default=(), alias="secteurs")
    questions: tuple[Question, ...] = Field(default=())
