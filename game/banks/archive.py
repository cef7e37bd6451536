"""A question bank as one .zip file: packed by the HR adviser, opened by the team lead.

Packing takes every file of the bank folder (the YAML files, the schema, the pictures the
questions point to) and leaves out what only the adviser's computer needs: hidden files,
spreadsheet backups (``.bak``), links. Each file keeps its date, so that the bank opened from
the .zip shows the same version and date as the folder it came from.

Opening never trusts the archive: before anything is written, every entry is checked, and an
archive whose paths leave its folder (``../``, absolute paths, drive letters), that holds links,
encrypted entries, too many files or too many bytes once uncompressed, is refused with a French
sentence that says why. Extraction then counts the bytes it really writes, so a size the archive
lies about is caught too. An accepted archive is unpacked once, in the user's cache folder, under
the digest of its bytes; opening the same file again reuses it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from game.wording import say

APP_NAME = "panorama-teletravail"
ARCHIVE_FILES_MAX = 1000
ARCHIVE_BYTES_MAX = 100 * 1024 * 1024
SKIPPED_SUFFIXES = (".bak", ".pyc", ".tmp")
CHUNK = 1 << 16


class ArchiveError(Exception):
    """An archive that cannot be packed or opened; the message is French, for the user."""


@dataclass(frozen=True)
class Packed:
    """What ``pack`` wrote."""

    path: Path
    files: int
    size: int


def is_archive(path: Path) -> bool:
    """Whether ``path`` names a .zip file (by its name; its content is checked on opening)."""
    return Path(path).suffix.lower() == ".zip"


def bank_files(folder: Path) -> Iterator[Path]:
    """The files of a bank folder that travel with it, in a stable order."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        if path.is_symlink() or not path.is_file() or path.suffix.lower() in SKIPPED_SUFFIXES:
            continue
        yield path


def pack(folder: Path, out: Path) -> Packed:
    """Write the bank ``folder`` into the archive ``out``, replaced only once complete."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArchiveError(say("bank.archive.not_a_folder", folder=folder))
    if out.resolve().is_relative_to(folder.resolve()):
        raise ArchiveError(say("bank.archive.inside"))
    files = list(bank_files(folder))
    if not files:
        raise ArchiveError(say("bank.archive.empty", folder=folder))
    out.parent.mkdir(parents=True, exist_ok=True)
    scratch = out.with_name(f".{out.name}.partiel")
    size = 0
    with zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            info = zipfile.ZipInfo.from_file(path, path.relative_to(folder).as_posix())
            info.external_attr = 0o644 << 16  # plain files, whatever the adviser's system
            info.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as source, archive.open(info, "w") as target:
                shutil.copyfileobj(source, target, CHUNK)
            size += path.stat().st_size
    os.replace(scratch, out)
    return Packed(out, len(files), size)


def open_archive(path: Path, cache: Path | None = None) -> Path:
    """The bank folder held by the archive ``path``, unpacked after every check has passed."""
    path = Path(path)
    digest = _digest(path)
    # Unpacked under the archive's own name, so that the Title names the bank as it was sent;
    # the same bytes sent under another name get a folder of that name beside the first.
    named = path.stem.strip(" .") or "banque"
    target = (cache or default_cache_dir()) / digest[:16] / named
    if target.is_dir():
        return _bank_root(target)
    with _opened(path) as archive:
        members = checked_members(archive, path.name)
        scratch = _scratch_beside(target, path.name)
        try:
            _extract(archive, members, scratch / named)
            os.replace(scratch / named, target)
            shutil.rmtree(scratch, ignore_errors=True)
        except OSError as error:
            shutil.rmtree(scratch, ignore_errors=True)
            if target.is_dir():  # another copy of the game unpacked it meanwhile
                return _bank_root(target)
            raise ArchiveError(
                say("bank.archive.cannot_unpack", name=path.name, reason=error.strerror or error)
            ) from None
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
    return _bank_root(target)


def checked_members(archive: zipfile.ZipFile, name: str) -> list[zipfile.ZipInfo]:
    """Every entry of ``archive``, or an ArchiveError naming the first reason to refuse it."""
    members = archive.infolist()
    if len(members) > ARCHIVE_FILES_MAX:
        raise ArchiveError(
            say("bank.archive.too_many", name=name, count=len(members), most=ARCHIVE_FILES_MAX)
        )
    seen: set[str] = set()
    total = 0
    for member in members:
        clean = _safe_name(member.filename, name)
        if clean in seen:
            raise ArchiveError(say("bank.archive.twice", name=name, entry=clean))
        seen.add(clean)
        mode = member.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise ArchiveError(say("bank.archive.link", name=name, entry=member.filename))
        if member.flag_bits & 0x1:
            raise ArchiveError(say("bank.archive.password", name=name))
        total += member.file_size
        if total > ARCHIVE_BYTES_MAX:
            raise ArchiveError(_too_big(name))
    return members


def default_cache_dir() -> Path:
    """Where opened archives are unpacked: the user's cache folder."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "banques"


