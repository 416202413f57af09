"""How far a power's own secret objectives are met, as points with partial credit for
progress (a bot's guide to which motions and exits serve them). Objectives judged only
at the end by measures the bot cannot move with one vote (influence, legitimacy,
capital, recognition, the order) count fully when met and not at all otherwise; those
it can move (mandates, policy points, seats and vetoes) earn up to half their points
for closing the gap."""

from __future__ import annotations

import math

from game.engine import BodyState, GameState, Objective

PROGRESS_SCALE = {"mandate_at_most": 0.5, "mandate_at_least": 0.5, "policy_near": 1.0}


def _progress(body: BodyState, objective: Objective) -> float:
    kind = objective.kind
    if kind == "mandate_at_most":
        gap = body.breadth - float(objective.param("breadth"))
    elif kind == "mandate_at_least":
        gap = float(objective.param("breadth")) - body.breadth
    else:
        x, y = objective.param("point")
        gap = math.dist(body.policy, (x, y)) - float(objective.param("within"))
    if gap <= 1e-9:
        return 1.0
    return 0.5 * max(0.0, 1.0 - gap / PROGRESS_SCALE[kind])


# The motions that can move each kind of objective tied to a body.
MOVED_BY = {
    "mandate_at_most": {"mandate"},
    "mandate_at_least": {"mandate"},
    "policy_near": {"policy"},
    "hold_veto": {"add_veto", "remove_veto"},
    "stay_member": {"admit", "suspend"},
    "keep_in": {"admit", "suspend"},
    "keep_out": {"admit", "suspend"},
}


def moving_kinds(state: GameState, nation: str) -> dict[str, set[str]]:
    """For each body its objectives name, the kinds of motion that can move them."""
    kinds: dict[str, set[str]] = {}
    for objective in state.nation(nation).objectives:
        where = objective.param("institution")
        if where is not None:
            kinds.setdefault(where, set()).update(MOVED_BY.get(objective.kind, set()))
    return kinds


def objective_points(
    state: GameState, nation: str, body_id: str | None = None, body: BodyState | None = None
) -> dict[str, float]:
    """Points per objective text, for the objectives tied to a body (all of them, or
    those tied to `body_id`, judged on `body` in its place if given)."""
    points: dict[str, float] = {}
    for objective in state.nation(nation).objectives:
        where = objective.param("institution")
        if where is None or (body_id is not None and where != body_id):
            continue
        if not state.has_body(where):
            continue
        judged = body if body is not None and body.id == where else state.body(where)
        kind = objective.kind
        if kind in PROGRESS_SCALE:
            done = _progress(judged, objective)
        elif kind == "stay_member":
            done = float(nation in judged.members)
        elif kind == "hold_veto":
            done = float(nation in judged.vetoes)
        elif kind == "keep_out":
            done = float(objective.param("nation") not in judged.members)
        elif kind == "keep_in":
            done = float(objective.param("nation") in judged.members)
        else:
            continue
        points[objective.text] = objective.points * done
    return points


def objective_change(before: GameState, after: BodyState, nation: str) -> list[tuple[str, float]]:
    """The objectives a change to one body moves, and by how many points."""
    now = objective_points(before, nation, after.id)
    if not now:
        return []
    then = objective_points(before, nation, after.id, after)
    return [(text, then[text] - now[text]) for text in now if abs(then[text] - now[text]) > 1e-9]
