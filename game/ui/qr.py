"""The class's address as a QR code on the instructor's window (the projector): dark on
white with its quiet zone, whole pixels a module so a phone reads it across a room."""

from __future__ import annotations

import numpy as np
import pygame

from game.net.address import qr


def qr_surface(url: str, module: int) -> pygame.Surface:
    """The code, `module` pixels a module, with the four-module quiet zone readers need."""
    dark = np.array(list(qr(url).matrix_iter(border=4)), dtype=bool)
    grey = np.where(dark.T, 0, 255).astype(np.uint8)
    surface = pygame.surfarray.make_surface(np.repeat(grey[..., None], 3, axis=2))
    return pygame.transform.scale_by(surface, module)
