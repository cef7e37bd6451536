"""Finds user-visible French text written in the code instead of the wording catalogue.

A string literal counts as French text when it has an accented letter, guillemets, or two
words one of which is a common French word. Docstrings and comments do not count. Run it on
a module or folder: ``python -m tests.wording.loose_text game/ui`` lists what is left.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_FRENCH_WORDS = {
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "et",
    "ou",
    "est",
    "pas",
    "pour",
    "avec",
    "sur",
    "dans",
    "au",
    "aux",
    "ne",
    "plus",
    "vous",
    "votre",
    "son",
    "sa",
    "ses",
    "cette",
    "ce",
    "qui",
    "que",
    "sans",
    "par",
    "en",
}
_ACCENTED = re.compile(r"[àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛŒ«»’]")
_WORD = re.compile(r"[A-Za-zÀ-ÿœ']+")


# The typography rules themselves are made of guillemets and apostrophes.
EXEMPT = ("game/wording/typography.py",)
_IDENTIFIER = re.compile(r"[A-Za-z0-9_.\-/]*")


def is_french_text(text: str) -> bool:
    """True for a sentence or label a user would read (not a key, a file name, an id)."""
    if _IDENTIFIER.fullmatch(text):
        return False
    if _ACCENTED.search(text):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    return len(words) >= 2 and any(w in _FRENCH_WORDS for w in words)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def loose_text(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of each French string literal of a module outside its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and is_french_text(node.value)
        ):
            yield node.lineno, node.value


def scan(targets: list[Path]) -> list[str]:
    found = []
    for target in targets:
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            if str(path.relative_to(ROOT)) in EXEMPT:
                continue
            for line, text in loose_text(path):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text[:70]!r}")
    return found


if __name__ == "__main__":
    args = [Path(a).resolve() for a in sys.argv[1:]] or [ROOT / "game"]
    lines = scan(args)
    print("\n".join(lines))
    print(f"{len(lines)} textes hors du catalogue")
