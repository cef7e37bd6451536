"""Session settings: defaults from the design, and every invalid choice refused in French."""

from __future__ import annotations

from typing import Any

import pytest

from game.rules.session import (
    DEFAULT_TEAM_COLOURS,
    ScoringRules,
    SessionSettings,
    SettingsError,
    Team,
    default_team_names,
    default_teams,
)
from game.wording import french
from tests.rules.session.session_factory import SECTOR_IDS


def said(*texts: str) -> tuple[str, ...]:
    """The messages as the catalogue gives them: with French typography."""
    return tuple(french(text) for text in texts)


def messages(**fields: Any) -> tuple[str, ...]:
    fields.setdefault("teams", default_teams(3))
    fields.setdefault("sectors", SECTOR_IDS)
    with pytest.raises(SettingsError) as caught:
        SessionSettings(**fields)
    return caught.value.messages


def test_defaults_follow_the_design() -> None:
    settings = SessionSettings(teams=default_teams(2), sectors=SECTOR_IDS)
    assert settings.mode == "tour_par_tour"
    assert settings.duration_min == 20
    assert settings.timer_s == 60
    assert settings.audience == "tous"
    assert settings.rebond is True
    assert settings.scoring == ScoringRules(
        points_by_difficulty={1: 2, 2: 4, 3: 6},
        rebond_divisor=2,
        debate_max=4,
        debate_step=2,
        panorama_bonus=6,
    )


def test_default_team_names_and_colours_are_distinct() -> None:
    assert default_team_names(3) == ("Équipe 1", "Équipe 2", "Équipe 3")
    assert len(set(DEFAULT_TEAM_COLOURS)) == 6
    assert len({t.colour for t in default_teams(6)}) == 6


def test_two_to_six_teams_are_required() -> None:
    assert messages(teams=default_teams(1)) == said("Il faut de 2 à 6 équipes.")
    too_many = [Team(name=f"T{k}", colour=f"#00000{k}") for k in range(7)]
    assert messages(teams=too_many) == said("Il faut de 2 à 6 équipes.")


def test_team_names_are_stripped_and_limited_to_24_characters() -> None:
    settings = SessionSettings(
        teams=[
            Team(name="  Les Pionnières  ", colour="#56b4e9"),
            Team(name="Équipe B", colour="#F0E442"),
        ],
        sectors=SECTOR_IDS,
    )
    assert settings.teams[0].name == "Les Pionnières"
    assert settings.teams[0].colour == "#56B4E9"
    assert messages(
        teams=[{"name": " ", "colour": "#000000"}, {"name": "x" * 25, "colour": "#111111"}]
    ) == said(
        "Le nom de l'équipe 1 est vide.",
        "Le nom de l'équipe 2 est trop long : 24 caractères au plus.",
    )


def test_two_teams_with_the_same_name_whatever_the_case_are_refused() -> None:
    teams = [{"name": "Équipe A", "colour": "#000000"}, {"name": "équipe a", "colour": "#111111"}]
    assert messages(teams=teams) == said("Deux équipes portent le même nom : « Équipe A ».")


def test_two_teams_with_the_same_colour_are_refused() -> None:
    teams = [{"name": "A", "colour": "#56b4e9"}, {"name": "B", "colour": "#56B4E9"}]
    assert messages(teams=teams) == said("Deux équipes ont la même couleur : #56B4E9.")


def test_a_colour_must_be_written_hash_rrggbb() -> None:
    teams = [{"name": "A", "colour": "bleu"}, {"name": "B", "colour": "#111111"}]
    assert messages(teams=teams) == said(
        "La couleur de l'équipe 1 doit s'écrire #RRVVBB (ex. : #56B4E9)."
    )


def test_every_invalid_choice_is_reported_at_once() -> None:
    found = messages(
        mode="chacun", duration_min=25, timer_s=20, audience="cadres", sectors=(), seed="abc"
    )
    assert found == said(
        "Le mode de jeu doit être « tour_par_tour » (tour par tour) ou « toutes_les_equipes » "
        "(toutes les équipes répondent).",
        "La durée de la partie doit être de 10, 15, 20 ou 30 minutes.",
        "Le minuteur de question doit valoir 0 (arrêté), 30, 45, 60 ou 90 secondes.",
        "Choisissez au moins un secteur.",
        "Le public doit être « tous », « encadrant » ou « agent ».",
        "La graine du tirage doit être un nombre entier.",
    )


def test_a_sector_chosen_twice_is_refused() -> None:
    assert messages(sectors=("technique", "technique")) == said(
        "Le secteur « technique » est choisi deux fois."
    )


def test_unknown_and_missing_settings_are_named() -> None:
    assert messages(couleur="rouge") == said("Réglage inconnu : « couleur ».")
    with pytest.raises(SettingsError) as caught:
        SessionSettings(teams=default_teams(2))
    assert caught.value.messages == said("Réglage manquant : les secteurs en jeu.")


def test_the_scoring_scale_is_checked() -> None:
    assert messages(scoring={"points_by_difficulty": {1: 1, 2: 2}}) == said(
        "Les points par difficulté doivent donner un entier de 0 à 10 pour chacune des "
        "difficultés 1, 2 et 3."
    )
    assert messages(scoring={"rebond_divisor": 1}) == said(
        "Le diviseur du rebond doit être un entier de 2 à 10 : un rebond rapporte moins que "
        "la première réponse."
    )


def test_a_rebond_scores_the_points_divided_rounded_down() -> None:
    rules = ScoringRules()
    assert [rules.rebond_points(d) for d in (1, 2, 3)] == [1, 2, 3]
    assert (
        ScoringRules(rebond_divisor=3, points_by_difficulty={1: 1, 2: 4, 3: 9}).rebond_points(2)
        == 1
    )


def test_settings_survive_a_trip_through_plain_data() -> None:
    settings = SessionSettings(
        teams=default_teams(4),
        sectors=SECTOR_IDS[:2],
        seed=12,
        mode="toutes_les_equipes",
        timer_s=0,
    )
    assert SessionSettings.from_dict(settings.model_dump(mode="json")) == settings
    with pytest.raises(SettingsError):
        SessionSettings.from_dict(["not", "a", "dict"])


def test_a_fresh_seed_is_drawn_when_none_is_given() -> None:
    settings = SessionSettings(teams=default_teams(2), sectors=SECTOR_IDS)
    assert isinstance(settings.seed, int)


def test_a_team_name_typed_on_an_ordinary_keyboard_is_typeset_like_every_text() -> None:
    from game.rules.session.settings import Team

    assert Team(name="Cœur d'équipe", colour="#56B4E9").name == "Cœur d\u2019équipe"
    assert Team(name='Les "Hérons"', colour="#56B4E9").name == "Les «\u00a0Hérons\u00a0»"