def _safe_name(raw: str, name: str) -> str:
    """The entry's path inside the bank, refused when it could land outside the bank folder."""
    leaving = ArchiveError(say("bank.archive.leaving", name=name, entry=raw))
    if "\\" in raw or "\x00" in raw or raw.startswith("/") or (len(raw) > 1 and raw[1] == ":"):
        raise leaving
    parts = PurePosixPath(raw).parts
    if not parts or any(part in ("..", ".") for part in parts):
        raise leaving
    return "/".join(parts)


def _too_big(name: str) -> str:
    return say("bank.archive.too_big", name=name, megabytes=ARCHIVE_BYTES_MAX // (1024 * 1024))


class _opened:
    """``zipfile.ZipFile`` whose failures become French ArchiveErrors."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> zipfile.ZipFile:
        try:
            self.archive = zipfile.ZipFile(self.path)
        except FileNotFoundError:
            raise ArchiveError(say("bank.archive.missing", path=self.path)) from None
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ArchiveError(say("bank.archive.unreadable", name=self.path.name)) from None
        return self.archive

    def __exit__(self, *exc: object) -> None:
        self.archive.close()


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(CHUNK), b""):
                digest.update(block)
    except FileNotFoundError:
        raise ArchiveError(say("bank.archive.missing", path=path)) from None
    except OSError as error:
        raise ArchiveError(
            say("bank.archive.cannot_read", name=path.name, reason=error.strerror or error)
        ) from None
    return digest.hexdigest()


def _extract(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], into: Path) -> None:
    """Write the checked entries, counting real bytes: a lying size header gains nothing."""
    budget = ARCHIVE_BYTES_MAX
    for member in members:
        destination = into.joinpath(*PurePosixPath(member.filename).parts)
        if member.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            with archive.open(member) as source, destination.open("wb") as target:
                while block := source.read(CHUNK):
                    budget -= len(block)
                    if budget < 0:
                        raise ArchiveError(_too_big(Path(str(archive.filename)).name))
                    target.write(block)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
        ):
            raise ArchiveError(
                say(
                    "bank.archive.damaged",
                    name=Path(str(archive.filename)).name,
                    entry=member.filename,
                )
            ) from None
        stamp = time.mktime((*member.date_time, 0, 0, -1))
        os.utime(destination, (stamp, stamp))


def _scratch_beside(target: Path, name: str) -> Path:
    """An empty folder next to ``target``, so that the final rename cannot cross disks."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".deballage-", dir=target.parent))
    except OSError as error:
        raise ArchiveError(
            say("bank.archive.cannot_unpack", name=name, reason=error.strerror or error)
        ) from None


def _bank_root(folder: Path) -> Path:
    """The folder holding the YAML files: the archive's root, or its single top folder."""
    if any(folder.glob("*.yaml")) or any(folder.glob("*.yml")):
        return folder
    children = [p for p in folder.iterdir() if not p.name.startswith(".")]
    if len(children) == 1 and children[0].is_dir():
        return children[0]
    return folder
