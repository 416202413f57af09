"""What every bot is: it is told the public and its own private events as they happen,
and asked for a move given its nation's view. It never sees a full GameState."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from game.engine import Action, Event, SeatView

from .explain import Explanation


@dataclass(frozen=True)
class Decision:
    action: Action
    explanation: Explanation | None  # None: a move that needs none (the baseline in studies)


class Bot(Protocol):
    nation: str
    kind: str

    def observe(self, events: tuple[Event, ...]) -> None:
        """Events the nation may see, as they happen (the driver filters them)."""

    def decide(self, view: SeatView) -> Decision:
        """The move now, from the nation's view (`seat_view(state, nation)`)."""
        ...
