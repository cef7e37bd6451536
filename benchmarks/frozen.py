"""The standalone app (``python packaging/build.py``): its archive's size, and its start-up to
the first Title frame beside the source game's.

The floor here is the source game itself, started by the same entry file
(``packaging/entry.py``) with the same headless environment; the frozen app is the subject, the
two run in turn. Both stop after their first frame and say so on one JSON line
(``PANORAMA_MESURE_DEMARRAGE=1``, handled by the entry file). Without a build there is nothing
to measure: one line says so and how to build, and the other measures run as usual.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks import children
from benchmarks.figures import Figure, absolute, alternate, at_most, ratio

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "packaging" / "entry.py"
MEASURE_VARIABLE = "PANORAMA_MESURE_DEMARRAGE"
SIZE_LIMIT_MB = 60.0
STARTUP_LIMIT_RATIO = 2.0


def release_name() -> str:
    """``panorama-teletravail-<version>-<system>-<arch>``, as the build script names it."""
    spec = importlib.util.spec_from_file_location("build_script", ROOT / "packaging" / "build.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("packaging/build.py introuvable")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.release_name())


def built() -> tuple[Path, Path] | None:
    """The app's executable and its archive, or None when no build exists."""
    folder = ROOT / "dist" / release_name()
    exe = folder / ("panorama-teletravail.exe" if os.name == "nt" else "panorama-teletravail")
    archives = [folder.with_name(folder.name + s) for s in (".tar.gz", ".zip")]
    archive = next((a for a in archives if a.is_file()), None)
    return (exe, archive) if exe.is_file() and archive is not None else None


@contextmanager
def measuring() -> Iterator[None]:
    """Children started meanwhile stop after their first frame and report it."""
    before = os.environ.get(MEASURE_VARIABLE)
    os.environ[MEASURE_VARIABLE] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(MEASURE_VARIABLE)
        else:
            os.environ[MEASURE_VARIABLE] = before


def first_frame(command: list[str]) -> float:
    """Seconds from launching ``command`` to its first frame; checks it was the Title."""
    done = children.run(command)
    report = json.loads(done.lines[-1])
    if report["scene"] != "Title":
        raise RuntimeError(f"premier écran inattendu : {report}")
    return float(report["drawn"]) - done.started


def measure(runs: int) -> list[Figure]:
    """Archive size, the source and frozen start-ups, and their ratio."""
    found = built()
    if found is None:
        return [
            absolute(
                f"application autonome : pas construite ({release_name()}), "
                "mesures sautées — python packaging/build.py",
                float("nan"),
                "",
            )
        ]
    exe, archive = found
    source = [sys.executable, str(ENTRY)]
    with measuring():
        pairs = alternate(
            max(3, runs), lambda: first_frame(source), lambda: first_frame([str(exe)])
        )
    return [
        at_most(
            "application autonome : taille de l'archive",
            archive.stat().st_size / 1e6,
            "Mo",
            SIZE_LIMIT_MB,
        ),
        absolute(
            "application autonome : premier écran, jeu depuis les sources",
            statistics.median(s for s, _ in pairs),
            "s",
        ),
        absolute(
            "application autonome : premier écran, application figée",
            statistics.median(f for _, f in pairs),
            "s",
        ),
        at_most(
            "application autonome : démarrage figé ÷ sources",
            ratio(pairs),
            "×",
            STARTUP_LIMIT_RATIO,
        ),
    ]


if __name__ == "__main__":
    for figure in measure(3):
        print(f"{figure.name} : {figure.value:.3g} {figure.unit} (cible {figure.target})")
