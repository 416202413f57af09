"""A body's chamber drawn for the window (game/layout/chamber.py lays it out): one dot a
seat, in its member's doctrine colour; a great power's seat larger and outlined, a veto
holder's ringed in black, an empty seat (a member that left, or is suspended) hollow.

Drawn for a vote, each seat shows its ballot instead: yes a full dot, no a dot crossed
by a white bar, an abstention a hollow ring (shapes as well as colours, so the vote reads
in the colour-blind palette and in print), and a veto a thick ring in the no colour."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import pygame

from game.layout.chamber import Seat

from .theme import INK, MUTED, RULE, rgb


def chamber_surface(
    seats: Sequence[Seat],
    width: int,
    colours: Mapping[str, str],
    *,
    appear: Sequence[float] | None = None,
    votes: Sequence[str | None] | None = None,
    vetoed: Collection[str] = (),
) -> pygame.Surface:
    """The chamber, `width` pixels wide and half as high (and a margin). `appear` gives
    how far each seat's change has come (0 to 1): a seat coming in grows from nothing
    inside a faint ring, an empty seat's member fades out of it; `votes`, each seat's
    ballot, drawn in `colours` "yes", "no" and "abstain" (doctrine colours otherwise);
    `vetoed`, the nations whose no was a veto."""
    height = width // 2 + 4
    surface = pygame.Surface((width, height), pygame.SRCALPHA)
    half = width / 2 - 4

    def at(seat: Seat) -> tuple[int, int]:
        return round(width / 2 + seat.x * half), round(height - 2 - seat.y * half)

    for i, seat in enumerate(seats):
        centre = at(seat)
        full = max(1.5, seat.size * half)
        grown = 1.0 if appear is None else appear[i]
        colour = rgb(colours.get(seat.doctrine, MUTED))
        if seat.away:  # its member's dot fades out of the empty seat
            if grown < 1.0 and votes is None:
                pygame.draw.circle(surface, colour, centre, full * (1.0 - grown))
            pygame.draw.circle(surface, rgb(MUTED), centre, full, 1)
            continue
        if grown < 1.0:
            pygame.draw.circle(surface, rgb(RULE), centre, full, 1)
        radius = full * grown
        if radius < 1.0:
            continue
        vote = votes[i] if votes is not None else None
        if votes is not None and vote is None:
            pygame.draw.circle(surface, rgb(MUTED), centre, radius, 1)
        elif vote is None:
            pygame.draw.circle(surface, colour, centre, radius)
        elif vote == "abstain":
            pygame.draw.circle(
                surface, rgb(colours["abstain"]), centre, radius, max(1, round(radius / 3))
            )
        else:
            pygame.draw.circle(surface, rgb(colours[vote]), centre, radius)
            if vote == "no" and radius >= 3:
                bar = pygame.Rect(0, 0, round(radius * 1.3), max(1, round(radius / 3)))
                bar.center = centre
                surface.fill((255, 255, 255), bar)
        if seat.great:
            pygame.draw.circle(surface, rgb(INK), centre, radius, 1)
        if seat.nation in vetoed:
            pygame.draw.circle(surface, rgb(colours["no"]), centre, radius + 4, 3)
        elif seat.veto and votes is None:
            pygame.draw.circle(surface, rgb(INK), centre, radius + 3, 2)
    return surface


THUMBNAIL_COLUMNS = 6


def thumbnail_rows(count: int) -> int:
    """The rows `chambers_thumbnail` lays `count` bodies out in."""
    return max(1, -(-count // THUMBNAIL_COLUMNS))


def chambers_thumbnail(
    chambers: Sequence[tuple[str, Sequence[Seat]]],
    size: tuple[int, int],
    colours: Mapping[str, str],
    font: pygame.font.Font,
) -> pygame.Surface:
    """A world's bodies side by side as small chambers, each with its name beneath (cut
    with an ellipsis to its cell), in rows of up to six: what a scenario looks like
    before it is chosen."""
    width, height = size
    surface = pygame.Surface(size, pygame.SRCALPHA)
    if not chambers:
        return surface
    cols = min(THUMBNAIL_COLUMNS, len(chambers))
    rows = thumbnail_rows(len(chambers))
    cell_w, cell_h = width // cols, height // rows
    name_h = font.get_linesize()
    for i, (name, seats) in enumerate(chambers):
        x, y = (i % cols) * cell_w, (i // cols) * cell_h
        room = max(8, min(cell_w - 8, 2 * (cell_h - name_h - 8)))
        drawn = chamber_surface(seats, room, colours)
        surface.blit(drawn, (x + (cell_w - drawn.get_width()) // 2, y + 2))
        text = name
        while text and font.size(text)[0] > cell_w - 4:
            text = text[:-2].rstrip() + "…"
        shown = font.render(text, True, rgb(MUTED))
        surface.blit(shown, (x + (cell_w - shown.get_width()) // 2, y + cell_h - name_h - 2))
    return surface
