"""Benchmarks with targets: ``python benchmarks/run.py [--json] [--quick]``.

Each figure is the median of repeated runs on this machine, printed with its target and written
to ``benchmarks/results.md`` (a table with the date and the machine). Speed and memory are
measured here, never in timed tests.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import measures  # noqa: E402
from benchmarks.measures import Figure  # noqa: E402


def collect(quick: bool) -> list[Figure]:
    """Every measure; one that fails is reported as a missed figure, not hidden."""
    runs = 3 if quick else 5
    figures: list[Figure] = []
    for bench in measures.ALL:
        try:
            figures += bench(runs if not quick else max(1, runs - 2))
        except Exception as error:  # a benchmark that cannot run is reported, not hidden
            figures.append(Figure(f"{bench.__name__} (échec)", float("nan"), "", str(error)[:80],
                                  False))
    return figures


def machine() -> str:
    """The system, processor, cores and Python, for the results' heading."""
    cpu = platform.processor() or platform.machine()
    cores = os.cpu_count() or "?"
    return (f"{platform.system()} {platform.release()}, {cpu}, {cores} cœurs, "
            f"Python {platform.python_version()}")


def write_results(figures: list[Figure]) -> None:
    """``benchmarks/results.md``: the date, the machine and the table of figures."""
    lines = [
        "# Résultats des mesures",
        "",
        f"Mesuré le {datetime.now():%Y-%m-%d %H:%M} sur : {machine()}.",
        "Écrit par `python benchmarks/run.py` ; ne pas modifier à la main.",
        "",
        "| mesure | valeur | cible | atteinte |",
        "|---|---|---|---|",
    ]
    for f in figures:
        lines.append(f"| {f.name} | {f.value:.3g} {f.unit} | {f.target} | "
                     f"{'oui' if f.met else '**non**'} |")
    (ROOT / "benchmarks" / "results.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="imprimer les mesures en JSON")
    parser.add_argument("--quick", action="store_true", help="moins de répétitions")
    args = parser.parse_args()
    figures = collect(args.quick)
    write_results(figures)
    if args.json:
        rows = [asdict(f) for f in figures]
        for row in rows:  # a failed measure has no value: null, not the invalid NaN
            row["value"] = None if math.isnan(row["value"]) else row["value"]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        width = max(len(f.name) for f in figures)
        for f in figures:
            mark = "ok " if f.met else "NON"
            print(f"[{mark}] {f.name:<{width}} {f.value:>8.3g} {f.unit:<3} cible {f.target}")
    return 0 if all(f.met for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
