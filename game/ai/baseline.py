"""The baseline policy: a great power played by the model's own utility rule, the one
minor nations use. It sees only what its nation may see and draws its chances from a
hash of public facts rather than the game's generator, so whole games run headlessly,
stay reproducible, and the AI has a floor to beat."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from statistics import NormalDist

from game.engine import (
    DEMANDS,
    Action,
    Answer,
    BodyState,
    Cast,
    Found,
    GameState,
    Join,
    Memo,
    MotionSpec,
    MotionStatus,
    NationState,
    OfferStatus,
    OptOut,
    Pass,
    Phase,
    Table,
    Threaten,
    Vote,
    Withdraw,
    check,
    current_players,
    dynamics,
    has_cast,
    may_opt_out,
    motion_menu,
    must_vote,
    positions,
    rules,
    valuation,
)


def chance(state: GameState, nation: str, purpose: str) -> float:
    """A uniform draw in [0, 1) from what everyone sees: the round, the nation, the
    purpose, and the nations' power (which carries each game's growth shocks)."""
    text = f"{state.scenario_id}|{state.round}|{nation}|{purpose}|{_powers(state)}"
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


_POWERS: dict[int, tuple[object, str]] = {}


def _powers(state: GameState) -> str:
    """The nations' powers as the chances read them, written once for their positions
    (which move with the round's growth, not with deals); kept by the positions' identity,
    each entry holding its positions."""
    where = positions(state.nations)
    found = _POWERS.get(id(where))
    if found is None or found[0] is not where:
        if len(_POWERS) >= 256:
            _POWERS.clear()
        text = ",".join(f"{x:.6f}" for n in state.nations for x in n.power)
        found = _POWERS[id(where)] = (where, text)
    return found[1]


def _noise(state: GameState, nation: str, motion: int) -> float:
    """The vote rule's noise, N(0, vote.noise_sd), drawn like the baseline's chances."""
    sd = state.params.vote.noise_sd
    if sd <= 0:
        return 0.0
    u = min(max(chance(state, nation, f"vote m{motion}"), 1e-12), 1 - 1e-12)
    return float(NormalDist(0.0, sd).inv_cdf(u))


def _dissatisfied(state: GameState, nation: str, body_id: str) -> bool:
    satisfaction = state.satisfaction_of(nation, body_id)
    return bool(satisfaction < state.params.satisfaction.dissatisfied_below)


def _value(state: GameState, nation: str, body_id: str, spec: MotionSpec) -> float:
    me = state.nation(nation)
    return valuation.motion_value(state, state.body(body_id), spec, me.ideal, me.doctrine, nation)


# Listed voters: a known vote or the value of the draft; anonymous groups: the value.
Values = tuple[Mapping[str, Vote | float], Sequence[float]]


def _values(
    state: GameState, body: BodyState, spec: MotionSpec, known: Mapping[str, Vote]
) -> Values:
    """Each listed voter's known ballot or its value of the motion by the utility rule,
    and each anonymous group's value."""
    valued, groups = valuation.voter_values(state, body, spec, known)
    found = dict(valued)
    listed: dict[str, Vote | float] = {
        m: known[m] if m in known else found[m] for m in rules.voters(body)
    }
    return listed, groups


class _Valued(Mapping[str, "Vote | float"]):
    """The listed voters' known votes or values of a draft, each value found when the
    count first reads it: a draft that fails at a veto holder or, under unanimity, at a
    voter against (most of a drafter's favourites) is not valued by the others. Each
    value is `motion_value`, which `voter_values` gives for all at once (the anonymous
    groups' are few, and found at once)."""

    def __init__(
        self, state: GameState, body: BodyState, spec: MotionSpec, known: Mapping[str, Vote]
    ):
        self.state, self.body, self.spec = state, body, spec
        self.voters = rules.voters(body)
        self.found: dict[str, Vote | float] = dict(known)

    def __getitem__(self, nation: str) -> Vote | float:
        found = self.found.get(nation)
        if found is None:
            me = self.state.nation(nation)
            found = self.found[nation] = valuation.motion_value(
                self.state, self.body, self.spec, me.ideal, me.doctrine, nation
            )
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.voters)

    def __len__(self) -> int:
        return len(self.voters)


