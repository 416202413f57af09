"""The game's icons: small line drawings in assets/icons, drawn in white and tinted to the
text colour here, at any size (SVG, so they stay sharp on a projector at a large scale).
The emblem keeps its own colours."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.support.bundled import ASSETS

from .theme import INK, rgb

ICONS = ASSETS / "icons"
NAMES = tuple(sorted(p.stem for p in ICONS.glob("*.svg")))


@lru_cache(maxsize=128)
def icon(name: str, size: int, colour: str = INK) -> pygame.Surface:
    """The icon `name` as a size x size surface with alpha, in `colour`."""
    path = ICONS / f"{name}.svg"
    if not path.is_file():
        raise ValueError(f"no icon '{name}' in {ICONS}; the icons are: {', '.join(NAMES)}")
    surface = pygame.image.load_sized_svg(str(path), (size, size))
    if name != "emblem":
        surface.fill((*rgb(colour), 255), special_flags=pygame.BLEND_RGBA_MULT)
    return surface
