"""A member's payoff from a body this round (docs/model.md section 3): what the model's
dynamics, the AI and the scores all start from."""

from __future__ import annotations

from dataclasses import dataclass

from .. import rules, valuation
from ..positions import recognitions
from ..records import Memo
from ..state import BodyState, GameState, Motion, MotionStatus, NationState


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

    nations: tuple[NationState, ...]  # the nations and round they were found for
    round: int
    benefit: float
    cost_scale: float
    adopted: tuple[Motion, ...]
    shares: dict[str, float]
    regard: dict[str, dict[str, float]]
    theta: float
    kappa: float
    rho: float


# Per body and tuple of motions, checked against the nations and round: a round's payoffs
# read each body's shared terms once per member, a member's outside option the others'.
_SHARED: Memo[_Shared] = Memo()


def _shared(state: GameState, body: BodyState) -> _Shared:
    found = _SHARED.get(body, state.motions)
    if found is not None and found.nations is state.nations and found.round == state.round:
        return found
    adopted = []
    for motion in reversed(state.motions):  # numbered in order: this round's come last
        if motion.round != state.round:
            break
        if motion.body == body.id and motion.status is MotionStatus.adopted:
            adopted.append(motion)
    shares, regard = _member_shares(state)
    utility = state.params.utility
    found = _Shared(
        nations=state.nations,
        round=state.round,
        benefit=body.benefits / max(body.member_count, 1),
        cost_scale=body.intrusiveness * body.breadth,
        adopted=tuple(adopted),
        shares=shares,
        regard=regard,
        theta=state.params.inside_option.theta,
        kappa=utility.kappa,
        rho=utility.rho,
    )
    return _SHARED.put(found, body, state.motions)


Shares = tuple[dict[str, float], dict[str, dict[str, float]]]
_REGARD: Memo[dict[str, dict[str, float]]] = Memo()


def _member_shares(state: GameState) -> Shares:
    """The nations' power shares and their recognition of others (every member's payoff
    weighs all the others'), each found once for all the bodies."""
    nations = state.nations
    regard = _REGARD.get(recognitions(nations))
    if regard is None:
        regard = _REGARD.put({n.id: dict(n.recognition) for n in nations}, recognitions(nations))
    return rules.power_shares(state), regard