def _group_values(state: GameState, body: BodyState, spec: MotionSpec) -> list[float]:
    return [
        valuation.motion_value(state, body, spec, g.ideal, g.doctrine, None) for g in body.anonymous
    ]


def expected_tally(
    state: GameState, body_id: str, spec: MotionSpec, known: Mapping[str, Vote] | None = None
) -> tuple[bool, tuple[float, float, float], tuple[str, ...]]:
    """The tally if every member votes by the utility rule, noise aside, except the
    ballots `known` (pledged, or the forecaster's own). Who subverts is private, so the
    forecast cannot count the obstruction in (nor may its own drafts be obstructed by
    itself)."""
    body = state.body(body_id)
    return _tally(state, body, _values(state, body, spec, known or {}))


def _tally(
    state: GameState, body: BodyState, values: Values
) -> tuple[bool, tuple[float, float, float], tuple[str, ...]]:
    tau = state.params.vote.tau
    listed, groups = values
    ballots = {
        m: v if isinstance(v, str) else rules.vote_by_rule(v, tau) for m, v in listed.items()
    }
    anonymous: list[Vote] = []
    for group, value in zip(body.anonymous, groups, strict=True):
        anonymous += [rules.vote_by_rule(value, tau)] * group.count
    return rules.tally(body, ballots, anonymous)


_SQRT2 = math.sqrt(2.0)


def _cdf(scaled: float) -> float:
    """The standard normal's distribution function at scaled * sqrt(2), as
    statistics.NormalDist writes it, without making a distribution for each voter."""
    return 0.5 * (1.0 + math.erf(scaled))


def _yes(value: Vote | float, tau: float, sd: float) -> float:
    """P(yes) of a known ballot, or of a voter who values the draft at `value` by the
    vote rule."""
    if isinstance(value, str):
        return float(value == "yes")
    if sd <= 0:
        return float(value > tau)
    return 1.0 - _cdf((tau - value) / (sd * _SQRT2))


def _no(value: Vote | float, tau: float, sd: float) -> float:
    """P(no) of a known ballot, or of a voter who values the draft at `value`."""
    if isinstance(value, str):
        return float(value == "no")
    if sd <= 0:
        return float(value < -tau)
    return _cdf((-tau - value) / (sd * _SQRT2))


@dataclass(frozen=True)
class Forecast:
    """What a draft is expected to do: its chance of passing with the vote's noise, and
    the tally, its result and the vetoes if every member votes by the utility rule."""

    odds: float
    passes: bool
    tally: tuple[float, float, float]
    vetoed: tuple[str, ...]


def forecast(
    state: GameState, body_id: str, spec: MotionSpec, known: Mapping[str, Vote] | None = None
) -> Forecast:
    """`expected_tally` and `pass_probability` of a draft together, its members' values
    of it found once."""
    body = state.body(body_id)
    values = _values(state, body, spec, known or {})
    passes, tally, vetoed = _tally(state, body, values)
    return Forecast(_chance(state, body, values), passes, tally, vetoed)


def pass_probability(
    state: GameState, body_id: str, spec: MotionSpec, known: Mapping[str, Vote] | None = None
) -> float:
    """Pr(pass) of a draft when the members vote by the utility rule with its noise
    (`vote.noise_sd`), except the ballots `known`: the chance that no veto holder votes
    no, times the chance the rule's quota is met (a normal approximation of the sum of
    independent ballots; exact for unanimity). A veto holder that is nearly indifferent
    still votes no a third of the time, so a draft that needs several of them to let it
    through rarely passes: the threat of a veto suppresses drafts (core-model section 4)."""
    body = state.body(body_id)
    return _chance(state, body, _values(state, body, spec, known or {}))


