"""The instructor's moves: inject a scenario event, compose one, end a phase, pause."""

from __future__ import annotations

from typing import Any

from ..events import Event, EventComposed, Paused, PhaseEndedByInstructor, Resumed
from ..phases.events import apply_effect, fire
from ..records import evolve
from ..state import Effect, GameState, Phase
from ..turns import current_players, has_cast, must_vote


def apply_inject(state: GameState, action: Any, log: list[Event]) -> GameState:
    spec = next(e for e in state.events if e.id == action.event)
    return fire(state, spec, log, by_instructor=True)


def apply_compose(state: GameState, action: Any, log: list[Event]) -> GameState:
    """An event of the instructor's making, told as news like the scenario's own."""
    kind, target, amount = action.kind, action.target, action.amount
    if kind == "shock":
        effect = Effect("shock", institution=target, valence=amount)
    elif kind == "growth":
        effect = Effect("growth_change", nation=target, delta=amount)
    else:
        effect = Effect("movement_surge", movement=target, delta=amount)
    log.append(EventComposed(round=state.round, what=kind, target=target, amount=amount))
    return apply_effect(state, effect, log)


def apply_end_phase(state: GameState, action: Any, log: list[Event]) -> GameState:
    log.append(PhaseEndedByInstructor(round=state.round, phase=state.phase.value))
    if state.phase is Phase.vote:
        for nation in current_players(state):
            for motion in must_vote(state, nation):
                if not has_cast(state, nation, motion.id):
                    state = evolve(state, ballots=(*state.ballots, (motion.id, nation, "abstain")))
    return evolve(state, acted=(*state.acted, *current_players(state), *state.speaker_order))


def apply_pause(state: GameState, action: Any, log: list[Event]) -> GameState:
    log.append((Resumed if action.resume else Paused)(round=state.round))
    return evolve(state, paused=not action.resume)
