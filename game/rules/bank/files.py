"""Writing a file of the bank whole or not at all, as the adviser's files were: same
permissions, so that a file an import or an export rewrote stays readable by whoever read it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def usual_mode(path: Path) -> int:
    """The permissions a rewritten ``path`` keeps: the ones it had, or the user's usual ones
    for a new file (a temporary file is created readable by its owner only)."""
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write a file whole or not at all (a temporary file in the same folder, then a rename),
    with the permissions the file had, or the user's usual ones for a new file."""
    mode = usual_mode(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