def _chance(state: GameState, body: BodyState, values: Values, floor: float | None = None) -> float:
    """The draft's chance of passing (`pass_probability`). Given a `floor`, it may stop
    counting once the chance is sure to fall below it, and return a number below it:
    each veto holder's odds and, under unanimity, each voter's multiply it by at most 1,
    and a float multiplied by at most 1 never grows."""
    tau, sd = state.params.vote.tau, state.params.vote.noise_sd
    listed, groups = values
    vetoes = body.vetoes
    clear = 1.0  # P(no veto), multiplied in the voters' order
    for m in listed if vetoes else ():
        if m in vetoes:
            clear *= 1.0 - _no(listed[m], tau, sd)
    if floor is not None and clear < floor:
        return clear
    abstain_no = body.abstention == "counts_as_no"
    if body.rule.kind == "unanimity":
        quota = 1.0
        for value, count in _ballots(body, listed, groups):
            quota *= (_yes(value, tau, sd) if abstain_no else 1.0 - _no(value, tau, sd)) ** count
            if floor is not None and clear * quota < floor:
                break
        return clear * quota
    weights, share, kept, kept2, share2 = _weighing(body)
    # Each ballot adds (1 - share) w if yes, -share w if no (and if a counted abstention).
    mean = variance = 0.0
    for (cw, cw2), value in zip(weights, chain(listed.values(), groups), strict=True):
        yes = _yes(value, tau, sd)
        against = 1.0 - yes if abstain_no else _no(value, tau, sd)
        step = yes * kept - against * share
        second = yes * kept2 + against * share2
        mean += cw * step
        variance += cw2 * (second - step**2)
    if variance <= 1e-12:
        return clear * float(mean >= 0 if body.rule.kind != "majority" else mean > 0)
    return clear * _cdf(mean / variance**0.5 / _SQRT2)


# Per body: each ballot's count times its weight and times its weight squared, in the
# voters' order, and the rule's share, 1 - share and their squares (what `_chance`
# multiplies by, found once a body rather than once a draft).
Weighing = tuple[list[tuple[float, float]], float, float, float, float]
_WEIGHING: Memo[Weighing] = Memo()


def _weighing(body: BodyState) -> Weighing:
    found = _WEIGHING.get(body)
    if found is None:
        weighted = body.rule.kind == "weighted"
        table = dict(body.rule.weights) if weighted else {}
        each = [(1.0, table.get(m, 0.0) if weighted else 1.0) for m in rules.voters(body)]
        each += [(float(g.count), (g.weight or 0.0) if weighted else 1.0) for g in body.anonymous]
        share = 0.5 if body.rule.kind == "majority" else (body.rule.threshold or 0.5)
        found = _WEIGHING.put(
            (
                [(count * weight, count * weight**2) for count, weight in each],
                share,
                1 - share,
                (1 - share) ** 2,
                share**2,
            ),
            body,
        )
    return found


def _ballots(
    body: BodyState, listed: Mapping[str, Vote | float], groups: Sequence[float]
) -> Iterator[tuple[Vote | float, float]]:
    """Each listed voter's ballot or value, then each anonymous group's, with its count."""
    for value in listed.values():
        yield value, 1.0
    for group, value in zip(body.anonymous, groups, strict=True):
        yield value, float(group.count)


def _isolated(state: GameState, action: Table, vetoer: str) -> bool:
    """Whether forcing the veto holder to veto the draft shows the members something:
    it is the body's veto holder most at odds with its members (farthest from their
    median), and has not already vetoed a draft of this kind (on this nation) here."""
    body = state.body(action.body)
    apart = {v: dynamics.median_distance(state, body, v) for v in body.vetoes}
    if apart[vetoer] < max(apart.values()):
        return False
    return not any(
        vetoer in m.vetoed_by
        and m.body == action.body
        and m.spec.kind == action.motion.kind
        and m.spec.nation == action.motion.nation
        for m in state.motions
    )


