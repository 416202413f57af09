"""The controller contract. Scenes submit actions for a seat and read what comes back;
they never touch the engine's state. Everything a seat learns arrives as an update, in
order, by `poll()`; nothing in an update is hidden from the seat it is for."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from game.debrief.model import Debrief
from game.engine import Action, Event, GameState
from game.scenario import Scenario


@dataclass(frozen=True)
class Accepted:
    ticket: int
    seat: str
    action: str


@dataclass(frozen=True)
class Rejected:
    ticket: int
    seat: str
    action: str
    reason: str  # what is wrong and what to do instead, for the player


@dataclass(frozen=True)
class Happened:
    """Events a seat may see, and its view after them."""

    seat: str
    events: tuple[Event, ...]
    view: GameState


@dataclass(frozen=True)
class Thinking:
    """The AI powers deciding now (none when they are done)."""

    nations: tuple[str, ...]


@dataclass(frozen=True)
class Failed:
    """The session cannot go on (a save that cannot be written, a crash of an AI power);
    the game so far is kept."""

    message: str


@dataclass(frozen=True)
class Rewound:
    """The game went back (an undo): the seat's view now; what was shown since is void."""

    seat: str
    view: GameState


Update = Accepted | Rejected | Happened | Rewound | Thinking | Failed


class Controller(Protocol):
    @property
    def scenario(self) -> Scenario:
        """The scenario being played (public: every seat has it)."""
        ...

    @property
    def seats(self) -> tuple[str, ...]:
        """The human seats this controller acts for."""
        ...

    def view(self, seat: str) -> GameState:
        """The seat's latest view (its own nation's, or the observer's)."""
        ...

    def legal(self, seat: str) -> tuple[Action, ...]:
        """What the seat may do now (nothing while the game waits for others)."""
        ...

    def history(self, seat: str) -> tuple[tuple[Event, ...], ...]:
        """What the seat had seen before this controller took the game up (a resumed or
        rejoined game): each action's events, oldest first; what comes after arrives by
        poll."""
        ...

    def waiting_for(self) -> tuple[str, ...]:
        """The nations the game waits for."""
        ...

    def submit(self, seat: str, action: Action) -> int:
        """Queue the action; its Accepted or Rejected update carries the ticket returned."""
        ...

    def poll(self) -> list[Update]:
        """The updates since the last poll, oldest first."""
        ...

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the game has taken in every move sent and waits for a person (or
        is over): True; False at the timeout."""
        ...

    def debrief(self) -> Debrief | None:
        """The debrief, once the game is over (or the instructor ended it); else None."""
        ...

    def save(self, path: Path) -> None: ...

    def undo_phase(self) -> bool:
        """Take the game back to the start of the phase (the one before, if nothing was
        done in this one yet); False if there is nothing to undo."""
        ...

    def close(self) -> None: ...
