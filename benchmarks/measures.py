"""The measures behind ``benchmarks/run.py``: each returns figures with their targets.

Loading the bank is measured here; the others have their own modules (``startup``, ``frames``,
``idle``, ``memory``), and what runs in a child process lives in ``probes/``.
"""

from __future__ import annotations

import copy
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks.figures import Figure, median_of
from benchmarks.frames import frame_costs
from benchmarks.idle import idle_cpu
from benchmarks.memory import export_time, peak_memory
from benchmarks.startup import startup

ROOT = Path(__file__).resolve().parent.parent
BANK = ROOT / "questions"


def generated_bank(folder: Path, count: int) -> Path:
    """A bank of ``count`` valid questions made from the shipped ones, in files of 2,000."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secteurs.yaml").write_text((BANK / "secteurs.yaml").read_text("utf-8"), "utf-8")
    source = []
    for path in sorted(BANK.glob("*.yaml")):
        source += (yaml.safe_load(path.read_text("utf-8")) or {}).get("questions", [])
    items = []
    for i in range(count):
        item = copy.deepcopy(source[i % len(source)])
        item["id"] = f"gen-{i}"
        items.append(item)
    for start in range(0, count, 2000):
        text = yaml.safe_dump({"questions": items[start:start + 2000]}, allow_unicode=True,
                              sort_keys=False)
        (folder / f"gen{start // 2000:03d}.yaml").write_text(text, "utf-8")
    return folder


def bank_loading(runs: int) -> list[Figure]:
    """Load and validate 100, 1,000 and 10,000 questions; growth should be linear."""
    from game.rules.bank.loader import load_bank

    seconds = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in (100, 1_000, 10_000):
            folder = generated_bank(Path(tmp) / str(count), count)

            def once(folder: Path = folder, count: int = count) -> float:
                start = time.perf_counter()
                result = load_bank(folder)
                assert result.bank is not None and len(result.bank.questions) == count
                return time.perf_counter() - start

            seconds[count] = median_of(runs, once)
    growth = seconds[10_000] / seconds[1_000]
    return [
        Figure("banque : 100 questions", seconds[100], "s", "—", True),
        Figure("banque : 1 000 questions", seconds[1_000], "s", "—", True),
        Figure("banque : 10 000 questions", seconds[10_000], "s", "≤ 2 s",
               seconds[10_000] <= 2.0),
        Figure("banque : croissance de 1 000 à 10 000", growth, "×", "≈ 10 (8 à 12)",
               8 <= growth <= 12),
    ]


# In the order: start-up, frames, idle, bank, export, memory.
ALL: list[Callable[[int], list[Figure]]] = [
    startup, frame_costs, idle_cpu, bank_loading, export_time, peak_memory,
]
