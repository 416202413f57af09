"""How far a power's own secret objectives are met, as points with partial credit for
progress (a bot's guide to which motions and exits serve them). Objectives judged only
at the end by measures the bot cannot move with one vote (influence, legitimacy,
capital, recognition, the order) count fully when met and not at all otherwise; those
it can move (mandates, policy points, seats and vetoes) earn up to half their points
for closing the gap."""

from __future__ import annotations

import math
from dataclasses import replace

from game.engine.state import BodyState, GameState, Objective

PROGRESS_SCALE = {"mandate_at_most": 0.5, "mandate_at_least": 0.5, "policy_near": 1.0}


def _progress(body: BodyState, objective: Objective) -> float:
    kind = objective.kind
    if kind == "mandate_at_most":
        gap = body.breadth - objective.param("breadth")
    elif kind == "mandate_at_least":
        gap = objective.param("breadth") - body.breadth
    else:
        x, y = objective.param("point")
        gap = math.dist(body.policy, (x, y)) - objective.param("within")
    if gap <= 1e-9:
        return 1.0
    return 0.5 * max(0.0, 1.0 - gap / PROGRESS_SCALE[kind])


def objective_points(state: GameState, nation: str, body_id: str | None = None) -> dict[str, float]:
    """Points per objective text, for the objectives tied to a body (all of them, or
    those tied to `body_id`)."""
    points: dict[str, float] = {}
    for objective in state.nation(nation).objectives:
        where = objective.param("institution")
        if where is None or (body_id is not None and where != body_id):
            continue
        if not state.has_body(where):
            continue
        body = state.body(where)
        kind = objective.kind
        if kind in PROGRESS_SCALE:
            done = _progress(body, objective)
        elif kind == "stay_member":
            done = float(nation in body.members)
        elif kind == "hold_veto":
            done = float(nation in body.vetoes)
        elif kind == "keep_out":
            done = float(objective.param("nation") not in body.members)
        elif kind == "keep_in":
            done = float(objective.param("nation") in body.members)
        else:
            continue
        points[objective.text] = objective.points * done
    return points


def objective_change(
    before: GameState, after: BodyState, nation: str
) -> list[tuple[str, float]]:
    """The objectives a change to one body moves, and by how many points."""
    now = objective_points(before, nation, after.id)
    if not now:
        return []
    changed = tuple(after if b.id == after.id else b for b in before.bodies)
    then = objective_points(replace(before, bodies=changed), nation, after.id)
    return [(text, then[text] - now[text]) for text in now if abs(then[text] - now[text]) > 1e-9]
