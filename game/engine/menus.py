"""The legal actions of a nation, and the motions it may draft in a body."""

from __future__ import annotations

from . import rules
from .actions import (
    Action,
    Answer,
    Cast,
    Found,
    Join,
    MotionKind,
    MotionSpec,
    Offer,
    OptOut,
    Pass,
    Table,
    Term,
    Threaten,
    Withdraw,
)
from .legality import AREAS, check
from .positions import positions
from .records import Memo
from .state import BodyState, GameState, NationState, OfferStatus, Phase
from .turns import current_players, has_cast, may_opt_out, must_vote


def legal_actions(state: GameState, nation: str) -> list[Action]:
    """The actions the nation may take now, from the menus (continuous values are
    offered at a few useful points; `check` accepts any value in range)."""
    if nation not in current_players(state):
        return []
    candidates: list[Action] = []
    me = state.nation(nation)
    if state.phase is Phase.diplomacy:
        candidates.append(Pass(nation))
        for offer in state.offers:
            if offer.receiver == nation and offer.status is OfferStatus.open:
                candidates += [Answer(nation, offer.id, True), Answer(nation, offer.id, False)]
        for other in state.great_powers():
            if other == nation:
                continue
            candidates.append(Offer(nation, other, Term("recognise")))
            if me.capital >= 1:
                candidates.append(Offer(nation, other, Term("transfer", amount=1.0)))
            for body in state.bodies:
                if nation in body.members and other in body.members:
                    candidates.append(
                        Offer(
                            nation,
                            other,
                            Term("pledge", body=body.id),
                            Term("pledge", body=body.id),
                        )
                    )
    elif state.phase is Phase.agenda:
        candidates.append(Pass(nation))
        for body in state.bodies:
            if nation not in rules.voters(body) or not body.alive:
                continue
            for spec in motion_menu(state, body, me):
                candidates.append(Table(nation, body.id, spec))
            for demand in ("veto", "opt_out", "mandate_cut", "reweight"):
                candidates.append(Threaten(nation, body.id, demand))
        others = [n.id for n in state.nations if n.id != nation]
        for area in AREAS:
            candidates.append(Found(nation, area, tuple(others[:2])))
    elif state.phase is Phase.vote:
        for motion in must_vote(state, nation):
            if not has_cast(state, nation, motion.id):
                candidates += [Cast(nation, motion.id, v) for v in ("yes", "no", "abstain")]
    elif state.phase is Phase.opt_out:
        candidates.append(Pass(nation))
        candidates += [OptOut(nation, m.id) for m in may_opt_out(state, nation)]
    elif state.phase is Phase.membership:
        candidates.append(Pass(nation))
        for body in state.bodies:
            candidates += [Withdraw(nation, body.id), Join(nation, body.id)]
    return [a for a in candidates if check(state, a).ok]


def draft_targets(state: GameState, body: BodyState, me: NationState) -> list[tuple[float, float]]:
    """The points a drafter moves the body's policy toward (`agenda.candidates.targets`):
    its own ideal point, the members' power-weighted mean, the veto holders' mean."""
    means = _means(state, body)
    points = []
    for target in state.params.agenda.candidates.targets:
        if target == "own_ideal":
            points.append(me.ideal)
        elif target in means:
            points.append(means[target])
    return points


# Per body among a tuple of nations: the draft targets every drafter shares.
_MEANS: Memo[dict[str, tuple[float, float]]] = Memo()


def _means(state: GameState, body: BodyState) -> dict[str, tuple[float, float]]:
    hit = _MEANS.get(body, positions(state.nations))
    if hit is not None:
        return hit
    means: dict[str, tuple[float, float]] = {}
    members = [state.nation(m) for m in body.members]
    weights = [(rules.power_share(state, n), n) for n in members]
    total = sum(w for w, _ in weights)
    if total > 0:
        means["member_power_mean"] = (
            sum(w * n.ideal[0] for w, n in weights) / total,
            sum(w * n.ideal[1] for w, n in weights) / total,
        )
    if body.vetoes:
        ideals = [state.nation(v).ideal for v in body.vetoes]
        means["veto_holder_mean"] = (
            sum(p[0] for p in ideals) / len(ideals),
            sum(p[1] for p in ideals) / len(ideals),
        )
    return _MEANS.put(means, body, positions(state.nations))


def motion_menu(state: GameState, body: BodyState, me: NationState) -> list[MotionSpec]:
    """The motions a great power may draft in the body, from menus: the policy moved a
    share (`agenda.candidates.steps`) of the way to each draft target, the mandate by a
    step, rule reforms, membership, linkage and sanctions."""
    x, y = body.policy
    points = dict.fromkeys(
        (round(x + f * (tx - x), 3), round(y + f * (ty - y), 3))
        for tx, ty in draft_targets(state, body, me)
        for f in state.params.agenda.candidates.steps
    )
    specs = [MotionSpec("policy", x=px, y=py) for px, py in points if (px, py) != (x, y)]
    specs += _mandates(state)
    opt_out_all, linkage = _reforms(body)
    specs += [_named("add_veto", me.id), opt_out_all, _named("opt_out", me.id), linkage]
    for other in state.great_powers():
        if other in body.members and other in body.vetoes and other != me.id:
            specs.append(_named("remove_veto", other))
        if other not in body.members:
            specs.append(_named("admit", other))
        elif other != me.id:
            specs += [_named("suspend", other), _named("sanction", other)]
    return specs


# The drafts that are the same in every body (a motion's spec is an immutable value, so
# one object serves every menu): made once, not again for every drafter and body. A
# policy point is made afresh: a cache by value would hand out -0.0 for 0.0.
_NAMED: dict[tuple[str, str], MotionSpec] = {}
_MANDATES: Memo[tuple[MotionSpec, ...]] = Memo(16)
_REFORMS: Memo[tuple[MotionSpec, MotionSpec]] = Memo()


def _named(kind: MotionKind, nation: str) -> MotionSpec:
    """A draft about one nation: its veto, its opt-out, its admission or suspension."""
    found = _NAMED.get((kind, nation))
    if found is None:
        value = 1.0 if kind == "opt_out" else 0.0
        found = _NAMED[kind, nation] = MotionSpec(kind, value=value, nation=nation)
    return found


def _mandates(state: GameState) -> tuple[MotionSpec, ...]:
    """The mandate widened or deepened by a step, or narrowed by one."""
    candidates = state.params.agenda.candidates
    found = _MANDATES.get(candidates)
    if found is None:
        step = candidates.mandate_step
        found = _MANDATES.put(
            (
                MotionSpec("mandate", x=step),
                MotionSpec("mandate", x=-step),
                MotionSpec("mandate", y=-step),
            ),
            candidates,
        )
    return found


def _reforms(body: BodyState) -> tuple[MotionSpec, MotionSpec]:
    """A general opt-out half a share wider, and linkage a fifth tighter."""
    found = _REFORMS.get(body)
    if found is None:
        found = _REFORMS.put(
            (
                MotionSpec("opt_out", value=min(1.0, body.opt_out + 0.5)),
                MotionSpec("linkage", value=min(1.0, body.linkage + 0.2)),
            ),
            body,
        )
    return found
