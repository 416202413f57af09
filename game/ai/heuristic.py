"""The heuristic bot: it weighs every move it may make by its terms (what the model's
payoff, its objectives, its legitimacy and its capital gain or lose), as its doctrine's
personality weighs them, and makes the best one. The terms are its explanation.

It sees only its view. Its forecasts of others use what is public about them (ideal
points, doctrines, memberships, the power indices of each body); of itself, also its
objectives, its satisfaction and the offers it is party to."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from game.engine import (
    DEMANDS,
    Action,
    Answer,
    BodyState,
    Cast,
    Event,
    Found,
    GameState,
    Join,
    Motion,
    MotionSpec,
    MotionStatus,
    Offer,
    OfferState,
    OfferStatus,
    OptOut,
    Pass,
    Phase,
    Phrase,
    SeatView,
    Table,
    Term,
    Threaten,
    Vote,
    Withdraw,
    check,
    dynamics,
    events,
    has_cast,
    influence,
    may_opt_out,
    motion_menu,
    must_vote,
    phrase,
    rules,
    valuation,
)
from game.engine import indices as order_indices

from .base import Decision
from .baseline import chance, expected_tally, forecast
from .deeds import alternative
from .explain import Terms, aim, explain
from .objectives import moving_kinds, objective_change
from .personality import Personality

HORIZON = 3  # rounds over which a change of membership is weighed
KEEP_CAPITAL = 4.0  # capital it keeps in hand for tabling and threats
MUTUAL = phrase("mutual_recognition")


@dataclass(frozen=True)
class Option:
    """A move and the terms that weigh for (positive) and against (negative) it,
    relative to doing nothing."""

    action: Action
    terms: Terms
    lead: Phrase | None = None

    @property
    def value(self) -> float:
        return sum(v for _, v in self.terms)


@dataclass
class HeuristicBot:
    nation: str
    doctrine: tuple[float, float, float, float] | None = None  # the scenario's ai.doctrine
    level: str = "normal"  # easy: noisy and forgetful; normal
    kind: str = "heuristic"
    broken: list[tuple[int, str, str]] = field(default_factory=list)  # (round, who, to whom)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def memory(self) -> int:
        return 1 if self.level == "easy" else 1000

    @property
    def noise(self) -> float:
        return 0.15 if self.level == "easy" else 0.0

    def observe(self, seen: tuple[Event, ...]) -> None:
        for e in seen:
            if isinstance(e, events.PledgeBroken):
                self.broken.append((e.round, e.nation, e.to))

    # ------------------------------------------------------------ deciding

    def decide(self, view: SeatView) -> Decision:
        return self.choose(view, self.options(view))

    def choose(self, view: GameState, options: list[Option]) -> Decision:
        """The best of the options (as it judges them), with its explanation."""
        chosen = max(options, key=lambda o: o.value + self._jitter(view, o.action))
        leads = [chosen.lead] if chosen.lead else []
        if chosen.value < max(o.value for o in options):  # the easy level's misjudgement
            leads.insert(0, phrase("misjudged"))
        return Decision(chosen.action, explain(view, chosen.action, chosen.terms, leads))

    def _jitter(self, view: GameState, action: Action) -> float:
        if not self.noise:
            return 0.0
        return self.noise * (2 * chance(view, self.nation, f"ai {action}") - 1)

    def options(self, view: GameState) -> list[Option]:
        """Every move it considers now, with its terms; doing nothing is worth 0."""
        me = self.nation
        phase = view.phase
        if phase is Phase.vote:
            return self._ballot(view)
        if phase is Phase.diplomacy:
            answers = self._answers(view)
            if answers:
                return answers
            made = any(o.sender == me and o.round == view.round for o in view.offers)
            offers = [] if made else self._kept(view, "offers", self._offers)
            return self._with_pass(view, offers)
        if phase is Phase.agenda:
            return self._with_pass(
                view, [*self._motions(view), *self._threats(view), *self._rivals(view)]
            )
        if phase is Phase.opt_out:
            return self._with_pass(view, self._opt_outs(view))
        if phase is Phase.membership:
            return self._with_pass(view, self._memberships(view))
        return [Option(Pass(me), ())]

    def _kept(self, view: GameState, name: str, work: Callable[[GameState], Any]) -> Any:
        """`work(view)`, computed once while the bodies stay the same within a round (the
        driver asks every power again each time one of them moves in diplomacy)."""
        hit = self._cache.get(name)
        if hit is not None and hit[0] is view.bodies and hit[1] == view.round:
            return hit[2]
        value = work(view)
        self._cache[name] = (view.bodies, view.round, value)
        return value

    def _with_pass(self, view: GameState, options: list[Option]) -> list[Option]:
        """The options plus passing. Passing carries the best option's terms when that
        option is worth less than nothing, so that the pass explains itself."""
        worth = [o for o in options if o.value > 0]
        if worth:
            return [*worth, Option(Pass(self.nation), ())]
        best = max(options, key=lambda o: o.value, default=None)
        if best is None:
            return [Option(Pass(self.nation), ())]
        lead = phrase("less_than_nothing", best=alternative(view, best.action))
        return [Option(Pass(self.nation), best.terms, lead)]

    # ------------------------------------------------------------ shared measures

    def personality(self, view: GameState) -> Personality:
        return Personality.of(view.nation(self.nation), self.doctrine)

    def _per_unit(self, view: GameState) -> float:
        return float(view.params.capital.utility_per_unit)

    def _legitimacy(self, view: GameState, key: str) -> float:
        """A legitimacy change in score points."""
        return float(getattr(view.params.legitimacy, key) * view.params.score.legitimacy)

    def _horizon(self, view: GameState) -> int:
        return max(1, min(HORIZON, view.rounds - view.round + 1))

    def worth(
        self, view: GameState, body: BodyState, spec: MotionSpec, tied: bool | None = None
    ) -> list[tuple[Phrase, float]]:
        """What a motion, if adopted, is worth to it: the model's payoff change, as its
        doctrine weighs it, its taste for broader or narrower mandates, and its objectives
        (`tied`: whether the motion can move one, if the caller knows)."""
        me = view.nation(self.nation)
        character = self.personality(view)
        value = valuation.motion_value(view, body, spec, me.ideal, character.doctrine, self.nation)
        terms = [(phrase(f"effect_{spec.kind}"), value)]
        if spec.kind == "mandate":
            terms.append(
                (phrase("doctrine_on_mandate"), character.mandate_bias * (spec.x + spec.y))
            )
        nearer = self._apex_admission(view, body, spec)
        if nearer:
            terms.append((phrase("apex_for_all"), nearer))
        if tied is None:
            tied = spec.kind in moving_kinds(view, self.nation).get(body.id, set())
        if tied:
            adopted = rules.adopt(body, spec, view.round)
            terms += [
                (aim(self.nation, text), points)
                for text, points in objective_change(view, adopted, self.nation)
            ]
        return terms

    def trusts(self, view: GameState, other: str) -> bool:
        """Whether it takes the other's word: not if it broke a pledge within memory."""
        return not any(
            who == other and view.round - when < self.memory for when, who, _ in self.broken
        )

    def pledged_to_me(self, view: GameState, body: str) -> list[str]:
        """Those pledged this round to vote yes on its motions in the body."""
        return [
            o.receiver if o.sender == self.nation else o.sender
            for o in view.offers
            if o.status is OfferStatus.accepted and o.round == view.round
            for term, giver in _sides(o)
            if term.kind == "pledge"
            and term.body == body
            and giver != self.nation
            and self.trusts(view, giver)
        ]

    # ------------------------------------------------------------ voting

    def _ballot(self, view: GameState) -> list[Option]:
        motion = next(
            m
            for m in must_vote(view, self.nation)
            if not has_cast(view, self.nation, m.id) and m.status is MotionStatus.tabled
        )
        body = view.body(motion.body)
        terms = self.worth(view, body, motion.spec)
        if motion.sponsor == self.nation:  # it tabled it, perhaps to force a veto: yes
            lead = phrase("own_motion")
            return [Option(Cast(self.nation, motion.id, "yes"), tuple(terms), lead)]
        pledge = self._my_pledge(view, motion)
        character = self.personality(view)
        if pledge is not None:
            cost = (
                self._legitimacy(view, "kept_pledge") - self._legitimacy(view, "broken_pledge")
            ) * character.word_weight
            terms.append((phrase("pledge_to", nation=pledge), cost))
        value = sum(v for _, v in terms)
        tau = view.params.vote.tau
        # In a consensus body every member's no is a veto.
        holder = self.nation in body.vetoes or body.rule.kind == "unanimity"
        if holder and value < -tau:
            known: dict[str, Vote] = {self.nation: "abstain"}
            _, (yes, no, _), _ = expected_tally(view, body.id, motion.spec, known)
            if yes > no:  # its no would be a veto against a majority
                cost = self._legitimacy(view, "veto_vs_majority") * character.veto_restraint
                spared = self._constructive_abstention(view, body, value)
                letting = value + sum(v for _, v in spared)  # abstaining, opted out if it may
                if letting < cost:  # the loss outweighs what the veto costs it
                    terms.append((phrase("veto_cost"), -cost))
                    return [Option(Cast(self.nation, motion.id, "no"), tuple(terms))]
                terms.extend(spared)
                terms.append((phrase("veto_cost_spared"), cost))
                return [Option(Cast(self.nation, motion.id, "abstain"), tuple(terms))]
        vote: Vote = rules.vote_by_rule(value, tau)
        return [Option(Cast(self.nation, motion.id, vote), tuple(terms))]

    def _constructive_abstention(
        self, view: GameState, body: BodyState, value: float
    ) -> list[tuple[Phrase, float]]:
        """What letting a measure it dislikes pass and opting out of it would spare a
        member that may opt out, as parties to the Paris Agreement set their own
        contributions (docs/model.md section 3); nothing if it may not, or if opting out
        would cost it more than it spares."""
        phi = rules.opt_out_share(body, self.nation)
        if phi <= 0 or value >= 0:
            return []
        terms = [
            (phrase("opted_out_share"), -value * phi),
            (phrase("opt_out_cost"), self._legitimacy(view, "opt_out")),
        ]
        return terms if sum(v for _, v in terms) > 0 else []

    def _my_pledge(self, view: GameState, motion: Motion) -> str | None:
        """To whom it pledged a yes on this motion, if anyone."""
        for offer in view.offers:
            if offer.status is not OfferStatus.accepted or offer.round != view.round:
                continue
            for term, giver in _sides(offer):
                taker = offer.receiver if giver == offer.sender else offer.sender
                if (
                    giver == self.nation
                    and term.kind == "pledge"
                    and term.body == motion.body
                    and motion.sponsor == taker
                ):
                    return taker
        return None

    # ------------------------------------------------------------ the agenda

    def drafts(self, view: GameState) -> list[tuple[float, BodyState, MotionSpec, Terms]]:
        """Every motion it may draft, with its worth, best first. Nothing a draft's
        worth depends on changes from diplomacy through the agenda, so it is kept."""
        drafts: list[tuple[float, BodyState, MotionSpec, Terms]] = self._kept(
            view, "drafts", self._all_drafts
        )
        return drafts

    def _all_drafts(self, view: GameState) -> list[tuple[float, BodyState, MotionSpec, Terms]]:
        me = view.nation(self.nation)
        moving = moving_kinds(view, self.nation)
        drafts = []
        for body in view.bodies:
            if self.nation not in rules.voters(body) or not body.alive:
                continue
            kinds = moving.get(body.id, set())
            for spec in motion_menu(view, body, me):
                terms = tuple(self.worth(view, body, spec, spec.kind in kinds))
                drafts.append((sum(v for _, v in terms), body, spec, terms))
        drafts.sort(key=lambda d: -d[0])
        return drafts

    def _motions(self, view: GameState) -> list[Option]:
        """Drafts it expects to pass (counting the yes votes pledged to it) at least
        `agenda.table_if.pass_probability_min` of the time, their worth discounted by
        the chance they fall, and drafts that force an isolated veto holder to veto
        against a majority."""
        me = view.nation(self.nation)
        cost = view.params.capital.motion_cost
        if me.capital < cost:
            return []
        forcing = view.params.agenda.table_if.forcing_gain
        likely = view.params.agenda.table_if.pass_probability_min
        tabling = (phrase("motion_cost"), -cost * self._per_unit(view))
        drafts = [d for d in self.drafts(view) if d[0] > -tabling[1] or d[0] > forcing]
        options: list[Option] = []
        for _, body, spec, terms in drafts[:12]:
            action = Table(self.nation, body.id, spec)
            if not check(view, action).ok:
                continue
            known: dict[str, Vote] = {p: "yes" for p in self.pledged_to_me(view, body.id)}
            known[self.nation] = "yes"
            expected = forecast(view, body.id, spec, known)
            passes, (yes, no, _), vetoed = expected.passes, expected.tally, expected.vetoed
            odds = expected.odds
            if passes and odds >= likely:
                risk = self._close_count(view, body, spec, known, terms)
                gain = sum(v for _, v in terms)
                falls = (phrase("vote_may_fail", share=1 - odds), -(1 - odds) * gain)
                options.append(Option(action, (*terms, *risk, falls, tabling)))
                if len(options) >= 3:
                    break
            elif len(vetoed) == 1 and yes > no and forcing > 0:
                options.append(Option(action, ((phrase("forcing_lone_veto"), forcing), tabling)))
        return options

    def _close_count(
        self,
        view: GameState,
        body: BodyState,
        spec: MotionSpec,
        known: dict[str, Vote],
        terms: Terms,
    ) -> Terms:
        """Where one other great power's change of heart would sink the draft, the risk
        of it, as the power's appetite for risk (the scenario's `ai.risk`) weighs it: a
        cautious power discounts up to half of what it hopes to gain."""
        gain = sum(v for _, v in terms if v > 0)
        risk = self.personality(view).risk
        if gain <= 0 or risk >= 1:
            return ()
        for other in rules.voters(body):
            if other == self.nation or other in known or not view.nation(other).great:
                continue
            if not expected_tally(view, body.id, spec, {**known, other: "abstain"})[0]:
                return ((phrase("close_count"), -0.5 * (1 - risk) * gain),)
        return ()

    def _threats(self, view: GameState) -> list[Option]:
        """Voice before exit: where it would do better outside a body, a threat to leave
        unless granted a narrow reform that it would value above leaving. The threat is
        believed because it would leave anyway; the more power it has, and the narrower
        the demand, the likelier the reform (docs/model.md, threats)."""
        options: list[Option] = []
        cost = view.params.capital.threat_cost
        if view.nation(self.nation).capital < cost + KEEP_CAPITAL:
            return options
        character = self.personality(view)
        h = self._horizon(view)
        for leave in self._memberships(view, legal_only=False):
            if not isinstance(leave.action, Withdraw) or leave.value <= 0:
                continue
            body = view.body(leave.action.body)
            now = dynamics.payoff(view, body, self.nation)
            for demand in DEMANDS:
                action = Threaten(self.nation, body.id, demand)
                if not check(view, action).ok:
                    continue
                reformed = dynamics.reformed(view, body, self.nation, demand)
                better = math.tanh(dynamics.payoff(view, reformed, self.nation) - now)
                gain = better * h * character.exit_readiness - leave.value
                if gain <= 0:
                    continue  # leaving would still be worth more than the reform
                odds = dynamics.threat_chance(view, self.nation, demand)
                failed = view.params.threat.failed_legitimacy * view.params.score.legitimacy
                terms = (
                    (phrase("threat_won", demand=demand, share=odds), odds * gain),
                    (phrase("threat_failed"), (1 - odds) * failed * 2 * (1 - character.risk)),
                    (phrase("threat_cost"), -cost * self._per_unit(view)),
                )
                options.append(Option(action, terms))
        return options

    def _rivals(self, view: GameState) -> list[Option]:
        """A rival body in the area of one it belongs to, where its voting power lags its
        material power, with like-minded co-founders."""
        me = view.nation(self.nation)
        cost = view.params.capital.found_cost
        if me.capital < cost + KEEP_CAPITAL:
            return []
        model = view.params.rival_founding
        character = self.personality(view)
        share = rules.power_share(view, me)
        options: list[Option] = []
        for area in sorted({b.area for b in view.bodies if self.nation in b.members and b.alive}):
            if any(
                b.alive and b.area == area and self.nation in b.founders and b.founded_round > 0
                for b in view.bodies
            ):
                continue
            body = max(
                (b for b in view.bodies if b.area == area and self.nation in b.members and b.alive),
                key=lambda b: b.member_count,
            )
            inside = sum(rules.power_share(view, view.nation(m)) for m in body.members)
            lag = share / inside - rules.banzhaf_of(body, self.nation) if inside > 0 else 0.0
            terms: list[tuple[Phrase, float]] = []
            if lag > model.misalignment:
                trailing = phrase("votes_trailing", body=body.id, points=round(lag * 100))
                terms.append((trailing, character.rival_appetite * lag))
            for objective in me.objectives:
                if objective.kind == "found_rival" and objective.param("area") == area:
                    terms.append((aim(self.nation, objective.text), float(objective.points)))
            if not terms:
                continue
            likeminded = sorted(
                (n for n in view.nations if n.id != self.nation),
                key=lambda n: -rules.cosine(n.doctrine, character.doctrine),
            )
            cofounders = tuple(n.id for n in likeminded[:4])
            terms.append((phrase("found_cost"), -cost * self._per_unit(view)))
            options.append(Option(Found(self.nation, area, cofounders), tuple(terms)))
        return options

    # ------------------------------------------------------------ opting out, membership

    def _opt_outs(self, view: GameState) -> list[Option]:
        me = view.nation(self.nation)
        character = self.personality(view)
        options = []
        for motion in may_opt_out(view, self.nation):
            body = view.body(motion.body)
            value = valuation.adopted_value(view, motion, me.ideal, character.doctrine, self.nation)
            spared = rules.opt_out_share(body, self.nation)
            if value < 0:
                options.append(
                    Option(
                        OptOut(self.nation, motion.id),
                        (
                            (phrase("cost_spared", share=spared), -value * spared),
                            (phrase("opt_out_cost"), self._legitimacy(view, "opt_out")),
                        ),
                    )
                )
        return options

    def _memberships(self, view: GameState, legal_only: bool = True) -> list[Option]:
        """Leaving a body where the outside option beats staying by more than leaving
        costs it (legitimacy, objectives, the influence it holds there, and a step toward
        a fragmented order); joining one it may join where being inside beats the
        outside option by the same measure, so that it does not come and go."""
        character = self.personality(view)
        h = self._horizon(view)
        options: list[Option] = []
        # One withdrawal a round: it weighs each exit against the world as it stands.
        left = any(b.left_in(self.nation) == view.round for b in view.bodies)
        for body in view.bodies:
            inside = self.nation in body.members
            if inside and left:
                continue
            action: Action = (
                Withdraw(self.nation, body.id) if inside else Join(self.nation, body.id)
            )
            if inside and not body.alive:
                continue
            if (legal_only or not inside) and not check(view, action).ok:
                continue
            if inside:
                member = body
                other = replace(
                    body,
                    members=tuple(m for m in body.members if m != self.nation),
                    vetoes=tuple(v for v in body.vetoes if v != self.nation),
                )
            else:
                member, other = replace(body, members=(*body.members, self.nation)), body
            # Payoffs count as satisfaction does (docs/model.md): through tanh, so one
            # body's windfall cannot outweigh everything else.
            gap = math.tanh(
                dynamics.outside_option(view, member, self.nation)
                - dynamics.payoff(view, member, self.nation)
            )
            sign, weighed = (1.0, "outside_option") if inside else (-1.0, "membership")
            terms = [
                (phrase(weighed, rounds=h), sign * gap * h * character.exit_readiness),
                *[(aim(self.nation, t), p) for t, p in objective_change(view, other, self.nation)],
            ]
            if inside:
                terms += [
                    (phrase("exit_cost"), self._legitimacy(view, "exit")),
                    (phrase("fragmenting"), self._fragmenting(view)),
                ]
            if sum(v for _, v in terms) > 0:  # only then is the influence worth counting
                weight = character.influence_weight
                terms.append((phrase("influence"), weight * self._influence_change(view, other)))
            options.append(Option(action, tuple(terms)))
        return options

    def liking(self, view: GameState, verdict: str) -> float:
        """How much its doctrine likes a final order, -1 to 1 (the score's order view)."""
        character = self.personality(view)
        return rules.order_liking(view, character.doctrine, verdict)

    def _pluralist_stake(self, view: GameState) -> float:
        """The score a pluralist order would bring it over the order shown now (0 if it
        would rather not have one): what it plays for when it helps one come about."""
        now = view.order.shown
        gain = self.liking(view, "pluralist") - self.liking(view, now)
        return float(view.params.score.order_view) * max(gain, 0.0)

    def _apex_admission(self, view: GameState, body: BodyState, spec: MotionSpec) -> float:
        """A great power admitted to the apex body brings a pluralist order nearer while the
        apex body holds too little of world power for one: its share of the gap closed,
        times the stake, halved because the order needs more than that."""
        if spec.kind != "admit" or body.tier != "apex" or spec.nation is None:
            return 0.0
        if not view.has_nation(spec.nation) or not view.nation(spec.nation).great:
            return 0.0
        least = float(view.params.verdict.pluralist.apex_coverage_min)
        now = sum(rules.power_share(view, view.nation(m)) for m in body.members)
        gap = least - now
        if gap <= 0:
            return 0.0
        added = rules.power_share(view, view.nation(spec.nation))
        return 0.5 * self._pluralist_stake(view) * min(1.0, added / gap)

    def _fragmenting(self, view: GameState) -> float:
        """An exit's share of tipping the order into fragmentation (or keeping it there):
        what a fragmented order costs it in score, over the exits still missing from the
        window that tips it, halved because the verdict needs more than exits."""
        fragmented = view.params.verdict.fragmented
        window = view.params.indices.exit_rate_window_rounds
        recent = sum(1 for r, _, _ in view.great_exits if view.round - r < window)
        missing = max(1, int(fragmented.min_exits_in_window) - recent)

        now = view.order.shown
        if now == "transitional" and view.order.leaning:
            now = view.order.leaning
        if now == "fragmented":  # more exits keep it there; the way out is transitional
            now = "transitional"
        loss = view.params.score.fragmented_loss + view.params.score.order_view * (
            self.liking(view, now) - self.liking(view, "fragmented")
        )
        return -0.5 * max(float(loss), 0.0) / missing

    def _influence_change(self, view: GameState, changed: BodyState) -> float:
        """The score its influence share would gain or lose if the body were changed."""
        before = influence(view).get(self.nation, 0.0)
        after = influence(
            replace(view, bodies=tuple(changed if b.id == changed.id else b for b in view.bodies))
        ).get(self.nation, 0.0)
        return float(view.params.score.influence * (after - before))

    # ------------------------------------------------------------ diplomacy

    def _plan(self, view: GameState) -> tuple[BodyState, MotionSpec, float] | None:
        """The motion it would most like to pass this round, whether or not it would."""
        drafts = self.drafts(view)
        return (drafts[0][1], drafts[0][2], drafts[0][0]) if drafts else None

    def _offers(self, view: GameState) -> list[Option]:
        """A deal for a pivotal vote on the motion it most wants: a pledge for a pledge
        (a logroll) when it gains from the other's likely motion too, else capital; and
        mutual recognition where that brings a pluralist order it wants nearer."""
        return [*self._recognition_offers(view), *self._vote_deals(view)]

    def _recognition_stake(self, view: GameState, other: str) -> float:
        """What mutual recognition with another great power is worth to it as a step
        toward a pluralist order, while the great powers recognise each other too little
        for one: the pair's share of the gap closed (each recognises the other 0.1 more),
        times the stake, halved."""
        least = float(view.params.verdict.pluralist.recognition_min)
        great = view.great_powers()
        pairs = len(great) * (len(great) - 1) // 2
        now = order_indices.mutual_recognition(view)
        if pairs == 0 or now >= least or not view.nation(other).great:
            return 0.0
        return 0.5 * self._pluralist_stake(view) * min(1.0, 0.1 / pairs / (least - now))

    def _recognition_offers(self, view: GameState) -> list[Option]:
        me = view.nation(self.nation)
        options = []
        for other in view.great_powers():
            if other == self.nation or not self.trusts(view, other):
                continue
            them = view.nation(other)
            if min(me.recognises(other), them.recognises(self.nation)) >= 0.9:
                continue
            stake = self._recognition_stake(view, other)
            if stake <= 0:
                continue
            cost = self._recognition_term(view, other, gives=False)
            options.append(
                Option(
                    Offer(self.nation, other, Term("recognise"), Term("recognise")),
                    ((MUTUAL, stake), cost),
                )
            )
        return options

    def _vote_deals(self, view: GameState) -> list[Option]:
        plan = self._plan(view)
        if plan is None or plan[2] <= 0:
            return []
        body, spec, gain = plan
        known: dict[str, Vote] = {self.nation: "yes"}
        if expected_tally(view, body.id, spec, known)[0]:
            return []
        character = self.personality(view)
        me = view.nation(self.nation)
        options = []
        for other in view.great_powers():
            if (
                other == self.nation
                or other not in rules.voters(body)
                or not self.trusts(view, other)
            ):
                continue
            if not expected_tally(view, body.id, spec, {**known, other: "yes"})[0]:
                continue
            them = view.nation(other)
            their_loss = -valuation.motion_value(view, body, spec, them.ideal, them.doctrine, other)
            theirs = predicted_motion(view, other, exclude=body.id)
            if theirs is not None and self.nation in rules.voters(view.body(theirs[0])):
                mine = sum(v for _, v in self.worth(view, view.body(theirs[0]), theirs[1]))
                if mine + gain > 0:
                    give = Term("pledge", body=theirs[0])
                    options.append(
                        Option(
                            Offer(self.nation, other, give, Term("pledge", body=body.id)),
                            (
                                (phrase("pledged_vote"), gain),
                                (phrase("yes_on_their_motion", owner=other), mine),
                            ),
                        )
                    )
                    continue
            amount = math.ceil(
                max(their_loss, 0.0) / self._per_unit(view) * character.trade_appetite + 1
            )
            if amount <= me.capital - KEEP_CAPITAL:
                cost = amount * self._per_unit(view)
                options.append(
                    Option(
                        Offer(
                            self.nation,
                            other,
                            Term("transfer", amount=float(amount)),
                            Term("pledge", body=body.id),
                        ),
                        (
                            (phrase("pledged_vote"), gain),
                            (phrase("capital_for_vote", amount=amount), -cost),
                        ),
                    )
                )
        return options

    def _answers(self, view: GameState) -> list[Option]:
        """Its answer to the first open offer to it: accept when the terms come out ahead."""
        offer = next(
            (o for o in view.offers if o.receiver == self.nation and o.status is OfferStatus.open),
            None,
        )
        if offer is None:
            return []
        terms: list[tuple[Phrase, float]] = []
        trusted = self.trusts(view, offer.sender)
        for term, giver in _sides(offer):
            gives = giver == offer.sender
            sign = 1.0 if gives else -1.0
            if term.kind == "transfer":
                moved = phrase("capital_in" if gives else "capital_out", amount=term.amount or 0.0)
                terms.append((moved, sign * (term.amount or 0) * self._per_unit(view)))
            elif term.kind == "recognise":
                terms.append(self._recognition_term(view, offer.sender, gives))
                if not gives and offer.give.kind == "recognise":  # mutual recognition
                    stake = self._recognition_stake(view, offer.sender)
                    if stake:
                        terms.append((MUTUAL, stake))
            elif term.kind == "guarantee":
                promise = phrase("guarantee_in" if gives else "guarantee_out")
                terms.append((promise, 0.02 if gives else -0.02))
            elif term.kind == "pledge" and term.body is not None:
                if gives:
                    worth = self._pledge_worth(view, offer.sender, term.body) if trusted else 0.0
                    theirs_yes = "their_yes" if trusted else "their_yes_untrusted"
                    terms.append((phrase(theirs_yes, owner=offer.sender), worth))
                else:
                    theirs = predicted_motion(view, offer.sender, only=term.body)
                    cost = (
                        sum(v for _, v in self.worth(view, view.body(term.body), theirs[1]))
                        if theirs
                        else 0.0
                    )
                    yes = phrase("yes_on_their_motion", owner=offer.sender)
                    terms.append((yes, min(cost, 0.0) - 0.01))
        accept = sum(v for _, v in terms) > 0
        return [Option(Answer(self.nation, offer.id, accept), tuple(terms))]

    def _recognition_term(self, view: GameState, other: str, gives: bool) -> tuple[Phrase, float]:
        """Recognition the other gives it (`gives`), or it gives the other."""
        if gives:
            worth = 0.02
            for objective in view.nation(self.nation).objectives:
                if objective.kind == "recognised_by" and objective.param("nation") == other:
                    gap = objective.param("value") - view.nation(other).recognises(self.nation)
                    if gap > 0:
                        worth += objective.points * min(1.0, 0.1 / gap) * 0.5
            return (phrase("recognised_by", owner=other), worth)
        fit = rules.cosine(view.nation(other).doctrine, self.personality(view).doctrine)
        return (phrase("recognising", owner=other), -0.05 * (1 - fit))

    def _pledge_worth(self, view: GameState, giver: str, body_id: str) -> float:
        """What another's yes on its motion in the body is worth: its planned motion's
        gain, if that yes carries it."""
        plan = self._plan(view)
        if plan is None or plan[0].id != body_id:
            return 0.0
        _, spec, gain = plan
        known: dict[str, Vote] = {self.nation: "yes"}
        if expected_tally(view, body_id, spec, known)[0]:
            return 0.01
        return gain if expected_tally(view, body_id, spec, {**known, giver: "yes"})[0] else 0.0


def predicted_motion(
    view: GameState, nation: str, only: str | None = None, exclude: str | None = None
) -> tuple[str, MotionSpec] | None:
    """The motion another power would most likely table (in one body, or outside one),
    judged from what is public about it: the one of most value to it that would pass."""
    them = view.nation(nation)
    drafts = []
    for body in view.bodies:
        if (only and body.id != only) or body.id == exclude:
            continue
        if nation not in rules.voters(body) or not body.alive:
            continue
        for spec in motion_menu(view, body, them):
            gain = valuation.motion_value(view, body, spec, them.ideal, them.doctrine, nation)
            drafts.append((gain, body.id, spec))
    drafts.sort(key=lambda d: -d[0])
    for _, body_id, spec in drafts[:12]:
        if expected_tally(view, body_id, spec, {nation: "yes"})[0]:
            return body_id, spec
    return None


def _sides(offer: OfferState) -> Iterable[tuple[Term, str]]:
    yield offer.give, offer.sender
    if offer.ask is not None:
        yield offer.ask, offer.receiver
