"""A game in progress: the engine state, the history for undo, and autosave.

Undo lives here, not in the engine: the engine's states are immutable, so undo is going
back to an earlier one. A save records the actions, never the states.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from game.ai.explain import Explanation, as_event
from game.engine import Action, Event, GameState, apply, start, state_hash
from game.engine import events as event_types
from game.play.record import load_save, round_record, saved_outcome, write_save
from game.play.told import Told
from game.scenario import Scenario
from game.scenario.compile import compile_scenario
from game.text.language import N_


class Recorder(Protocol):
    """Keeps every action as it is taken (the classroom server's journal)."""

    def append(
        self,
        index: int,
        action: str,
        explanation: event_types.Explained | None,
        round_hash: str | None,
    ) -> None: ...

    def truncate(self, count: int) -> None: ...


class NotReached(Told, ValueError):
    """A round to branch from that the game never reached (the message says which it did)."""


@dataclass
class Match:
    scenario: Scenario
    seed: int
    autosave: Path | None = None
    states: list[GameState] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    events: list[tuple[Event, ...]] = field(default_factory=list)
    # The hashes of the states that closed the first rounds, as far as they have been
    # asked for (`round_hashes`): a save or the journal needs them, a game played
    # through headlessly does not.
    known_hashes: list[str] = field(default_factory=list)
    journal: Recorder | None = None  # told of each action before submit returns
    # The scenario as each language the game speaks reads it, by code, for a class whose
    # clients speak several (game/play/translated.py); `scenario` is the one in `lang`.
    texts: dict[str, Scenario] = field(default_factory=dict)
    lang: str = "en"

    def __post_init__(self) -> None:
        if not self.states:
            state, events = start(compile_scenario(self.scenario, self.seed))
            self.states.append(state)
            self.events.append(events)

    @property
    def state(self) -> GameState:
        return self.states[-1]

    @property
    def round_hashes(self) -> list[str]:
        """The hash of the state at the end of each round played (`state_hash`)."""
        closing = [i for i in range(1, len(self.states)) if _closes(*self.states[i - 1 : i + 1])]
        del self.known_hashes[len(closing) :]  # rounds taken back
        for i in closing[len(self.known_hashes) :]:
            self.known_hashes.append(state_hash(self.states[i]))
        return list(self.known_hashes)

    def submit(self, action: Action, explanation: Explanation | None = None) -> tuple[Event, ...]:
        """Apply the action (raises IllegalAction with the reason if it is illegal). An AI
        move comes with its explanation, which leads its events and goes into the save."""
        state, happened = apply(self.state, action)
        explained = None
        if explanation is not None:
            explained = as_event(self.state, explanation, action)
            happened = (explained, *happened)
        self.states.append(state)
        self.actions.append(str(action))
        self.events.append(happened)
        closed = _closes(self.states[-2], state)
        if self.journal is not None:
            round_hash = self.round_hashes[-1] if closed else None
            self.journal.append(len(self.actions) - 1, str(action), explained, round_hash)
        if closed and self.autosave is not None:
            self.save(self.autosave)
        return happened

    def undo(self) -> bool:
        """Take back the last action; False if there is none."""
        if len(self.states) <= 1:
            return False
        self.states.pop()
        self.actions.pop()
        self.events.pop()
        if self.journal is not None:
            self.journal.truncate(len(self.actions))
        return True

    def rounds_begun(self) -> list[int]:
        """The rounds a branch can start from: every round this game has reached."""
        return sorted({s.round for s in self.states if s.phase.value != "over"})

    def branch(self, round_: int, autosave: Path | None = None) -> Match:
        """A new game that is this one up to the start of the round (before anyone moved
        in it), to be played on from there. Raises NotReached (a ValueError) for a round it
        never reached."""
        cut = next(
            (i for i, s in enumerate(self.states) if s.round == round_ and s.phase.value != "over"),
            None,
        )
        if cut is None:
            begun = self.rounds_begun()
            raise NotReached(
                N_("the game never reached round {round}; choose a round from {first} to {last}"),
                round=round_,
                first=begun[0],
                last=begun[-1],
            )
        return Match(
            self.scenario,
            self.seed,
            autosave,
            states=self.states[: cut + 1],
            actions=self.actions[:cut],
            events=self.events[: cut + 1],
            known_hashes=self.known_hashes[: round_ - 1],
            texts=self.texts,
            lang=self.lang,
        )

    def explanations(self) -> dict[int, event_types.Explained]:
        """The explanation event of each explained action, by the action's index."""
        return {
            i: happened[0]
            for i, happened in enumerate(self.events[1:])
            if happened and isinstance(happened[0], event_types.Explained)
        }

    def save(self, path: Path) -> None:
        record = round_record(list(zip(self.states, self.events, strict=True)))
        write_save(
            path,
            self.scenario,
            self.seed,
            self.actions,
            self.round_hashes,
            self.explanations(),
            record,
            saved_outcome(self.state),
        )

    @classmethod
    def load(cls, path: Path, autosave: Path | None = None) -> Match:
        scenario, seed, actions, _, steps = load_save(path)
        return cls(
            scenario,
            seed,
            autosave,
            states=[s for s, _ in steps],
            actions=list(actions),
            events=[e for _, e in steps],
        )


def _closes(before: GameState, after: GameState) -> bool:
    """Whether the step from one state to the next closed a round (or the game)."""
    return after.round != before.round or after.phase.value == "over"
