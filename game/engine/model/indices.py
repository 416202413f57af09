"""The order indices of core-model.md section 6, computed from a state (docs/model.md §9)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from .. import rules, valuation
from ..actions import MotionSpec
from ..outcome import influence
from ..records import Memo
from ..state import BodyState, GameState, MotionStatus

AREAS = ("security", "trade", "finance", "human_rights", "climate")


@dataclass(frozen=True)
class Indices:
    influence: tuple[tuple[str, float], ...]
    influence_hhi: float
    n_influence: float
    leader: str | None
    top_influence: float
    n_norm: float
    recognition: float
    leader_recognition: float
    apex_coverage: float
    apex_can_act: bool
    capacity_to_act: float  # Coleman's a priori capacity of the apex body
    exit_rate: float  # per 1,000 member-rounds in the window, realignments aside
    exits_in_window: int  # in the window or still standing (rules 5), realignments aside
    vetoes_in_window: int
    rival_bodies: int
    areas: int  # issue areas the world has bodies in
    great_powers: int
    realigned_in_window: int  # exits to a working alternative with partners
    contested_areas: int
    parallel_areas: int
    blocs: tuple[tuple[str, ...], tuple[str, ...]] | None
    cross_doctrine_share: float
    leader_agenda_share: float  # share of recent adopted decisions the leader sponsored
    balance: float  # K: legitimacy and power in balance
    vitality: float  # mean vitality of live bodies


def _dominant(doctrine: tuple[float, ...]) -> list[int]:
    top = max(doctrine)
    return [i for i, w in enumerate(doctrine) if math.isclose(w, top)]


def authority_by_doctrine(bodies: Iterable[BodyState]) -> list[float]:
    """The live bodies' authority (intrusiveness x breadth x vitality) summed by each
    body's dominant doctrine, a tie split between the doctrines."""
    weights = [0.0] * 4
    for body in bodies:
        if body.alive:
            authority = body.intrusiveness * body.breadth * body.vitality
            tops = _dominant(body.doctrine)
            for index in tops:
                weights[index] += authority / len(tops)
    return weights


def norm_diversity(state: GameState) -> float:
    """exp(entropy) of the authority-weighted dominant doctrines of live bodies (1 to 4)."""
    weights = authority_by_doctrine(state.bodies)
    total = sum(weights)
    if total <= 0:
        return 1.0
    entropy = -sum(w / total * math.log(w / total) for w in weights if w > 0)
    return math.exp(entropy)


def mutual_recognition(state: GameState) -> float:
    great = state.great_powers()
    pairs = list(combinations(great, 2))
    if not pairs:
        return 0.0
    return sum(
        min(state.nation(a).recognises(b), state.nation(b).recognises(a)) for a, b in pairs
    ) / len(pairs)


def rival_recognition(state: GameState, leader: str) -> float:
    """The leader's recognition of the other great powers' models, each weighed by how far
    its model is from the leader's (1 - the cosine of their doctrines). A hegemon denies
    rival models equal standing (Sakwa 2019: the liberal order claims to be order itself,
    against sovereign internationalism); its regard for an ally that shares its model
    grants no rival model anything. 0 when no other great power holds another model."""
    own = state.nation(leader)
    # Over the tuple, not the set: a sum's rounding depends on its order.
    rivals = [
        (1.0 - rules.cosine(own.doctrine, state.nation(g).doctrine), own.recognises(g))
        for g in state.great_powers()
        if g != leader
    ]
    weight = sum(w for w, _ in rivals)
    return sum(w * r for w, r in rivals) / weight if weight > 1e-12 else 0.0


def apex(state: GameState) -> BodyState | None:
    return next((b for b in state.bodies if b.tier == "apex"), None)


def coverage(state: GameState, body: BodyState) -> float:
    shares = rules.power_shares(state)
    return sum(shares[m] for m in body.members)


def agreement(state: GameState) -> dict[tuple[str, str], float]:
    """How often two great powers would vote alike on probe motions: each shared live
    body's policy moved halfway toward each member great power's ideal point (sincere
    votes, not the roll calls, which drafting makes consensual). Two great powers that
    share no live body agree on nothing: they meet in no institution."""
    great = state.great_powers()
    tau = state.params.vote.tau
    same: dict[tuple[str, str], list[int]] = {pair: [0, 0] for pair in combinations(great, 2)}
    for body in state.bodies:
        if not body.alive:
            continue
        present = [g for g in great if g in body.members]
        for drafter in present:
            ideal = state.nation(drafter).ideal
            probe = MotionSpec(
                "policy", x=(body.policy[0] + ideal[0]) / 2, y=(body.policy[1] + ideal[1]) / 2
            )
            votes = {
                g: rules.vote_by_rule(
                    valuation.motion_value(
                        state, body, probe, state.nation(g).ideal, state.nation(g).doctrine, g
                    ),
                    tau,
                )
                for g in present
            }
            for a, b in combinations(present, 2):
                key = (a, b) if (a, b) in same else (b, a)
                same[key][0] += votes[a] == votes[b]
                same[key][1] += 1
    return {pair: (hits / total if total else 0.0) for pair, (hits, total) in same.items()}


