"""The one game loop: the programs move until the game waits for people, in diplomacy
they offer before they pass, and every kind of game plays through it alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.ai.base import Decision
from game.ai.baseline import baseline_action
from game.engine import (
    Event,
    GameState,
    Offer,
    Pass,
    Phase,
    Term,
    apply,
    current_players,
    is_terminal,
    start,
    state_hash,
)
from game.play.loop import Baseline, Playing, next_decision, play
from game.play.match import Match
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = load_scenario(ROOT / "scenarios" / "tutorial.yaml")
GREAT = tuple(n.id for n in TUTORIAL.great_powers())


def first_state(seed: int = 5) -> GameState:
    return start(compile_scenario(TUTORIAL, seed))[0]


@dataclass
class Scripted:
    """Programs that pass, except one nation that offers while it may."""

    nations: tuple[str, ...]
    offering: str | None = None
    seen: int = 0

    def decide(self, state: GameState, nation: str) -> Decision:
        if nation == self.offering and not any(o.sender == nation for o in state.offers):
            other = next(g for g in GREAT if g != nation)
            return Decision(Offer(nation, other, Term("capital", amount=1.0)), None)
        return Decision(Pass(nation), None)

    def observe(self, events: tuple[Event, ...]) -> None:
        self.seen += len(events)


def test_a_game_through_the_loop_is_the_game_move_by_move() -> None:
    state = first_state()
    while not is_terminal(state):
        state, _ = apply(state, baseline_action(state, current_players(state)[0]))
    game = Playing(first_state())
    moves = play(game, Baseline(GREAT))
    assert moves > 50 and is_terminal(game.state)
    assert state_hash(game.state) == state_hash(state)
    match = Match(TUTORIAL, 5)
    assert play(match, Baseline(GREAT)) == moves
    assert state_hash(match.state) == state_hash(state) and len(match.actions) == moves


def test_the_loop_stops_where_people_must_move() -> None:
    state = first_state()
    assert state.phase is Phase.diplomacy
    person, *programs = GREAT
    players = Scripted(tuple(programs))
    game = Playing(state)
    played = play(game, players, people=(person,))
    # The programs wait to pass until the person has: diplomacy is still open for all.
    assert played == 0 and next_decision(game.state, players, (person,)) is None
    assert set(current_players(game.state)) == set(GREAT)
    # Once the person passes, the programs pass too and the game moves on to the agenda.
    game.submit(Pass(person))
    assert play(game, players, until=lambda s: s.phase is not Phase.diplomacy) == len(programs)
    assert game.state.phase is not Phase.diplomacy and players.seen > 0


def test_in_diplomacy_an_offer_goes_before_a_pass() -> None:
    state = first_state()
    person, first, second = GREAT
    players = Scripted((first, second), offering=second)
    decision = next_decision(state, players, (person,))
    assert decision is not None and isinstance(decision.action, Offer)
    assert decision.action.nation == second
    # Without people waiting, the programs still offer before anyone passes.
    assert isinstance(next_decision(state, players).action, Offer)  # type: ignore[union-attr]


def test_nothing_to_decide_when_the_game_is_over_or_waits_for_nobody_it_plays() -> None:
    over = Playing(first_state())
    play(over, Baseline(GREAT))
    assert next_decision(over.state, Baseline(GREAT)) is None
    assert next_decision(first_state(), Baseline(())) is None
