"""What a motion is worth to a voter (core-model section 5b): the change in its utility if
the motion passes, and what an adopted motion is worth to a member that may opt out."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from .actions import MotionSpec
from .positions import positions
from .records import Memo
from .rules import blocking_power, cosine, distance2, doctrine_param, inside_option, voters
from .state import BodyState, Doctrine4, GameState, Motion, Point


def motion_value(
    state: GameState,
    body: BodyState,
    spec: MotionSpec,
    ideal: Point,
    doctrine: Doctrine4,
    nation: str | None,
) -> float:
    """The change in a voter's utility if the motion passes (core-model section 5b)."""
    alpha, beta = body.intrusiveness, body.breadth
    if spec.kind == "policy":
        now = distance2(ideal, body.policy)
        return _moved(alpha * beta, now, ideal, spec.x, spec.y, body.crisis)
    return _non_policy_value(
        state, body, spec, ideal, nation, _terms(state, body, ideal, doctrine, nation)
    )


def _non_policy_value(
    state: GameState,
    body: BodyState,
    spec: MotionSpec,
    ideal: Point,
    nation: str | None,
    terms: Terms,
) -> float:
    """`motion_value` of any motion but a policy's, from the voter's terms in the body."""
    alpha, beta = body.intrusiveness, body.breadth
    if spec.kind == "mandate":
        lean = terms.taste * terms.fit
        return spec.x * (lean - alpha * terms.cost) + spec.y * (lean - beta * terms.cost)
    # Negative power is worth what it adds to the inside option (docs/rules.md): nothing
    # to a veto holder, who can already block everything.
    negpow, now = terms.negpow, terms.inside
    if spec.kind in ("add_veto", "remove_veto"):
        if spec.nation == nation:
            return negpow * 0.5 * (1 - now) if spec.kind == "add_veto" else -negpow * 0.5
        sign = 1.0 if spec.kind == "add_veto" else -1.0
        return -sign * 0.1 * negpow  # another's veto narrows one's own influence
    if spec.kind == "opt_out":
        if spec.nation is not None and spec.nation == nation:
            return negpow * 0.5 * (1 - now)
        if spec.nation is None:
            # A general opt-out also blunts the body for everyone, as a cut of its
            # intrusiveness by d_phi alpha would: those with a taste for its mandate lose.
            blunted = (spec.value - body.opt_out) * alpha * terms.taste * terms.fit
            return negpow * 0.5 * (max(spec.value, terms.own, terms.prevent) - now) - blunted
        return -0.02
    if spec.kind in ("admit", "suspend"):
        if spec.nation is None or not state.has_nation(spec.nation):
            return 0.0
        other = state.nation(spec.nation)
        align = 1 - distance2(ideal, other.ideal) / 2  # 1 close, -1 far apart
        value = align * terms.share * 0.5
        return value if spec.kind == "admit" else -value
    if spec.kind == "linkage":
        stay = 0.5 + 0.5 * terms.cosine
        return (spec.value - body.linkage) * terms.share * (stay - 0.5)
    if spec.kind == "sanction":
        if spec.nation == nation:
            return -0.5
        if spec.nation is None or not state.has_nation(spec.nation):
            return 0.0
        other = state.nation(spec.nation)
        return terms.gamma * 0.1 + 0.1 * (distance2(ideal, other.ideal) / 4 - 0.25)
    return 0.0


@dataclass(frozen=True, slots=True)
class Terms:
    """What a voter's values of every motion but a policy's in one body share: its
    taste for the body's mandate and the fit of doctrines (2 cos - 1), the cost of the
    body's policy to it net of what its inside option spares, the value its doctrine
    puts on negative power, its inside option (the body's opt-out share for an
    anonymous group), its own opt-out (1 or 0) and power to prevent, the cosine of the
    doctrines, its doctrine's weight on relative gains, and a member's share of the body's
    benefits (the same for every voter: kept here, where every value finds it)."""

    taste: float
    fit: float
    cost: float
    negpow: float
    inside: float
    own: float
    prevent: float
    cosine: float
    gamma: float
    share: float


# Per body (by identity, and the model's constants): each voter's terms, by its ideal
# point, doctrine and id, found once for all the motions of the body a game weighs.
_TERMS: Memo[dict[tuple[Point, Doctrine4, str | None], Terms]] = Memo()