def _best_motion(state: GameState, nation: str) -> Table | None:
    """The draft worth most to table: of the drafts that pass at least
    `agenda.table_if.pass_probability_min` of the time (`pass_probability`), the one it
    gains most from; else one that forces the body's most isolated veto holder to veto
    a question in public against a majority for the first time, worth the standing G
    (`agenda.table_if.forcing_gain`, docs/model.md section 2). On a tie, the first in
    the menus' order."""
    gain_min = state.params.agenda.table_if.own_gain_min
    forcing = state.params.agenda.table_if.forcing_gain
    likely = state.params.agenda.table_if.pass_probability_min
    me = state.nation(nation)
    candidates: list[tuple[float, BodyState, MotionSpec]] = []
    for body in state.bodies:
        if nation not in rules.voters(body) or not body.alive:
            continue
        specs = motion_menu(state, body, me)
        for spec, gain in zip(specs, valuation.values_to(state, body, specs, nation), strict=True):
            if gain >= gain_min:
                candidates.append((gain, body, spec))
    # Counting votes is the costly part: try the largest gains first, and stop once no
    # draft left could beat the best found (a draft is worth at most its gain, or G).
    best: tuple[float, Table] | None = None
    for i in sorted(range(len(candidates)), key=lambda i: -candidates[i][0]):
        gain, body, spec = candidates[i]
        if best is not None and max(gain, forcing) <= best[0]:
            break
        action = Table(nation, body.id, spec)
        # For both forecasts. Where a veto holder or, under unanimity, any voter can sink
        # a draft, it is valued as the count reaches each voter (most drafts fail before
        # every voter is); elsewhere every value counts, found for all at once.
        known: dict[str, Vote] = {nation: "yes"}
        values: Values = (
            (_Valued(state, body, spec, known), _group_values(state, body, spec))
            if body.vetoes or body.rule.kind == "unanimity"
            else _values(state, body, spec, known)
        )
        if _chance(state, body, values, likely) >= likely:
            worth = gain
        else:
            # Worth tabling only to force a lone veto, which needs a veto holder, and
            # only if that beats the best found: count the votes then.
            if not body.vetoes or forcing <= 0 or (best is not None and forcing <= best[0]):
                continue
            passes, (yes, no, _), vetoed = _tally(state, body, values)
            if passes or len(vetoed) != 1 or yes <= no or not _isolated(state, action, vetoed[0]):
                continue
            worth = forcing
        # Legal last: most drafts fall at the count of votes, which costs no more.
        if (best is None or worth > best[0]) and check(state, action).ok:
            best = (worth, action)
    return best[1] if best else None


def _propensity(state: GameState, me: NationState, body: BodyState) -> float:
    """The doctrine's chance of leaving, a round, a body it is in exit mode with."""
    if body.tier != "apex":
        return float(rules.doctrine_param(state, me.doctrine, "exit_propensity"))
    rows = [rules.doctrine_row(state, d) for d in rules.DOCTRINE_NAMES]
    apex = [
        row.exit_propensity_apex if row.exit_propensity_apex is not None else row.exit_propensity
        for row in rows
    ]
    return float(sum(w * p for w, p in zip(me.doctrine, apex, strict=True)))


def _would_leave(state: GameState, nation: str) -> list[BodyState]:
    """The live bodies the nation is dissatisfied with and in exit or rollback mode."""
    return [
        body
        for body in state.bodies
        if nation in body.members
        and body.alive
        and _dissatisfied(state, nation, body.id)
        and dynamics.mode(state, body, nation) in ("exit", "rollback")
    ]


def _threat(state: GameState, nation: str) -> Threaten | None:
    """The threat with the best expected gain to the nation's payoff, where it is
    dissatisfied and cannot block, if that gain is worth the capital a threat costs. It
    threatens only what it would carry out (it leaves if the threat fails), so it does
    so with its exit propensity."""
    cost = state.params.capital.threat_cost * state.params.capital.utility_per_unit
    best: tuple[float, Threaten] | None = None
    for body in _would_leave(state, nation):
        if chance(state, nation, f"threaten {body.id}") >= _propensity(
            state, state.nation(nation), body
        ):
            continue
        now = dynamics.payoff(state, body, nation)
        for demand in DEMANDS:
            action = Threaten(nation, body.id, demand)
            if not check(state, action).ok:
                continue
            gain = dynamics.payoff(state, dynamics.reformed(state, body, nation, demand), nation)
            expected = dynamics.threat_chance(state, nation, demand) * (gain - now)
            if expected > cost and (best is None or expected > best[0]):
                best = (expected, action)
    return best[1] if best else None


