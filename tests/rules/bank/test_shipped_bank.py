"""The shipped question bank has the shape the game needs: enough, varied, sourced questions."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from game.rules.bank.loader import load_bank

SHIPPED = Path(__file__).resolve().parents[3] / "questions"
SECTORS = ("reglementaire", "organisationnel", "managerial", "technique", "societal")


@pytest.fixture(scope="module")
def questions():
    result = load_bank(SHIPPED)
    assert result.errors == [], [p.format() for p in result.errors]
    assert result.warnings == [], [p.format() for p in result.warnings]
    return result.bank.active


def test_there_are_at_least_a_hundred_questions_and_eighteen_per_sector(questions) -> None:
    assert len(questions) >= 100
    per_sector = Counter(q.sector for q in questions)
    assert set(per_sector) == set(SECTORS)
    assert min(per_sector.values()) >= 18, per_sector


def test_true_or_false_is_at_most_a_third_of_the_bank(questions) -> None:
    assert sum(q.type == "vrai_faux" for q in questions) * 3 <= len(questions)


@pytest.mark.parametrize("sector", SECTORS)
def test_every_sector_has_every_kind_of_question(questions, sector: str) -> None:
    kinds = Counter(q.type for q in questions if q.sector == sector)
    assert kinds["qcm"] >= 2 and kinds["qcm_multiple"] >= 1
    assert kinds["estimation"] >= 1 and kinds["debat"] >= 1


def test_difficulties_are_mixed_roughly_forty_forty_twenty(questions) -> None:
    shares = Counter(q.difficulty for q in questions)
    total = len(questions)
    assert 0.30 <= shares[1] / total <= 0.50
    assert 0.30 <= shares[2] / total <= 0.50
    assert 0.10 <= shares[3] / total <= 0.30


def test_audiences_speak_to_managers_and_to_agents(questions) -> None:
    audiences = Counter(q.audience for q in questions)
    assert audiences["encadrant"] >= 15 and audiences["agent"] >= 15


def test_every_question_is_sourced_explained_and_dated(questions) -> None:
    for q in questions:
        assert q.checked_on is not None, q.id
        assert len(q.source) >= 15 and len(q.source.split()) >= 3, q.id
        assert len(q.explanation) >= 60, q.id


def test_debates_open_a_conversation_and_pretend_no_answer(questions) -> None:
    for q in questions:
        if q.type == "debat":
            assert q.answer is None and q.further, q.id


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[^a-z0-9 ]+", " ", text.encode("ascii", "ignore").decode())


def test_no_two_prompts_are_the_same_or_nearly_the_same(questions) -> None:
    prompts = [(q.id, _normalised(q.prompt)) for q in questions]
    close = []
    for i, (id_a, a) in enumerate(prompts):
        for id_b, b in prompts[i + 1 :]:
            matcher = difflib.SequenceMatcher(None, a, b)
            if matcher.quick_ratio() > 0.8 and matcher.ratio() > 0.8:
                close.append((id_a, id_b))
    assert close == []
