"""Reading a bank file so that one mistake hides as little as possible.

A file that YAML reads in one piece gives one part. When it does not (a syntax error, a tab in
the indentation), the file is read again question by question: each ``- id:`` block, under the
top key above it (``questions:`` or ``secteurs:``), is parsed on its own, with its real line
numbers. A block that still fails gets its own explained error; every other block is checked as
usual, so the adviser sees all the problems of the file in one run, not the first one alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from game.rules.bank.problems import Problem
from game.rules.bank.syntax import diagnose, typographic_warnings
from game.rules.bank.yamlread import EntryBudget, Parsed, parse, read_text, tab_problems

_BLOCK_START = re.compile(r"^(?P<indent> *)- +id *:")
_BLOCK_ID = re.compile(r"^ *- +id *: *['\"]?(?P<id>[\w-]+)")
_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*) *:\s*(#.*)?$")


@dataclass
class FileRead:
    """What reading one file gave: the parts read (one, or one per readable question block)
    and every problem met, in line order."""

    parts: list[Parsed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    whole: bool = True  # read in one piece
    lost: list[tuple[str, int]] = field(default_factory=list)  # unreadable blocks: (id, line)


@dataclass(frozen=True)
class Block:
    """Lines ``start``..``end`` (0-based, end excluded) under the top key ``top``, which is
    written on line ``top_line``."""

    top: str
    top_line: int
    start: int
    end: int


def blocks(lines: list[str]) -> list[Block]:
    """The ``- id:`` blocks of a file, each with the top key it belongs to."""
    indents = [len(m.group("indent")) for m in map(_BLOCK_START.match, lines) if m]
    if not indents:
        return []
    indent = min(indents)
    found: list[Block] = []
    top: tuple[str, int] | None = None
    start: int | None = None
    for index, line in enumerate(lines):
        top_key = _TOP_KEY.match(line)
        starts = (m := _BLOCK_START.match(line)) is not None and len(m.group("indent")) == indent
        if (top_key or starts) and start is not None and top is not None:
            found.append(Block(*top, start, index))
            start = None
        if top_key:
            top = (top_key.group("key"), index)
        elif starts:
            start = index
    if start is not None and top is not None:
        found.append(Block(*top, start, len(lines)))
    return found


def read_bank_file(path: Path, display: str, budget: EntryBudget) -> FileRead:
    """Read one bank file; a broken one is re-read block by block."""
    text, problems = read_text(path, display)
    if text is None:
        return FileRead([], problems)
    lines = text.split("\n")
    problems += tab_problems(text, display)
    tab_lines = {p.line for p in problems if p.is_error}
    remaining = budget.remaining
    if tab_lines:
        read = _by_blocks(lines, display, budget, problems, None, tab_lines)
    else:
        parsed, more, error = parse(text, display, budget)
        if error is None:
            read = FileRead([parsed] if parsed is not None else [], problems + more)
        else:
            first = diagnose(error, lines, display)
            budget.remaining = remaining  # the blocks are counted again below
            read = _by_blocks(lines, display, budget, problems, first, set())
    wrong = {p.line for p in read.problems if p.is_error}
    read.problems += [p for p in typographic_warnings(lines, display) if p.line not in wrong]
    return read


def _by_blocks(
    lines: list[str],
    display: str,
    budget: EntryBudget,
    problems: list[Problem],
    first: Problem | None,
    tab_lines: set[int | None],
) -> FileRead:
    """Every block on its own; ``first`` (the whole file's error) is kept unless a block's own
    error already covers its lines."""
    read = FileRead([], problems, whole=False)
    failed: list[Block] = []
    for block in blocks(lines):
        if any(line is not None and block.start < line <= block.end for line in tab_lines):
            _lose(read, lines, block)
            continue  # its tab is reported; YAML would only add a confusing second message
        text = "\n".join([f"{block.top}:", *lines[block.start : block.end]])
        parsed, more, error = parse(text, display, budget, offset=block.start - 1)
        if error is not None:
            more.append(diagnose(error, lines, display, offset=block.start - 1))
            failed.append(block)
            _lose(read, lines, block)
        if parsed is not None:
            # The top key is written once, above the first block: point there.
            parsed.key_marks[(block.top,)] = parsed.marks[(block.top,)] = (block.top_line + 1, 1)
            read.parts.append(parsed)
        read.problems += more
    if first is not None and not _covered(first, failed):
        read.problems.append(first)
    return read


def _lose(read: FileRead, lines: list[str], block: Block) -> None:
    """A block that cannot be read keeps its id (when one can be seen), at its line."""
    lost = _BLOCK_ID.match(lines[block.start])
    if lost:
        read.lost.append((lost.group("id"), block.start + 1))


def _covered(problem: Problem, failed: list[Block]) -> bool:
    line = problem.line
    return line is not None and any(b.start < line <= b.end for b in failed)
