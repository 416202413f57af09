"""Whole games of random legal play: no exception, invariants at every step, and the
same seed and actions give the same game, in this process and in another."""

from __future__ import annotations

import random
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from game.engine import (
    apply,
    check,
    current_players,
    has_cast,
    indices,
    is_terminal,
    legal_actions,
    must_vote,
    start,
)
from game.engine.actions import Cast, MotionSpec, Pass, parse_action
from game.engine.events import Event
from game.engine.rules import power_share
from game.engine.state import GameState, Motion, MotionStatus, Phase, state_hash
from game.scenario import Scenario, load_scenario
from game.scenario.compile import compile_scenario
from game.text.narrate import describe

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))
WORLDS = sorted((ROOT / "scenarios" / "worlds").glob("*.yaml"))


def invariants(state: GameState, before: GameState | None = None) -> None:
    """The state's invariants; given the state before the step, only for the parts the
    step replaced (states share every nation, body and table a step leaves alone, and
    those were checked when they were made)."""
    if before is None or state.nations is not before.nations:
        shares = [power_share(state, n) for n in state.nations]
        assert abs(sum(shares) - 1) < 1e-9
    old = set(map(id, before.nations)) if before is not None else set()
    for nation in state.nations:
        if id(nation) in old:
            continue
        assert 0 <= nation.legitimacy <= 1 and nation.capital >= 0
        assert all(0 <= r <= 1 for _, r in nation.recognition)
    old = set(map(id, before.bodies)) if before is not None else set()
    for body in state.bodies:
        if id(body) in old:
            continue
        assert len(set(body.members)) == len(body.members)
        assert set(body.vetoes) <= set(body.members)
        assert 0 <= body.opt_out <= 1 and 0 <= body.breadth <= 1 and 0 <= body.intrusiveness <= 1
        assert -1 <= body.policy[0] <= 1 and -1 <= body.policy[1] <= 1
        assert 0 <= body.vitality <= 1
    if before is None or state.satisfaction is not before.satisfaction:
        assert all(-1 <= s <= 1 for _, s in state.satisfaction)
    for motion in state.motions:
        if motion.round == state.round and motion.status is MotionStatus.tabled:
            assert state.body(motion.body).alive, "a dead body took a motion"


def stays_dead(before: GameState, after: GameState) -> None:
    """Dead is final: no action brings a dead body back (there is no refounding yet). A
    body founded this round may still be gathering its members."""
    for body in before.bodies:
        if not body.alive and body.founded_round != before.round:
            assert not after.body(body.id).alive, f"{body.id} came back to life"


def every_change_logged(before: GameState, after: GameState, events: list[Event]) -> None:
    """Each change of legitimacy, capital and vitality is logged with its cause, and the
    logged parts add up to it: the year in review explains the numbers term by term."""
    logged: dict[tuple[str, str], float] = defaultdict(float)
    for e in events:
        if e.kind == "standing_changed":
            assert e.get("because"), e
            owner = str(e.get("body") or e.get("nation"))
            for name in ("legitimacy", "capital", "vitality"):
                logged[owner, name] += e.get(name) or 0.0
    # A nation or body the step left alone (the same object) changed by nothing: what
    # was logged for it must add up to nothing.
    kept = set(map(id, before.nations)) | set(map(id, before.bodies))
    for nation in after.nations:
        if id(nation) in kept:
            assert all(logged[nation.id, name] == 0 for name in ("legitimacy", "capital"))
            continue
        old = before.nation(nation.id)
        for name in ("legitimacy", "capital"):
            change = getattr(nation, name) - getattr(old, name)
            assert abs(logged[nation.id, name] - change) <= 1e-9, (nation.id, name)
    for body in after.bodies:
        if id(body) in kept:
            assert logged[body.id, "vitality"] == 0, body.id
        elif before.has_body(body.id):
            change = body.vitality - before.body(body.id).vitality
            assert abs(logged[body.id, "vitality"] - change) <= 1e-9, body.id


@cache
def scenario_of(path: Path) -> Scenario:
    return load_scenario(path)


