"""The debrief of a game, computed once: the one model the Debrief screen, the PDF, the answers
CSV and the HR report all read.

``build_debrief(state, bank_facts(bank), notes)`` gives a :class:`Debrief`: the game at a
glance, then its sections (the group's panorama, the ranking, the misconceptions, the
baromètre, the debates, the score corrections, the key points, the open questions, the notes,
the team's agreements), with every count made
and every choice taken (:mod:`~game.rules.debrief.choices`), and the rows the spreadsheets read.
Pure Python: no pygame, no fpdf.

Modules: ``figures`` (rates, sectors, teams, facts, spreadsheet rows), ``sections``,
``barometer`` (the votes before and after), ``agreements`` (« Nos accords d'équipe »), ``model``
(the :class:`Debrief` itself), ``inputs`` (what the bank says, as plain data), ``choices`` and
``build``.
"""

from game.rules.debrief.agreements import (
    AgreementLine,
    Agreements,
    FramingLine,
    SectorAgreements,
    months_later,
)
from game.rules.debrief.barometer import (
    Barometer,
    InformingLine,
    Segment,
    StatementLine,
    Votes,
)
from game.rules.debrief.build import build_debrief
from game.rules.debrief.choices import MAX_DEBATES, MAX_MISSED
from game.rules.debrief.figures import (
    AnswerLine,
    Facts,
    QuestionLine,
    Rate,
    SectorLine,
    TeamStanding,
    ordinal,
)
from game.rules.debrief.inputs import BankFacts, RuleFacts, SectorFacts, bank_facts
from game.rules.debrief.model import Debrief
from game.rules.debrief.sections import (
    CorrectionLine,
    Corrections,
    DebateLine,
    Debates,
    GroupPanorama,
    KeyPoints,
    Misconceptions,
    MissedLine,
    Notes,
    OpenQuestions,
    Ranking,
    Section,
    Stance,
    TeamPosition,
)

__all__ = [
    "MAX_DEBATES",
    "MAX_MISSED",
    "AgreementLine",
    "Agreements",
    "AnswerLine",
    "BankFacts",
    "Barometer",
    "FramingLine",
    "InformingLine",
    "RuleFacts",
    "SectorAgreements",
    "Segment",
    "StatementLine",
    "Votes",
    "months_later",
    "CorrectionLine",
    "Corrections",
    "DebateLine",
    "Debates",
    "Debrief",
    "Facts",
    "GroupPanorama",
    "KeyPoints",
    "MissedLine",
    "Misconceptions",
    "Notes",
    "OpenQuestions",
    "QuestionLine",
    "Ranking",
    "Rate",
    "Section",
    "SectorFacts",
    "SectorLine",
    "Stance",
    "TeamStanding",
    "TeamPosition",
    "bank_facts",
    "build_debrief",
    "ordinal",
]
