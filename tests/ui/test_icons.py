"""The icons: one for every phase and heading the table shows, drawn at any size, tinted
to the colour asked for, each its own drawing."""

from __future__ import annotations

import pygame
import pytest

from game.engine.state import Phase
from game.ui.icons import NAMES, icon

HEADINGS = ("powers", "aims", "order", "happened", "review", "results", "coach", "waiting")


def test_every_phase_and_heading_has_an_icon() -> None:
    wanted = {p.value for p in Phase} | set(HEADINGS) | {"emblem", "veto"}
    assert wanted <= set(NAMES), wanted - set(NAMES)


@pytest.mark.parametrize("size", [12, 24, 64])
def test_icons_are_drawn_in_the_colour_asked_for(size: int) -> None:
    drawings = set()
    for name in NAMES:
        surface = icon(name, size, "#B3461A")
        assert surface.get_size() == (size, size)
        inked = [
            surface.get_at((x, y))
            for x in range(size)
            for y in range(size)
            if surface.get_at((x, y)).a > 100
        ]
        assert len(inked) > size, f"{name} is nearly empty at {size} px"
        if name != "emblem":
            assert all((c.r, c.g, c.b) == (0xB3, 0x46, 0x1A) for c in inked), name
        drawings.add(pygame.image.tobytes(surface, "RGBA"))
    assert len(drawings) == len(NAMES), "two icons are the same drawing"


def test_an_unknown_icon_is_named_with_the_ones_there_are() -> None:
    with pytest.raises(ValueError, match=r"no icon 'crown'.*the icons are: agenda"):
        icon("crown", 16)