def random_game(path: Path, seed: int) -> tuple[GameState, list[str]]:
    rng = random.Random(seed)
    state, _ = start(compile_scenario(scenario_of(path), seed))
    invariants(state)
    log: list[str] = []
    while not is_terminal(state):
        nation = rng.choice(current_players(state))
        action = rng.choice(legal_actions(state, nation))
        assert check(state, action).ok
        assert parse_action(str(action)) == action
        before = state
        state, events = apply(state, action)
        log.append(str(action))
        invariants(state, before)
        every_change_logged(before, state, events)
        stays_dead(before, state)
    found = indices.compute(state)
    assert 0 <= found.influence_hhi <= 1 and 0 <= found.n_norm <= 4 + 1e-9
    assert 0 <= found.recognition <= 1 and 0 <= found.apex_coverage <= 1 + 1e-9
    return state, log


@pytest.mark.parametrize("seed", range(150))
@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_random_legal_play(path: Path, seed: int) -> None:
    state, log = random_game(path, seed)
    assert state.phase is Phase.over and state.round == state.rounds
    assert log


@pytest.mark.parametrize("seed", range(25))
@pytest.mark.parametrize("path", WORLDS, ids=[p.stem for p in WORLDS])
def test_random_legal_play_in_the_study_worlds(path: Path, seed: int) -> None:
    state, _ = random_game(path, seed)
    assert state.phase is Phase.over


def replay(path: Path, seed: int, log: list[str]) -> GameState:
    state, _ = start(compile_scenario(load_scenario(path), seed))
    for line in log:
        state, _ = apply(state, parse_action(line))
    return state


def test_same_seed_and_actions_same_game() -> None:
    path = ROOT / "scenarios" / "liberal-restraint-2025.yaml"
    final, log = random_game(path, 7)
    assert state_hash(replay(path, 7, log)) == state_hash(final)
    script = (
        "import sys; sys.path.insert(0, '.');"
        "from tests.engine.test_play import replay; from pathlib import Path;"
        "from game.engine.state import state_hash;"
        "log = sys.stdin.read().splitlines();"
        "print(state_hash(replay(Path('scenarios/liberal-restraint-2025.yaml'), 7, log)))"
    )
    other = subprocess.run(
        [sys.executable, "-c", script],
        input="\n".join(log),
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    assert other.stdout.strip() == state_hash(final)


def test_a_different_seed_gives_a_different_game() -> None:
    path = ROOT / "scenarios" / "tutorial.yaml"
    a, _ = start(compile_scenario(load_scenario(path), 1))
    b, _ = start(compile_scenario(load_scenario(path), 2))
    assert state_hash(a) != state_hash(b)


def test_a_motion_made_moot_by_an_earlier_decision_lapses_before_the_count() -> None:
    """Two admissions of one nation come to the vote (a scenario event can table the
    second): the first invites it, the second lapses instead of being adopted again."""
    root = Path(__file__).resolve().parents[2]
    state, _ = start(compile_scenario(load_scenario(root / "scenarios" / "tutorial.yaml"), 1))
    while state.phase is not Phase.agenda:
        state, _ = apply(state, Pass(current_players(state)[0]))
    spec = MotionSpec("admit", nation="HL")
    twins = tuple(Motion(state.next_id + i, "forum", "NL", spec, state.round) for i in range(2))
    state = replace(state, motions=(*state.motions, *twins), next_id=state.next_id + 2)
    log = []
    while state.phase in (Phase.agenda, Phase.vote):
        player = current_players(state)[0]
        if state.phase is Phase.vote:
            ballot = next(m for m in must_vote(state, player) if not has_cast(state, player, m.id))
            state, events = apply(state, Cast(player, ballot.id, "yes"))
        else:
            state, events = apply(state, Pass(player))
        log.extend(events)
    first, second = (state.motion(m.id) for m in twins)
    assert first.status is MotionStatus.adopted
    assert second.status is MotionStatus.rejected
    assert state.body("forum").invited.count("HL") == 1
    lapsed = [e for e in log if e.kind == "motion_lapsed"]
    assert [e.get("motion") for e in lapsed] == [second.id]
    assert lapsed[0].get("reason") == "already_invited"
    assert "is already invited" in str(describe(lapsed[0], state))
