"""Every sentence a user sees, in one catalogue: the screen, the PDF, the CSV headers, the command
line and the bank's messages all ask here.

The catalogue is gettext, one folder per language (``locales/<langue>/LC_MESSAGES``), one ``.po``
file per area (``common``, ``bank``, ``game``, ``debrief``, ``cli``). Entries are keyed: the
``msgid`` is a stable key such as ``game.reveal.no_answer`` whose first word names the file, and
the ``msgstr`` is the text. French is the reference language; another language is a copy of the
folder with its texts translated (a translator's tools, Poedit or Weblate, read ``.po`` files as
they are), never a change in the code. ``python -m game.wording`` compiles the ``.po`` files into
the ``.mo`` files the game reads (the standard library's :mod:`gettext` reads them in a few
milliseconds); a test fails when a ``.mo`` is older than its ``.po``.

* :func:`say` gives one entry with its ``{name}`` fields filled in; :func:`say_n` an entry with
  plural forms (French: « 0 question », « 1 question », « 2 questions ») chosen by the
  catalogue's own ``Plural-Forms`` rule, ``{n}`` filled in.
* French typography (no-break spaces before « ? ! : ; » and inside « … », ’ for ') is applied
  to the catalogue's text here, once; the values filled in are left as they are, so that a file
  name, a YAML example or a team's name is never altered.
* Numbers and percentages are written by :mod:`game.wording.numbers` (Babel), dates by
  :mod:`game.wording.dates`.
"""

from __future__ import annotations

from game.wording.catalogue import missing_keys, say, say_n
from game.wording.language import language, set_language
from game.wording.typography import NBSP, french

__all__ = ["NBSP", "french", "language", "missing_keys", "say", "say_n", "set_language"]
