"""Every sentence a user sees comes from the wording catalogue: no French text is left written in
the game's code (docstrings and comments aside)."""

from __future__ import annotations

from tests.wording.loose_text import ROOT, scan


def test_no_french_text_is_written_in_the_code() -> None:
    assert scan([ROOT / "game"]) == []


def test_the_scanner_sees_french_text_and_leaves_keys_alone() -> None:
    from tests.wording.loose_text import is_french_text

    assert is_french_text("Réponse de l'équipe")
    assert is_french_text("Voir le bilan")
    assert not is_french_text("pour_aller_plus_loin")
    assert not is_french_text("game.board.button.spin")
