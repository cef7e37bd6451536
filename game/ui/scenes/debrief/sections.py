"""The debrief's pages: which ones, in which order, and the items of the text pages.

1. the summary (date, length, teams, questions played, ranking, the group's wheel: two pages
   on a 4:3 projector, where the wheel needs the whole height);
2. the per-team table (success per sector, each team's panorama);
3. « Idées reçues à déconstruire »: the most missed questions, answer, one line of
   explanation, source;
4. the debates (how the teams split, with points) and the manual corrections with their reasons;
5. « À retenir »: the key points of each sector played;
6. « Pour prolonger la discussion »: the open questions, the facilitator's notes, the bank.

The text sections take as many pages as the window needs (« (suite) » on the next ones); what
the printed debrief leaves out is counted in a closing « … et N autres » line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.ui import theme
from game.ui.context import Ui
from game.ui.scenes.debrief import flow
from game.ui.scenes.debrief.content import Content
from game.ui.scenes.debrief.flow import Item, Para, paginate
from game.wording import dates as fd
from game.wording.typography import NBSP, french

P = theme.PALETTE
SUMMARY, RANKING, GROUP, TEAMS, TEXT = "summary", "ranking", "group", "teams", "text"
SUMMARY_TITLE = "Résumé de la partie"
GROUP_TITLE = "Panorama du groupe"
TEAMS_TITLE = "Réussite par équipe et par secteur"
MISSED_TITLE = "Idées reçues à déconstruire"
DEBATES_TITLE = "Les débats et les corrections de score"
KEY_POINTS_TITLE = "À retenir"
CARRY_ON_TITLE = "Pour prolonger la discussion"
MORE = " (suite)"


@dataclass(frozen=True)
class Page:
    """One screen of the debrief: the ``part``-th page of its section."""

    kind: str
    section: str
    part: int = 0
    columns: flow.Page = ()

    @property
    def title(self) -> str:
        return self.section + (MORE if self.part else "")

    @property
    def anchor(self) -> tuple[str, int]:
        """What stays on screen when the window is resized: this section, this part."""
        return self.section, self.part


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    """« 1 équipe », « 3 équipes »."""
    return f"{count}{NBSP}{word if count == 1 else plural_form or word + 's'}"


def heading(text: str) -> Item:
    """A sub-heading inside a page, kept with what follows it."""
    return Item((Para(text, "emphasis", P.focus),), keep_with_next=True)


def quiet(text: str) -> Item:
    """A line said in passing (nothing to show, or what is left out)."""
    return Item((Para(french(text), "body", P.muted),))


def missed_items(content: Content) -> list[Item]:
    """Each misconception on a card: sector and how many missed it, the question, the right
    answer, one line of explanation, the source."""
    doc = content.document
    items = []
    for line in doc.missed:
        who = f"manquée par {line.missed_by} équipe{'s' if line.missed_by > 1 else ''} " \
              f"sur {line.answered_by}"
        items.append(Item((
            Para(f"{line.sector.label} · {who}", "label", P.muted),
            Para(line.prompt, "body"),
            Para(french(f"Réponse : {line.answer}"), "emphasis"),
            Para(line.explanation, "body"),
            Para(french(f"Source : {line.source}"), "source", P.muted),
        ), card=True, bar=theme.rgb(line.sector.colour)))
    if not items:
        answered = any(rate.attempts for rate in doc.group)
        return [quiet("Aucune question manquée : toutes les réponses données étaient justes."
                      if answered else "Aucune question à bonne réponse n'a été jouée.")]
    left = doc.missed_total - len(doc.missed)
    if left > 0:
        others = plural(left, "autre question manquée", "autres questions manquées")
        items.append(quiet(f"… et {others}, dans le tableau CSV des réponses."))
    return items


def debate_items(content: Content) -> list[Item]:
    """How the teams split on each debate (with the points given), then the corrections."""
    doc, figures = content.document, content.figures
    items = [heading("Comment les équipes se sont partagées")]
    for debate in doc.debates:
        items.append(Item((Para(debate.prompt, "emphasis"),
                           *(Para(f"•{NBSP}{position}", "body") for position in debate.positions)),
                          card=True))
    if not doc.debates:
        items.append(quiet("Aucune question de débat n'a été jouée."))
    left = len(figures.debates) - len(doc.debates)
    if left > 0:
        items.append(quiet(f"… et {plural(left, 'autre débat')}, dans le tableau CSV des "
                           "réponses."))
    items.append(heading("Corrections de score"))
    for c in doc.corrections:
        sign = "+" if c.delta > 0 else "−"
        points = f"{sign}{plural(abs(c.delta), 'point')}"
        items.append(Item((Para(french(f"{c.team} : {points} à {c.when} de jeu — motif : "
                                       f"{c.reason}"), "body"),), marker="•"))
    if not doc.corrections:
        items.append(quiet("Aucune correction manuelle des scores."))
    return items


def key_point_items(content: Content) -> list[Item]:
    """The key points of each sector played, one card per sector (never cut in two)."""
    items = []
    for sector, points in content.document.key_points:
        if sector.id not in content.played:
            continue
        items.append(Item((Para(sector.label, "emphasis"),
                           *(Para(f"•{NBSP}{point}", "body") for point in points)),
                          card=True, bar=theme.rgb(sector.colour)))
    return items or [quiet("La banque ne donne pas de points clés pour les secteurs joués.")]


def carry_on_items(content: Content) -> list[Item]:
    """Open questions, the facilitator's notes and the bank's version."""
    doc = content.document
    items = [Item((Para(question, "body"),), marker=f"{n}.")
             for n, question in enumerate(doc.open_questions, 1)]
    if not items:
        items.append(quiet("Pas de question ouverte dans la banque pour cette partie."))
    items.append(heading("Nos notes et nos actions"))
    if doc.notes:
        items.append(Item((Para(doc.notes, "body"),), card=True))
    else:
        items.append(quiet("Rien de noté pour l'instant : le bouton « Notes » ouvre un champ "
                           "pour les idées et les actions du groupe ; elles iront dans le PDF."))
    items.append(Item((Para(bank_line(content), "small", P.muted),)))
    return items


def bank_line(content: Content) -> str:
    """« Banque de questions version 1a2b3c4d du 10/03/2026 »."""
    doc = content.document
    text = f"Banque de questions version {doc.bank_version}"
    when = fd.parse_wall(doc.bank_date) if doc.bank_date else None
    if when is not None:
        text += f" du {fd.short_date(when)}"
    return text


TEXT_SECTIONS = (
    (MISSED_TITLE, missed_items),
    (DEBATES_TITLE, debate_items),
    (KEY_POINTS_TITLE, key_point_items),
    (CARRY_ON_TITLE, carry_on_items),
)


FlowCache = dict[tuple[Item, ...], list[flow.Page]]


def build_pages(ui: Ui, content: Content, cache: FlowCache | None = None) -> list[Page]:
    """Every page for this window size: the summary, the table, then the text sections.

    ``cache`` keeps each section's pages for one window size: typing a note lays out only the
    last section again.
    """
    cache = {} if cache is None else cache
    area = ui.layout.debrief["content"]
    if ui.layout.summary_split:
        pages = [Page(RANKING, SUMMARY_TITLE), Page(GROUP, GROUP_TITLE)]
    else:
        pages = [Page(SUMMARY, SUMMARY_TITLE)]
    pages.append(Page(TEAMS, TEAMS_TITLE))
    for title, make in TEXT_SECTIONS:
        items = tuple(make(content))
        if items not in cache:
            cache[items] = paginate(ui, items, area)
        for number, columns in enumerate(cache[items]):
            pages.append(Page(TEXT, title, number, columns))
    return pages


def index_of(pages: Sequence[Page], anchor: tuple[str, int] | None) -> int:
    """The page for ``anchor``: its section's part, or the section's last part when the
    window now needs fewer; the first page when the section is unknown."""
    if anchor is None:
        return 0
    found = [i for i, page in enumerate(pages) if page.section == anchor[0]]
    if not found:
        return 0
    within = [i for i in found if pages[i].part <= anchor[1]]
    return within[-1] if within else found[0]
