"""French typography for print: one small function, and the shipped font covers what it makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.wording.typography import NBSP, first_sentence, french
from tests.export.conftest import shipped_bank

FONT = Path(__file__).resolve().parents[2] / "assets" / "fonts"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("l'agent", "l’agent"),
        ("aujourd'hui", "aujourd’hui"),
        ('le "forfait"', f"le «{NBSP}forfait{NBSP}»"),
        ("« mot »", f"«{NBSP}mot{NBSP}»"),
        ("«mot»", f"«{NBSP}mot{NBSP}»"),
        ("Vrai ou faux ?", f"Vrai ou faux{NBSP}?"),
        ("Attention: trois jours!", f"Attention{NBSP}: trois jours{NBSP}!"),
        ("un ; deux", f"un{NBSP}; deux"),
        ("Vraiment ?!", f"Vraiment{NBSP}?!"),
        ("25 % des agents", f"25{NBSP}% des agents"),
        ("2\u202f000 €", f"2{NBSP}000{NBSP}€"),
        ("Le cœur de l'œuvre", "Le cœur de l’œuvre"),
        ("Décret n° 2016-151, art. 3", f"Décret n°{NBSP}2016-151, art.{NBSP}3"),
        ("10 min prévues, jusqu'à 19 h", f"10{NBSP}min prévues, jusqu’à 19{NBSP}h"),
        ("3 jours par semaine, 12 mois", f"3{NBSP}jours par semaine, 12{NBSP}mois"),
        ("8 sur 10 agents", f"8{NBSP}sur{NBSP}10 agents"),
    ],
)
def test_french_typography_replaces_what_a_keyboard_types(typed: str, printed: str) -> None:
    assert french(typed) == printed


@pytest.mark.parametrize(
    "untouched",
    [
        "Rendez-vous à 14:30.",
        "Voir https://www.fonction-publique.gouv.fr/teletravail?x=1",
        "",
    ],
)
def test_times_addresses_and_references_are_left_alone(untouched: str) -> None:
    assert french(untouched) == untouched


@given(st.text(alphabet=st.sampled_from("ab 'é\":;!?«»\u00a0\u202f.,14%€/"), max_size=40))
def test_french_typography_is_idempotent(text: str) -> None:
    once = french(text)
    assert french(once) == once


def test_no_space_before_high_punctuation_is_ever_breakable() -> None:
    text = french("Pourquoi ? Parce que : voilà ; enfin ! « Oui »")
    for mark in "?:;!»":
        index = text.index(mark)
        assert text[index - 1] == NBSP
    assert text[text.index("«") + 1] == NBSP


def test_the_first_sentence_skips_a_bare_verdict_and_abbreviations() -> None:
    assert (
        first_sentence("Le décret n° 2016-151, art. 3 fixe trois jours. Ensuite, autre.")
        == "Le décret n° 2016-151, art. 3 fixe trois jours."
    )
    assert (
        first_sentence("Faux. Durée et charge de travail restent les mêmes. Et puis.")
        == "Faux. Durée et charge de travail restent les mêmes."
    )
    long = "mot " * 80
    assert first_sentence(long, limit=50).endswith("…")
    assert len(first_sentence(long, limit=50)) <= 51


def test_the_shipped_font_has_every_character_of_the_bank_once_typeset() -> None:
    from fontTools.ttLib import TTFont

    bank = shipped_bank()
    texts = [s.label for s in bank.sectors]
    for sector in bank.sectors:
        texts += [*sector.key_points, *sector.open_questions]
    for q in bank.questions:
        texts += [
            q.prompt,
            q.explanation,
            q.source,
            q.answer_text,
            *(q.options or ()),
            q.further or "",
        ]
    used = set("".join(french(t) for t in texts)) | set("«»’œŒ…—·•−")
    for style in ("Regular", "Bold", "Italic"):
        cmap = TTFont(FONT / f"AtkinsonHyperlegible-{style}.ttf").getBestCmap()
        missing = sorted(c for c in used if ord(c) not in cmap and c not in "\n")
        assert not missing, f"{style} lacks {missing}"
