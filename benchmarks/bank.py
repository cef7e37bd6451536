"""Loading and validating the question bank, beside PyYAML's C parser reading the same files.

The floor reads every file of the bank from disk and parses it with ``yaml.CSafeLoader`` into
Python objects, nothing else: what any program that reads those files pays. The game's
``load_bank`` reads the same files and also keeps every node's line and column, checks each
question against the model and the bank's rules, and computes the bank's version. Both run in
this process, in turn, after one untimed run of each (files in the disk cache, lazy imports
done), on the shipped bank and on generated banks of 1,000 and 10,000 questions. Each time is
the processor time of this thread (reading the files included), so that a moment when the
shared machine serves someone else counts for neither. How the game's time grows from 1,000 to
10,000 questions is compared with how PyYAML's grows on the same files.
"""

from __future__ import annotations

import copy
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "questions"
LIMIT_RATIO = 1.2
GROWTH_LIMIT_RATIO = 1.2
SIZES = (1_000, 10_000)


def generated_bank(folder: Path, count: int) -> Path:
    """A bank of ``count`` valid questions made from the shipped ones, in files of 2,000.

    Each round of copies renames its questions, and a baromètre statement's ``informe_par``
    names the copies of its own round, so the generated bank is as valid as the shipped one."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secteurs.yaml").write_text((BANK / "secteurs.yaml").read_text("utf-8"), "utf-8")
    source = []
    for path in sorted(BANK.glob("*.yaml")):
        source += (yaml.safe_load(path.read_text("utf-8")) or {}).get("questions", [])
    position = {item["id"]: k for k, item in enumerate(source)}
    items = []
    for i in range(count):
        item = copy.deepcopy(source[i % len(source)])
        first = i - i % len(source)  # this round's first copy
        item["id"] = f"gen-{i}"
        if "informe_par" in item:
            named = [first + position[old] for old in item["informe_par"]]
            if max(named) >= count:  # the round is cut short: a plain copy of another one
                item = copy.deepcopy(source[position[item["informe_par"][0]]])
                item["id"] = f"gen-{i}"
            else:
                item["informe_par"] = [f"gen-{k}" for k in named]
        items.append(item)
    for start in range(0, count, 2000):
        text = yaml.safe_dump(
            {"questions": items[start : start + 2000]}, allow_unicode=True, sort_keys=False
        )
        (folder / f"gen{start // 2000:03d}.yaml").write_text(text, "utf-8")
    return folder


def parse_only(folder: Path) -> float:
    """Seconds to read and parse every file of ``folder`` with PyYAML's C parser."""
    start = time.thread_time()
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text("utf-8"), Loader=yaml.CSafeLoader)  # noqa: S506 - safe loader
    return time.thread_time() - start


def load_and_check(folder: Path, count: int | None = None) -> float:
    """Seconds for the game to load and validate ``folder`` (and check what it found)."""
    from game.rules.bank.loader import load_bank

    start = time.thread_time()
    result = load_bank(folder)
    elapsed = time.thread_time() - start
    if result.bank is None or (count is not None and len(result.bank.questions) != count):
        raise RuntimeError(f"banque inattendue dans {folder.name}")
    return elapsed


def measure(runs: int) -> list[Figure]:
    """Each bank: the game's time, the floor's, the ratio; then how the time grows."""
    figures: list[Figure] = []
    seconds: dict[int, float] = {}
    floors: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="panorama-bench-") as tmp:
        banks: list[tuple[str, Path, int | None]] = [("banque livrée", BANK, None)]
        banks += [
            (
                f"{count:,} questions".replace(",", " "),
                generated_bank(Path(tmp) / str(count), count),
                count,
            )
            for count in SIZES
        ]
        for label, folder, count in banks:
            pairs = alternate(
                runs, lambda f=folder: parse_only(f), lambda f=folder, c=count: load_and_check(f, c)
            )
            game = statistics.median(g for _, g in pairs)
            if count is not None:
                seconds[count] = game
                floors[count] = statistics.median(f for f, _ in pairs)
            figures += [
                absolute(
                    f"banque : {label}, lecture YAML seule (plancher)",
                    statistics.median(f for f, _ in pairs),
                    "s",
                ),
                absolute(f"banque : {label}, chargée et vérifiée", game, "s"),
                at_most(f"banque : {label}, ÷ plancher", ratio(pairs), "×", LIMIT_RATIO),
            ]
    # Ten times the questions should take ten times as long, but on this machine no reader
    # does exactly: PyYAML alone on the same files, in the same run, grows 11 to 14 times (the
    # processor's caches, Python's memory). The target is the game's growth beside that one:
    # a step that grows with the square of the bank would show there.
    growth = seconds[SIZES[1]] / seconds[SIZES[0]]
    floor_growth = floors[SIZES[1]] / floors[SIZES[0]]
    figures += [
        absolute("banque : croissance de 1 000 à 10 000 questions", growth, "×"),
        absolute("banque : croissance de 1 000 à 10 000 questions, PyYAML seul", floor_growth, "×"),
        at_most(
            "banque : croissance ÷ celle de PyYAML", growth / floor_growth, "×", GROWTH_LIMIT_RATIO
        ),
    ]
    return figures
