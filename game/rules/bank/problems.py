"""Problems found in a bank, and the French sentences that explain them to an HR adviser.

A problem names the file, line, column, question id and field, and says what is expected and,
where it can, how to fix it. Pydantic's errors are translated here, in one table, so that every
message an adviser reads comes from the wording catalogue (``bank.*`` entries) and is concrete.
"""

from __future__ import annotations

import calendar
import difflib
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from game.wording import say

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

    @classmethod
    def at(
        cls,
        file: str,
        line: int | None,
        column: int | None,
        message: str,
        severity: Severity = ERROR,
    ) -> Problem:
        """A problem at a place of a file that belongs to no question in particular."""
        return cls(file, line, column, None, None, message, severity)

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
        parts.append(
            self.message if self.is_error else say("bank.report.warning", message=self.message)
        )
        return " ".join(parts)

    def sort_key(self) -> tuple[str, int, int]:
        return (self.file, self.line or 0, self.column or 0)


def suggest(word: str, known: Iterable[str]) -> str | None:
    """The known word closest to a misspelt one (``reponce`` → ``reponse``, ``QCM`` → ``qcm``,
    ``réponse`` → ``reponse``), if any is close: capitals, accents and spaces aside."""
    words = list(known)
    plain = {_plain(w): w for w in reversed(words)}
    matches = difflib.get_close_matches(_plain(word), list(plain), n=1, cutoff=0.6)
    return plain[matches[0]] if matches else None


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "_")


def did_you_mean(word: str, known: Sequence[str]) -> str | None:
    """« vouliez-vous dire « x » ? » when a known word is close to ``word``."""
    guess = suggest(word, known)
    return say("bank.hint.did_you_mean", guess=guess) if guess else None


def command(*words: str) -> str:
    """A command line as the adviser types it: ``panorama …`` when the game was started under
    that name (installed with pip or pipx), the program's own name in the standalone app,
    ``python main.py …`` otherwise (a copy of the project's folder, as the guide shows)."""
    program = Path(sys.argv[0]).stem if sys.argv and sys.argv[0] else ""
    if getattr(sys, "frozen", False):  # the standalone app: its console program, by name
        head = program
    else:
        head = "panorama" if program.lower() == "panorama" else "python main.py"
    return " ".join((head, *(_shell_word(w) for w in words)))


def _shell_word(word: str) -> str:
    return f'"{word}"' if (" " in word or not word) else word


def quoted(value: Any) -> str:
    """A value as the adviser wrote it, cut to a readable length."""
    text = str(value)
    return text[:60] + ("…" if len(text) > 60 else "")


# Pydantic's error types, grouped by the sentence that explains them.
_TYPE_KEYS = {
    "string_type": "text",
    "int_type": "integer",
    "int_parsing": "integer",
    "int_parsing_size": "integer_size",
    "int_from_float": "integer_whole",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "boolean",
    "bool_parsing": "boolean",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date_no_time",
    "tuple_type": "list",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "finite_number": "finite",
}
_PATTERN_FIELDS = {"id": "id", "secteur": "sector", "couleur": "colour", "lien": "link"}
# Examples shown as they must be typed (values are never typeset, catalogue text is).
_PATTERN_EXAMPLES = {"couleur": '"#0072B2"'}


# A date in a form the bank reads (2026-02-31; 31/02/2026 in a spreadsheet) whose day or month
# cannot be: the form is right, the date is not.
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_SHEET_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def _impossible_date(text: str) -> bool:
    iso, sheet = _ISO_DATE.match(text), _SHEET_DATE.match(text)
    if iso:
        year, month, day = map(int, iso.groups())
    elif sheet:
        day, month, year = map(int, sheet.groups())
    else:
        return False
    if not 1 <= month <= 12:
        return True
    return not 1 <= day <= calendar.monthrange(year, month)[1]


def translate(error: Any, field: str | None, known_keys: Sequence[str]) -> str:
    """A French sentence for one pydantic error (``error`` is an item of ``errors()``)."""
    kind: str = error["type"]
    ctx: dict[str, Any] = error.get("ctx") or {}
    value = error.get("input")
    if kind == "regle":
        return str(error["msg"])
    if kind == "missing":
        return say("bank.field.missing", line=f"{field}: …")
    if kind == "extra_forbidden":
        hint = did_you_mean(str(field), known_keys) or say(
            "bank.hint.known_keys", known=", ".join(known_keys)
        )
        return say("bank.field.unknown", key=field, hint=hint)
    if kind == "literal_error":
        return _literal(ctx, value)
    if kind == "string_too_short":
        needed = ctx.get("min_length", 1)
        if needed <= 1:
            return say("bank.text.empty")
        return say("bank.text.too_short", least=needed)
    if kind == "string_too_long":
        limit = ctx.get("max_length", 0)
        size = len(value) if isinstance(value, str) else limit
        return say("bank.text.too_long", size=size, most=limit, cut=size - limit)
    if kind == "string_pattern_mismatch":
        if field in _PATTERN_FIELDS:
            return say(
                f"bank.pattern.{_PATTERN_FIELDS[field]}", example=_PATTERN_EXAMPLES.get(field, "")
            )
        return say("bank.pattern.other", value=quoted(value))
    if kind in ("too_short", "too_long"):
        return say(
            "bank.list.size", least=ctx.get("min_length", 0), most=ctx.get("max_length", "…")
        )
    if kind.startswith("date_") and isinstance(value, str) and _impossible_date(value):
        return say("bank.type.date_impossible", value=value.strip())
    if kind == "string_type" and value is None:
        return say("bank.value.empty", example='"#0072B2"')
    if kind in _TYPE_KEYS:
        sentence = say(f"bank.type.{_TYPE_KEYS[kind]}", example="id: reg-exemple")
        if value is None:
            return sentence
        return say("bank.type.found", sentence=sentence, value=quoted(value))
    return say("bank.value.invalid", original=error.get("msg", kind))


def _literal(ctx: dict[str, Any], value: Any) -> str:
    expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
    choices = [e.strip() for e in expected.split(",")]
    guess = suggest(str(value), choices)
    sentence = say("bank.value.not_allowed", value=quoted(value), allowed=expected)
    return sentence + (say("bank.value.did_you_mean", guess=guess) if guess else "")
