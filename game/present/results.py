"""A vote's results as the seat sees them, as data: each motion's tally, outcome and
vetoes, its chamber's seats when it voted and each seat's ballot."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.engine import Event, GameState, events
from game.layout.chamber import Seat, seat_votes, seats
from game.text.language import N_, Language
from game.text.motions import motion_title, tally_words
from game.text.names import body_name, nation_name, series, weighted

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
