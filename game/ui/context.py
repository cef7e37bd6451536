"""What every scene draws with: the layout for the window size, the typesetter, the images.

One :class:`Ui` lives as long as the window; :meth:`Ui.resize` rebuilds the layout and the
typesetter when the window size changes (resize, F11), so that text is always rendered at its
real pixel size. ``hover`` is the mouse position, read by ``draw`` to highlight the button under
the pointer (drawing reads it, never changes it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.ui.graphics import Images
from game.ui.layout import Layout
from game.ui.sound import Sound
from game.ui.text import Fonts, Overflow, Typesetter


@dataclass
class Ui:
    """The drawing context shared by scenes and overlays."""

    size: tuple[int, int]
    sound: Sound
    fonts: Fonts = field(default_factory=Fonts)
    images: Images = field(default_factory=Images)
    hover: tuple[int, int] | None = None
    fullscreen: bool = False
    layout: Layout = field(init=False)
    type: Typesetter = field(init=False)

    def __post_init__(self) -> None:
        self.resize(self.size)

    def resize(self, size: tuple[int, int]) -> None:
        """Lay everything out again for a new window size."""
        overflows = getattr(self, "type", None)
        self.size = size
        self.layout = Layout(size)
        self.type = Typesetter(self.fonts, size[1], size[0])
        if overflows is not None:
            self.type.overflows = overflows.overflows

    @property
    def overflows(self) -> list[Overflow]:
        return self.type.overflows
