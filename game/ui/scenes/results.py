"""The results of a vote as the seat sees them: each motion's chamber filling in seat by
seat with the ballots, its tally drawn as a bar that fills in (yes, no, abstain), its
outcome, and who vetoed it."""

from __future__ import annotations

from collections.abc import Mapping

import pygame

from game.layout.chamber import filling
from game.present.results import Result

from ..chamber import chamber_surface
from ..theme import RULE, rgb

DURATION = {"off": 0.0, "fast": 0.4, "normal": 1.2}  # seconds for the bars to fill


def tally_bar(
    result: Result, width: int, height: int, progress: float, colours: Mapping[str, str]
) -> pygame.Surface:
    """The tally as a bar: yes from the left, abstentions next, no from the right;
    `progress` (0-1) fills it in."""
    surface = pygame.Surface((max(1, width), max(1, height)))
    surface.fill(rgb("#ECEDEF"))
    yes, no, abstain = result.tally
    total = yes + no + abstain or 1.0
    grow = max(0.0, min(1.0, progress))
    yes_w = round(width * yes / total * grow)
    abstain_w = round(width * abstain / total * grow)
    no_w = round(width * no / total * grow)
    # Yes grows from the left, abstentions after it, no from the right: full, they tile.
    surface.fill(rgb(colours["yes"]), pygame.Rect(0, 0, yes_w, height))
    surface.fill(rgb(RULE), pygame.Rect(yes_w, 0, abstain_w, height))
    surface.fill(rgb(colours["no"]), pygame.Rect(width - no_w, 0, no_w, height))
    if result.vetoed_by and grow >= 1.0:
        pygame.draw.rect(surface, rgb(colours["no"]), surface.get_rect(), 3)
    return surface


def vote_chamber(
    result: Result, width: int, progress: float, colours: Mapping[str, str]
) -> pygame.Surface:
    """The body's chamber with each seat's ballot, filling in seat by seat from the left
    as `progress` goes from 0 to 1; the vetoes ringed once every seat is in."""
    return chamber_surface(
        result.chamber,
        width,
        colours,
        appear=filling(len(result.chamber), progress),
        votes=result.votes,
        vetoed=result.vetoers if progress >= 1.0 else (),
    )