def issue_areas(state: GameState) -> tuple[str, ...]:
    """The issue areas the world has bodies in (live or not): the verdict's shares are
    of these, not of every area there could be."""
    return tuple(a for a in AREAS if any(b.area == a for b in state.bodies))


def _great_members(state: GameState, body: BodyState) -> frozenset[str]:
    great = _GREAT_MEMBERS.get(body.members, state.nations)
    if great is None:
        found = frozenset(m for m in body.members if state.nation(m).great)
        great = _GREAT_MEMBERS.put(found, body.members, state.nations)
    return great


# By a body's members and the nations: which of them are great powers.
_GREAT_MEMBERS: Memo[frozenset[str]] = Memo()


def camp_body(state: GameState, body: BodyState) -> bool:
    """A body that can carry a camp: alive, with great powers, and, if it was founded in
    play, founded by more than one of them (a camp is built together; a lone power's
    body is a walkout, not a camp; Sakwa 2019 on the Cold War's two camps)."""
    great = _great_members(state, body)
    return body.alive and bool(great) and (body.founded_round == 0 or len(great) >= 2)


def caucus(state: GameState, club: BodyState, body: BodyState) -> bool:
    """Whether `club` is a caucus within `body`: another body of its area, written into
    the world (not founded in play), whose great powers all sit in `body` too (the G7
    within the IMF). It is no rival to the body, nor an alternative to it."""
    great = _great_members(state, club)
    return (
        club.id != body.id
        and club.area == body.area
        and club.founded_round == 0
        and bool(great)
        and great <= _great_members(state, body)
    )


def _rivals_in(state: GameState, bodies: list[BodyState]) -> bool:
    """Whether an area's live bodies contest it: two of them seat different great powers
    (a coalition takes the issue to a body of its own, away from the powers it leaves
    out: contested multilateralism, Morse & Keohane 2014). Twin bodies of one membership,
    such as the IMF and the World Bank, share the work and contest nothing; nor does a
    body of small states alone; nor a club of the world as written whose great powers all
    sit in another body of the area (the G7 beside the IMF, NATO beside the Council: a
    caucus within the order). A body founded in play contests its area all the same:
    founding it is the contest (competitive regime creation). Two such caucuses within one
    body (the G7 and the BRICS within the IMF) contest nothing between them either: each
    sits within the order's body of the area (rules 13). Of twins, one stands for both
    (rules 14: rules 13 set each aside as the other's caucus, and a rival founded beside
    the IMF and the World Bank then contested nothing)."""
    standing: list[BodyState] = []  # the written bodies no other contains, widest first
    for body in sorted(bodies, key=lambda b: -len(_great_members(state, b))):
        if body.founded_round == 0 and not any(caucus(state, body, o) for o in standing):
            standing.append(body)
    bodies = standing + [b for b in bodies if b.founded_round > 0]
    seated = [(_great_members(state, b), b.founded_round > 0) for b in bodies]
    seated = [(great, founded) for great, founded in seated if great]
    for (a, founded_a), (b, founded_b) in combinations(seated, 2):
        if a == b:
            continue
        if founded_a or founded_b or not (a <= b or b <= a):
            return True
    return False


def parallel_pairs(state: GameState) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """Per issue area, pairs of live camp bodies whose great powers do not overlap, each
    holding at least `verdict.bloc.parallel_coverage_min` of world power: (area, the
    great powers of one, those of the other)."""
    least = state.params.verdict.bloc.parallel_coverage_min
    pairs = []
    live = [b for b in state.bodies if camp_body(state, b) and coverage(state, b) >= least]
    for a, b in combinations(live, 2):
        ga, gb = _great_members(state, a), _great_members(state, b)
        if a.area == b.area and not ga & gb:
            pairs.append((a.area, ga, gb))
    return pairs


