"""Problems found in a bank, and the French sentences that explain them to an HR adviser.

A problem names the file, line, column, question id and field, and says what is expected and,
where it can, how to fix it. Pydantic's errors are translated here, in one table, so that every
message an adviser reads is French and concrete.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["erreur", "avertissement"]
ERROR: Severity = "erreur"
WARNING: Severity = "avertissement"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in a bank file."""

    file: str
    line: int | None
    column: int | None
    question_id: str | None
    field: str | None
    message: str
    severity: Severity = ERROR

    @classmethod
    def whole(cls, file: str, message: str, severity: Severity = ERROR) -> Problem:
        """A problem with a whole file or folder, at no particular line."""
        return cls(file, None, None, None, None, message, severity)

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def format(self) -> str:
        """``FILE:LINE:COL: [id] field: message`` (parts that are unknown are left out)."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where + ":"]
        if self.question_id:
            parts.append(f"[{self.question_id}]")
        if self.field:
            parts.append(f"{self.field}:")
        prefix = "" if self.is_error else "avertissement : "
        parts.append(prefix + self.message)
        return " ".join(parts)

    def sort_key(self) -> tuple[str, int, int]:
        return (self.file, self.line or 0, self.column or 0)


def suggest(word: str, known: Iterable[str]) -> str | None:
    """The known word closest to a misspelt one (``reponce`` → ``reponse``), if any is close."""
    matches = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _quoted(value: Any) -> str:
    text = str(value)
    return f"« {text[:60]}{'…' if len(text) > 60 else ''} »"


_PATTERN_HINTS = {
    "id": "identifiant invalide : lettres sans accent, chiffres, - et _ seulement, sans espace "
    "(ex. : reg-forfait-montant).",
    "secteur": "identifiant de secteur invalide : minuscules sans accent ni espace "
    "(ex. : reglementaire).",
    "couleur": "couleur invalide : écrivez-la au format #RRVVBB entre guillemets "
    '(ex. : "#0072B2").',
    "lien": "adresse invalide : elle doit commencer par https:// (ou http://) et ne pas "
    "contenir d'espace.",
}

_TYPE_MESSAGES = {
    "string_type": "un texte est attendu ici.",
    "int_type": "un nombre entier est attendu ici.",
    "int_parsing": "un nombre entier est attendu ici.",
    "int_parsing_size": "nombre trop long pour être lu : un nombre de quelques chiffres est "
    "attendu.",
    "int_from_float": "un nombre entier est attendu ici (sans virgule).",
    "float_type": "un nombre est attendu ici (avec un point pour les décimales : 2.88).",
    "float_parsing": "un nombre est attendu ici (avec un point pour les décimales : 2.88).",
    "bool_type": "attendu : true ou false (oui ou non sont aussi compris).",
    "bool_parsing": "attendu : true ou false (oui ou non sont aussi compris).",
    "date_type": "une date est attendue, au format AAAA-MM-JJ (ex. : 2026-03-01).",
    "date_parsing": "une date est attendue, au format AAAA-MM-JJ (ex. : 2026-03-01).",
    "date_from_datetime_parsing": "une date est attendue, au format AAAA-MM-JJ (ex. : 2026-03-01).",
    "date_from_datetime_inexact": "une date sans heure est attendue, au format AAAA-MM-JJ.",
    "tuple_type": "une liste est attendue : un élément par ligne, commençant par « - ».",
    "list_type": "une liste est attendue : un élément par ligne, commençant par « - ».",
    "dict_type": "des lignes « clé: valeur » sont attendues ici.",
    "model_type": "des lignes « clé: valeur » sont attendues ici.",
    "model_attributes_type": "des lignes « clé: valeur » sont attendues ici.",
    "finite_number": "un nombre fini est attendu.",
}


def translate(error: Any, field: str | None, known_keys: Sequence[str]) -> str:
    """A French sentence for one pydantic error (``error`` is an item of ``errors()``)."""
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = error.get("input")
    if kind == "regle":
        return str(error["msg"])
    if kind == "missing":
        return f"champ obligatoire manquant : ajoutez une ligne « {field}: … »."
    if kind == "extra_forbidden":
        guess = suggest(str(field), known_keys)
        hint = (
            f"vouliez-vous dire « {guess} » ?"
            if guess
            else "clés possibles : " + ", ".join(known_keys) + "."
        )
        return f"clé inconnue « {field} » : {hint}"
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        guess = suggest(str(value), [e.strip() for e in expected.split(",")])
        more = f" Vouliez-vous dire « {guess} » ?" if guess else ""
        return f"valeur {_quoted(value)} non reconnue : valeurs possibles : {expected}.{more}"
    if kind == "string_too_short":
        needed = ctx.get("min_length", 1)
        if needed <= 1:
            return "ce texte est vide : écrivez-le ou supprimez la ligne."
        return f"texte trop court : au moins {needed} caractères."
    if kind == "string_too_long":
        limit = ctx.get("max_length", 0)
        size = len(value) if isinstance(value, str) else limit
        return (
            f"texte trop long : {size} caractères pour {limit} au plus (il doit tenir sur "
            f"la carte en 1024×768) ; raccourcissez-le de {size - limit} caractères."
        )
    if kind == "string_pattern_mismatch":
        return _PATTERN_HINTS.get(str(field), f"valeur {_quoted(value)} mal formée.")
    if kind in ("too_short", "too_long"):
        return (
            f"cette liste doit avoir entre {ctx.get('min_length', 0)} et "
            f"{ctx.get('max_length', '…')} éléments."
        )
    if kind == "string_type" and value is None:
        return (
            "la valeur est vide. Si elle commence par « # » (une couleur), mettez-la entre "
            "guillemets : en YAML, « # » commence un commentaire."
        )
    if kind in _TYPE_MESSAGES:
        found = "" if value is None else f" (trouvé : {_quoted(value)})"
        return _TYPE_MESSAGES[kind] + found
    return f"valeur invalide ({error.get('msg', kind)})."
