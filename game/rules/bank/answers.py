"""Reading the value an adviser wrote for an answer, the way each question type expects it.

These helpers turn French habits (``oui``, ``2,88``, a number written as a choice) into the
model's values, and explain in French what is expected when they cannot.
"""

from __future__ import annotations

import difflib
import math
from typing import Any

from pydantic_core import PydanticCustomError


def rule_error(message: str) -> PydanticCustomError:
    """A broken bank rule, with its French message as is."""
    return PydanticCustomError("regle", message)


def french_bool(value: Any) -> Any:
    """Accept ``oui``/``non`` besides YAML's own booleans: advisers write French."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("oui", "vrai"):
            return True
        if low in ("non", "faux"):
            return False
    return value


def number_as_text(value: Any) -> Any:
    """A choice or a text that YAML read as a number (``- 2``) is still text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value).replace("\u202f", "")
    return value


def decimal_comma(value: Any) -> Any:
    """Accept ``0,5`` as well as ``0.5``: advisers write French."""
    if isinstance(value, str):
        try:
            return float(value.replace("\u202f", "").replace(" ", "").replace(",", "."))
        except ValueError:
            return value
    return value


def format_number(value: float) -> str:
    """A number the French way: 2,88 ; 253,44 ; 88."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", "\u202f")
    return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f").replace(".", ",")


def _closest(value: str, choices: tuple[str, ...]) -> str:
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.4)
    return f" Le choix le plus proche est « {match[0]} »." if match else ""


def true_false_answer(value: Any) -> str:
    if isinstance(value, bool):
        return "vrai" if value else "faux"
    if isinstance(value, str) and value.strip().lower() in ("vrai", "faux"):
        return value.strip().lower()
    if value is None:
        raise rule_error("indiquez la bonne réponse : « reponse: vrai » ou « reponse: faux ».")
    raise rule_error(f"la réponse d'une question vrai_faux est vrai ou faux, pas « {value} ».")


def single_answer(value: Any, choices: tuple[str, ...] | None) -> str:
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


def multiple_answer(value: Any, choices: tuple[str, ...] | None) -> tuple[str, ...]:
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


def number_answer(value: Any) -> float:
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
