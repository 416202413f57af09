"""Small worlds for the bots' tests: the rule cases' base world, quiet (no vote noise,
crises or growth shocks), with overrides by dotted path."""

from __future__ import annotations

from typing import Any

from game.ai.play import seat_bots
from game.engine import apply, current_players, must_vote, start
from game.engine.actions import Action, Cast, Pass
from game.engine.events import Event
from game.engine.state import GameState, Phase
from game.play.loop import Bots, step
from game.scenario import Scenario, load_scenario, validate_data
from game.scenario.compile import compile_scenario
from game.scenario.overrides import apply_override

from ..engine.test_rule_cases import BASE, QUIET, ROOT

LIBERAL_RESTRAINT = ROOT / "scenarios" / "liberal-restraint-2025.yaml"


def scenario(settings: dict[str, Any]) -> Scenario:
    data = BASE
    for path, value in {**QUIET, **settings}.items():
        data = apply_override(data, path, value)
    return validate_data(data, "tests/ai world")


def world(settings: dict[str, Any], seed: int = 1) -> GameState:
    state, _ = start(compile_scenario(scenario(settings), seed))
    return state


def until(state: GameState, phase: Phase, nation: str, moves: tuple[Action, ...] = ()) -> GameState:
    """Play the moves, then let everyone pass (or abstain) until the nation acts in the phase."""
    for move in moves:
        state, _ = apply(state, move)
    while not (state.phase is phase and nation in current_players(state)):
        player = current_players(state)[0]
        if state.phase is Phase.vote:
            state, _ = apply(state, Cast(player, must_vote(state, player)[0].id, "abstain"))
        else:
            state, _ = apply(state, Pass(player))
    return state


def play_with(
    sc: Scenario, kinds: dict[str, str], seed: int = 1
) -> list[tuple[GameState, Action, tuple[Event, ...]]]:
    """A whole game with the given bots: each (state before, action, events)."""
    state, _ = start(compile_scenario(sc, seed))
    bots = seat_bots(sc, kinds)
    log = []
    while state.phase is not Phase.over:
        before = state
        state, action, events = step(state, Bots(bots))
        log.append((before, action, events))
    return log


def liberal_restraint() -> Scenario:
    return load_scenario(LIBERAL_RESTRAINT)
