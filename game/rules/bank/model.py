"""The question bank's data model: sectors and questions, as an HR adviser writes them in YAML.

Keys in the files are French without accents (``secteur``, ``reponse``…); attributes in the code
are English. Every rule that involves several fields of one question (the answer is one of the
choices, an estimate has a tolerance…) is a field validator, so that each broken rule becomes
its own error pointing at its own field. Messages are French: they reach the adviser verbatim.
"""

from __future__ import annotations

import difflib
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
from pydantic_core import PydanticCustomError

from game.rules.bank import limits

QuestionType = Literal["vrai_faux", "qcm", "qcm_multiple", "estimation", "debat"]
Audience = Literal["tous", "encadrant", "agent"]
QUESTION_TYPES: tuple[str, ...] = ("vrai_faux", "qcm", "qcm_multiple", "estimation", "debat")
AUDIENCES: tuple[str, ...] = ("tous", "encadrant", "agent")
LETTERS = "ABCD"
TRUE_FALSE = ("Vrai", "Faux")

_SLUG = r"^[a-z][a-z0-9_-]*$"
_QUESTION_ID = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"


def _french_bool(value: Any) -> Any:
    """Accept ``oui``/``non`` besides YAML's own booleans: advisers write French."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("oui", "vrai"):
            return True
        if low in ("non", "faux"):
            return False
    return value


def _number_as_text(value: Any) -> Any:
    """A choice or a text that YAML read as a number (``- 2``) is still text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value).replace("\u202f", "")
    return value


def _decimal_comma(value: Any) -> Any:
    """Accept ``0,5`` as well as ``0.5``: advisers write French."""
    if isinstance(value, str):
        try:
            return float(value.replace("\u202f", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return value
    return value


FrenchBool = Annotated[
    bool,
    BeforeValidator(_french_bool),
    WithJsonSchema({"anyOf": [{"type": "boolean"}, {"enum": ["oui", "non"]}]}),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True), BeforeValidator(_number_as_text)]

ChoiceText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.CHOICE_MAX),
    BeforeValidator(_number_as_text),
]
TagText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.TAG_MAX)
]
PointText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.KEY_POINT_MAX)
]


def rule_error(message: str) -> PydanticCustomError:
    """A broken bank rule, with its French message as is."""
    return PydanticCustomError("regle", message)


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
    tolerance: Annotated[float | None, BeforeValidator(_decimal_comma)] = Field(
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
            return _true_false_answer(value)
        if kind == "qcm":
            return _single_answer(value, info.data.get("choices"))
        if kind == "qcm_multiple":
            return _multiple_answer(value, info.data.get("choices"))
        if kind == "estimation":
            return _number_answer(value)
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


def format_number(value: float) -> str:
    """A number the French way: 2,88 ; 253,44 ; 88."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f").replace(".", ",")


def _closest(value: str, choices: tuple[str, ...]) -> str:
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.4)
    return f" Le choix le plus proche est « {match[0]} »." if match else ""


def _true_false_answer(value: Any) -> str:
    if isinstance(value, bool):
        return "vrai" if value else "faux"
    if isinstance(value, str) and value.strip().lower() in ("vrai", "faux"):
        return value.strip().lower()
    if value is None:
        raise rule_error("indiquez la bonne réponse : « reponse: vrai » ou « reponse: faux ».")
    raise rule_error(f"la réponse d'une question vrai_faux est vrai ou faux, pas « {value} ».")


def _single_answer(value: Any, choices: tuple[str, ...] | None) -> str:
    if value is None:
        raise rule_error(
            "indiquez la bonne réponse : recopiez mot pour mot le texte du bon "
            "choix après « reponse: »."
        )
    if isinstance(value, list | tuple):
        raise rule_error(
            "une question qcm n'a qu'une bonne réponse : pour en indiquer "
            "plusieurs, utilisez le type qcm_multiple."
        )
    text = str(value).strip()
    if choices and text not in choices:
        raise rule_error(
            f"la réponse « {text} » ne fait pas partie des choix : recopiez le "
            f"texte exact de l'un d'eux.{_closest(text, choices)}"
        )
    return text


def _multiple_answer(value: Any, choices: tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        raise rule_error(
            "indiquez les bonnes réponses : une liste des textes exacts des bons "
            "choix, une par ligne commençant par « - »."
        )
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not items:
        raise rule_error("la réponse d'une question qcm_multiple est une liste de choix.")
    texts = tuple(str(item).strip() for item in items)
    if len(set(texts)) != len(texts):
        raise rule_error("une même bonne réponse est indiquée deux fois.")
    if choices:
        for text in texts:
            if text not in choices:
                raise rule_error(
                    f"la réponse « {text} » ne fait pas partie des choix : "
                    f"recopiez le texte exact.{_closest(text, choices)}"
                )
        # Keep the order of the card, so that letters read A, C rather than C, A.
        texts = tuple(c for c in choices if c in texts)
    return texts


def _number_answer(value: Any) -> float:
    if isinstance(value, str):
        try:
            value = float(value.replace("\u202f", "").replace(" ", "").replace(",", "."))
        except ValueError:
            raise rule_error(
                f"la réponse d'une estimation est un nombre, pas « {value} »."
            ) from None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        if value is None:
            raise rule_error("indiquez la bonne réponse : un nombre (ex. : reponse: 88).")
        raise rule_error("la réponse d'une estimation est un nombre (ex. : reponse: 2.88).")
    return float(value)
