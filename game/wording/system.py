"""Why the system refused to read or write a file, in a few French words.

The system's own wording (``strerror``) may be English, or in the language of the computer
rather than the game's: the commonest reasons are said from the catalogue; any other keeps only
its number, for a technician.
"""

from __future__ import annotations

import errno

from game.wording.catalogue import say

_REASONS = {
    errno.EACCES: "access",
    errno.EPERM: "access",
    errno.ENOENT: "missing",
    errno.ENOSPC: "full",
    getattr(errno, "EDQUOT", -1): "full",
    errno.EROFS: "read_only",
    errno.EISDIR: "folder",
    errno.ENOTDIR: "not_a_folder",
}


def os_reason(error: OSError) -> str:
    """« support en lecture seule », « plus de place sur le disque »… or « erreur système n° 5 »."""
    reason = _REASONS.get(error.errno or 0)
    if reason is not None:
        return say(f"common.os.{reason}")
    return say("common.os.other", code=error.errno or 0)
