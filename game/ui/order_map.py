"""The order map drawn for the window (game/layout/order_map.py lays it out): the four
orders as tinted corner regions, the circle of transition in the middle, and the trail
of the order's point round by round, the latest point large and ringed."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.layout.order_map import CORNERS, TRANSITION
from game.text.codes import VERDICTS, code_text
from game.text.language import ENGLISH, Language

from .text import FONT
from .theme import INK, MUTED, VERDICT_COLOURS, rgb

Trail = Sequence[tuple[tuple[float, float], str]]  # each round's point and order shown


def _tint(colour: str, share: float) -> tuple[int, int, int]:
    """The colour mixed into white: share 0 is white, 1 the colour."""
    r, g, b = rgb(colour)
    return (
        round(255 + (r - 255) * share),
        round(255 + (g - 255) * share),
        round(255 + (b - 255) * share),
    )


def _font(px: int) -> pygame.font.Font:
    return pygame.font.Font(str(FONT), px)


def map_surface(
    trail: Trail, size: int, names_px: int = 0, lang: Language = ENGLISH
) -> pygame.Surface:
    """The map as a square surface `size` pixels wide; the orders' names in its corners
    in type `names_px` high (none if 0), or smaller if a name would not fit in its half of
    the map ('hegemonial' beside 'pluralistisch')."""
    half = size / 2
    names = {order: code_text(VERDICTS, order, lang) for order in CORNERS}
    font = _font(names_px) if names_px else None
    if font is not None:
        widest = max(font.size(name)[0] for name in names.values())
        if widest > half - 6:  # type's width goes with its height
            font = _font(max(8, int(names_px * (half - 6) / widest)))
    surface = pygame.Surface((size, size))
    surface.fill((255, 255, 255))

    def at(point: tuple[float, float]) -> tuple[int, int]:
        return round(half + point[0] * (half - 2)), round(half - point[1] * (half - 2))

    for order, (cx, cy) in CORNERS.items():
        corner = pygame.Rect(0 if cx < 0 else round(half), 0 if cy > 0 else round(half), 0, 0)
        corner.size = (round(half), round(half))
        surface.fill(_tint(VERDICT_COLOURS[order], 0.22), corner)
        if font is not None:
            name = font.render(names[order], True, rgb(VERDICT_COLOURS[order]))
            x = 4 if cx < 0 else size - name.get_width() - 4
            y = 3 if cy > 0 else size - name.get_height() - 3
            surface.blit(name, (x, y))
    radius = round(TRANSITION * (half - 2))
    pygame.draw.circle(surface, (255, 255, 255), at((0, 0)), radius)
    pygame.draw.circle(surface, rgb(MUTED), at((0, 0)), radius, 1)
    points = [at(p) for p, _ in trail]
    if len(points) > 1:
        pygame.draw.lines(surface, rgb(INK), False, points, 1)
    dot = max(2, size // 45)
    for i, (point, shown) in enumerate(trail):
        last = i == len(trail) - 1
        colour = rgb(VERDICT_COLOURS.get(shown, MUTED))
        pygame.draw.circle(surface, colour, at(point), dot * 2 if last else dot)
        if last:
            pygame.draw.circle(surface, rgb(INK), at(point), dot * 2 + 1, 2)
    pygame.draw.rect(surface, rgb(MUTED), surface.get_rect(), 1)
    return surface
