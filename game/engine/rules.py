"""How bodies decide: voting games for the power indices, doctrine-weighted behaviour,
the tally, the effect of an adopted motion, and power shares. What a motion is worth to
a voter (the model's utility rule) is in valuation.py."""

from __future__ import annotations

import math
import operator
from functools import lru_cache

from .actions import MotionSpec, Vote
from .model.power_index import PowerIndices, VotingGame, majority_quota, power_indices, quantise
from .params import DoctrineParams
from .positions import positions
from .records import Memo, evolve
from .state import (
    AnonymousGroup,
    BodyState,
    Doctrine4,
    GameState,
    NationState,
    Point,
    RuleSpec,
)

DOCTRINE_NAMES = ("liberal", "transformative", "mercantilist", "sovereign")


# ---------------------------------------------------------------- voting games


def voters(body: BodyState) -> list[str]:
    """The listed members who vote (suspended members do not)."""
    if not body.suspended:
        return list(body.members)
    return [m for m in body.members if m not in body.suspended]


def voting_game(body: BodyState, rule: RuleSpec | None = None) -> VotingGame:
    """The yes/not-yes game of the body: listed voters first, then anonymous members;
    veto holders' yes is required. Cached by the body's structure."""
    return _voting_game(tuple(voters(body)), body.anonymous, body.vetoes, rule or body.rule)


@lru_cache(maxsize=4096)
def _voting_game(
    listed: tuple[str, ...],
    groups: tuple[AnonymousGroup, ...],
    veto_holders: tuple[str, ...],
    rule: RuleSpec,
) -> VotingGame:
    anonymous = [g for g in groups for _ in range(g.count)]
    vetoes = tuple([m in veto_holders for m in listed] + [False] * len(anonymous))
    if rule.kind == "weighted":
        weights = dict(rule.weights)
        raw = [weights.get(m, 0.0) for m in listed] + [g.weight or 0.0 for g in anonymous]
        if sum(raw) <= 0:
            # Everyone who held a weight has left or is suspended: nothing can pass.
            return VotingGame((0,) * len(raw), 1, vetoes)
        ints, quota = quantise(raw, rule.threshold or 0.5)
        return VotingGame(ints, quota, vetoes)
    n = len(listed) + len(anonymous)
    if rule.kind == "unanimity":
        quota = n
    elif rule.kind == "qualified_majority":
        quota = majority_quota(n, rule.threshold)
    else:
        quota = majority_quota(n, None)
    return VotingGame((1,) * n, quota, vetoes)


# Bodies are immutable and a game passes the same BodyState objects from state to state,
# so the indices are cached by identity (the entry keeps its body alive, so an id is
# never reused while it is cached); the structural cache behind it serves new objects.
# Beside them, each voter's (Banzhaf, power to prevent), as the model reads them.
Indexed = tuple[PowerIndices, dict[str, tuple[float, float]]]
_BODY_INDICES: Memo[Indexed] = Memo(4096)


def _indexed(body: BodyState) -> Indexed:
    hit = _BODY_INDICES.get(body)
    if hit is not None:
        return hit
    # A body copied with another vitality or policy keeps its seats' objects: found by them.
    seats = (body.members, body.suspended, body.anonymous, body.vetoes, body.binding_rule)
    kept = _SEATS.get(id(body.members))
    if kept is not None and kept[1] is body.rule and all(map(operator.is_, kept[0], seats)):
        return _BODY_INDICES.put(kept[2], body)
    found = power_indices(voting_game(body, body.binding_rule))
    each = {
        m: (float(found.banzhaf[i]), float(found.prevent[i])) for i, m in enumerate(voters(body))
    }
    if len(_SEATS) >= 4096:
        _SEATS.clear()
    _SEATS[id(body.members)] = (seats, body.rule, (found, each))
    return _BODY_INDICES.put((found, each), body)


# By the objects a body's seats are made of (its members' tuple first; the entry keeps
# them alive): its indices, whichever copy of the body asks.
_SEATS: dict[int, tuple[tuple[object, ...], RuleSpec, Indexed]] = {}


def indices(body: BodyState) -> PowerIndices:
    return _indexed(body)[0]


def banzhaf_of(body: BodyState, nation: str) -> float:
    return _indexed(body)[1].get(nation, (0.0, 0.0))[0]


def blocking_power(body: BodyState, nation: str) -> float:
    """Coleman's power to prevent action in the body's binding part (1 for a veto holder)."""
    return _indexed(body)[1].get(nation, (0.0, 0.0))[1]


def opt_out_share(body: BodyState, nation: str) -> float:
    """phi_ik: the share of a decision the member may opt out of (1 with its own opt-out)."""
    return 1.0 if nation in body.national_opt_outs else body.opt_out


def inside_option(body: BodyState, nation: str) -> float:
    """I_ik = max(phi_k if i may opt out, power to prevent)."""
    return max(opt_out_share(body, nation), blocking_power(body, nation))


