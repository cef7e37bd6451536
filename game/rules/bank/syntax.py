"""A YAML syntax error explained in French, at the line where the adviser made the mistake.

The parser reports where it gave up, which is often later than the mistake: an apostrophe inside
'…' is seen as the end of the text, an unclosed « " » swallows the lines below it, a missing
« : » is noticed on the next line. So before using the parser's own words we look at the lines
it read for the commonest mistakes of a French text — apostrophe inside '…', « " » inside "…",
an unclosed quote, typographic quotes “…” used as YAML quotes — then for a missing « : » and a
misaligned key, and give each its own sentence, its line and the corrected line to copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import yaml

from game.rules.bank.problems import WARNING, Problem
from game.wording import say

# « key: value » or « - value » or « - key: value »; bank keys are plain words.
_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*) *:(?: +|$)")
_ITEM_LINE = re.compile(r"^(?P<indent> *)- +(?P<rest>.*)$")
# Typographic quotes (by code point: “ ‘ „ open, ” ’ “ close): detection data, not wording.
_TYPOGRAPHIC_OPEN = "".join(map(chr, (0x201C, 0x2018, 0x201E)))
_TYPOGRAPHIC_CLOSE = "".join(map(chr, (0x201D, 0x2019, 0x201C)))
LOOK_BACK = 60  # lines searched above the parser's place for the real mistake


@dataclass(frozen=True)
class Value:
    """Where a value starts on a line (after « key: » or « - »), and its text."""

    line: int  # 0-based
    column: int  # 0-based
    text: str
    key: str | None


def value_of(lines: Sequence[str], index: int) -> Value | None:
    """The value written on line ``index``, if the line holds one."""
    if not 0 <= index < len(lines):
        return None
    line = lines[index].rstrip("\r")
    match = _KEY_LINE.match(line)
    if match:
        return Value(index, match.end(), line[match.end() :], match.group("key"))
    item = _ITEM_LINE.match(line)
    if item:
        return Value(index, item.start("rest"), item.group("rest"), None)
    return None


def closing(text: str, quote: str) -> int | None:
    """Index of the quote that closes ``text`` (which starts with it), or None if none does."""
    position = 1
    while position < len(text):
        char = text[position]
        if quote == '"' and char == "\\":
            position += 2
            continue
        if char == quote:
            if quote == "'" and text[position + 1 : position + 2] == "'":
                position += 2  # '' is an apostrophe written inside '…'
                continue
            return position
        position += 1
    return None


def _rest_is_text(rest: str) -> bool:
    rest = rest.strip()
    return bool(rest) and not rest.startswith("#")


def _line_with(value: Value, new_text: str) -> str:
    prefix = f"{value.key}: " if value.key else "- "
    return prefix + new_text


def _fixed_double(inner: str) -> str:
    """A text between straight double quotes, its own double quotes turned into guillemets."""
    inner = re.sub(r'"([^"]*)"', lambda m: say("bank.syntax.guillemets", text=m.group(1)), inner)
    return '"' + inner.replace('"', "") + '"'


Found = tuple[str, int]  # the message, and how far into the value the mistake is


def closed_too_early(value: Value) -> Found | None:
    """An apostrophe inside '…', or a « " » inside "…": the text ends before the line does."""
    text = value.text
    if not text or text[0] not in "'\"":
        return None
    end = closing(text, text[0])
    if end is None or not _rest_is_text(text[end + 1 :]):
        return None
    last = text.rstrip().rfind(text[0])
    inner = text[1:last] if last > 0 else text[1:]
    if text[0] == "'":
        fixed = _fixed_double(inner.replace("''", "'"))
        return say("bank.syntax.apostrophe_in_single", fixed=_line_with(value, fixed)), end
    return say("bank.syntax.quote_in_double", fixed=_line_with(value, _fixed_double(inner))), end


def unclosed(value: Value) -> Found | None:
    """A text that opens a quote and does not close it on its line."""
    text = value.text.rstrip()
    if not text or text[0] not in "'\"" or closing(text, text[0]) is not None:
        return None
    fixed = _line_with(value, text + text[0])
    if text[0] == '"':
        return say("bank.syntax.unclosed_double", fixed=fixed, quote=text[0]), 0
    return say(
        "bank.syntax.unclosed_single",
        fixed=_line_with(value, _fixed_double(text[1:])),
        quote=text[0],
    ), 0


def typographic(value: Value) -> Found | None:
    """Typographic quotes “…” where YAML needs straight ones."""
    text = value.text.rstrip()
    if not text or text[0] not in _TYPOGRAPHIC_OPEN:
        return None
    inner = text[1:-1]
    if text[-1] in _TYPOGRAPHIC_CLOSE and not any(c in inner for c in _TYPOGRAPHIC_CLOSE):
        fixed = _fixed_double(inner)  # the quotes were meant as YAML's: straight ones instead
    else:
        fixed = _fixed_double(text)  # a quotation opens the text: keep it, quote the whole
    return say("bank.syntax.typographic_quotes", fixed=_line_with(value, fixed), quote=text[0]), 0


def _scan(
    lines: Sequence[str],
    first: int,
    last: int,
    display: str,
    check: Callable[[Value], Found | None],
) -> Problem | None:
    for index in range(max(0, first), min(last, len(lines) - 1) + 1):
        value = value_of(lines, index)
        if value is None:
            continue
        found = check(value)
        if found is not None:
            message, step = found
            return Problem.at(display, index + 1, value.column + step + 1, message)
    return None


