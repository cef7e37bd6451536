"""Writing questions into a bank file an adviser wrote by hand, changing nothing else.

A file is never rewritten from its data: the lines of the questions that did not change are kept
byte for byte (comments, key order, quoting, indentation, blank lines). A changed question's
block is re-read with ruamel.yaml's round-trip mode, only its changed values are set (an edited
text keeps its quotes, a list keeps its style, comments inside the block stay), and the block is
put back in place. A new question is written in the bank's house style and added after the last
question of the file. Files are replaced whole or not at all, keeping their permissions
(``files.write_atomically``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from game.rules.bank.files import write_atomically
from game.rules.bank.model import Question
from game.rules.bank.yamlread import EntryBudget, parse

__all__ = ["changed_block", "new_block", "write_atomically"]

SCHEMA_LINE = "# yaml-language-server: $schema=./banque.schema.json\n"
TOP = "questions"
_PLAIN = frozenset({"id", "secteur", "type", "public", "lien", "image"})
_FLOW_LISTS = frozenset({"tags", "informe_par"})


def yaml_data(q: Question) -> dict[str, Any]:
    """A question as an adviser writes it: French keys, defaults left out, whole numbers whole."""
    data = q.model_dump(by_alias=True, exclude_defaults=True, mode="python")
    data = {k: v for k, v in data.items() if v is not None}
    for key in ("reponse", "tolerance"):
        value = data.get(key)
        if isinstance(value, float) and value.is_integer():
            data[key] = int(value)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _styled(key: str, value: Any) -> Any:
    """A value in the house style: texts in double quotes, ids and words plain, tags in [ ]."""
    if isinstance(value, list):
        if key in _FLOW_LISTS:  # short words in [ ]: quoted only where YAML needs it
            items = CommentedSeq(value)
            items.fa.set_flow_style()
            return items
        return CommentedSeq([_styled(key, v) for v in value])
    if (
        isinstance(value, str)
        and key not in _PLAIN
        and not (key == "reponse" and value in ("vrai", "faux"))
    ):
        return DoubleQuotedScalarString(value)
    return value


@dataclass(frozen=True)
class Layout:
    """How a file indents its question list: the « - » column and the keys' column."""

    dash: int = 2
    key: int = 4

    def yaml(self) -> YAML:
        writer = YAML(typ="rt")
        writer.preserve_quotes = True
        writer.width = 4096  # never fold a long text over several lines
        writer.indent(mapping=2, sequence=self.key, offset=self.dash)
        return writer


def layout_of(line: str) -> Layout:
    """The layout of a question block from its first line (« ··- id: »)."""
    dash = len(line) - len(line.lstrip(" "))
    after = line[dash + 1 :]
    return Layout(dash, dash + 1 + len(after) - len(after.lstrip(" ")))


def _dump(items: list[Any], layout: Layout) -> list[str]:
    out = io.StringIO()
    layout.yaml().dump({TOP: items}, out)
    return _trimmed(out.getvalue().split("\n")[1:])  # without the « questions: » line


def new_block(q: Question, layout: Layout) -> list[str]:
    """The lines of a new question, in the house style."""
    item = CommentedMap()
    for key, value in yaml_data(q).items():
        item[key] = _styled(key, value)
    return _dump([item], layout)


def changed_block(block: Sequence[str], old: Question, new: Question) -> list[str]:
    """A question's lines with only the values that differ set anew."""
    layout = layout_of(block[0])
    reader = layout.yaml()
    document = reader.load("\n".join([f"{TOP}:", *block]) + "\n")
    item: CommentedMap = document[TOP][0]
    before, after = yaml_data(old), yaml_data(new)
    fields = Question.model_fields
    for key in [f.alias or name for name, f in fields.items()]:
        if before.get(key) == after.get(key):
            continue
        if key not in after:
            _unset(item, key, new)
        elif key in item:
            item[key] = _restyled(item[key], key, after[key])
        else:
            _insert(item, key, _styled(key, after[key]))
    return _dump([item], layout)


def _unset(item: CommentedMap, key: str, new: Question) -> None:
    """A value back to its default: an explicit line keeps saying it (« actif: true »)."""
    if key not in item:
        return
    name = next(n for n, f in Question.model_fields.items() if (f.alias or n) == key)
    default = getattr(new, name)
    if default in (None, ()):
        del item[key]
    else:
        item[key] = default


def _restyled(old: Any, key: str, value: Any) -> Any:
    """The new value written the way the old one was (quotes, list style)."""
    if isinstance(old, CommentedSeq) and isinstance(value, list):
        sample = old[0] if len(old) else None
        old.clear()
        old.extend(
            _restyled(sample, "", v) if sample is not None else _styled(key, v) for v in value
        )
        return old
    if isinstance(value, str):
        if isinstance(old, DoubleQuotedScalarString):
            return DoubleQuotedScalarString(value)
        if isinstance(old, SingleQuotedScalarString):
            return SingleQuotedScalarString(value)
        return value if isinstance(old, str) else _styled(key, value)
    return _styled(key, value)


def _insert(item: CommentedMap, key: str, value: Any) -> None:
    """A new key at its place in the model's order, among the keys the block has."""
    order = [f.alias or n for n, f in Question.model_fields.items()]
    rank = order.index(key)
    position = sum(1 for existing in item if existing in order and order.index(existing) < rank)
    item.insert(position, key, value)


def _trimmed(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


@dataclass(frozen=True)
class Blocks:
    """Where each question of a file is: its block's first line and the line after its last
    (0-based), blank and comment lines after a question left to the space between them."""

    spans: dict[str, tuple[int, int]]
    end: int | None  # the line after the list's last question (None: the file has no list)


def blocks_of(text: str) -> Blocks:
    """The question blocks of a file that YAML reads (the caller checked it is valid)."""
    lines = text.split("\n")
    parsed, _, error = parse(text, "", EntryBudget())
    items = parsed.value.get(TOP) if parsed is not None and isinstance(parsed.value, dict) else None
    if parsed is None or error is not None or not isinstance(items, list) or not items:
        return Blocks({}, None)
    starts = [parsed.marks[(TOP, i)][0] - 1 for i in range(len(items))]
    tops = sorted(line - 1 for (key, *rest), (line, _) in parsed.key_marks.items() if not rest)
    spans: dict[str, tuple[int, int]] = {}
    end = 0
    for index, start in enumerate(starts):
        limit = (
            starts[index + 1]
            if index + 1 < len(starts)
            else next((t for t in tops if t > start), len(lines))
        )
        end = limit
        while end > start + 1 and (
            not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")
        ):
            end -= 1
        item = items[index]
        if isinstance(item, dict) and "id" in item:
            spans[str(item["id"])] = (start, end)
    return Blocks(spans, end)