def two_blocs(state: GameState) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Two camps of great powers, each with institutions of its own: the split that the
    parallel bodies draw. A great power in bodies of both camps is non-aligned, and one
    in no parallel body joins neither camp; each camp keeps at least one great power."""
    pairs = parallel_pairs(state)
    if not pairs:
        return None
    left: set[str] = set(pairs[0][1])
    right: set[str] = set(pairs[0][2])
    pending = pairs[1:]
    while pending:  # place each pair beside a camp it shares a power with
        placed = False
        for pair in list(pending):
            _, ga, gb = pair
            if ga & left or gb & right:
                left |= ga
                right |= gb
            elif ga & right or gb & left:
                left |= gb
                right |= ga
            else:
                continue
            pending.remove(pair)
            placed = True
        if not placed:  # pairs that share no power with either camp: a separate split
            _, ga, gb = pending.pop(0)
            left |= ga
            right |= gb
    both = left & right
    left, right = left - both, right - both
    if not left or not right:
        return None
    order = state.great_powers()
    first = tuple(g for g in order if g in left)
    second = tuple(g for g in order if g in right)
    return (first, second) if order.index(first[0]) < order.index(second[0]) else (second, first)


def standing_exits(state: GameState) -> list[tuple[str, str]]:
    """Great powers' exits (nation, body) that count now: those in the window, and older
    ones whose leaver is still outside the body it left. An exit stands until it is
    reversed (rules 5): the United States left the Human Rights Council in 2018 (Dassler,
    Heinkelmann-Wild & Kruck 2024) and was re-elected to it only in 2021, and it was
    outside UNESCO from 2018 to 2023; the bodies went without it all that time. Before, a
    power that walked out early and stayed out left no trace on the order once its exits
    aged out of the window."""
    window = state.params.indices.exit_rate_window_rounds
    latest = {(n, b): r for r, n, b in state.great_exits}  # recorded in order: the last wins
    counted = [(n, b) for r, n, b in state.great_exits if state.round - r < window]
    counted += [
        (n, b)
        for (n, b), r in latest.items()
        if state.round - r >= window and n not in state.body(b).members
    ]
    return counted


def exits_in_window(state: GameState) -> tuple[int, int]:
    """Great powers' exits in the window, and of them those that realigned: the leaver
    sits in another live body of the area with another great power (it left for a working
    alternative, with partners: a camp forming, not disorder; Dassler, Heinkelmann-Wild &
    Kruck 2024 on rollback). A minor nation's exit does not break the order's
    institutions (docs/model.md section 9)."""
    recent = standing_exits(state)
    realigned = sum(
        any(
            other.id != left
            and other.area == state.body(left).area
            and other.alive
            and nation in other.members
            and _great_members(state, other) - {nation}
            for other in state.bodies
        )
        for nation, left in recent
    )
    return len(recent), realigned


def compute(state: GameState) -> Indices:
    shares = influence(state)
    hhi = sum(v * v for v in shares.values())
    leader = max(shares, key=lambda g: shares[g]) if shares else None
    window = state.params.indices.exit_rate_window_rounds
    decisions = state.params.indices.decision_window_rounds
    top = apex(state)
    apex_alive = top is not None and top.alive
    acted = (
        apex_alive
        and top is not None
        and top.last_decision_round is not None
        and state.round - top.last_decision_round < decisions
    )
    exits, realigned = exits_in_window(state)
    exits -= realigned
    member_rounds = sum(len(b.members) for b in state.bodies if b.alive) * min(window, state.round)
    recent = [m for m in state.motions if state.round - m.round < decisions]
    adopted = [m for m in recent if m.status is MotionStatus.adopted]
    cross = [
        m
        for m in adopted
        if len({_dominant(state.nation(g).doctrine)[0] for g in m.yes_voters}) >= 2
    ]
    live = [b for b in state.bodies if b.alive]
    by_area: dict[str, list[BodyState]] = {}
    for body in live:
        by_area.setdefault(body.area, []).append(body)
    contested = sum(1 for bodies in by_area.values() if _rivals_in(state, bodies))
    parallel = len({area for area, _, _ in parallel_pairs(state)})
    legitimacy = [institution_legitimacy(state, b) for b in live]
    cover = [coverage(state, b) for b in live]
    balance = math.sqrt(sum(legitimacy) / len(live) * sum(cover) / len(live)) if live else 0.0
    return Indices(
        influence=tuple(sorted(shares.items())),
        influence_hhi=hhi,
        n_influence=1 / hhi if hhi > 0 else 0.0,
        leader=leader,
        top_influence=shares[leader] if leader else 0.0,
        n_norm=norm_diversity(state),
        recognition=mutual_recognition(state),
        leader_recognition=rival_recognition(state, leader) if leader else 0.0,
        apex_coverage=coverage(state, top) if apex_alive and top is not None else 0.0,
        apex_can_act=bool(acted),
        capacity_to_act=rules.indices(top).capacity if top is not None else 0.0,
        exit_rate=1000.0 * exits / member_rounds if member_rounds else 0.0,
        exits_in_window=exits,
        vetoes_in_window=sum(
            len(m.vetoed_by) for m in state.motions if state.round - m.round < window
        ),
        rival_bodies=sum(1 for b in state.bodies if b.founded_round > 0),
        areas=len(issue_areas(state)),
        great_powers=len(state.great_powers()),
        realigned_in_window=realigned,
        contested_areas=contested,
        parallel_areas=parallel,
        blocs=two_blocs(state),
        cross_doctrine_share=len(cross) / len(adopted) if adopted else 0.0,
        leader_agenda_share=(
            sum(1 for m in adopted if m.sponsor == leader) / len(adopted) if adopted else 0.0
        ),
        balance=balance,
        vitality=sum(b.vitality for b in live) / len(live) if live else 0.0,
    )


def institution_legitimacy(state: GameState, body: BodyState) -> float:
    """Mean of inclusiveness, procedural fairness and vitality (core-model section 5)."""
    every = rules.power_shares(state)
    shares = {m: every[m] for m in body.members}
    inside = sum(shares.values())
    voters = rules.voters(body)
    if inside <= 0 or not voters:
        return body.vitality / 3
    banzhaf = rules.indices(body).banzhaf
    fairness = 1 - 0.5 * sum(
        abs(banzhaf[i] - shares.get(m, 0.0) / inside) for i, m in enumerate(voters)
    )
    return float(inside + max(0.0, fairness) + body.vitality) / 3
