"""Benchmarks with targets: ``python benchmarks/run.py [--json] [--quick]``.

Each measure module compares the game with a floor measured in the same run (see
``figures.py``) and returns figures with their targets. A plain run prints them and writes
``benchmarks/results.md`` (a table with the date and the machine); ``--json`` prints them as
JSON and writes nothing. Speed and memory are measured here, never in timed tests.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import platform
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import Figure  # noqa: E402

# The measure modules, in the order the results list them; each has ``measure(runs)``.
MEASURES = ["startup", "frames", "idle", "bank", "export", "memory", "frozen"]


def measure_of(name: str) -> Callable[[int], list[Figure]]:
    """``benchmarks.<name>.measure``."""
    module = importlib.import_module(f"benchmarks.{name}")
    return module.measure  # type: ignore[no-any-return]


def collect(quick: bool, names: list[str]) -> list[Figure]:
    """Every measure; one that fails is reported as a missed figure, not hidden."""
    runs = 3 if quick else 5
    figures: list[Figure] = []
    for name in names:
        try:
            figures += measure_of(name)(runs)
        except Exception as error:  # a benchmark that cannot run is reported, not hidden
            figures.append(Figure(f"{name} (échec)", float("nan"), "", str(error)[:80], False))
    return figures


def machine() -> str:
    """The system, processor, cores and Python, for the results' heading."""
    cpu = platform.processor() or platform.machine()
    cores = os.cpu_count() or "?"
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {cores} cœurs, "
        f"Python {platform.python_version()}"
    )


def shown(value: float) -> str:
    """Three significant digits, with a decimal comma as the French tables have it."""
    return "—" if math.isnan(value) else f"{value:.3g}".replace(".", ",")


def write_results(figures: list[Figure], load: tuple[float, float]) -> None:
    """``benchmarks/results.md``: the date, the machine, its load, the table of figures."""
    lines = [
        "# Résultats des mesures",
        "",
        f"Mesuré le {datetime.now():%Y-%m-%d %H:%M} sur : {machine()}.",
        f"Charge de la machine (moyenne sur une minute) : {shown(load[0])} au début, "
        f"{shown(load[1])} à la fin.",
        "Écrit par `python benchmarks/run.py` ; ne pas modifier à la main. Chaque cible est un",
        "rapport à un plancher mesuré dans la même exécution (voir `README.md`).",
        "",
        "| mesure | valeur | cible | atteinte |",
        "|---|---|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f.name} | {shown(f.value)} {f.unit} | {f.target.replace('.', ',')} | "
            f"{'oui' if f.met else '**non**'} |"
        )
    (ROOT / "benchmarks" / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--json",
        action="store_true",
        help="imprimer les mesures en JSON (results.md reste tel quel)",
    )
    parser.add_argument("--quick", action="store_true", help="moins de répétitions")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=MEASURES,
        metavar="MESURE",
        help=f"seulement ces mesures, parmi : {', '.join(MEASURES)}",
    )
    args = parser.parse_args()
    before = os.getloadavg()[0]  # a busy machine slows floors and subjects alike, not evenly
    figures = collect(args.quick, args.only or MEASURES)
    load = (before, os.getloadavg()[0])
    if args.json:
        rows = [asdict(f) for f in figures]
        for row in rows:  # a failed measure has no value: null, not the invalid NaN
            row["value"] = None if math.isnan(row["value"]) else row["value"]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        if not args.only:  # the tracked table always holds every measure
            write_results(figures, load)
        width = max(len(f.name) for f in figures)
        for f in figures:
            mark = "ok " if f.met else "NON"
            print(f"[{mark}] {f.name:<{width}} {f.value:>8.3g} {f.unit:<3} cible {f.target}")
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
