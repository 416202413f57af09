"""The round as a sequence of phases: applying an action, then running every automatic
phase until the game waits for someone (core-model.md section 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .actions import Action
from .events import Event, PhaseStarted
from .legality import IllegalAction, check
from .moves import APPLY
from .phases.agenda import lapse_offers, start_agenda
from .phases.end_round import end_round
from .phases.events import run_events
from .phases.results import minor_opt_outs, run_results
from .records import evolve
from .state import GameState, Phase
from .turns import current_players


def apply(state: GameState, action: Action) -> tuple[GameState, tuple[Event, ...]]:
    """The state after the action, and the events it caused (including the automatic
    phases it set off). Raises IllegalAction with the reason if the action is illegal."""
    legality = check(state, action)
    if not legality.ok:
        raise IllegalAction(legality)
    log: list[Event] = []
    state = APPLY[type(action)](state, action, log)
    state = _advance(state, log)
    return state, tuple(log)


def start(state: GameState) -> tuple[GameState, tuple[Event, ...]]:
    """Run the automatic start of round 1 on a freshly compiled state."""
    log: list[Event] = []
    state = enter(state, Phase.events, log)
    return _advance(state, log), tuple(log)


Step = Callable[[GameState, list[Event]], GameState]


@dataclass(frozen=True)
class PhaseRule:
    """One phase of the round: what runs when it starts and when it ends, and the phase
    after it (none: the round ends). Whom it waits for is in turns.WAITS_FOR."""

    next: Phase | None
    on_enter: Step | None = None
    on_exit: Step | None = None


def _advance(state: GameState, log: list[Event]) -> GameState:
    """Move on while the current phase has nobody left to wait for."""
    while state.phase is not Phase.over and not current_players(state):
        rule = PHASES[state.phase]
        if rule.on_exit is not None:
            state = rule.on_exit(state, log)
        if rule.next is not None:
            state = enter(state, rule.next, log)
            continue
        state = end_round(state, log)
        if state.phase is not Phase.over:
            state = enter(state, Phase.events, log)  # the next round
    return state


def enter(state: GameState, phase: Phase, log: list[Event]) -> GameState:
    state = evolve(state, phase=phase, acted=())
    log.append(PhaseStarted(round=state.round, phase=phase.value))
    on_enter = PHASES[phase].on_enter
    return on_enter(state, log) if on_enter is not None else state


PHASES: dict[Phase, PhaseRule] = {
    Phase.events: PhaseRule(Phase.diplomacy, on_enter=run_events),
    Phase.diplomacy: PhaseRule(Phase.agenda, on_exit=lapse_offers),
    Phase.agenda: PhaseRule(Phase.vote, on_enter=start_agenda),
    Phase.vote: PhaseRule(Phase.results),
    Phase.results: PhaseRule(Phase.opt_out, on_enter=run_results),
    Phase.opt_out: PhaseRule(Phase.membership, on_enter=minor_opt_outs),
    Phase.membership: PhaseRule(Phase.consequences),
    Phase.consequences: PhaseRule(None),  # end_round closes the round
    Phase.over: PhaseRule(None),
}
