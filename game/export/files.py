"""Where exports go and how they are written: atomically, with a French message on failure.

A file is written to a temporary file in the same folder, flushed to disk, then renamed over
its final name (``os.replace`` is atomic on the same file system). A full disk or a read-only
folder therefore never leaves a half-written PDF behind, nor damages an earlier export: the
temporary file is removed and ``ExportError`` carries a sentence the facilitator can act on.

The default folder is « Documents/Panorama » (``platformdirs.user_documents_dir``); the
environment variable ``PANORAMA_EXPORT_DIR`` or an explicit ``folder`` argument replace it.
File names carry the date and time (``bilan-2026-01-05-0930.pdf``) and never overwrite an
existing file: a second export in the same minute gets ``-2``.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from game.rules.bank.files import usual_mode
from game.wording import say

ENV_FOLDER = "PANORAMA_EXPORT_DIR"
FOLDER_NAME = "Panorama"


class ExportError(Exception):
    """An export that could not be written; ``str(error)`` is a French sentence."""


def default_folder() -> Path:
    """Documents/Panorama, or the folder named by ``PANORAMA_EXPORT_DIR``."""
    configured = os.environ.get(ENV_FOLDER, "").strip()
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / FOLDER_NAME


def output_folder(folder: Path | str | None = None) -> Path:
    """The folder to write into: ``folder`` when given, else the default one."""
    return Path(folder).expanduser() if folder else default_folder()


def timestamped_path(folder: Path, stem: str, suffix: str, when: datetime | None = None) -> Path:
    """``folder/stem-YYYY-MM-DD-HHMM.suffix``, with ``-2``, ``-3``… if that name is taken."""
    when = when or datetime.now()
    base = f"{stem}-{when:%Y-%m-%d-%H%M}"
    candidate = folder / f"{base}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}{suffix}"
        number += 1
    return candidate


def shown_folder(folder: Path) -> str:
    """A folder as the room may see it: its last two names (« Documents/Panorama »), never the
    whole path, which can hold a user's name."""
    parts = Path(folder).expanduser().parts[-2:]
    return "/".join(part for part in parts if part not in ("/", "\\")) or str(folder)


def french_os_error(error: OSError, path: Path) -> str:
    """A French sentence for a failed write of ``path`` (the folder shown by its last names)."""
    folder = shown_folder(path.parent)
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return say("debrief.file.disk_full", file=path.name, folder=folder)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return say("debrief.file.read_only", folder=folder)
    if code == errno.ENOTDIR or (path.parent.exists() and not path.parent.is_dir()):
        return say("debrief.file.not_a_folder", folder=folder)
    if code == errno.ENAMETOOLONG:
        return say("debrief.file.too_long", file=path.name)
    if code == errno.ENOENT:
        return say("debrief.file.no_folder", folder=folder)
    # The system's own wording may be English: keep only its number, for a technician.
    if code:
        return say("debrief.file.failed_code", file=path.name, folder=folder, code=code)
    return say("debrief.file.failed", file=path.name, folder=folder)


def write_atomic(path: Path, fill: Callable[[Path], None]) -> Path:
    """Have ``fill`` write a temporary file beside ``path``, then rename it to ``path``.

    ``fill`` receives the temporary path (useful for libraries that write files themselves,
    such as pygame). Any ``OSError`` becomes ``ExportError``; nothing is left behind.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=f".tmp{path.suffix}", dir=path.parent
        )
        os.close(handle)
    except OSError as error:
        raise ExportError(french_os_error(error, path)) from None
    temporary = Path(name)
    try:
        fill(temporary)
        _fsync(temporary)
        os.chmod(temporary, usual_mode(path))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExportError(french_os_error(error, path)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see ``write_atomic``)."""

    def fill(temporary: Path) -> None:
        with open(temporary, "wb") as stream:
            stream.write(data)

    return write_atomic(path, fill)


def _fsync(path: Path) -> None:
    # The rename must not reach the disk before the content does (power cut after export).
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())
