"""The end of a game: each great power's secret objectives, met or not, its influence
over the order (core-model section 6), and its score: the points of its objectives, its
influence, its legitimacy above the rest level, its capital, its doctrine's view of the
final order, less the loss every power shares in a fragmented world (docs/model.md §8)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from . import rules
from .state import GameState, Objective


@dataclass(frozen=True)
class ObjectiveResult:
    nation: str
    objective: Objective
    met: bool | None  # None: decided by the order verdict, not yet computed


@dataclass(frozen=True)
class Outcome:
    round: int
    finished: bool
    influence: tuple[tuple[str, float], ...]
    objectives: tuple[ObjectiveResult, ...]
    scores: tuple[tuple[str, float], ...]  # the sum of each power's score parts
    score_parts: tuple[tuple[str, tuple[tuple[str, float], ...]], ...]  # name, points


def influence(state: GameState) -> dict[str, float]:
    """Each great power's share of influence: over live bodies weighted by authority
    (alpha beta vitality) and coverage, the mean of its Banzhaf index and its share of
    the members' power, renormalised over the great powers."""
    great = state.great_powers()
    shares = rules.power_shares(state)
    totals = dict.fromkeys(great, 0.0)
    weight_sum = 0.0
    for body in state.bodies:
        if not body.alive:
            continue
        inside = sum(shares[m] for m in body.members)
        authority = body.intrusiveness * body.breadth * body.vitality * inside
        if authority <= 0:
            continue
        weight_sum += authority
        for nation in great:
            if nation in body.members:
                totals[nation] += (
                    authority * (rules.banzhaf_of(body, nation) + shares[nation] / inside) / 2
                )
    total = sum(totals.values())
    if weight_sum <= 0 or total <= 0:
        return dict.fromkeys(great, 1.0 / len(great)) if great else {}
    return {nation: value / total for nation, value in totals.items()}


def _met(
    state: GameState, nation: str, objective: Objective, shares: dict[str, float]
) -> bool | None:
    def param(name: str) -> Any:
        return objective.param(name)

    value = float(param("value") or 0.0)
    where = param("institution")
    body = state.body(where) if where and state.has_body(where) else None  # None: not open yet
    kind = objective.kind
    if kind == "stay_member":
        return body is not None and nation in body.members
    if kind == "hold_veto":
        return body is not None and nation in body.vetoes
    if kind == "keep_out":
        return body is not None and param("nation") not in body.members
    if kind == "keep_in":
        return body is not None and param("nation") in body.members
    if kind == "influence_at_least":
        return shares.get(nation, 0.0) >= value
    if kind == "legitimacy_at_least":
        return state.nation(nation).legitimacy >= value
    if kind == "capital_at_least":
        return state.nation(nation).capital >= value
    if kind == "mandate_at_most":
        return body is not None and body.breadth <= param("breadth") + 1e-9
    if kind == "mandate_at_least":
        return body is not None and body.breadth >= param("breadth") - 1e-9
    if kind == "policy_near":
        x, y = param("point")
        return body is not None and math.dist(body.policy, (x, y)) <= param("within")
    if kind == "found_rival":
        return any(
            b.founded_round > 0 and b.area == param("area") and nation in b.founders
            for b in state.bodies
        )
    if kind == "recognised_by":
        return state.nation(param("nation")).recognises(nation) >= value
    if kind == "order":
        return bool(state.order.shown == param("verdict"))
    return None


SCORE_PARTS = ("objectives", "influence", "legitimacy", "capital", "order", "shared_loss")


def score_parts(
    state: GameState, results: tuple[ObjectiveResult, ...], shares: dict[str, float]
) -> dict[str, dict[str, float]]:
    """Each great power's score, part by part, as the order stands now."""
    score = state.params.score
    verdict = state.order.shown
    rest = state.params.legitimacy.rest
    per_unit = state.params.capital.utility_per_unit
    parts: dict[str, dict[str, float]] = {}
    for nation in state.great_powers():
        me = state.nation(nation)
        view = rules.order_liking(state, me.doctrine, verdict)
        parts[nation] = {
            "objectives": float(
                sum(r.objective.points for r in results if r.nation == nation and r.met)
            ),
            "influence": score.influence * shares.get(nation, 0.0),
            "legitimacy": score.legitimacy * (me.legitimacy - rest),
            "capital": per_unit * me.capital,
            "order": score.order_view * view,
            "shared_loss": -score.fragmented_loss if verdict == "fragmented" else 0.0,
        }
    return parts


def outcome(state: GameState) -> Outcome:
    """How each great power stands now (final once the game is over)."""
    shares = influence(state)
    results = tuple(
        ObjectiveResult(nation.id, objective, _met(state, nation.id, objective, shares))
        for nation in state.nations
        if nation.great
        for objective in nation.objectives
    )
    parts = score_parts(state, results, shares)
    return Outcome(
        round=state.round,
        finished=state.phase.value == "over",
        influence=tuple(sorted(shares.items())),
        objectives=results,
        scores=tuple((n, round(sum(p.values()), 2)) for n, p in parts.items()),
        score_parts=tuple(
            (n, tuple((name, round(value, 2)) for name, value in p.items()))
            for n, p in parts.items()
        ),
    )
