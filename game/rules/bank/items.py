"""One question (or sector) checked by the model, whatever route it came by.

A YAML file, a CSV file and a workbook all hand the same plain data to :func:`check_item`: the
model's rules (and, through them, each question kind's rules) run once, and pydantic's errors
become French problems placed where the adviser wrote the value. Only the place differs: a line
and column of a YAML file, or a row and column of a spreadsheet (:class:`Place`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from game.rules.bank.model import Question, Sector
from game.rules.bank.problems import Problem, translate
from game.rules.bank.yamlread import Parsed, Path_
from game.wording import say

T = TypeVar("T", Sector, Question)
Mark = tuple[int | None, int | None]


@dataclass(frozen=True)
class Located(Generic[T]):
    """A valid sector or question with where it was written."""

    item: T
    file: str
    line: int | None
    fields: dict[str, tuple[int | None, int | None]]

    def at(self, field: str) -> Mark:
        line, column = self.fields.get(field, (self.line, None))
        return line, column


@dataclass(frozen=True)
class Written:
    """A question in error, by its id and where it was written. It keeps its id: a question
    written after it with the same id is a newcomer, flagged as such."""

    id: str
    file: str
    line: int | None


class Place(Protocol):
    """Where an item was written, and where each of its fields is."""

    @property
    def file(self) -> str: ...

    @property
    def line(self) -> int | None: ...

    def mark(self, loc: tuple[Any, ...], key: bool) -> Mark:
        """The place of the field at ``loc``: its key (``key``) or its value."""
        ...

    def label(self, loc: tuple[Any, ...]) -> str | None:
        """How the adviser names the field at ``loc`` (« choix n° 2 », « choix_b »)."""
        ...

    def fields(self, item: dict[str, Any]) -> dict[str, tuple[int | None, int | None]]:
        """The place of each field the item has."""
        ...


def field_names(model: type[BaseModel]) -> list[str]:
    """The keys an adviser writes for this model (``reponse``, not ``answer``)."""
    return [f.alias or name for name, f in model.model_fields.items()]


def _keys_at(model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str | None, list[str]]:
    """The key an error is about and the keys allowed beside it: inside a list of small
    records (a sector's ``cadre``), the record's own key and keys, not the list's."""
    if len(loc) >= 3 and isinstance(loc[1], int) and isinstance(loc[2], str):
        info = next(
            (f for name, f in model.model_fields.items() if (f.alias or name) == loc[0]), None
        )
        inner = [
            a
            for a in get_args(info.annotation if info else None)
            if isinstance(a, type) and issubclass(a, BaseModel)
        ]
        if inner:
            return loc[2], field_names(inner[0])
    return (str(loc[0]) if loc else None), field_names(model)


def adviser_loc(model: type[Sector] | type[Question], loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Pydantic's ``loc`` with the model's attribute turned into the adviser's key."""
    fields = model.model_fields
    if loc and loc[0] in fields:
        return (fields[loc[0]].alias or loc[0], *loc[1:])
    return loc


def check_item(data: Any, model: type[T], place: Place) -> tuple[Located[T] | None, list[Problem]]:
    """The item, valid and located, or the problems that keep it out of the bank."""
    item_id = data.get("id") if isinstance(data, dict) else None
    item_id = str(item_id) if item_id is not None else None
    try:
        valid = model.model_validate(data)
    except ValidationError as error:
        problems = []
        for err in error.errors():
            loc = adviser_loc(model, tuple(err["loc"]))
            whole = err["type"] in ("extra_forbidden", "missing") or not loc
            line, column = place.mark(loc, whole)
            field, known = _keys_at(model, loc)
            message = translate(err, field, known)
            problems.append(Problem(place.file, line, column, item_id, place.label(loc), message))
        return None, problems
    fields = place.fields(data) if isinstance(data, dict) else {}
    return Located(valid, place.file, place.line, fields), []


@dataclass(frozen=True)
class YamlPlace:
    """An item of a YAML file: positions come from the parser's marks."""

    file: str
    parsed: Parsed
    path: Path_

    @property
    def line(self) -> int | None:
        return (self.parsed.position(self.path) or (None, None))[0]

    def mark(self, loc: tuple[Any, ...], key: bool) -> Mark:
        full = (*self.path, *loc)
        found = (self.parsed.key_marks.get(full) if key else None) or self.parsed.position(full)
        return found or (None, None)

    def label(self, loc: tuple[Any, ...]) -> str | None:
        if not loc:
            return None
        if len(loc) > 2 and isinstance(loc[1], int) and isinstance(loc[2], str):
            return say("bank.field.nth_key", field=loc[0], n=loc[1] + 1, key=loc[2])
        if len(loc) > 1 and isinstance(loc[1], int):
            return say("bank.field.nth", field=loc[0], n=loc[1] + 1)
        return str(loc[0])

    def fields(self, item: dict[str, Any]) -> dict[str, tuple[int | None, int | None]]:
        marks, path = self.parsed.key_marks, self.path
        found = {key: marks.get((*path, key)) for key in item}
        return {key: mark for key, mark in found.items() if mark is not None}
