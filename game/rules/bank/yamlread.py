"""Reading one bank file safely, keeping the line and column of every value.

The file is never handed to a YAML constructor: we walk the parser's event stream ourselves.
That way nothing in a file can build a Python object or run code (explicit tags are refused),
aliases are refused before they can expand (no "billion laughs"), duplicate keys are caught
(PyYAML silently keeps the last one), nesting depth is bounded, and every value keeps the
position an error message will point at. A refused tag, anchor or alias leaves out the item it
is in and reading goes on, so the file's other problems are reported in the same run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
import yaml.reader
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from game.rules.bank import limits
from game.rules.bank.problems import WARNING, Problem
from game.rules.bank.syntax import diagnose
from game.wording import say

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
# The first characters of a plain value that may be something other than text (a number, a
# date, a boolean, null). PyYAML's resolvers are keyed by first character; a ``None`` key
# would be one that any character may start, and then every value must ask.
_IMPLICIT_FIRST: frozenset[str] | None = (
    None
    if None in Resolver.yaml_implicit_resolvers
    else frozenset(Resolver.yaml_implicit_resolvers)
)
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
Path_ = tuple[Any, ...]
Mark = tuple[int, int]


@dataclass
class Parsed:
    """A file's content as plain values, with the position of every value and key."""

    value: Any
    marks: dict[Path_, Mark] = field(default_factory=dict)
    # (container path, key, line, column, line of the first occurrence)
    duplicates: list[tuple[Path_, str, int, int, int]] = field(default_factory=list)
    key_marks: dict[Path_, Mark] = field(default_factory=dict)
    # Items (``(top, index)``, or a whole top key) holding something refused: not validated.
    broken: set[Path_] = field(default_factory=set)
    first_line: int = 1  # the line this part starts at in its file

    def position(self, path: Path_) -> Mark | None:
        """The position of ``path``, or of its nearest ancestor that has one."""
        for size in range(len(path), -1, -1):
            mark = self.marks.get(path[:size])
            if mark is not None:
                return mark
        return None


class _Stop(Exception):
    """Reading this file cannot go on; the problem is already recorded."""


@dataclass(slots=True)
class _Frame:
    container: Any
    path: Path_
    mapping: bool  # the container is a mapping (else a list)
    key: str | None = None
    skip_value: bool = False
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class EntryBudget:
    """How many more list entries (questions, sectors) the whole bank may still hold."""

    remaining: int = limits.QUESTIONS_MAX