def _terms(
    state: GameState, body: BodyState, ideal: Point, doctrine: Doctrine4, nation: str | None
) -> Terms:
    table = _TERMS.get(body, state.params)
    if table is None:
        table = _TERMS.put({}, body, state.params)
    key = (ideal, doctrine, nation)
    found = table.get(key)
    if found is None:
        cos = cosine(doctrine, body.doctrine)
        inside = inside_option(body, nation) if nation is not None else body.opt_out
        spared = inside if nation is not None else 0.0
        theta: float = state.params.inside_option.theta
        found = table[key] = Terms(
            taste=doctrine_param(state, doctrine, "mandate_taste", body.area),
            fit=2 * cos - 1,
            cost=distance2(ideal, body.policy) * (1 - theta * spared),
            negpow=doctrine_param(state, doctrine, "negative_power_value"),
            inside=inside,
            own=1.0 if nation is not None and nation in body.national_opt_outs else 0.0,
            prevent=blocking_power(body, nation) if nation is not None else 0.0,
            cosine=cos,
            gamma=doctrine_param(state, doctrine, "relative_gains"),
            share=body.benefits / max(body.member_count, 1),
        )
    return found


def adopted_value(
    state: GameState, motion: Motion, ideal: Point, doctrine: Doctrine4, nation: str | None
) -> float:
    """What an adopted motion is worth to a voter, judged against the body as it was
    before the motion took effect (what opting out spares it)."""
    body = motion.previous or state.body(motion.body)
    return motion_value(state, body, motion.spec, ideal, doctrine, nation)


def values_to(
    state: GameState, body: BodyState, specs: list[MotionSpec], nation: str
) -> list[float]:
    """What each motion is worth to one member (`motion_value`), its distance to the
    body's policy and its terms there found once for all the motions."""
    me = state.nation(nation)
    ideal = me.ideal
    ab = body.intrusiveness * body.breadth
    now = distance2(ideal, body.policy)
    crisis = body.crisis
    terms = _terms(state, body, ideal, me.doctrine, nation)
    found = []
    for spec in specs:
        if spec.kind == "policy":
            found.append(_moved(ab, now, ideal, spec.x, spec.y, crisis))
        else:
            found.append(_non_policy_value(state, body, spec, ideal, nation, terms))
    return found


def voter_values(
    state: GameState, body: BodyState, spec: MotionSpec, skip: Container[str] = ()
) -> tuple[list[tuple[str, float]], list[float]]:
    """Each listed voter's value of the motion (but those in `skip`), and each anonymous
    group's: `motion_value` for every voter, with what a policy motion's values share
    (each voter's distance to the body's policy) found once per body."""
    if spec.kind != "policy":
        listed = []
        for m in voters(body):
            if m not in skip:
                n = state.nation(m)
                listed.append((m, motion_value(state, body, spec, n.ideal, n.doctrine, m)))
        groups = [
            motion_value(state, body, spec, g.ideal, g.doctrine, None) for g in body.anonymous
        ]
        return listed, groups
    ab = body.intrusiveness * body.breadth
    x, y, crisis = spec.x, spec.y, body.crisis
    rows, group_rows = _distances(state, body)
    listed = [(m, _moved(ab, now, ideal, x, y, crisis)) for m, ideal, now in rows if m not in skip]
    groups = [_moved(ab, now, ideal, x, y, crisis) for ideal, now in group_rows]
    return listed, groups


def _moved(ab: float, now: float, ideal: Point, x: float, y: float, crisis: float) -> float:
    """A policy motion's value: alpha beta (d(ideal, policy) - d(ideal, (x, y))) + crisis,
    with the first distance given (`now`)."""
    dx, dy = ideal[0] - x, ideal[1] - y
    return ab * (now - (dx * dx + dy * dy)) + crisis


Rows = tuple[list[tuple[str, Point, float]], list[tuple[Point, float]]]
_DISTANCES: Memo[Rows] = Memo()


def _distances(state: GameState, body: BodyState) -> Rows:
    """The body's voters' ideal points and squared distances to its policy."""
    found = _DISTANCES.get(body, positions(state.nations))
    if found is None:
        listed = []
        for m in voters(body):
            ideal = state.nation(m).ideal
            listed.append((m, ideal, distance2(ideal, body.policy)))
        groups = [(g.ideal, distance2(g.ideal, body.policy)) for g in body.anonymous]
        found = _DISTANCES.put((listed, groups), body, positions(state.nations))
    return found