# ---------------------------------------------------------------- values


def dominant(doctrine: Doctrine4) -> int:
    """The index of a doctrine mix's largest weight (the first, on a tie)."""
    return doctrine.index(max(doctrine))


@lru_cache(maxsize=1 << 16)  # doctrines move once a round; bodies and nations meet often
def cosine(a: Doctrine4, b: Doctrine4) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    return dot / norm if norm else 0.0


def distance2(a: Point, b: Point) -> float:
    # Squares by multiplying: correctly rounded (x ** 2 calls pow, which may differ from
    # x * x in the last bit) and cheaper.
    dx, dy = a[0] - b[0], a[1] - b[1]
    return dx * dx + dy * dy


def doctrine_param(
    state: GameState, doctrine: Doctrine4, name: str, area: str | None = None
) -> float:
    """A behaviour parameter as the doctrine-weighted mean of the four doctrines' values."""
    place = area if name == "mandate_taste" else None
    rows, means = _doctrine_tables(state)
    mean = means.get((doctrine, name, place))
    if mean is not None:
        return mean
    values = rows.get((name, place))
    if values is None:
        values = rows[name, place] = tuple(
            row.mandate_taste_by_area.get(place, row.mandate_taste)
            if place is not None
            else getattr(row, name)
            for row in (doctrine_row(state, d) for d in DOCTRINE_NAMES)
        )
    total = 0.0
    for weight, value in zip(doctrine, values, strict=True):
        total += weight * value
    if len(means) >= 1 << 16:
        means.clear()
    means[doctrine, name, place] = total
    return total


# Per set of doctrine parameters (by identity: a game keeps one for its whole length),
# each behaviour's four values, and the doctrine-weighted means found so far: a nation's
# doctrine moves once a round, and its behaviour is read many times between.
Rows = dict[tuple[str, str | None], tuple[float, ...]]
Means = dict[tuple[Doctrine4, str, str | None], float]
_DOCTRINE_TABLES: Memo[tuple[Rows, Means]] = Memo(256)


def _doctrine_tables(state: GameState) -> tuple[Rows, Means]:
    doctrines = state.params.doctrines
    return _DOCTRINE_TABLES.get(doctrines) or _DOCTRINE_TABLES.put(({}, {}), doctrines)


def doctrine_row(state: GameState, name: str) -> DoctrineParams:
    """One doctrine's behaviour, by its name."""
    row: DoctrineParams = getattr(state.params.doctrines, name)
    return row


def order_liking(state: GameState, doctrine: Doctrine4, verdict: str) -> float:
    """How much a doctrine mix likes an order verdict, -1 to 1: the doctrine-weighted mean
    of the doctrines' order views (the score's view of the order)."""
    return sum(
        weight * float(getattr(doctrine_row(state, name).order_view, verdict))
        for weight, name in zip(doctrine, DOCTRINE_NAMES, strict=True)
    )


def vote_by_rule(value: float, tau: float) -> Vote:
    if value > tau:
        return "yes"
    if value < -tau:
        return "no"
    return "abstain"


# ---------------------------------------------------------------- the tally


def tally(
    body: BodyState, ballots: dict[str, Vote], anonymous_votes: list[Vote]
) -> tuple[bool, tuple[float, float, float], tuple[str, ...]]:
    """(passes, (yes, no, abstain) weight, veto holders who vetoed). Anonymous votes
    come one per anonymous member, in the order of the groups."""
    listed = voters(body)
    votes = [ballots.get(m, "abstain") for m in listed] + list(anonymous_votes)
    counts: dict[str, float] = {"yes": 0, "no": 0, "abstain": 0}  # summed as sum() would
    for weight, vote in zip(_ballot_weights(body), votes, strict=True):
        counts[vote] += weight
    yes, no, abstain = counts["yes"], counts["no"], counts["abstain"]
    counted = yes + no + (abstain if body.abstention == "counts_as_no" else 0.0)
    vetoed = tuple(m for m in listed if m in body.vetoes and ballots.get(m) == "no")
    kind = body.rule.kind
    if counted <= 0:
        passes = False
    elif kind == "unanimity":
        passes = yes > 0 and math.isclose(yes, counted)
    elif kind == "majority":
        passes = yes > 0.5 * counted
    else:
        passes = yes >= (body.rule.threshold or 0.5) * counted - 1e-9
    if kind != "unanimity" and not passes:
        # A veto is a no that blocks a draft with the votes it needs (Charter art. 27(3);
        # the veto list counts no other): a draft short of them simply fails.
        vetoed = ()
    return passes and not vetoed, (yes, no, abstain), vetoed


_BALLOT_WEIGHTS: Memo[list[float]] = Memo()


