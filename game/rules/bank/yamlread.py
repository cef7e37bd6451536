"""Reading one bank file safely, keeping the line and column of every value.

The file is never handed to a YAML constructor: we walk the parser's event stream ourselves.
That way nothing in a file can build a Python object or run code (explicit tags are refused),
aliases are refused before they can expand (no "billion laughs"), duplicate keys are caught
(PyYAML silently keeps the last one), nesting depth is bounded, and every value keeps the
position an error message will point at.
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
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from game.rules.bank import limits
from game.rules.bank.problems import ERROR, WARNING, Problem

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
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

    def position(self, path: Path_) -> Mark | None:
        """The position of ``path``, or of its nearest ancestor that has one."""
        for size in range(len(path), -1, -1):
            mark = self.marks.get(path[:size])
            if mark is not None:
                return mark
        return None


class _Stop(Exception):
    """Reading this file cannot go on; the problem is already recorded."""


@dataclass
class _Frame:
    container: Any
    path: Path_
    key: str | None = None
    skip_value: bool = False
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class EntryBudget:
    """How many more list entries (questions, sectors) the whole bank may still hold."""

    remaining: int = limits.QUESTIONS_MAX


class _Builder:
    """Turns a YAML event stream into values and positions."""

    def __init__(self, display: str, budget: EntryBudget) -> None:
        self.budget = budget
        self.display = display
        self.problems: list[Problem] = []
        self.parsed = Parsed(None)
        self.stack: list[_Frame] = []
        self.documents = 0

    def fail(self, mark: Any, message: str) -> _Stop:
        self.problems.append(
            Problem(self.display, mark.line + 1, mark.column + 1, None, None, message, ERROR)
        )
        return _Stop()

    def feed(self, events: Iterator[Any]) -> None:
        for event in events:
            name = type(event).__name__
            if name == "DocumentStartEvent":
                self.documents += 1
                if self.documents > 1:
                    raise self.fail(
                        event.start_mark,
                        "un fichier de la banque ne contient "
                        "qu'un seul document : supprimez la ligne « --- ».",
                    )
            elif name == "AliasEvent":
                raise self.fail(
                    event.start_mark,
                    "les alias YAML (« *nom ») ne sont pas "
                    "acceptés : recopiez le texte à cet endroit.",
                )
            elif name in ("ScalarEvent", "MappingStartEvent", "SequenceStartEvent"):
                self.node(event, name)
            elif name in ("MappingEndEvent", "SequenceEndEvent"):
                self.stack.pop()

    def node(self, event: Any, name: str) -> None:
        if event.anchor is not None:
            raise self.fail(
                event.start_mark,
                "les ancres YAML (« &nom ») ne sont pas "
                "acceptées : écrivez chaque question en entier.",
            )
        if event.tag not in (None, "!") and event.tag not in _PLAIN_TAGS:
            raise self.fail(
                event.start_mark,
                f"balise YAML « {event.tag} » interdite : une "
                "banque ne contient que du texte, des nombres, des dates et des "
                "listes.",
            )
        parent = self.stack[-1] if self.stack else None
        if parent is not None and isinstance(parent.container, dict) and parent.key is None:
            self.key(parent, event, name)
            return
        if len(self.stack) >= limits.NESTING_MAX:
            raise self.fail(
                event.start_mark,
                "imbrication trop profonde : une banque n'a que "
                "quelques niveaux (questions, question, choix).",
            )
        if name == "ScalarEvent":
            value: Any = self.scalar(event)
        else:
            value = {} if name == "MappingStartEvent" else []
        path = self.attach(parent, value, event.start_mark)
        if name != "ScalarEvent":
            self.stack.append(_Frame(value, path))

    def key(self, parent: _Frame, event: Any, name: str) -> None:
        if name != "ScalarEvent":
            raise self.fail(event.start_mark, "une clé doit être un simple mot suivi de « : ».")
        key = str(event.value)
        line = event.start_mark.line + 1
        parent.key = key
        parent.skip_value = key in parent.key_lines
        if parent.skip_value:
            first = parent.key_lines[key]
            self.parsed.duplicates.append(
                (parent.path, key, line, event.start_mark.column + 1, first)
            )
        else:
            parent.key_lines[key] = line
            self.parsed.key_marks[(*parent.path, key)] = (line, event.start_mark.column + 1)

    def attach(self, parent: _Frame | None, value: Any, mark: Any) -> Path_:
        position = (mark.line + 1, mark.column + 1)
        if parent is None:
            self.parsed.value = value
            path: Path_ = ()
        elif isinstance(parent.container, dict):
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
            raise self.fail(
                mark,
                f"trop de questions : {limits.QUESTIONS_MAX} au plus dans une banque. "
                "Est-ce bien le bon dossier ?",
            )

    def scalar(self, event: Any) -> Any:
        text = event.value
        if len(text) > limits.SCALAR_CHARS_MAX:
            raise self.fail(
                event.start_mark,
                f"texte démesuré ({len(text)} caractères) : "
                "une valeur de la banque tient en quelques lignes.",
            )
        if event.style or event.tag == "!":
            return text
        tag = _RESOLVER.resolve(ScalarNode, text, (True, False))
        construct = _CONSTRUCTOR.yaml_constructors.get(tag) if tag in _PLAIN_TAGS else None
        if construct is None or tag == "tag:yaml.org,2002:str":
            return text
        try:
            return construct(_CONSTRUCTOR, ScalarNode(tag, text))
        except (ValueError, OverflowError):
            return text


def read_yaml(
    path: Path, display: str, budget: EntryBudget | None = None
) -> tuple[Parsed | None, list[Problem]]:
    """Read one bank file: its values with their positions, and every problem met."""
    try:
        size = path.stat().st_size
        if size > limits.FILE_BYTES_MAX:
            return None, [
                Problem.whole(
                    display,
                    f"fichier trop volumineux ({size // 1_000_000} "
                    f"Mo) : une banque tient en quelques centaines de Ko. "
                    "Est-ce bien un fichier de questions ?",
                )
            ]
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem.whole(display, f"fichier illisible ({error.strerror}).")]
    text, problems = decode(raw, display)
    if text is None:
        return None, problems
    problems += tab_problems(text, display)
    if any(p.is_error for p in problems):
        return None, problems
    builder = _Builder(display, budget or EntryBudget())
    try:
        builder.feed(yaml.parse(text, Loader=_Loader))
    except _Stop:
        return None, problems + builder.problems
    except yaml.MarkedYAMLError as error:
        return None, problems + builder.problems + [syntax_problem(error, display)]
    except yaml.reader.ReaderError as error:
        return None, problems + [control_problem(text, error, display)]
    except (yaml.YAMLError, RecursionError, MemoryError) as error:
        return None, problems + [Problem.whole(display, f"YAML illisible ({error}).")]
    return builder.parsed, problems + builder.problems


def control_problem(text: str, error: Any, display: str) -> Problem:
    """An invisible control character (NUL, …) that YAML refuses, shown where it is."""
    position = int(getattr(error, "position", 0))
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    code = int(getattr(error, "character", 0) or 0)
    return Problem(
        display,
        line,
        column,
        None,
        None,
        f"caractère de contrôle invisible "
        f"(code {code:#04x}) : supprimez-le ; il vient souvent d'un copier-coller.",
        ERROR,
    )


def decode(raw: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text of a file, or a problem that tells the adviser how to save it as UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [
            Problem.whole(
                display,
                "le fichier est enregistré en UTF-16 : "
                "enregistrez-le en UTF-8 (menu « Enregistrer sous », "
                "encodage UTF-8).",
            )
        ]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        start = error.start
        line = raw.count(b"\n", 0, start) + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        guess = raw[start : start + 1].decode("cp1252", errors="replace")
        message = (
            f"le fichier n'est pas en UTF-8 (octet 0x{raw[start]:02X}, sans doute "
            f"« {guess} » enregistré en Windows-1252 ou Latin-1) : ouvrez-le et "
            "enregistrez-le en UTF-8 (menu « Enregistrer sous », encodage UTF-8)."
        )
        return None, [Problem(display, line, column, None, None, message, ERROR)]


_INDENT_TAB = re.compile(r"^[ ]*\t")


def tab_problems(text: str, display: str) -> list[Problem]:
    """Tabs: an error in the indentation (YAML forbids it), a warning inside a text."""
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if "\t" not in line:
            continue
        column = line.index("\t") + 1
        if _INDENT_TAB.match(line):
            message, severity = (
                "tabulation dans l'indentation : YAML n'accepte que des espaces ; "
                "remplacez-la par deux espaces.",
                ERROR,
            )
        else:
            message, severity = "tabulation dans le texte : remplacez-la par une espace.", WARNING
        problems.append(Problem(display, number, column, None, None, message, severity))
    return problems


_SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "un « : » inattendu : si le texte contient « : », mettez tout le texte entre guillemets.",
    ),
    (
        "could not find expected ':'",
        "il manque « : » après une clé, ou un texte entre guillemets n'est pas refermé.",
    ),
    (
        "did not find expected key",
        "indentation incohérente : alignez cette ligne sur les "
        "autres clés de la question (mêmes espaces au début).",
    ),
    (
        "did not find expected '-' indicator",
        "indentation incohérente dans une liste : chaque "
        "élément commence par « - » aligné sur les autres.",
    ),
    (
        "expected <block end>",
        "indentation incohérente : alignez cette ligne sur les autres clés de la question.",
    ),
    ("found unexpected end of stream", "un guillemet ouvert n'est jamais refermé."),
    (
        "found unknown escape character",
        "dans un texte entre guillemets doubles, la barre « \\ » "
        "doit être doublée, ou utilisez des guillemets simples.",
    ),
    (
        "cannot start any token",
        "caractère interdit en début de valeur (« @ », « ` » ou une "
        "tabulation) : mettez le texte entre guillemets.",
    ),
    ("unacceptable character", "caractère de contrôle invisible : supprimez-le."),
    ("found undefined alias", "les alias YAML (« *nom ») ne sont pas acceptés."),
    (
        "exceeded maximum nesting depth",
        "imbrication trop profonde : une banque n'a que quelques niveaux "
        "(questions, question, choix).",
    ),
    ("expected ',' or ']'", "une liste entre crochets n'est pas refermée (« ] » manquant)."),
    ("expected ',' or '}'", "une liste entre accolades n'est pas refermée (« } » manquant)."),
)


def syntax_problem(error: yaml.MarkedYAMLError, display: str) -> Problem:
    """A YAML syntax error explained in French, at the place the parser stopped."""
    mark = error.problem_mark or error.context_mark
    raw = f"{error.context or ''} {error.problem or ''}"
    hint = next((h for key, h in _SYNTAX_HINTS if key in raw), None)
    original = (error.problem or "").strip()
    message = "erreur de syntaxe YAML : " + (
        hint
        or "structure que YAML ne comprend pas ; vérifiez l'indentation et les guillemets"
        + (f" (message d'origine : « {original} »)." if original else ".")
    )
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return Problem(display, line, column, None, None, message, ERROR)
