"""The adviser's everyday upkeep: ``chercher`` (a word or an id in the bank) and ``a-revoir``
(the questions whose source needs checking again, grouped by the text they rest on, so that one
look at Légifrance settles several questions).

A question rests on the legal texts its source cites (« Décret n° 2016-151, art. 6 ») and on
those its tags name (« décret 2016-151 »); a question citing two texts is listed under each. A
source that cites no numbered text is grouped by its first words, up to the first comma.
"""

from __future__ import annotations

import argparse
import calendar
import re
import sys
import unicodedata
from collections.abc import Iterable
from datetime import date

from game.commands.bank_files import load_given
from game.commands.report import print_problems
from game.rules.bank import loader
from game.rules.bank.items import Located
from game.rules.bank.model import Question
from game.wording import say, say_n
from game.wording.dates import short_date

# A numbered legal text: décret, loi, arrêté, ordonnance or circulaire, then its number.
_LEGAL_TEXT = re.compile(
    r"\b(d.cret|loi|arr.t.|ordonnance|circulaire)\s+(?:n°\s*)?(\d{2,4}-\d+)", re.IGNORECASE
)
PROMPT_CUT = 90


def fold(text: str) -> str:
    """Text compared without case or accents: « Télétravail » finds « teletravail »."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _haystack(q: Question) -> str:
    parts: Iterable[str] = (
        q.id,
        q.prompt,
        *(q.choices or ()),
        q.explanation,
        q.source,
        q.further or "",
        q.link or "",
        q.unit or "",
        *q.tags,
        *q.agreement_hints,
        *(q.informed_by or ()),
    )
    return fold("\n".join(parts))


def _line(entry: Located[Question], note: str = "") -> str:
    prompt = entry.item.prompt
    if len(prompt) > PROMPT_CUT:
        prompt = prompt[: PROMPT_CUT - 1].rstrip() + "…"
    where = f"{entry.file}:{entry.line}" if entry.line else entry.file
    return f"  {where}  [{entry.item.id}]  {note or prompt}"


def search(args: argparse.Namespace) -> int:
    """``chercher MOT [DOSSIER]``: every question holding the word, or the question with that
    id first; 1 when nothing is found."""
    result = load_given(args)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    term = args.term.strip()
    wanted = fold(term)
    found = [e for e in result.located if e.item.id == term]
    found += [e for e in result.located if e.item.id != term and wanted in _haystack(e.item)]
    if not found:
        print(say("cli.search.none", term=term))
        return 1
    print(say_n("cli.search.found", len(found), term=term))
    for entry in found:
        print(_line(entry))
    if result.errors:
        print("\n" + say_n("cli.search.errors_left_out", len(result.errors)))
    return 0


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def reason(q: Question, cutoff: date, today: date) -> str | None:
    """Why a question must be checked again, or None."""
    if q.to_review:
        return say("cli.recheck.flagged")
    if q.checked_on is None:
        return say("cli.recheck.never")
    if q.checked_on > today:
        return say("cli.recheck.future", date=short_date(q.checked_on))
    if q.checked_on < cutoff:
        return say("cli.recheck.old", date=short_date(q.checked_on))
    return None


def references(q: Question) -> list[str]:
    """The texts a question rests on, named the same way whatever way they were written."""
    found = [m for text in (q.source, *q.tags) for m in _LEGAL_TEXT.findall(text)]
    names = [
        say("cli.recheck.legal_text", kind=kind.capitalize(), number=number)
        for kind, number in found
    ]
    if not names:
        names = [re.split(r" ; |, | \(", q.source, maxsplit=1)[0].strip()]
    return list(dict.fromkeys(names))


def recheck(args: argparse.Namespace) -> int:
    """``a-revoir [DOSSIER] [--mois N]``: the questions to check again, grouped by source."""
    result = load_given(args)
    if result.bank is None:
        print_problems(result.problems, sys.stderr)
        return 1
    today = loader.checking_day()
    cutoff = months_before(today, args.months)
    due = [(e, why) for e in result.located if (why := reason(e.item, cutoff, today))]
    if not due:
        print(say_n("cli.recheck.none", args.months))
        return 0
    groups: dict[str, list[tuple[Located[Question], str]]] = {}
    for entry, why in due:
        for name in references(entry.item):
            groups.setdefault(name, []).append((entry, why))
    print(
        say(
            "cli.recheck.heading",
            questions=say_n("cli.recheck.questions", len(due)),
            groups=say_n("cli.recheck.groups", len(groups)),
        )
    )
    print(say_n("cli.recheck.rule", args.months, date=short_date(cutoff)))
    for name, entries in sorted(groups.items(), key=lambda g: (-len(g[1]), fold(g[0]))):
        print(f"\n── {say_n('cli.recheck.group', len(entries), name=name)}")
        for entry, why in entries:
            print(_line(entry, why))
    return 0