def missing_colon(lines: Sequence[str], index: int, display: str) -> Problem | None:
    """The line the parser was reading as « key: value » when it found no « : »."""
    if not 0 <= index < len(lines):
        return None
    line = lines[index].rstrip("\r")
    match = re.match(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*)(?P<rest>.*)$", line)
    if not match:
        return Problem.at(display, index + 1, None, say("bank.syntax.colon_missing_here"))
    rest = match.group("rest").strip()
    fixed = f"{match.group('key')}: {rest}" if rest else f"{match.group('key')}:"
    return Problem.at(
        display,
        index + 1,
        match.end("key") + 1,
        say("bank.syntax.colon_missing", key=match.group("key"), fixed=fixed),
    )


def key_column(lines: Sequence[str], index: int) -> int | None:
    """The column where the keys of the question holding line ``index`` start."""
    for above in range(index - 1, max(-1, index - LOOK_BACK), -1):
        match = _KEY_LINE.match(lines[above])
        if match and match.group("dash"):
            return match.start("key")
    return None


def misaligned(lines: Sequence[str], index: int, display: str) -> Problem | None:
    """A key of a question that does not start at the column of the question's other keys."""
    if not 0 <= index < len(lines):
        return None
    match = _KEY_LINE.match(lines[index])
    if not match or match.group("dash"):
        return None
    expected = key_column(lines, index)
    found = len(match.group("indent"))
    if expected is None or expected == found:
        return None
    return Problem.at(
        display,
        index + 1,
        found + 1,
        say("bank.syntax.misaligned", key=match.group("key"), spaces=expected),
    )


# The parser's own words, when no mistake of an adviser was recognised on the lines it read.
_HINTS = (
    ("mapping values are not allowed", "colon_in_text"),
    ("could not find expected ':'", "colon_missing_here"),
    ("did not find expected key", "indentation"),
    ("did not find expected '-' indicator", "list_indentation"),
    ("expected <block end>", "indentation"),
    ("found unexpected end of stream", "never_closed"),
    ("found unknown escape character", "backslash"),
    ("cannot start any token", "bad_start"),
    ("unacceptable character", "control"),
    ("found undefined alias", "alias"),
    ("exceeded maximum nesting depth", "nesting"),
    ("expected ',' or ']'", "bracket"),
    ("expected ',' or '}'", "brace"),
)


def _from_hints(
    error: yaml.MarkedYAMLError, display: str, line: int | None, column: int | None
) -> Problem:
    raw = f"{error.context or ''} {error.problem or ''}"
    hint = next((name for fragment, name in _HINTS if fragment in raw), None)
    if hint is not None:
        message = say(f"bank.syntax.hint.{hint}")
    else:
        original = (error.problem or "").strip()
        message = (
            say("bank.syntax.unknown_with_original", original=original)
            if original
            else say("bank.syntax.unknown")
        )
    return Problem.at(display, line, column, message)


def diagnose(
    error: yaml.MarkedYAMLError, lines: Sequence[str], display: str, offset: int = 0
) -> Problem:
    """The mistake behind a syntax error. ``lines`` are the file's lines; the error's marks are
    ``offset`` lines above them (a question re-read on its own)."""
    mark = error.problem_mark or error.context_mark
    where = mark.line + offset if mark else None
    column = mark.column + 1 if mark else None
    context = error.context_mark.line + offset if error.context_mark else None
    if where is None:
        return _from_hints(error, display, None, None)
    first = min(context if context is not None else where, where)
    first = max(first, where - LOOK_BACK)
    raw = f"{error.context or ''} {error.problem or ''}"
    found = (
        _scan(lines, first, where, display, closed_too_early)
        or _scan(lines, first, where, display, unclosed)
        or _scan(lines, first, where, display, typographic)
    )
    if found is None and "could not find expected ':'" in raw and context is not None:
        found = missing_colon(lines, context, display)
    if found is None:
        found = misaligned(lines, where, display)
    return found or _from_hints(error, display, where + 1, column)


def typographic_warnings(lines: Sequence[str], display: str) -> list[Problem]:
    """Texts written between typographic quotes “…” that YAML read whole, quotes included:
    the card would show the quotes. A warning, with the corrected line."""
    problems: list[Problem] = []
    whole = "\n".join(lines)
    if not any(quote in whole for quote in _TYPOGRAPHIC_OPEN):
        return problems  # most files: three searches of the text, not three per line
    for index, line in enumerate(lines):
        if not any(quote in line for quote in _TYPOGRAPHIC_OPEN):
            continue  # most lines: no need to read them as « key: value »
        value = value_of(lines, index)
        if value is None:
            continue
        text = value.text.rstrip()
        inner = text[1:-1]
        if (
            len(text) > 1
            and text[0] in _TYPOGRAPHIC_OPEN
            and text[-1] in _TYPOGRAPHIC_CLOSE
            and not any(c in inner for c in _TYPOGRAPHIC_CLOSE)
        ):
            fixed = _line_with(value, _fixed_double(inner))
            problems.append(
                Problem.at(
                    display,
                    index + 1,
                    value.column + 1,
                    say("bank.syntax.typographic_shown", fixed=fixed, quote=text[0]),
                    WARNING,
                )
            )
    return problems
