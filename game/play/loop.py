"""The game loop: ask the player of the seat the game waits for, apply its move, and tell
every player what it may see. Headless play, `simulate`, the studies, the window's
session and the classroom server (through the session) all play through `next_decision`
and `play`; a game is a `Match` when its history is kept, a `Playing` when only where it
stands matters."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Protocol

from game.ai.base import Bot, Decision
from game.ai.baseline import baseline_action
from game.ai.explain import Explanation, as_event
from game.engine import (
    Action,
    Event,
    GameState,
    Pass,
    Phase,
    apply,
    current_players,
    is_terminal,
    seat_view,
    visible,
)


class Players(Protocol):
    """Who plays the seats a program plays: each decides from its own nation's view."""

    nations: tuple[str, ...]

    def decide(self, state: GameState, nation: str) -> Decision: ...

    def observe(self, events: tuple[Event, ...]) -> None: ...


class Game(Protocol):
    """A game a loop plays: where it stands, and a move taken with its explanation."""

    @property
    def state(self) -> GameState: ...

    def submit(
        self, action: Action, explanation: Explanation | None = None
    ) -> tuple[Event, ...]: ...


class Bots:
    """Bots in the caller's thread, each shown only its nation's view and the events its
    nation may see."""

    def __init__(self, bots: Mapping[str, Bot]) -> None:
        self.bots = dict(bots)
        self.nations = tuple(self.bots)

    def decide(self, state: GameState, nation: str) -> Decision:
        return self.bots[nation].decide(seat_view(state, nation))

    def observe(self, events: tuple[Event, ...]) -> None:
        for nation, bot in self.bots.items():
            seen = tuple(e for e in events if visible(e, nation))
            if seen:
                bot.observe(seen)


class Baseline:
    """Seats played by the model's own rule, unexplained: the floor of the studies and of
    headless play. The rule reads only public facts and the nation's own (ai/baseline.py),
    so it is given the state rather than a view, which is faster."""

    def __init__(self, nations: tuple[str, ...]) -> None:
        self.nations = nations

    def decide(self, state: GameState, nation: str) -> Decision:
        return Decision(baseline_action(state, nation), None)

    def observe(self, events: tuple[Event, ...]) -> None:
        pass


class Playing:
    """A game that keeps only where it stands (simulate, studies): faster than a Match,
    with no undo and no save."""

    def __init__(self, state: GameState) -> None:
        self.state = state

    def submit(self, action: Action, explanation: Explanation | None = None) -> tuple[Event, ...]:
        before = self.state
        self.state, events = apply(before, action)
        if explanation is not None:
            events = (as_event(before, explanation, action), *events)
        return events


def next_decision(
    state: GameState, players: Players, people: Collection[str] = ()
) -> Decision | None:
    """The next move of a seat the players play, or None when the game waits only for
    `people` (or is over, or paused). In diplomacy every power may still act, so a power
    that would make or answer an offer goes before any that would pass: a pass ends its
    diplomacy, and offers to it would lapse. The programs pass only once the people have."""
    if is_terminal(state) or state.paused:
        return None
    waiting = current_players(state)
    programs = [n for n in waiting if n in players.nations]
    if not programs:
        return None
    if state.phase is not Phase.diplomacy:
        return players.decide(state, programs[0])
    first: Decision | None = None
    for nation in programs:
        decision = players.decide(state, nation)
        if not isinstance(decision.action, Pass):
            return decision
        first = first or decision
    return None if any(n in people for n in waiting) else first


def play(
    game: Game,
    players: Players,
    until: Callable[[GameState], bool] = is_terminal,
    people: Collection[str] = (),
    watch: Callable[[tuple[Event, ...]], None] | None = None,
) -> int:
    """Play the programs' moves until `until` holds or the game waits for people; the
    number of moves made. `watch` sees each move's events, after the players."""
    moves = 0
    while not until(game.state):
        decision = next_decision(game.state, players, people)
        if decision is None:
            break
        events = game.submit(decision.action, decision.explanation)
        players.observe(events)
        if watch is not None:
            watch(events)
        moves += 1
    return moves


def step(state: GameState, players: Players) -> tuple[GameState, Action, tuple[Event, ...]]:
    """One move of the players: the new state, the move, and its events (the explanation
    first). The game must be waiting for one of them."""
    decision = next_decision(state, players)
    if decision is None:
        raise ValueError(f"no move to make: the game waits for {current_players(state)}")
    game = Playing(state)
    events = game.submit(decision.action, decision.explanation)
    players.observe(events)
    return game.state, decision.action, events
