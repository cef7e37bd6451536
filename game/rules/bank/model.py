"""The question bank's data model: sectors and questions, as an HR adviser writes them in YAML.

Keys in the files are French without accents (``secteur``, ``reponse``…); attributes in the code
are English. Every rule that involves several fields of one question (the answer is one of the
choices, an estimate has a tolerance…) is a field validator, so that each broken rule becomes
its own error pointing at its own field. Messages are French: they reach the adviser verbatim.
"""

from __future__ import annotations

import math
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
from game.rules.bank.answers import (
    decimal_comma,
    format_number,
    french_bool,
    multiple_answer,
    number_answer,
    number_as_text,
    rule_error,
    single_answer,
    true_false_answer,
)

QuestionType = Literal["vrai_faux", "qcm", "qcm_multiple", "estimation", "debat"]
Audience = Literal["tous", "encadrant", "agent"]
QUESTION_TYPES: tuple[str, ...] = ("vrai_faux", "qcm", "qcm_multiple", "estimation", "debat")
AUDIENCES: tuple[str, ...] = ("tous", "encadrant", "agent")
LETTERS = "ABCD"
TRUE_FALSE = ("Vrai", "Faux")

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
PointText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.KEY_POINT_MAX)
]


class Sector(BaseModel):
    """One of the panorama's sectors, as declared in the bank's sector file."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, title="Secteur")

    id: str = Field(
        pattern=_SLUG,
        max_length=limits.ID_MAX,
        description="Identifiant court du secteur, en minuscules sans accent ni espace "
        "(ex. : reglementaire). Les questions y font référence avec « secteur: ».",
    )
    label: Text = Field(
        alias="libelle",
        min_length=1,
        max_length=limits.LABEL_MAX,
        description="Nom affiché sur la roue et les cartes (ex. : Réglementaire).",
    )
    colour: str = Field(
        alias="couleur",
        pattern=r"^#[0-9A-Fa-f]{6}$",
        description="Couleur du secteur, au format #RRVVBB (ex. : #0072B2). "
        "Choisir une couleur distincte pour les daltoniens (palette Okabe-Ito).",
    )
    pictogram: str = Field(
        alias="pictogramme",
        min_length=1,
        description="Pictogramme du secteur : le nom d'un pictogramme fourni avec le jeu "
        "(balance, organisation, equipe, ordinateur, societe) ou le chemin d'un fichier .svg "
        "placé dans le dossier de la banque.",
    )
    key_points: tuple[PointText, ...] = Field(
        default=(),
        alias="a_retenir",
        description="Points clés du secteur, repris dans le bilan de fin de partie.",
    )
    open_questions: tuple[PointText, ...] = Field(
        default=(),
        alias="questions_ouvertes",
        description="Questions ouvertes proposées au bilan pour prolonger la discussion.",
    )


class Question(BaseModel):
    """One question of the bank. Which fields are needed depends on its type."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, title="Question")

    id: str = Field(
        pattern=_QUESTION_ID,
        max_length=limits.ID_MAX,
        description="Identifiant unique de la question dans toute la banque "
        "(lettres, chiffres, - et _ ; ex. : reg-forfait-montant).",
    )
    sector: str = Field(
        alias="secteur",
        pattern=_SLUG,
        description="Identifiant du secteur (déclaré dans le fichier des secteurs).",
    )
    type: QuestionType = Field(
        description="vrai_faux, qcm (une bonne réponse), qcm_multiple (plusieurs bonnes "
        "réponses), estimation (un nombre) ou debat (pas de bonne réponse)."
    )
    difficulty: Literal[1, 2, 3] = Field(
        alias="difficulte",
        description="Difficulté de 1 (facile) à 3 (difficile) ; elle donne les points.",
    )
    audience: Audience = Field(
        default="tous",
        alias="public",
        description="Public visé : tous, encadrant ou agent.",
    )
    prompt: Text = Field(
        alias="question",
        min_length=10,
        max_length=limits.QUESTION_MAX,
        description=f"Texte de la question, lu à voix haute "
        f"({limits.QUESTION_MAX} caractères au plus).",
    )
    choices: tuple[ChoiceText, ...] | None = Field(
        default=None,
        alias="choix",
        validate_default=True,
        description=f"Réponses proposées (de {limits.CHOICES_MIN} à {limits.CHOICES_MAX}), "
        "pour qcm et qcm_multiple ; positions possibles pour un débat (facultatif). "
        "Pas de choix pour vrai_faux ni estimation.",
    )
    answer: Any = Field(
        default=None,
        alias="reponse",
        validate_default=True,
        description="Bonne réponse : vrai ou faux (vrai_faux) ; le texte exact d'un des choix "
        "(qcm) ; la liste des textes exacts des bons choix (qcm_multiple) ; un nombre "
        "(estimation). Pas de réponse pour un débat.",
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
        description="Écart accepté autour de la bonne réponse (estimation seulement, "
        "même unité ; 0 pour exiger la valeur exacte).",
    )
    unit: Text | None = Field(
        default=None,
        alias="unite",
        validate_default=True,
        description="Unité de la réponse (estimation seulement ; ex. : jours, %, €).",
    )
    explanation: Text = Field(
        alias="explication",
        min_length=20,
        max_length=limits.EXPLANATION_MAX,
        description="Explication montrée après la réponse : pourquoi, pas seulement quoi "
        f"({limits.EXPLANATION_MAX} caractères au plus).",
    )
    source: Text = Field(
        min_length=5,
        max_length=limits.SOURCE_MAX,
        description="Source précise : texte et article, guide officiel ou étude avec son année.",
    )
    link: str | None = Field(
        default=None,
        alias="lien",
        pattern=r"^https?://\S+$",
        description="Adresse web de la source (facultatif), commençant par https://.",
    )
    further: Text | None = Field(
        default=None,
        alias="pour_aller_plus_loin",
        validate_default=True,
        max_length=limits.FURTHER_MAX,
        description="Question pour lancer la discussion (obligatoire pour un débat).",
    )
    checked_on: date | None = Field(
        default=None,
        alias="verifie_le",
        description="Date à laquelle la source a été vérifiée, au format AAAA-MM-JJ.",
    )
    to_review: FrenchBool = Field(
        default=False,
        alias="a_revoir",
        description="true si la question doit être revue (la règle a peut-être changé).",
    )
    active: FrenchBool = Field(
        default=True,
        alias="actif",
        description="false pour retirer la question du jeu sans l'effacer.",
    )
    tags: tuple[TagText, ...] = Field(
        default=(), description="Mots-clés libres (ex. : forfait, idée reçue)."
    )
    image: str | None = Field(
        default=None,
        description="Image facultative (.png, .jpg ou .svg) placée dans le dossier de la banque, "
        "chemin relatif à ce dossier.",
    )

    # --- cross-field rules ---------------------------------------------------------------

    @field_validator("choices")
    @classmethod
    def _choices_fit_type(
        cls, value: tuple[str, ...] | None, info: ValidationInfo
    ) -> tuple[str, ...] | None:
        kind = info.data.get("type")
        if kind is None:
            return value
        if kind in ("vrai_faux", "estimation"):
            if value is not None:
                what = (
                    "la réponse est vrai ou faux"
                    if kind == "vrai_faux"
                    else ("la réponse est un nombre")
                )
                raise rule_error(
                    f"pas de « choix » pour une question {kind} : {what}. "
                    "Supprimez la ligne « choix »."
                )
            return None
        if value is None:
            if kind == "debat":
                return None
            raise rule_error(
                f"une question {kind} a besoin de « choix » : une liste de "
                f"{limits.CHOICES_MIN} à {limits.CHOICES_MAX} réponses, une par ligne "
                "commençant par « - »."
            )
        if not limits.CHOICES_MIN <= len(value) <= limits.CHOICES_MAX:
            raise rule_error(
                f"{len(value)} choix : il en faut de {limits.CHOICES_MIN} à "
                f"{limits.CHOICES_MAX} (les cartes affichent A à D)."
            )
        seen: set[str] = set()
        for choice in value:
            if choice.casefold() in seen:
                raise rule_error(
                    f"le choix « {choice} » est en double : chaque choix doit être différent."
                )
            seen.add(choice.casefold())
        return value

    @field_validator("answer")
    @classmethod
    def _answer_fits_type(cls, value: Any, info: ValidationInfo) -> Any:
        kind = info.data.get("type")
        if kind == "vrai_faux":
            return true_false_answer(value)
        if kind == "qcm":
            return single_answer(value, info.data.get("choices"))
        if kind == "qcm_multiple":
            return multiple_answer(value, info.data.get("choices"))
        if kind == "estimation":
            return number_answer(value)
        if kind == "debat" and value is not None:
            raise rule_error(
                "un débat n'a pas de bonne réponse : supprimez la ligne "
                "« reponse » (les positions vont dans « choix », facultatif)."
            )
        return value

    @field_validator("tolerance")
    @classmethod
    def _tolerance_for_estimates(cls, value: float | None, info: ValidationInfo) -> float | None:
        kind = info.data.get("type")
        if kind is None:
            return value
        if kind != "estimation":
            if value is not None:
                raise rule_error(
                    f"« tolerance » ne sert qu'aux estimations, pas à une "
                    f"question {kind} : supprimez cette ligne."
                )
            return None
        if value is None:
            raise rule_error(
                "une estimation a besoin d'une « tolerance » : l'écart accepté "
                "autour de la bonne réponse (0 pour la valeur exacte)."
            )
        if not math.isfinite(value) or value < 0:
            raise rule_error("la tolérance doit être un nombre positif ou nul.")
        return value

    @field_validator("unit")
    @classmethod
    def _unit_for_estimates(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("type")
        if kind is None:
            return value
        if kind != "estimation":
            if value is not None:
                raise rule_error(
                    f"« unite » ne sert qu'aux estimations, pas à une "
                    f"question {kind} : supprimez cette ligne."
                )
            return None
        if not value:
            raise rule_error("une estimation a besoin d'une « unite » (ex. : jours, %, €).")
        if len(value) > limits.UNIT_MAX:
            raise rule_error(f"l'unité fait {len(value)} caractères : {limits.UNIT_MAX} au plus.")
        return value

    @field_validator("further")
    @classmethod
    def _debates_open_a_conversation(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("type") == "debat" and not value:
            raise rule_error(
                "un débat a besoin de « pour_aller_plus_loin » : la question qui "
                "lance la discussion."
            )
        return value

    # --- what the game needs -------------------------------------------------------------

    @property
    def options(self) -> tuple[str, ...]:
        """The options shown on the card, in the order of their letters."""
        if self.type == "vrai_faux":
            return TRUE_FALSE
        return self.choices or ()

    @property
    def right_letters(self) -> frozenset[str]:
        """Letters of the right options (empty for estimates and debates)."""
        if self.type == "vrai_faux":
            return frozenset("A" if self.answer == "vrai" else "B")
        if self.type == "qcm":
            return frozenset(LETTERS[self.options.index(self.answer)])
        if self.type == "qcm_multiple":
            return frozenset(LETTERS[self.options.index(a)] for a in self.answer)
        return frozenset()

    @property
    def answer_text(self) -> str:
        """The right answer as a facilitator would read it aloud."""
        if self.type == "vrai_faux":
            return "Vrai" if self.answer == "vrai" else "Faux"
        if self.type == "qcm":
            return str(self.answer)
        if self.type == "qcm_multiple":
            return " ; ".join(self.answer)
        if self.type == "estimation":
            return f"{format_number(self.answer)} {self.unit or ''}".strip()
        return ""


class BankFile(BaseModel):
    """A YAML file of the bank: sector declarations, questions, or both."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        title="Fichier de la banque de questions Panorama Télétravail",
    )

    sectors: tuple[Sector, ...] = Field(
        default=(), alias="secteurs", description="Déclaration des secteurs du panorama."
    )
    questions: tuple[Question, ...] = Field(default=(), description="Les questions.")
