"""No view holds what its viewer may not see; sampled states are complete and playable."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np
import pytest

from game.engine import apply, current_players, is_terminal, legal_actions, start
from game.engine.actions import INSTRUCTOR
from game.engine.state import GameState, Phase
from game.engine.views import (
    HIDDEN_SEED,
    IN_PART,
    OBSERVER,
    PUBLIC,
    _seen,
    instructor_view,
    observer_view,
    player_view,
    sample_state,
    seat_view,
    visible,
)
from game.scenario import load_scenario
from game.scenario.compile import compile_scenario

ROOT = Path(__file__).resolve().parents[2]


def states_of_a_random_game(seed: int) -> list[tuple[GameState, tuple]]:
    rng = random.Random(seed)
    state, events = start(
        compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), seed)
    )
    seen = [(state, events)]
    while not is_terminal(state):
        nation = rng.choice(current_players(state))
        state, events = apply(state, rng.choice(legal_actions(state, nation)))
        seen.append((state, events))
    return seen


@pytest.fixture(scope="module")
def game() -> list[tuple[GameState, tuple]]:
    return states_of_a_random_game(3) + states_of_a_random_game(4)


def test_nation_views_hold_nothing_private_of_others(game: list[tuple[GameState, tuple]]) -> None:
    checked_ballots = 0
    for state, events in game:
        for nation in state.great_powers():
            view = player_view(state, nation)
            assert (view.seed, view.draws) == (HIDDEN_SEED, 0)
            assert all(voter == nation for _, voter, _ in view.ballots)
            assert all(nation in (o.sender, o.receiver) for o in view.offers)
            assert all(not n.objectives for n in view.nations if n.id != nation)
            assert view.nation(nation).objectives == state.nation(nation).objectives
            assert {e.id for e in view.events} <= set(state.events_fired)
            assert all(key.split("@")[0] == nation for key, _ in view.satisfaction)
            assert all(m[1] == nation for m in view.modes)
            assert all(n == nation for n, _ in view.subverting)
            for event in events:
                if not visible(event, nation):
                    assert nation not in (event.audience or ())
            checked_ballots += len(state.ballots)
    assert checked_ballots > 0  # the game did reach sealed votes
    assert any(state.satisfaction for state, _ in game)  # and the consequences phase


def test_observer_sees_only_the_public(game: list[tuple[GameState, tuple]]) -> None:
    for state, events in game:
        view = player_view(state, OBSERVER)
        assert not view.ballots and not view.offers and (view.seed, view.draws) == (HIDDEN_SEED, 0)
        assert not view.satisfaction and not view.modes and not view.subverting
        assert all(not n.objectives for n in view.nations)
        assert all(e.audience is None for e in events if visible(e, OBSERVER))


def test_instructor_sees_all_but_the_generator(game: list[tuple[GameState, tuple]]) -> None:
    for state, _ in game:
        view = player_view(state, INSTRUCTOR)
        assert view.ballots == state.ballots and view.offers == state.offers
        assert view.nations == state.nations and (view.seed, view.draws) == (HIDDEN_SEED, 0)


def test_a_view_keeps_the_body_before_an_adoption_for_its_round_only(
    game: list[tuple[GameState, tuple]],
) -> None:
    """What opting out of an adopted motion spares is judged against the body as it was
    before (Motion.previous): a view keeps it in the motion's round, and drops it after,
    when nothing reads it, so a late round's view does not carry a body per motion."""
    kept = dropped = 0
    for state, _ in game:
        for viewer in (*state.great_powers(), OBSERVER, INSTRUCTOR):
            view = player_view(state, viewer)
            for motion, shown in zip(state.motions, view.motions, strict=True):
                assert shown.id == motion.id and shown.status is motion.status
                if motion.round == state.round:
                    assert shown.previous is motion.previous
                    kept += motion.previous is not None
                else:
                    assert shown.previous is None
                    dropped += motion.previous is not None
    assert kept and dropped  # the games adopted motions, and went on past their rounds


