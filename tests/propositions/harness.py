"""Arms of the proposition studies: one world, one lever changed, many seeded games with
baseline powers, each reduced to a small record of what happened. An arm is computed
once per test process and shared by every test that uses it (the control arms above
all); tests that share arms run in one xdist group."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from scipy import stats

from game.ai.baseline import baseline_action
from game.engine import apply, check, current_players, is_terminal, start
from game.engine.actions import parse_action
from game.engine.state import GameState
from game.scenario.compile import compiled
from game.scenario.overrides import apply_override

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
RUNS = 200  # games per arm (issue 4: at least 200 on fixed seeds)
ALPHA = 0.01  # one-sided significance level


@dataclass
class Record:
    """What one game did, in the terms the propositions use."""

    verdict: str = "transitional"
    exits: list[tuple[int, str, str, str]] = field(default_factory=list)  # round nation body mode
    joins: list[tuple[int, str, str]] = field(default_factory=list)
    modes: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # nation body mode
    hazard_rows: list[tuple[float, float, float, bool]] = field(default_factory=list)
    threats: list[tuple[str, str, bool, float]] = field(default_factory=list)  # nation demand won p
    founded: list[tuple[str, str]] = field(default_factory=list)  # founder, area
    adopted: Counter[str] = field(default_factory=Counter)
    vetoes: Counter[str] = field(default_factory=Counter)  # by the nation that cast them
    vitality: dict[str, float] = field(default_factory=dict)  # final, per body
    alive: dict[str, bool] = field(default_factory=dict)
    member_rounds: Counter[str] = field(default_factory=Counter)  # great | minor
    great: frozenset[str] = frozenset()

    def exits_of(self, nation: str | None = None, body: str | None = None) -> int:
        return sum(
            1
            for _, n, b, _ in self.exits
            if (nation is None or n == nation) and (body is None or b == body)
        )

    def mode_count(self, mode: str, nation: str | None = None, body: str | None = None) -> int:
        return sum(
            count
            for (n, b, m), count in self.modes.items()
            if m == mode and (nation is None or n == nation) and (body is None or b == body)
        )


def load_world(name: str) -> dict[str, Any]:
    path = HERE / f"{name}.yaml" if (HERE / f"{name}.yaml").exists() else ROOT / name
    data: dict[str, Any] = yaml.safe_load(path.read_text())
    return data


def play(world: dict[str, Any], seed: int, forced: tuple[tuple[int, str], ...] = ()) -> Record:
    """One game with baseline powers; `forced` actions (round, action text) are taken in
    place of the baseline's move when they are legal."""
    state, events = start(compiled(world, seed)[1])
    log = list(events)
    pending = list(forced)
    record = Record(great=frozenset(state.great_powers()))
    count_members(state, record)
    while not is_terminal(state):
        nation = current_players(state)[0]
        action = baseline_action(state, nation)
        for item in pending:
            wanted = parse_action(item[1])
            if item[0] == state.round and wanted.nation == nation and check(state, wanted).ok:
                action = wanted
                pending.remove(item)
                break
        before = state.round
        state, events = apply(state, action)
        log.extend(events)
        if state.round != before and not is_terminal(state):
            count_members(state, record)
    summarise(state, log, record)
    return record


def count_members(state: GameState, record: Record) -> None:
    for body in state.bodies:
        for member in body.members:
            record.member_rounds["great" if state.nation(member).great else "minor"] += 1


def summarise(state: GameState, log: list[Any], record: Record) -> None:
    record.verdict = state.order.shown
    exits_by_round = {
        (e.round, e.get("nation"), e.get("body")) for e in log if e.kind == "nation_withdrew"
    }
    for e in log:
        if e.kind == "nation_withdrew":
            record.exits.append((e.round, e.get("nation"), e.get("body"), e.get("mode")))
        elif e.kind == "nation_joined":
            record.joins.append((e.round, e.get("nation"), e.get("body")))
        elif e.kind == "contestation" and e.get("hazard") is not None:
            left = (e.round, e.get("nation"), e.get("body")) in exits_by_round
            record.hazard_rows.append(
                (e.get("divergence"), e.get("contagion"), e.get("nationalism"), left)
            )
        elif e.kind == "threat_resolved":
            record.threats.append((e.get("nation"), e.get("demand"), e.get("won"), e.get("chance")))
        elif e.kind == "institution_founded":
            record.founded.append((e.get("founder"), e.get("area")))
        elif e.kind == "motion_adopted":
            record.adopted[e.get("body")] += 1
        elif e.kind == "veto_cast":
            record.vetoes[e.get("nation")] += 1
    for _, nation, body, mode in state.modes:
        record.modes[(nation, body, mode)] += 1
    for body in state.bodies:
        record.vitality[body.id] = body.vitality
        record.alive[body.id] = body.alive


@cache
def _arm(world: str, overrides: str, forced: str, seeds: tuple[int, int]) -> tuple[Record, ...]:
    data = load_world(world)
    for path, value in json.loads(overrides):
        data = apply_override(data, path, value)
    script = tuple((r, a) for r, a in json.loads(forced))
    return tuple(play(data, seed, script) for seed in range(*seeds))


def arm(
    world: str = "world",
    overrides: dict[str, Any] | None = None,
    forced: tuple[tuple[int, str], ...] = (),
    first_seed: int = 1,
    runs: int = RUNS,
) -> tuple[Record, ...]:
    """The records of `runs` games of the world with the overrides, seeds from first_seed."""
    key = json.dumps(sorted((overrides or {}).items()))
    return _arm(world, key, json.dumps(forced), (first_seed, first_seed + runs))


# ---------------------------------------------------------------- the tests' statistics


def greater(a: list[float], b: list[float]) -> float:
    """One-sided p that values in `a` tend to exceed those in `b` (Mann-Whitney U)."""
    if len(set(a) | set(b)) == 1:
        return 1.0
    return float(stats.mannwhitneyu(a, b, alternative="greater").pvalue)


def more_often(hits_a: int, n_a: int, hits_b: int, n_b: int) -> float:
    """One-sided p that the rate in `a` exceeds the rate in `b` (Fisher's exact test)."""
    table = [[hits_a, n_a - hits_a], [hits_b, n_b - hits_b]]
    return float(stats.fisher_exact(table, alternative="greater").pvalue)


def mean(values: list[float]) -> float:
    return float(np.mean(values)) if values else 0.0


def logit(x: np.ndarray, y: np.ndarray, steps: int = 50) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression by Newton's method: coefficients (intercept first) and the
    covariance of their estimates."""
    design = np.column_stack([np.ones(len(x)), x])
    beta = np.zeros(design.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ beta))
        w = p * (1 - p)
        hessian = design.T @ (design * w[:, None])
        step = np.linalg.solve(hessian, design.T @ (y - p))
        beta += step
        if np.max(np.abs(step)) < 1e-10:
            break
    p = 1 / (1 + np.exp(-design @ beta))
    covariance = np.linalg.inv(design.T @ (design * (p * (1 - p))[:, None]))
    return beta, covariance
