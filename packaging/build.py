"""Build the standalone app: ``python packaging/build.py``.

Writes ``dist/panorama-teletravail-<version>-<system>-<arch>/`` (the executable
``panorama-teletravail``, ``.exe`` on Windows, and everything it needs) and its archive beside
it (``.zip`` on Windows, ``.tar.gz`` elsewhere), for a team lead who has no Python.

Steps: a build environment of its own (``build/freeze-env``) holding exactly the versions of
``packaging/requirements.lock``, installed with ``--no-deps`` so that nothing else slips in;
the game installed into it as a wheel (its resources inside); PyInstaller run on
``packaging/panorama.spec``; then an archive written in a fixed order with fixed dates and
owners, so that two builds of one commit give the same bytes.

``--refresh-lock`` rewrites the lock from the newest releases (see the README).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
LOCK = HERE / "requirements.lock"
SPEC = HERE / "panorama.spec"
ENV = ROOT / "build" / "freeze-env"
NAME = "panorama-teletravail"
SYSTEMS = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}
ARCHES = {"amd64": "x86_64", "x86_64": "x86_64", "arm64": "arm64", "aarch64": "arm64"}
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest date a .zip can hold


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def release_name() -> str:
    system = SYSTEMS.get(platform.system(), platform.system().lower())
    machine = platform.machine().lower()
    return f"{NAME}-{version()}-{system}-{ARCHES.get(machine, machine)}"


def _python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(*command: object, env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    print("→", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd, env=env)


def build_env() -> Path:
    """The build environment, made anew whenever the lock or the Python version changes."""
    stamp = hashlib.sha256(LOCK.read_bytes() + sys.version.encode()).hexdigest()
    python, stamp_file = _python(ENV), ENV / "verrou.sha256"
    if not (stamp_file.is_file() and stamp_file.read_text() == stamp and python.exists()):
        shutil.rmtree(ENV, ignore_errors=True)
        venv.create(ENV, with_pip=True)
        _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "-r", LOCK)
        stamp_file.write_text(stamp)
    # The game itself, built as a wheel (resources inside) by the locked hatchling.
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--force-reinstall",
        ROOT,
    )
    return python


def freeze(python: Path, work: Path) -> Path:
    """Run PyInstaller; returns the folder it made."""
    env = dict(os.environ, PYTHONHASHSEED="0", SOURCE_DATE_EPOCH=_source_date())
    env.pop("PYTHONPATH", None)
    # Run away from the checkout: its own game/ folder (no resources inside) must not be found
    # before the installed package.
    _run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        work / "dist",
        "--workpath",
        work / "work",
        SPEC,
        env=env,
        cwd=work,
    )
    return work / "dist" / NAME


def _source_date() -> str:
    """The last commit's date, so that files stamped by the build do not change each time."""
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        return out or str(ZIP_EPOCH)
    except (OSError, subprocess.CalledProcessError):
        return str(ZIP_EPOCH)


def _files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.rglob("*")), key=lambda p: p.relative_to(folder).as_posix())


def archive(folder: Path) -> Path:
    """``folder`` as .zip (Windows) or .tar.gz, entries sorted, dates and owners fixed."""
    stamp = int(_source_date())
    if platform.system() == "Windows":
        target = folder.with_name(folder.name + ".zip")
        _write_zip(folder, target, stamp)
    else:
        target = folder.with_name(folder.name + ".tar.gz")
        _write_tar(folder, target, stamp)
    return target


def _write_zip(folder: Path, target: Path, stamp: int) -> None:
    when = max(stamp, ZIP_EPOCH)
    date_time = tuple(__import__("time").gmtime(when))[:6]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for path in _files(folder):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            if path.is_dir():
                continue
            info = zipfile.ZipInfo(name, date_time)
            info.external_attr = (0o755 if os.access(path, os.X_OK) else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, path.read_bytes(), compresslevel=9)


def _write_tar(folder: Path, target: Path, stamp: int) -> None:
    def fixed(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = stamp
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=folder.name, recursive=False, filter=fixed)
        for path in _files(folder):
            arcname = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=fixed)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz,
    ):
        gz.write(buffer.getvalue())


def build() -> Path:
    name = release_name()
    python = build_env()
    with tempfile.TemporaryDirectory(prefix="panorama-gel-", dir=ROOT / "build") as scratch:
        made = freeze(python, Path(scratch))
        target = ROOT / "dist" / name
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(exist_ok=True)
        shutil.move(str(made), target)
    packed = archive(target)
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()
    print(
        f"\nApplication : {target}\nArchive : {packed} "
        f"({packed.stat().st_size / 1e6:.1f} Mo, sha256 {digest})"
    )
    return packed


def refresh_lock() -> None:
    """Resolve the newest releases of the game's dependencies, PyInstaller and hatchling in a
    scratch environment and write them to the lock; lines for other systems are kept."""
    kept = [line for line in LOCK.read_text("utf-8").splitlines() if ";" in line]
    header = [line for line in LOCK.read_text("utf-8").splitlines() if line.startswith("#")]
    with tempfile.TemporaryDirectory(prefix="panorama-verrou-") as scratch:
        env = Path(scratch) / "env"
        venv.create(env, with_pip=True)
        python = _python(env)
        _run(
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--upgrade",
            ROOT,
            "pyinstaller",
            "hatchling",
            "setuptools",
        )
        frozen = subprocess.run(
            [str(python), "-m", "pip", "freeze", "--all", "--exclude", NAME, "--exclude", "pip"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    pins = sorted(frozen.split(), key=str.lower)
    LOCK.write_text("\n".join([*header[:-1], *pins, header[-1], *kept]) + "\n", "utf-8")
    print(f"{LOCK.relative_to(ROOT)} : {len(pins)} versions ; relisez les lignes par système.")


def main() -> int:
    parser = argparse.ArgumentParser(description="Construire l'application autonome.")
    parser.add_argument(
        "--refresh-lock",
        action="store_true",
        help="réécrire packaging/requirements.lock avec les dernières versions",
    )
    args = parser.parse_args()
    (ROOT / "build").mkdir(exist_ok=True)
    if args.refresh_lock:
        refresh_lock()
        return 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
