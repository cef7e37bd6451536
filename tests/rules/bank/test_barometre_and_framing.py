"""The bank's side of the baromètre and the agreements: the framing rules of each sector (with
their sources) and the statements' links to the quiz, checked with French messages placed
where the adviser wrote them."""

from __future__ import annotations

from pathlib import Path

from game.rules.bank.loader import load_bank
from game.wording import NBSP, french
from tests.rules.bank.conftest import GOOD_QCM, SECTORS, BankFolder, errors_in

SHIPPED = Path(__file__).resolve().parents[3] / "questions"

STATEMENT = """\
  - id: bar-reg-droit
    secteur: reglementaire
    type: barometre
    question: "Le télétravail est un droit pour l'agent."
    informe_par: [socle-reglementaire-1, {second}]
    explication: "C'est une autorisation que le chef de service accorde ou refuse."
    source: "Décret n° 2016-151, art. 5"
    verifie_le: 2026-11-01
"""

FRAMED = SECTORS.replace(
    """    pictogramme: picto.svg
  - id: technique""",
    """    pictogramme: picto.svg
    cadre:
      - texte: "Trois jours de télétravail au plus par semaine pour un temps plein."
        source: "Décret n° 2016-151, art. 3"
      - texte: "{text}"
        {source_key}: "Décret n° 2016-151, art. 6"
        lien: {link}
  - id: technique""",
)


def test_the_framing_rules_of_a_sector_are_read_with_their_sources(bank: BankFolder) -> None:
    bank.write(
        "secteurs.yaml",
        FRAMED.format(
            text="Mêmes droits et obligations à distance que sur site.",
            source_key="source",
            link="https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000041853211/",
        ),
    )
    result = bank.load()
    assert result.errors == []
    rules = result.bank.sector("reglementaire").framing
    assert [(r.text, r.source) for r in rules] == [
        (
            "Trois jours de télétravail au plus par semaine pour un temps plein.",
            "Décret n° 2016-151, art. 3",
        ),
        ("Mêmes droits et obligations à distance que sur site.", "Décret n° 2016-151, art. 6"),
    ]


def test_a_broken_framing_rule_is_said_at_its_own_line_with_its_own_key(bank: BankFolder) -> None:
    bank.write(
        "secteurs.yaml", FRAMED.format(text="Court", source_key="sourc", link="pas-une-adresse")
    )
    found = sorted((p.line, p.field, p.message) for p in errors_in(bank.load(), "secteurs.yaml"))
    assert found == [
        (
            9,
            "cadre n°\u00a02, source",  # the line to add is shown as it must be typed
            french("champ obligatoire manquant : ajoutez une ligne «") + f"source: …{NBSP}».",
        ),
        (9, "cadre n°\u00a02, texte", french("texte trop court : au moins 10 caractères.")),
        (
            10,
            "cadre n°\u00a02, sourc",
            french("clé inconnue « sourc » : vouliez-vous dire « source » ?"),
        ),
        (
            11,
            "cadre n°\u00a02, lien",
            french(
                "adresse invalide : elle doit commencer par https:// "
                "(ou http://) et ne pas contenir d'espace."
            ),
        ),
    ]


def test_a_statement_cannot_rest_on_another_statement(bank: BankFolder) -> None:
    other = STATEMENT.replace("bar-reg-droit", "bar-reg-autre").format(
        second="socle-reglementaire-2"
    )
    bank.questions("bar.yaml", STATEMENT.format(second="bar-reg-autre"), other)
    found = [(p.question_id, p.line, p.message) for p in errors_in(bank.load(), "bar.yaml")]
    assert found == [
        (
            "bar-reg-droit",
            6,
            french(
                "« informe_par » cite « bar-reg-autre », une autre affirmation du baromètre : "
                "citez des questions du quiz, dont les réponses montrent les faits."
            ),
        )
    ]


def test_every_sector_of_the_shipped_bank_frames_its_agreements() -> None:
    shipped = load_bank(SHIPPED).bank
    assert shipped is not None
    for sector in shipped.sectors:
        assert len(sector.framing) >= 2, sector.id
        assert all(rule.source for rule in sector.framing)


def test_a_suggestion_of_agreement_needs_exactly_one_blank(bank: BankFolder) -> None:
    """Three full stops are the blank; none, or two, is said (the field selects one)."""
    hints = (
        "    pistes_accord:\n"
        '      - "Pas de messages après ... h"\n'
        '      - "Un jour de présence commune le lundi"\n'
        '      - "Réunions entre … h et … h"\n'
    )
    bank.questions("reg.yaml", GOOD_QCM + hints)
    result = bank.load()
    [question] = [q for q in result.bank.questions if q.id == "reg-jours"]
    assert question.agreement_hints[0] == "Pas de messages après … h"
    messages = [p.message for p in result.warnings if p.field == "pistes_accord"]
    assert messages == [
        french(
            "piste n° 2 sans blanc « … » à compléter (Un jour de présence commune le lundi) : "
            "ajoutez-en un là où l'équipe précisera, par exemple « Pas de messages après … h »."
        ),
        french(
            "piste n° 3 avec 2 blancs « … » (Réunions entre … h et … h) : l'animateur ne peut en "
            "remplir qu'un ; gardez-en un seul, par exemple « Réunions entre 10 h et … h »."
        ),
    ]
