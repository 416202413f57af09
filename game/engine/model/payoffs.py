"""A member's payoff from a body this round (docs/model.md section 3): what the model's
dynamics, the AI and the scores all start from."""

from __future__ import annotations

from dataclasses import dataclass

from .. import rules, valuation
from ..positions import recognitions
from ..records import Memo
from ..state import BodyState, GameState, Motion, MotionStatus


def payoff(state: GameState, body: BodyState, nation: str) -> float:
    """pi_ik of a member this round (docs/model.md section 3)."""
    shared = _shared(state, body)
    me = state.nation(nation)
    spared = rules.inside_option(body, nation)
    cost = shared.cost_scale * rules.distance2(me.ideal, body.policy) * (1 - shared.theta * spared)
    decisions = 0.0
    for motion in shared.adopted:
        value = valuation.adopted_value(state, motion, me.ideal, me.doctrine, nation)
        if nation in motion.opted_out:
            value *= 1 - rules.opt_out_share(body, nation)
        decisions += value
    shares, regard = shared.shares, shared.regard
    others = [m for m in body.members if m != nation]
    weights = [shares[m] for m in others]
    total = sum(weights)
    recognised = (
        sum(w * regard[m].get(nation, 0.0) for w, m in zip(weights, others, strict=True)) / total
        if total > 0
        else 0.5
    )
    return float(
        shared.benefit
        + decisions
        - cost
        + shared.kappa * (rules.cosine(me.doctrine, body.doctrine) - 0.5)
        + shared.rho * (recognised - 0.5)
        - body.dues
    )


@dataclass(frozen=True, slots=True)
class _Shared:
    """What every member's payoff in a body shares: the benefit per member, the cost's
    scale (alpha beta), this round's decisions of the body (the newest first), the
    nations' power shares and recognition of each other, and the model's constants."""

    benefit: float
    cost_scale: float
    adopted: tuple[Motion, ...]
    shares: dict[str, float]
    regard: dict[str, dict[str, float]]
    theta: float
    kappa: float
    rho: float


# Per body, for a tuple of nations and of motions (each entry holds its objects, so an
# id is not reused while it is kept): a round's payoffs read each body's shared terms
# once per member, and a member's outside option reads the other bodies'.
_SHARED: dict[int, tuple[BodyState, object, object, _Shared]] = {}


def _shared(state: GameState, body: BodyState) -> _Shared:
    hit = _SHARED.get(id(body))
    if hit is not None and hit[0] is body and hit[1] is state.nations and hit[2] is state.motions:
        return hit[3]
    adopted = []
    for motion in reversed(state.motions):  # numbered in order: this round's come last
        if motion.round != state.round:
            break
        if motion.body == body.id and motion.status is MotionStatus.adopted:
            adopted.append(motion)
    shares, regard = _member_shares(state, body)
    utility = state.params.utility
    found = _Shared(
        benefit=body.benefits / max(body.member_count, 1),
        cost_scale=body.intrusiveness * body.breadth,
        adopted=tuple(adopted),
        shares=shares,
        regard=regard,
        theta=state.params.inside_option.theta,
        kappa=utility.kappa,
        rho=utility.rho,
    )
    if len(_SHARED) >= 1024:
        _SHARED.clear()
    _SHARED[id(body)] = (body, state.nations, state.motions, found)
    return found


Shares = tuple[dict[str, float], dict[str, dict[str, float]]]
_REGARD: Memo[dict[str, dict[str, float]]] = Memo()


def _member_shares(state: GameState, body: BodyState) -> Shares:
    """The nations' power shares and their recognition of others (every member's payoff
    weighs all the others'), each found once for all the bodies."""
    nations = state.nations
    regard = _REGARD.get(recognitions(nations))
    if regard is None:
        regard = _REGARD.put({n.id: dict(n.recognition) for n in nations}, recognitions(nations))
    return rules.power_shares(state), regard