def _ballot_weights(body: BodyState) -> list[float]:
    """Each ballot's weight: the listed voters', then one per anonymous member."""
    found = _BALLOT_WEIGHTS.get(body)
    if found is None:
        count = len(voters(body)) + sum(g.count for g in body.anonymous)
        found = [1.0] * count
        if body.rule.kind == "weighted":
            table = dict(body.rule.weights)
            found = [table.get(m, 0.0) for m in voters(body)]
            found += [g.weight or 0.0 for g in body.anonymous for _ in range(g.count)]
        _BALLOT_WEIGHTS.put(found, body)
    return found


# ---------------------------------------------------------------- effects


def _clamp(value: float, low: float = 0.0, high: float = 1.0) -> float:
    return min(high, max(low, value))


def adopt(body: BodyState, spec: MotionSpec, round_: int) -> BodyState:
    """The body after the motion takes effect (docs/rules.md, 'Motions')."""
    body = evolve(body, last_decision_round=round_)
    if spec.kind == "policy":
        return evolve(body, policy=(_clamp(spec.x, -1, 1), _clamp(spec.y, -1, 1)), crisis=0.0)
    if spec.kind == "mandate":
        return evolve(
            body,
            breadth=_clamp(body.breadth + spec.x),
            intrusiveness=_clamp(body.intrusiveness + spec.y),
        )
    if spec.kind == "add_veto" and spec.nation and spec.nation not in body.vetoes:
        return evolve(body, vetoes=(*body.vetoes, spec.nation))
    if spec.kind == "remove_veto":
        return evolve(body, vetoes=tuple(v for v in body.vetoes if v != spec.nation))
    if spec.kind == "opt_out":
        if spec.nation:
            return evolve(
                body, national_opt_outs=tuple(sorted({*body.national_opt_outs, spec.nation}))
            )
        return evolve(body, opt_out=_clamp(spec.value))
    if spec.kind == "admit" and spec.nation:
        # Admission is an invitation: the nation takes its seat by joining (rules 5). A
        # state becomes a party by its own act of accession, and a body's vote cannot
        # undo a member's exit.
        return evolve(body, invited=tuple(dict.fromkeys((*body.invited, spec.nation))))
    if spec.kind == "suspend" and spec.nation:
        return evolve(body, suspended=tuple(sorted({*body.suspended, spec.nation})))
    if spec.kind == "linkage":
        return evolve(body, linkage=_clamp(spec.value))
    return body  # sanctions act on the nation, not the body


def drifted(
    state: GameState, doctrine: Doctrine4, sponsor: str | None, yes: list[str]
) -> Doctrine4 | None:
    """A body's doctrine after a decision carried by `yes`: it drifts
    `institution_doctrine_drift` of the way toward the voters' power-weighted doctrine,
    averaged with the sponsor's when the sponsor voted for it (a decision is written by
    its sponsor and carried by its voters; docs/model.md section 7). None without voters."""
    weights = [(power_share(state, state.nation(v)), state.nation(v).doctrine) for v in yes]
    total = sum(w for w, _ in weights)
    if total <= 0:
        return None
    target = [sum(w * d[i] for w, d in weights) / total for i in range(4)]
    if sponsor is not None and sponsor in yes:
        own = state.nation(sponsor).doctrine
        target = [(t + d) / 2 for t, d in zip(target, own, strict=True)]
    drift = state.params.institution_doctrine_drift
    a, b, c, d = (o + drift * (t - o) for o, t in zip(doctrine, target, strict=True))
    return a, b, c, d


def power_share(state: GameState, nation: NationState) -> float:
    """The nation's composite share of world power (docs/model.md section 1)."""
    weights, totals, shares = _world(state)
    power = nation.power
    known = shares.get(nation.id)
    if known is not None and known[0] is power:
        return known[1]
    share = sum(w * p / t for w, p, t in zip(weights, power, totals, strict=True) if t > 0)
    shares[nation.id] = (power, share)
    return share


def power_shares(state: GameState) -> dict[str, float]:
    """Every nation's `power_share`, found once for the nations' positions: a round's
    payoffs, coverage and legitimacy read them hundreds of times."""
    where = positions(state.nations)
    found = _SHARES.get(where, state.params)
    if found is None:
        found = _SHARES.put(
            {n.id: power_share(state, n) for n in state.nations}, where, state.params
        )
    return found


_SHARES: Memo[dict[str, float]] = Memo()

COMPONENT_ORDER = ("economic", "military", "tech_finance", "soft")

# Per set of the nations' positions and parameters: the components' weights and world
# totals, and each nation's share once asked for (by its power), so a share is found
# once a round, not again after every change of capital or standing.
World = tuple[list[float], list[float], dict[str, tuple[tuple[float, ...], float]]]
_WORLD: Memo[World] = Memo()


def _world(state: GameState) -> World:
    nations = state.nations
    where = positions(nations)
    hit = _WORLD.get(where, state.params)
    if hit is not None:
        return hit
    table = state.params.power.weights
    weights = [getattr(table, component) for component in COMPONENT_ORDER]
    totals = [sum(n.power[index] for n in nations) for index in range(4)]
    return _WORLD.put((weights, totals, {}), where, state.params)
