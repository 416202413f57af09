"""Every screen renders at 1280x720 and 1920x1080 with its required widgets, nothing off
the window and no text too wide for its place (pygame_gui warns of that, and warnings
fail the tests); the tour's images are not blank and differ from one another."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pygame
import pytest

from game.ui.tour import REQUIRED, take_tour


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_tour_shows_every_screen(size: tuple[int, int], tmp_path: Path) -> None:
    shots, problems = take_tour(tmp_path, size)
    assert problems == []
    names = [p.stem.split("-", 1)[1] for p in shots]
    screens = {n.split("-")[0] for n in names}
    assert set(REQUIRED) <= screens
    for phase in ("diplomacy", "agenda", "vote", "results", "membership", "review"):
        assert f"table-{phase}" in names
    digests = set()
    for path in shots:
        image = pygame.image.load(str(path))
        assert image.get_size() == size
        # Not blank: many colours (text, widgets), not a fill.
        colours = {image.get_at((x, y))[:3] for x in range(0, size[0], 7)
                   for y in range(0, size[1], 7)}  # fmt: skip
        assert len(colours) > 20, path.name
        digests.add(hashlib.sha256(pygame.image.tobytes(image, "RGB")).hexdigest())
    assert len(digests) == len(shots)
