"""The wording catalogue: compiled, complete, and asked only for keys it has."""

from __future__ import annotations

import ast
from pathlib import Path

from babel.messages.pofile import read_po

from game.wording import dates, say, say_n
from game.wording.__main__ import ROOT, stale

GAME = Path(__file__).resolve().parents[2] / "game"
ASKERS = {"say", "say_n"}


def french_catalogue() -> dict[str, object]:
    entries: dict[str, object] = {}
    for po in sorted((ROOT / "fr" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                if message.id:
                    key = message.id[0] if isinstance(message.id, tuple) else message.id
                    entries[key] = message.string
    return entries


def keys_asked() -> tuple[set[str], set[str]]:
    """Literal keys given to say/say_n in the game's code, and the prefixes of built keys."""
    literal, prefixes = set(), set()
    for path in GAME.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            asked = (
                isinstance(func, ast.Name)
                and func.id in ASKERS
                or (
                    isinstance(func, ast.Attribute)
                    and func.attr in ASKERS
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "wording"
                )
            )
            if not asked:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif isinstance(first, ast.JoinedStr) and first.values:
                head = first.values[0]
                if isinstance(head, ast.Constant):
                    prefixes.add(str(head.value))
    return literal, prefixes


def test_every_compiled_file_matches_its_source() -> None:
    assert stale() == [], "run: python -m game.wording"


def test_every_key_the_code_asks_for_is_in_the_french_catalogue() -> None:
    literal, _ = keys_asked()
    assert sorted(literal - set(french_catalogue())) == []


def test_every_entry_of_the_catalogue_is_used_by_the_code() -> None:
    literal, prefixes = keys_asked()
    unused = [
        key
        for key in french_catalogue()
        if key not in literal and not any(key.startswith(p) for p in prefixes)
    ]
    assert unused == []


def test_each_key_names_its_file() -> None:
    for po in (ROOT / "fr" / "LC_MESSAGES").glob("*.po"):
        with po.open("rb") as handle:
            for message in read_po(handle):
                key = message.id[0] if isinstance(message.id, tuple) else message.id
                assert not key or key.startswith(po.stem + "."), (po.name, key)


def test_plural_forms_follow_french_rules() -> None:
    # « 0 » and « 1 » take the singular in French.
    assert say_n("common.count.questions", 0) == "0 question"
    assert say_n("common.count.questions", 1) == "1 question"
    assert say_n("common.count.questions", 2) == "2 questions"
    assert say_n("common.count.questions", 12_500) == "12\u00a0500 questions"


def test_french_typography_is_applied_to_the_text_not_to_the_values() -> None:
    text = say("common.date.on", date="x : y")
    assert text == "le x : y"
    assert dates.duration(65 * 60) == "1\u00a0h\u00a005"


def test_an_unknown_key_shows_itself_and_is_remembered() -> None:
    from game.wording import missing_keys

    assert say("common.does_not_exist") == "common.does_not_exist"
    assert "common.does_not_exist" in missing_keys()
