"""A body's chamber drawn for the window (game/layout/chamber.py lays it out): one dot a
seat, in its member's doctrine colour; a great power's seat outlined, a veto holder's
ringed twice over in black, an empty seat (a member that left, or is suspended) hollow."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pygame

from game.layout.chamber import Seat

from .theme import INK, MUTED, rgb


def chamber_surface(
    seats: Sequence[Seat], width: int, colours: Mapping[str, str]
) -> pygame.Surface:
    """The chamber, `width` pixels wide and half as high (and a margin)."""
    height = width // 2 + 4
    surface = pygame.Surface((width, height), pygame.SRCALPHA)
    half = width / 2 - 2

    def at(seat: Seat) -> tuple[int, int]:
        return round(width / 2 + seat.x * half), round(height - 2 - seat.y * half)

    for seat in seats:
        centre = at(seat)
        radius = max(1.5, seat.size * half)
        if seat.away:
            pygame.draw.circle(surface, rgb(MUTED), centre, radius, 1)
            continue
        pygame.draw.circle(surface, rgb(colours.get(seat.doctrine, MUTED)), centre, radius)
        if seat.great:
            pygame.draw.circle(surface, rgb(INK), centre, radius, 1)
        if seat.veto:
            pygame.draw.circle(surface, rgb(INK), centre, radius + 3, 2)
    return surface