def _rival(state: GameState, nation: str) -> Found | None:
    """Found a rival body where the nation is dissatisfied and its voting power lags its
    material power, with like-minded co-founders strong enough together, with chance
    p_per_round (1 - its recognition of the body's other great powers)."""
    model = state.params.rival_founding
    me = state.nation(nation)
    if me.capital < state.params.capital.found_cost:
        return None
    satisfaction = dict(state.satisfaction)
    for body in state.bodies:
        if nation not in body.members or not body.alive:
            continue
        if satisfaction.get(f"{nation}@{body.id}", 0.0) >= model.founder_satisfaction_below:
            continue
        if any(
            b.alive and b.area == body.area and nation in b.founders and b.founded_round > 0
            for b in state.bodies
        ):
            continue
        inside = sum(rules.power_share(state, state.nation(m)) for m in body.members)
        share = rules.power_share(state, me)
        if share / inside - rules.banzhaf_of(body, nation) <= model.misalignment:
            continue
        cofounders = tuple(
            n.id
            for n in state.nations
            if n.id != nation and rules.cosine(n.doctrine, me.doctrine) >= model.cofounder_cosine
        )
        joint = share + sum(rules.power_share(state, state.nation(c)) for c in cofounders)
        if len(cofounders) < 2 or joint < model.min_power:
            continue
        incumbents = [m for m in body.members if m != nation and state.nation(m).great]
        recognition = (
            sum(me.recognises(m) for m in incumbents) / len(incumbents) if incumbents else 0.5
        )
        if chance(state, nation, f"found {body.id}") < model.p_per_round * (1 - recognition):
            return Found(nation, body.area, cofounders)
    return None


def _body_to_leave(state: GameState, nation: str) -> str | None:
    """A body the nation is dissatisfied with, cannot block, and would do better outside
    of: it leaves with its doctrine's exit propensity, and surely after a failed threat
    (docs/model.md section 5)."""
    me = state.nation(nation)
    for body in _would_leave(state, nation):
        failed = any(
            t.nation == nation and t.body == body.id and t.round == state.round and t.won is False
            for t in state.threats
        )
        if failed or chance(state, nation, f"leave {body.id}") < _propensity(state, me, body):
            return body.id
    return None


def _body_to_join(state: GameState, nation: str) -> str | None:
    """A body the nation left (after the wait) or was invited to, where it would gain."""
    for body in state.bodies:
        action = Join(nation, body.id)
        if body.left_in(nation) == state.round:  # it has just left: no coming straight back
            continue
        if check(state, action).ok and dynamics.would_join(state, body, nation):
            return body.id
    return None


def baseline_action(state: GameState, nation: str) -> Action:
    """The baseline's move for the nation now (it must be one of the current players)."""
    if nation not in current_players(state):
        raise ValueError(f"{nation} has no move in the {state.phase.value} phase")
    tau = state.params.vote.tau
    if state.phase is Phase.diplomacy:
        for offer in state.offers:
            if offer.receiver == nation and offer.status is OfferStatus.open:
                welcome = offer.ask is None and offer.give.kind in ("transfer", "recognise")
                answer = Answer(nation, offer.id, welcome)
                if check(state, answer).ok:
                    return answer
        return Pass(nation)
    if state.phase is Phase.agenda:
        return (
            _threat(state, nation)
            or _rival(state, nation)
            or _best_motion(state, nation)
            or Pass(nation)
        )
    if state.phase is Phase.vote:
        for motion in must_vote(state, nation):
            if not has_cast(state, nation, motion.id) and motion.status is MotionStatus.tabled:
                if motion.sponsor == nation:  # it tabled it: it votes for it
                    return Cast(nation, motion.id, "yes")
                if dynamics.obstructs(state, nation, motion.body, motion.sponsor):
                    return Cast(nation, motion.id, "no")
                value = _value(state, nation, motion.body, motion.spec)
                return Cast(
                    nation,
                    motion.id,
                    rules.vote_by_rule(value + _noise(state, nation, motion.id), tau),
                )
    if state.phase is Phase.membership:
        leave = _body_to_leave(state, nation)
        if leave is not None:
            return Withdraw(nation, leave)
        join = _body_to_join(state, nation)
        if join is not None:
            return Join(nation, join)
    if state.phase is Phase.opt_out:
        for motion in may_opt_out(state, nation):
            me = state.nation(nation)
            if valuation.adopted_value(state, motion, me.ideal, me.doctrine, nation) < -tau:
                return OptOut(nation, motion.id)
    return Pass(nation)