class _Builder:
    """Turns a YAML event stream into values and positions."""

    def __init__(self, display: str, budget: EntryBudget, offset: int = 0) -> None:
        self.budget = budget
        self.display = display
        self.offset = offset  # lines above the text read (a question re-read on its own)
        self.problems: list[Problem] = []
        self.parsed = Parsed(None, first_line=offset + 1)
        self.stack: list[_Frame] = []
        self.documents = 0
        self.refused: set[tuple[int, str]] = set()

    def where(self, mark: Any) -> Mark:
        return (mark.line + 1 + self.offset, mark.column + 1)

    def fail(self, mark: Any, message: str) -> _Stop:
        """Record a problem after which this text cannot be read on."""
        self.refuse(mark, message)
        return _Stop()

    def refuse(self, mark: Any, message: str) -> None:
        """Record a problem and leave out the item it is in; reading goes on, so that the
        other problems of the file are reported in the same run."""
        line, column = self.where(mark)
        if (line, message) not in self.refused:  # once per line: « *a, *a, *a » is one mistake
            self.refused.add((line, message))
            self.problems.append(Problem.at(self.display, line, column, message))
        if len(self.problems) > limits.PROBLEMS_PER_FILE_MAX:
            raise _Stop()
        path = self.stack[-1].path if self.stack else ()
        if self.stack and self.stack[-1].mapping and self.stack[-1].key:
            path = (*path, self.stack[-1].key)
        elif self.stack and not self.stack[-1].mapping:
            path = (*path, len(self.stack[-1].container))
        self.parsed.broken.add(path[:2])

    def feed(self, events: Iterator[Any]) -> None:
        # Events are told apart by their class (``is``), not by name: this loop runs once per
        # value of the bank, and is most of the time it takes to load.
        for event in events:
            kind = type(event)
            if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
                self.node(event, kind)
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                self.stack.pop()
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise self.fail(event.start_mark, say("bank.yaml.second_document"))

    def alias(self, event: Any) -> None:
        """A reference to another value (« *nom »): refused, never expanded."""
        self.refuse(event.start_mark, say("bank.yaml.alias"))
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.mapping and parent.key is None:
            parent.key, parent.skip_value = "*", True  # an alias as a key: its value is skipped
        else:
            self.attach(parent, None, event.start_mark)

    def node(self, event: Any, kind: type) -> None:
        if event.anchor is not None:
            self.refuse(event.start_mark, say("bank.yaml.anchor"))
        tag = event.tag
        if tag is not None and tag != "!" and tag not in _PLAIN_TAGS:
            # Nothing is ever built from a tag: the value is read as plain text, and refused.
            self.refuse(event.start_mark, say("bank.yaml.tag", tag=tag))
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.mapping and parent.key is None:
            self.key(parent, event, kind)
            return
        if len(self.stack) >= limits.NESTING_MAX:
            raise self.fail(event.start_mark, say("bank.yaml.nesting"))
        if kind is ScalarEvent:
            value: Any = self.scalar(event)
        else:
            value = {} if kind is MappingStartEvent else []
        path = self.attach(parent, value, event.start_mark)
        if kind is not ScalarEvent:
            self.stack.append(_Frame(value, path, kind is MappingStartEvent))

    def key(self, parent: _Frame, event: Any, kind: type) -> None:
        if kind is not ScalarEvent:
            raise self.fail(event.start_mark, say("bank.yaml.complex_key"))
        key = str(event.value)
        mark = event.start_mark
        line, column = mark.line + 1 + self.offset, mark.column + 1
        parent.key = key
        parent.skip_value = key in parent.key_lines
        if parent.skip_value:
            first = parent.key_lines[key]
            self.parsed.duplicates.append((parent.path, key, line, column, first))
        else:
            parent.key_lines[key] = line
            self.parsed.key_marks[(*parent.path, key)] = (line, column)

    def attach(self, parent: _Frame | None, value: Any, mark: Any) -> Path_:
        position = (mark.line + 1 + self.offset, mark.column + 1)
        if parent is None:
            self.parsed.value = value
            path: Path_ = ()
        elif parent.mapping:
            path = (*parent.path, parent.key)
            if not parent.skip_value:
                parent.container[parent.key] = value
            parent.key = None
        else:
            path = (*parent.path, len(parent.container))
            parent.container.append(value)
            if len(path) == 2:
                self.count_entry(mark)
        self.parsed.marks.setdefault(path, position)
        return path

    def count_entry(self, mark: Any) -> None:
        """Stop at once when the bank holds more entries than a game could ever use."""
        self.budget.remaining -= 1
        if self.budget.remaining < 0:
            raise self.fail(mark, say("bank.yaml.too_many_entries", most=limits.QUESTIONS_MAX))

    def scalar(self, event: Any) -> Any:
        text = event.value
        if len(text) > limits.SCALAR_CHARS_MAX:
            raise self.fail(event.start_mark, say("bank.yaml.huge_text", size=len(text)))
        if event.style or event.tag == "!":
            return text
        if text and _IMPLICIT_FIRST is not None and text[0] not in _IMPLICIT_FIRST:
            return text  # no number, date, boolean or null starts this way: text
        tag = _RESOLVER.resolve(ScalarNode, text, (True, False))
        construct = _CONSTRUCTOR.yaml_constructors.get(tag) if tag in _PLAIN_TAGS else None
        if construct is None or tag == "tag:yaml.org,2002:str":
            return text
        try:
            return construct(_CONSTRUCTOR, ScalarNode(tag, text))
        except (ValueError, OverflowError):
            return text


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """A bank file's text, or the problem that keeps it from being read (size, encoding)."""
    try:
        size = path.stat().st_size
        if size > limits.FILE_BYTES_MAX:
            return None, [
                Problem.whole(display, say("bank.file.too_big", megabytes=size // 1_000_000))
            ]
        raw = path.read_bytes()
    except OSError:
        return None, [Problem.whole(display, say("bank.file.unreadable"))]
    return decode(raw, display)


def parse(
    text: str, display: str, budget: EntryBudget, offset: int = 0
) -> tuple[Parsed | None, list[Problem], yaml.MarkedYAMLError | None]:
    """Read YAML text into values with positions. A syntax error is handed back (not yet
    explained: ``syntax.diagnose`` needs the whole file's lines) with the problems met before."""
    builder = _Builder(display, budget, offset)
    loader = _Loader(text)
    try:
        builder.feed(iter(loader.get_event, None))  # yaml.parse, without its generator
    except _Stop:
        return None, builder.problems, None
    except yaml.MarkedYAMLError as error:
        return None, builder.problems, error
    except yaml.reader.ReaderError as error:
        return None, [control_problem(text, error, display, offset)], None
    except (yaml.YAMLError, RecursionError, MemoryError) as error:
        unreadable = Problem.whole(display, say("bank.yaml.unreadable", original=str(error)))
        return None, [unreadable], None
    finally:
        loader.dispose()
    return builder.parsed, builder.problems, None


def read_yaml(
    path: Path, display: str, budget: EntryBudget | None = None
) -> tuple[Parsed | None, list[Problem]]:
    """Read one bank file in one piece: its values with their positions, and every problem met
    (``blocks.read_bank_file`` re-reads a broken file question by question)."""
    text, problems = read_text(path, display)
    if text is None:
        return None, problems
    problems += tab_problems(text, display)
    if any(p.is_error for p in problems):
        return None, problems
    parsed, more, error = parse(text, display, budget or EntryBudget())
    if error is not None:
        more.append(diagnose(error, text.split("\n"), display))
    return parsed, problems + more


def control_problem(text: str, error: Any, display: str, offset: int = 0) -> Problem:
    """An invisible control character (NUL, …) that YAML refuses, shown where it is."""
    position = int(getattr(error, "position", 0))
    line = text.count("\n", 0, position) + 1 + offset
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = int(getattr(error, "character", 0) or 0)
    return Problem.at(display, line, column, say("bank.yaml.control", code=f"{code:#04x}"))


def decode(raw: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text of a file, or a problem that tells the adviser how to save it as UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem.whole(display, say("bank.file.utf16"))]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        start = error.start
        line = raw.count(b"\n", 0, start) + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        guess = raw[start : start + 1].decode("cp1252", errors="replace")
        message = say("bank.file.not_utf8", byte=f"0x{raw[start]:02X}", guess=guess)
        return None, [Problem.at(display, line, column, message)]


_INDENT_TAB = re.compile(r"^[ ]*\t")


def tab_problems(text: str, display: str) -> list[Problem]:
    """Tabs: an error in the indentation (YAML forbids it), a warning inside a text."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if "\t" not in line:
            continue
        column = line.index("\t") + 1
        if _INDENT_TAB.match(line):
            problems.append(Problem.at(display, number, column, say("bank.tab.indentation")))
        else:
            problems.append(Problem.at(display, number, column, say("bank.tab.text"), WARNING))
    return problems
