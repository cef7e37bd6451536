"""Rules that look at the whole bank: unique ids, known sectors, safe file references, the
questions a baromètre statement names, and coverage.

Whatever route the questions came by (YAML files, a CSV file, a workbook), they meet these rules
here, located where the adviser wrote them. When an id is used twice, the question that was there
first stays — the one in a file the game ships, else the one read first — and the newcomer is
flagged at its own line. Coverage planning has two levels: a sector with fewer playable questions
than one short game draws is an error (nothing is lost silently); one with fewer than a 20-minute
session with six teams needs is a warning. Sources not checked for a year, dated in the future,
or flagged for review are warnings: rules change, and a game that teaches last year's law does
harm.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from game import resources
from game.rules.bank import limits
from game.rules.bank.items import Located, T, Written
from game.rules.bank.model import BLANK, Question, Sector
from game.rules.bank.problems import WARNING, Problem, command, did_you_mean, quoted
from game.wording import say, say_n
from game.wording.dates import short_date

ASSETS = resources.assets()
PICTOGRAM_DIR = ASSETS / "pictogrammes"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")
CHECKED_ON = "verifie_le"


def shipped_file_names() -> frozenset[str]:
    """Names of the files of the bank the game ships (their questions were there first)."""
    folder = resources.builtin_bank()
    return frozenset(p.name for p in folder.glob("*.yaml")) if folder.is_dir() else frozenset()


def newcomers(items: Sequence[Located[T]]) -> dict[int, Located[T]]:
    """Items whose id an earlier item already has, by index, with that earlier item. Shipped
    files come first, then the order the items were read in."""
    shipped = shipped_file_names()
    order = sorted(range(len(items)), key=lambda i: (Path(items[i].file).name not in shipped, i))
    first: dict[str, Located[T]] = {}
    flagged: dict[int, Located[T]] = {}
    for index in order:
        item_id = items[index].item.id
        if item_id in first:
            flagged[index] = first[item_id]
        else:
            first[item_id] = items[index]
    return flagged


def held_in_error(
    questions: Sequence[Located[Question]], in_error: Sequence[Written], files: Sequence[str]
) -> dict[int, Written]:
    """Valid questions, by index, whose id a question in error written before them holds
    (shipped files first, then the order of ``files``, then the line): the one in error was
    there first, so the valid one is the newcomer — it must not take the id while the other
    is being fixed."""
    shipped = shipped_file_names()

    def rank(file: str, line: int | None) -> tuple[bool, int, int]:
        order = files.index(file) if file in files else len(files)
        return (Path(file).name not in shipped, order, line or 0)

    first: dict[str, Written] = {}
    for written in sorted(in_error, key=lambda w: rank(w.file, w.line)):
        first.setdefault(written.id, written)
    return {
        index: first[entry.item.id]
        for index, entry in enumerate(questions)
        if entry.item.id in first
        and rank(first[entry.item.id].file, first[entry.item.id].line)
        < rank(entry.file, entry.line)
    }


def _duplicate(located: Located[T], first: Located[T] | Written, what: str) -> Problem:
    where = (
        say("bank.place.file_line", file=first.file, line=first.line) if first.line else first.file
    )
    return Problem(
        located.file,
        *located.at("id"),
        located.item.id,
        "id",
        say(f"bank.duplicate.{what}", where=where),
    )


def cross_file(
    folder: Path,
    sectors: Sequence[Located[Sector]],
    questions: Sequence[Located[Question]],
    declared: bool = True,
    in_error: Sequence[Written] = (),
    files: Sequence[str] = (),
) -> tuple[list[Sector], list[Located[Question]], list[Problem]]:
    """Keep the first of each id, drop questions of unknown sectors, check file references.
    ``declared``: whether some file declares sectors at all (even wrongly); ``in_error``: the
    questions the bank holds that are in error (they keep their ids, and a statement may still
    name them); ``files``: the order the files were read in."""
    problems: list[Problem] = []
    kept_sectors: list[Sector] = []
    twice = newcomers(sectors)
    for index, located in enumerate(sectors):
        if index in twice:
            problems.append(_duplicate(located, twice[index], "sector"))
            continue
        problems += _file_reference(
            folder, located.item.pictogram, located, "pictogramme", pictogram=True
        )
        kept_sectors.append(located.item)
    if not sectors:
        problems.append(_no_sector(folder, declared))
    known = [s.id for s in kept_sectors]
    kept: list[Located[Question]] = []
    twice_q = newcomers(questions)
    held = held_in_error(questions, in_error, files)
    for index, entry in enumerate(questions):
        if index in twice_q:
            problems.append(_duplicate(entry, twice_q[index], "question"))
            continue
        if index in held:
            problems.append(_duplicate(entry, held[index], "question_in_error"))
            continue
        found = _sector_problem(entry, known) + _image_problem(folder, entry)
        problems += found
        if not found:
            kept.append(entry)
    found = _informed_by(kept, [w.id for w in in_error])
    problems += found
    wrong = {p.question_id for p in found}
    kept = [entry for entry in kept if entry.item.id not in wrong]
    if len(kept) > limits.QUESTIONS_MAX:
        problems.append(
            Problem.whole(
                str(folder),
                say("bank.folder.too_many_kept", count=len(kept), most=limits.QUESTIONS_MAX),
            )
        )
        kept = kept[: limits.QUESTIONS_MAX]
    return kept_sectors, kept, problems


def _no_sector(folder: Path, declared: bool) -> Problem:
    if declared:
        return Problem.whole(str(folder), say("bank.sectors.none_valid"))
    restore = command("secteurs", str(folder))
    return Problem.whole(str(folder), say("bank.sectors.missing", command=restore))


def _sector_problem(entry: Located[Question], known: list[str]) -> list[Problem]:
    sector = entry.item.sector
    if not known or sector in known:
        return []
    hint = did_you_mean(sector, known) or say("bank.hint.known_sectors", known=", ".join(known))
    return [
        Problem(
            entry.file,
            *entry.at("secteur"),
            entry.item.id,
            "secteur",
            say("bank.sectors.unknown", sector=sector, hint=hint),
        )
    ]


def _image_problem(folder: Path, entry: Located[Question]) -> list[Problem]:
    if not entry.item.image:
        return []
    return _file_reference(folder, entry.item.image, entry, "image")


def _informed_by(kept: Sequence[Located[Question]], written: Iterable[str]) -> list[Problem]:
    """A baromètre statement names questions of the bank (each must exist; one that is in
    error has its own message, the statement does not repeat it), and questions of the quiz:
    another statement has no facts of its own to show the room."""
    ids = [entry.item.id for entry in kept]
    exist = {*ids, *written}
    polled = {entry.item.id for entry in kept if entry.item.kind.polled}
    problems = []
    for entry in kept:
        for named in entry.item.informed_by or ():
            if named in polled:
                message = say("bank.informed_by.statement", named=named)
            elif named not in exist:
                hint = did_you_mean(named, ids) or say("bank.hint.copy_an_id")
                message = say("bank.informed_by.unknown", named=named, hint=hint)
            else:
                continue
            problems.append(
                Problem(entry.file, *entry.at("informe_par"), entry.item.id, "informe_par", message)
            )
    return problems


def _file_reference(
    folder: Path, reference: str, located: Located[T], field: str, pictogram: bool = False
) -> list[Problem]:
    """A file a bank points to must exist and stay inside the bank folder."""
    where = (located.file, *located.at(field), located.item.id, field)
    if any(ord(c) < 32 for c in reference):
        return [Problem(*where, say("bank.file_ref.invisible"))]
    if pictogram and not reference.endswith(".svg"):
        if (PICTOGRAM_DIR / f"{reference}.svg").is_file():
            return []
        names = sorted(p.stem for p in PICTOGRAM_DIR.glob("*.svg"))
        hint = did_you_mean(reference, names) or say(
            "bank.hint.known_pictograms", known=", ".join(names)
        )
        return [Problem(*where, say("bank.file_ref.unknown_pictogram", name=reference, hint=hint))]
    suffixes = (".svg",) if pictogram else IMAGE_SUFFIXES
    root = folder.resolve()
    target = (folder / reference).resolve()
    if Path(reference).is_absolute() or not target.is_relative_to(root):
        return [
            Problem(
                *where, say("bank.file_ref.outside", name=reference, example="images/carte.png")
            )
        ]
    if target.suffix.lower() not in suffixes:
        return [Problem(*where, say("bank.file_ref.format", suffixes=", ".join(suffixes)))]
    if not target.is_file():
        return [Problem(*where, say("bank.file_ref.missing", name=reference))]
    return []


def planning(
    sectors: Sequence[Sector],
    questions: Sequence[Located[Question]],
    today: date,
    where: str = "banque",
) -> list[Problem]:
    """Coverage (an error below one short game, a warning below a full session) and the
    freshness of sources (warnings)."""
    problems: list[Problem] = []
    needed = limits.questions_needed_per_sector()
    least = limits.questions_for_a_game()
    counts = Counter(q.item.sector for q in questions if q.item.active and q.item.kind.on_wheel)
    for sector in sectors:
        count = counts[sector.id]
        if count < least:
            message = say_n("bank.coverage.too_few", count, label=sector.label, least=least)
            problems.append(Problem(where, None, None, None, sector.id, message))
        elif count < needed:
            message = say_n("bank.coverage.thin", count, label=sector.label, needed=needed)
            problems.append(Problem(where, None, None, None, sector.id, message, WARNING))
    for entry in questions:
        if entry.item.active:
            problems += freshness(entry, today) + blanks(entry)
    return problems


def blanks(located: Located[Question]) -> list[Problem]:
    """Warnings about suggestions of agreements that do not have exactly one blank « … »: the
    facilitator's field selects one blank to type over."""
    problems = []
    for number, hint in enumerate(located.item.agreement_hints, start=1):
        count = hint.count(BLANK)
        if count == 1:
            continue
        if count == 0:
            message = say("bank.hint_blank.none", n=number, hint=quoted(hint))
        else:
            message = say("bank.hint_blank.several", n=number, count=count, hint=quoted(hint))
        where = located.at("pistes_accord")
        problems.append(
            Problem(located.file, *where, located.item.id, "pistes_accord", message, WARNING)
        )
    return problems


def freshness(located: Located[Question], today: date) -> list[Problem]:
    """Warnings about when the question's source was last checked."""
    question = located.item
    problems = []

    def warn(field: str, message: str) -> None:
        problems.append(
            Problem(located.file, *located.at(field), question.id, field, message, WARNING)
        )

    if question.to_review:
        warn("a_revoir", say("bank.freshness.to_review"))
    checked = question.checked_on
    if checked is None:
        example = f"{CHECKED_ON}: {say('bank.example.date')}"
        warn(CHECKED_ON, say("bank.freshness.undated", example=example))
    elif checked > today:
        warn("verifie_le", say("bank.freshness.future", date=short_date(checked)))
    elif checked < today - timedelta(days=limits.STALE_AFTER_DAYS):
        warn("verifie_le", say("bank.freshness.stale", date=short_date(checked)))
    return problems
