"""Every screen renders at 1280x720, 1600x900 and 1920x1080, at UI scales 1.0 and 1.5,
with its required widgets, nothing off the window, no two widgets overlapping, no button's
text or heading wider than its place and no label too small for its text (pygame_gui warns of
that, and warnings fail the tests); on a projector (1920x1080 at 1.5) no text is smaller
than 18 px. The tour's images are not blank and differ from one another. In Spanish and
German too."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pygame
import pytest

from game.text.catalogues import language
from game.ui.tour import REQUIRED, take_tour


@pytest.mark.parametrize("scale", [1.0, 1.5])
@pytest.mark.parametrize("size", [(1280, 720), (1600, 900), (1920, 1080)])
def test_the_tour_shows_every_screen(size: tuple[int, int], scale: float, tmp_path: Path) -> None:
    projector = size == (1920, 1080) and scale == 1.5
    shots, problems = take_tour(tmp_path, size, scale=scale, min_text=18 if projector else 0)
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


@pytest.mark.parametrize("code", ["de", "es"])
@pytest.mark.parametrize(("size", "scale"), [((1280, 720), 1.0), ((1920, 1080), 1.5)])
def test_the_tour_fits_in_each_language(
    code: str, size: tuple[int, int], scale: float, tmp_path: Path
) -> None:
    """German runs long: in each language, at the smallest window and on a projector,
    no button's text or heading is wider than its place and nothing overlaps."""
    shots, problems = take_tour(tmp_path, size, scale=scale, lang=language(code))
    assert problems == []
    assert len(shots) >= len(REQUIRED)
