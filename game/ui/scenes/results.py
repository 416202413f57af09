"""The results of a vote as the seat sees them: each motion's chamber filling in seat by
seat with the ballots, its tally drawn as a bar that fills in (yes, no, abstain), its
outcome, and who vetoed it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pygame

from game.engine import Event, GameState, events
from game.layout.chamber import Seat, filling, seat_votes, seats
from game.text.language import N_, Language
from game.text.motions import motion_title, tally_words
from game.text.names import body_name, nation_name, series, weighted

from ..chamber import chamber_surface
from ..theme import RULE, rgb

DURATION = {"off": 0.0, "fast": 0.4, "normal": 1.2}  # seconds for the bars to fill

# A motion's outcome with its tally ({tally}: '5 yes, 1 no'), by its result (MotionStatus).
OUTCOMES = {
    "adopted": N_("adopted: {tally}"),
    "rejected": N_("rejected: {tally}"),
    "vetoed": N_("vetoed: {tally}"),
    "tabled": N_("tabled: {tally}"),
}
OUTCOME_UNKNOWN = N_("{outcome}: {tally}")


@dataclass
class Result:
    motion: int
    text: str  # where and what, in words
    tally: tuple[float, float, float]
    outcome: str  # the motion's result (MotionStatus), a code
    vetoed_by: list[str] = field(default_factory=list)
    weighted: bool = False  # the tally is of shares of weight
    chamber: list[Seat] = field(default_factory=list)  # the body's seats when it voted
    votes: list[str | None] = field(default_factory=list)  # each seat's ballot
    vetoers: list[str] = field(default_factory=list)  # the nations whose no was a veto

    def summary(self, lang: Language) -> str:
        """The outcome and the tally in words, and who vetoed: 'vetoed: 4 yes, 1 no;
        vetoed by Eastmark'."""
        tally = tally_words(self.tally, self.weighted, lang=lang)
        if self.outcome in OUTCOMES:
            line = lang.text(OUTCOMES[self.outcome], tally=tally)
        else:
            line = lang.text(OUTCOME_UNKNOWN, outcome=self.outcome, tally=tally)
        if self.vetoed_by:
            return lang.text(
                N_("{outcome}; vetoed by {nations}"),
                outcome=line,
                nations=series(self.vetoed_by, lang=lang),
            )
        return line


def results_of(happened: tuple[Event, ...], view: GameState, lang: Language) -> list[Result]:
    """The motions whose ballots these events reveal, with their vetoes."""
    found: dict[int, Result] = {}
    for event in happened:
        if isinstance(event, events.BallotsRevealed):
            motion = event.motion
            where = body_name(view, event.body, lang=lang)
            body = view.body(event.body)
            chamber = seats(view, body)
            found[motion] = Result(
                motion,
                lang.text(
                    N_("{motion} in {body}"),
                    motion=motion_title(view, motion, lang=lang),
                    body=where,
                ),
                event.tally,
                event.result,
                weighted=weighted(view, event.body),
                chamber=chamber,
                votes=seat_votes(chamber, body, dict(event.ballots), event.tally),
            )
        elif isinstance(event, events.VetoCast) and event.motion in found:
            found[event.motion].vetoed_by.append(nation_name(view, event.nation, lang=lang))
            found[event.motion].vetoers.append(event.nation)
    return list(found.values())


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