@dataclass(frozen=True)
class Grown(GameState):
    """The state as a later version might grow it: one field more."""

    secret: int = 0


def test_a_field_added_to_the_state_is_private_until_listed(
    game: list[tuple[GameState, tuple]],
) -> None:
    state = game[-1][0]
    grown = Grown(**{f.name: getattr(state, f.name) for f in fields(state)}, secret=42)
    for viewer in (*state.great_powers(), OBSERVER, INSTRUCTOR):
        view = player_view(grown, viewer)
        assert isinstance(view, Grown) and view.secret == 0, viewer
        assert view.order == state.order and view.bodies == state.bodies


def test_only_the_generator_is_listed_nowhere(game: list[tuple[GameState, tuple]]) -> None:
    names = {f.name for f in fields(GameState)}
    assert not PUBLIC & IN_PART
    assert names - PUBLIC - IN_PART == {"seed", "draws"}
    assert set(_seen(game[0][0], None)) == IN_PART


def test_unknown_viewer() -> None:
    state, _ = start(compile_scenario(load_scenario(ROOT / "scenarios" / "tutorial.yaml"), 1))
    with pytest.raises(ValueError, match="no such viewer"):
        player_view(state, "nobody")


def test_sampled_states_are_consistent_and_playable(game: list[tuple[GameState, tuple]]) -> None:
    generator = np.random.default_rng(0)
    sampled_votes = 0
    for state, _ in game:
        if state.phase is not Phase.vote:
            continue
        for nation in state.great_powers():
            view = player_view(state, nation)
            full = sample_state(view, generator)
            assert set(view.ballots) <= set(full.ballots)
            assert {(m, n) for m, n, _ in full.ballots} == {(m, n) for m, n, _ in state.ballots}
            sampled_votes += len(full.ballots) - len(view.ballots)
            players = current_players(full)
            if players:
                apply(full, legal_actions(full, players[0])[0])  # the engine accepts it
    assert sampled_votes > 0


def test_each_role_has_its_view_and_a_viewer_names_one(
    game: list[tuple[GameState, tuple]],
) -> None:
    for state, _ in game[::25]:
        assert player_view(state, OBSERVER) == observer_view(state)
        assert player_view(state, INSTRUCTOR) == instructor_view(state)
        for nation in state.great_powers():
            assert player_view(state, nation) == seat_view(state, nation)
        # An observer sees no seat's own part; the instructor sees every one.
        observed = observer_view(state)
        assert observed.ballots == () and observed.offers == () and observed.satisfaction == ()
        taught = instructor_view(state)
        assert (taught.ballots, taught.offers) == (state.ballots, state.offers)
    with pytest.raises(ValueError, match="no such nation"):
        seat_view(game[0][0], OBSERVER)
    with pytest.raises(ValueError, match="no such viewer"):
        player_view(game[0][0], "nobody")


def test_a_nations_ai_temper_is_its_own_and_the_instructors() -> None:
    """How boldly a nation's AI counts and how far its word holds (the scenario's
    `ai: risk, honesty`) are for others to learn from its play: a seat sees its own, the
    others' and the projector's views read the defaults, the instructor sees them all."""
    loaded = load_scenario(ROOT / "scenarios" / "liberal-restraint-2025.yaml")
    state, _ = start(compile_scenario(loaded, 1))
    temper = {n.id: (n.nation.ai_risk, n.nation.ai_honesty) for n in state.nations}
    default = (0.5, 0.7)  # a nation's without an `ai:` entry
    assert len({t for t in temper.values() if t != default}) >= 3  # the scenario sets them
    for nation in state.great_powers():
        view = seat_view(state, nation)
        for other in view.nations:
            shown = (other.nation.ai_risk, other.nation.ai_honesty)
            assert shown == (temper[nation] if other.id == nation else default)
    for other in observer_view(state).nations:
        assert (other.nation.ai_risk, other.nation.ai_honesty) == default
    assert {
        n.id: (n.nation.ai_risk, n.nation.ai_honesty) for n in instructor_view(state).nations
    } == temper
