"""What one seat has seen so far, in words: its log of what happened, the reasons AI
powers gave for their offers and answers, the order's trail on the map, the year in
review and the last vote's results. Fed with each action's events and the seat's view
after them, in order, as the seat receives them (from the game itself, or from the
server over the wire): the window and the browser's client show the same record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from game.engine import Event, GameState, events
from game.layout import order_map
from game.text.language import N_, Language
from game.text.narrate import describe
from game.text.reasons import explained_text

from .results import Result, results_of
from .review import year_review

KEPT = 200  # lines of the log kept (the table shows the newest forty)

Trail = list[tuple[tuple[float, float], str]]  # each round's point and shown order


@dataclass
class SeatRecord:
    lang: Language
    start: GameState  # the seat's view at the start of the year, for its review
    lines: list[str] = field(default_factory=list)  # the log, oldest first
    count: int = 0  # lines the log has had (it keeps only the last KEPT)
    reasons: dict[str, str] = field(default_factory=dict)  # an AI's sentence, by offer ('o3')
    trail: Trail = field(default_factory=list)
    year: list[Event] = field(default_factory=list)  # the events of the year so far
    review: tuple[int, list[str]] | None = None  # the last year's round and its review
    results: list[Result] = field(default_factory=list)  # the vote's, until set aside
    vote: tuple[int, list[Result]] | None = None  # the latest vote's round and results

    def log(self, line: str) -> None:
        self.lines.append(line)
        del self.lines[:-KEPT]
        self.count += 1

    def note(self, happened: Iterable[Event], view: GameState) -> None:
        """The log's lines from one action's events, and the reason an AI power gave for
        its offer or its answer (its explanation leads its action's events)."""
        lang = self.lang
        said = ""
        for event in happened:
            if isinstance(event, events.Explained):
                said = explained_text(event, view, lang)
            elif isinstance(event, events.OfferMade) and said:
                self.reasons[f"o{event.offer}"] = said
            elif isinstance(event, events.OfferAccepted | events.OfferRejected) and said:
                # The other side's answer to this seat's offer, in its own words.
                self.log(
                    lang.text(
                        N_("Round {round}: why: {reason}"),
                        round=lang.number(event.round, 0),
                        reason=said,
                    )
                )
            elif isinstance(event, events.RoundEnded) and event.nearness:
                point = order_map.position(dict(event.nearness), view.order.shown)
                self.trail.append((point, view.order.shown))
            line = describe(event, view, lang=lang)
            if line:
                self.log(
                    lang.text(
                        N_("Round {round}: {event}"), round=lang.number(event.round, 0), event=line
                    )
                )

    def take(self, happened: tuple[Event, ...], view: GameState) -> list[Result]:
        """One action's events as they come in play: the log, the year's review when the
        year ends, and the vote's results they reveal (returned, and kept until
        `results` is emptied)."""
        self.note(happened, view)
        self.year.extend(happened)
        if any(e.kind == "round_ended" for e in happened):
            self.review = (self.start.round, year_review(self.start, view, self.year, self.lang))
            self.start = view
            self.year = []
        revealed = results_of(happened, view, self.lang)
        if revealed:
            self.results.extend(revealed)
            at = view.round
            earlier = self.vote[1] if self.vote is not None and self.vote[0] == at else []
            self.vote = (at, [*earlier, *revealed])
        return revealed

    def rewound(self) -> None:
        self.log(self.lang.text(N_("The game went back to the start of the phase.")))
