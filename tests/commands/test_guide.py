"""The adviser's guide cannot drift from the game: its sample outputs are what the commands
print, every message its tables quote is one the game writes, its examples form a valid bank,
and it names no folder of any particular machine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from game.wording import french
from game.wording.__main__ import ROOT as LOCALES
from tests.commands import guide
from tests.rules.bank.conftest import BankFolder

TEXT = guide.GUIDE.read_text("utf-8")


@pytest.mark.parametrize("name", sorted(guide.SCENARIOS))
def test_each_sample_of_the_guide_is_what_the_command_prints(name: str) -> None:
    assert guide.samples(TEXT).get(name) == guide.output(name), (
        "python -m tests.commands.guide --ecrire"
    )


def test_every_scenario_has_its_place_in_the_guide() -> None:
    assert set(guide.samples(TEXT)) == set(guide.SCENARIOS)


def _plain(text: str) -> str:
    """Text compared without typography: no-break spaces and curly apostrophes as typed."""
    return text.replace("\u00a0", " ").replace("\u2019", "'")


def _catalogue_texts() -> list[str]:
    texts = []
    for domain in ("bank", "cli"):
        with (LOCALES / "fr" / "LC_MESSAGES" / f"{domain}.po").open("rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                texts += [_plain(french(text)) for text in strings if text]
    return texts


def _templates() -> list[re.Pattern[str]]:
    """Every message of the catalogue as a pattern, its fields matching anything; a sentence
    the game adds after another (« Vouliez-vous dire … ? ») is tried after each."""
    texts = _catalogue_texts()
    endings = [text for text in texts if text.startswith(" ")]
    patterns = []
    for text in texts + [a + b for a in texts for b in endings]:
        parts = re.split(r"\{\w+\}", text)
        patterns.append(re.compile(".+?".join(map(re.escape, parts)) + "$"))
    return patterns


def table_messages() -> list[str]:
    """The messages quoted in the first column of the guide's tables of messages."""
    found = []
    for line in TEXT.split("\n"):
        match = re.match(r"\| `(?P<message>[^`]+)` \| ", line)
        if match and " " in match.group("message") and match.group("message")[-1] in ".?…»":
            found.append(_plain(match.group("message")))
    return found


def test_every_message_the_guide_quotes_is_one_the_game_writes() -> None:
    templates = _templates()
    messages = table_messages()
    assert len(messages) > 50
    unknown = []
    for message in messages:
        # « … » at the end stands for the corrected line the message shows.
        shown = message[:-1] + "x" if message.endswith(": …") else message
        if not any(t.match(shown) for t in templates):
            unknown.append(message)
    assert unknown == []


def test_the_examples_of_each_type_form_a_valid_bank(bank: BankFolder) -> None:
    section = TEXT.split("## 5.", 1)[1].split("## 6.", 1)[0]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    bank.write(
        "exemples.yaml",
        "questions:\n"
        + example.replace("secteur: managerial", "secteur: reglementaire").replace(
            "secteur: organisationnel", "secteur: technique"
        ),
    )
    result = bank.load()
    assert result.errors == [], [p.format() for p in result.errors]
    types = {q.type for q in result.bank.questions if not q.id.startswith("socle")}
    assert types == {"vrai_faux", "qcm", "qcm_multiple", "estimation", "debat", "barometre"}


def test_the_guide_names_no_folder_of_a_particular_machine() -> None:
    for pattern in (r"/work/", r"/home/", r"/tmp/", r"/Users/", r"[A-Z]:\\", r"/root/"):
        assert not re.search(pattern, TEXT), pattern
    assert str(Path.cwd()) not in TEXT
