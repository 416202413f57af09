"""Strategies an instructor can name: ways of playing a great power that the seed texts
say lead to one order or another (docs/model.md, "Strategies"). Each is the heuristic
bot with the strategy's rules added as terms: the moves the strategy calls for weigh
`RULE` points more, the moves it forbids `RULE` points less, so the explanation says
what the strategy asked and what the power's own interest said.

- concert: recognise the other great powers, act through the apex body, admit the great
  powers missing from it and from every other body, vote yes on every great power's
  motion, never leave.
- hegemony: the leading power admits the great powers missing from its model's bodies,
  tables motions that carry its model, buys pivotal votes and keeps its pledges, keeps
  doubters inside with opt-outs rather than new vetoes, and grants no rival model
  recognition; a power that does not lead complies with the leader.
- bloc: with its partners (the other seats playing bloc), found parallel bodies, join each
  other's, pull like-minded nations in, and leave the incumbents' bodies of those areas
  (never the apex body).
- overreach: vote no on what it did not table, threaten, leave where it holds no veto,
  found rivals of its own.
- restraint: vote yes, never veto, never leave, threaten or found.
- domination: stay, seek vetoes, veto whatever it did not table, recognise nobody.

Every strategy plays from its nation's view only, like every bot."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from game.engine import (
    Action,
    Answer,
    BodyState,
    Cast,
    Found,
    GameState,
    Join,
    Motion,
    MotionSpec,
    MotionStatus,
    Offer,
    Pass,
    Phase,
    Phrase,
    Table,
    Term,
    Threaten,
    Vote,
    Withdraw,
    apex,
    authority_by_doctrine,
    check,
    influence,
    motion_menu,
    phrase,
    rules,
)

from .baseline import expected_tally
from .heuristic import HeuristicBot, Option

STRATEGIES = ("concert", "hegemony", "bloc", "overreach", "restraint", "domination")
RULE = 1.0  # points a strategy's rule weighs: more than any one move's own worth


def leader(view: GameState) -> str | None:
    """The great power of largest influence over the order (public)."""
    shares = influence(view)
    return max(sorted(shares), key=lambda g: shares[g]) if shares else None


def ours(view: GameState, body: BodyState, camp: set[str]) -> bool:
    """Whether a body belongs to the camp: live (or being set up this round), with great
    powers, all of the camp."""
    great = {m for m in body.members if view.nation(m).great} | {
        i for i in body.invited if view.nation(i).great
    }
    setting_up = body.founded_round == view.round
    return (body.alive or setting_up) and bool(great) and great <= camp


@dataclass
class StrategyBot(HeuristicBot):
    strategy: str = "restraint"
    partners: tuple[str, ...] = ()  # for bloc: the other seats playing bloc

    def __post_init__(self) -> None:
        if self.strategy not in STRATEGIES:
            raise ValueError(f"no such strategy: '{self.strategy}'")
        self.kind = self.strategy

    def _rule(self, why: Phrase, weight: float = RULE) -> tuple[Phrase, float]:
        return (phrase("strategy_rule", strategy=self.strategy, rule=why), weight)

    def leads(self, view: GameState) -> bool:
        return leader(view) == self.nation

    # ------------------------------------------------------------ the phases

    def options(self, view: GameState) -> list[Option]:
        phase = view.phase
        if phase is Phase.vote:
            return self._strategy_ballot(view)
        if phase is Phase.diplomacy:
            return self._diplomacy(view)
        if phase is Phase.agenda:
            return self._agenda(view)
        if phase is Phase.membership:
            return self._membership(view)
        if phase is Phase.opt_out and self.strategy == "restraint":
            return [Option(Pass(self.nation), (self._rule(phrase("bears_decisions")),))]
        return super().options(view)

    # ------------------------------------------------------------ voting

    def _strategy_ballot(self, view: GameState) -> list[Option]:
        (option,) = self._ballot(view)
        assert isinstance(option.action, Cast)
        motion = view.motion(option.action.motion)
        ruled = self._ruled_vote(view, motion)
        if ruled is None:
            return [option]
        vote, why = ruled
        if vote == option.action.vote:
            return [option]
        return [
            Option(
                Cast(self.nation, motion.id, vote),
                (*option.terms, self._rule(why)),
                option.lead,
            )
        ]

    def _ruled_vote(self, view: GameState, motion: Motion) -> tuple[Vote, Phrase] | None:
        """The vote the strategy calls for on the motion, with why, or None where it
        leaves the ballot to the power's own interest."""
        me, spec, sponsor = self.nation, motion.spec, motion.sponsor
        body = view.body(motion.body)
        against_me = spec.nation == me and spec.kind in ("sanction", "suspend", "remove_veto")
        holder = me in body.vetoes
        if sponsor == me:
            return "yes", phrase("own_motion_vote")
        if self.strategy == "restraint":
            if against_me:
                return "abstain", phrase("never_vetoes")
            return "yes", phrase("never_blocks")
        if self.strategy == "concert":
            if sponsor and view.nation(sponsor).great and not against_me:
                if spec.kind in ("sanction", "suspend") and spec.nation in view.great_powers():
                    return "abstain", phrase("spares_great_power")
                return "yes", phrase("accepts_great_powers")
            return None
        if self.strategy == "hegemony":
            top = leader(view)
            if top == me:
                if spec.kind == "add_veto" and spec.nation != me:
                    return "no", phrase("opt_outs_not_vetoes")
                if spec.kind == "opt_out":
                    return "yes", phrase("opt_out_keeps_inside")
                if sponsor and _rival_model(view, sponsor, me):
                    return "abstain", phrase("no_rival_initiatives")
                return None
            if sponsor == top and not against_me:
                return "yes", phrase("complies_with_leader")
            return None
        if self.strategy == "bloc":
            camp = {me, *self.partners}
            if _opens_camp_body(view, body, spec, camp):
                return "no", phrase("camp_keeps_bodies")
            if sponsor in self.partners and not against_me:
                return "yes", phrase("backs_partners")
            if ours(view, body, camp):
                return None
            if sponsor and view.nation(sponsor).great:
                return "no", phrase("not_incumbents_decisions")
            return None
        if self.strategy == "overreach":
            return "no", phrase("votes_down_others")
        if self.strategy == "domination":
            if holder:
                return "no", phrase("vetoes_others")
            return None
        return None

    # ------------------------------------------------------------ diplomacy

    def _diplomacy(self, view: GameState) -> list[Option]:
        answers = self._answers(view)
        if answers:
            return [self._strategy_answer(view, answers[0])]
        made = any(o.sender == self.nation and o.round == view.round for o in view.offers)
        if made:
            return [Option(Pass(self.nation), ())]
        if self.strategy == "concert":
            offer = self._recognition_offer(view)
            if offer is not None:
                return [offer, Option(Pass(self.nation), ())]
        offers = self._kept(view, "offers", self._offers)
        if self.strategy == "bloc":
            offers = [o for o in offers if isinstance(o.action, Offer) and self._partner_deal(o)]
        if self.strategy in ("overreach", "domination") or (
            self.strategy == "hegemony" and self.leads(view)
        ):  # it grants no rival model standing
            offers = [o for o in offers if not _gives_recognition(o.action)]
        return self._with_pass(view, offers)

    def _partner_deal(self, option: Option) -> bool:
        assert isinstance(option.action, Offer)
        return option.action.to in self.partners

    def _recognition_offer(self, view: GameState) -> Option | None:
        """Mutual recognition with the great power it recognises least, while below 0.8."""
        me = view.nation(self.nation)
        others = [g for g in view.great_powers() if g != self.nation]
        asked = {
            o.receiver
            for o in view.offers
            if o.sender == self.nation and o.give.kind == "recognise" and o.round == view.round
        }
        candidates = sorted(
            (me.recognises(g), g) for g in others if g not in asked and me.recognises(g) < 0.8
        )
        for _, other in candidates:
            action = Offer(self.nation, other, Term("recognise"), Term("recognise"))
            if check(view, action).ok:
                why = phrase("great_powers_recognise")
                return Option(action, (self._rule(why),))
        return None

    def _strategy_answer(self, view: GameState, option: Option) -> Option:
        assert isinstance(option.action, Answer)
        offer = next(o for o in view.offers if o.id == option.action.offer)
        accept: bool | None = None
        why: Phrase | None = None
        # what it is asked to give (it answers offers made to it)
        recognises = offer.ask is not None and offer.ask.kind == "recognise"
        if self.strategy == "concert" and view.nation(offer.sender).great:
            accept, why = True, phrase("deals_with_concert")
        elif recognises and self.strategy in ("overreach", "domination"):
            accept, why = False, phrase("recognises_no_rival")
        elif recognises and self.strategy == "hegemony" and self.leads(view):
            accept, why = False, phrase("no_equal_standing")
        elif self.strategy == "hegemony" and offer.sender == leader(view):
            accept, why = True, phrase("complies_with_leader")
        elif self.strategy == "bloc" and offer.sender in self.partners:
            accept, why = True, phrase("backs_partners")
        if accept is None or why is None or accept == option.action.accept:
            return option
        return Option(Answer(self.nation, offer.id, accept), (*option.terms, self._rule(why)))

    # ------------------------------------------------------------ the agenda

    def _agenda(self, view: GameState) -> list[Option]:
        s = self.strategy
        if s == "concert":
            admit = self._admit_great_powers(view)
            if admit is not None:
                return [admit, Option(Pass(self.nation), ())]
            motions = [self._favour_apex(view, o) for o in self._motions(view)]
            return self._with_pass(view, motions)
        if s == "hegemony":
            if self.leads(view):
                motions = [o for o in self._motions(view) if not self._grants_veto(o.action)]
                universal = self._universal(view)
                if universal is not None:
                    return [universal, Option(Pass(self.nation), ())]
                carried = [self._carries_model(view, o) for o in motions]
                return self._with_pass(view, [*self._unifying(view), *carried])
            why = phrase("leaves_agenda_to_leader")
            return [Option(Pass(self.nation), (self._rule(why),))]
        if s == "bloc":
            built = self._bloc_agenda(view)
            if built is not None:
                return [built, Option(Pass(self.nation), ())]
            camp = {self.nation, *self.partners}
            motions = [
                o
                for o in self._motions(view)
                if not (
                    isinstance(o.action, Table)
                    and _opens_camp_body(view, view.body(o.action.body), o.action.motion, camp)
                )
            ]
            return self._with_pass(view, motions)
        if s == "overreach":
            options = [*self._motions(view), *self._rivals_anyway(view), *self._any_threat(view)]
            return self._with_pass(view, options)
        if s == "domination":
            seek = self._seek_veto(view)
            if seek is not None:
                return [seek, Option(Pass(self.nation), ())]
            return self._with_pass(view, self._motions(view))
        return self._with_pass(view, self._motions(view))  # restraint

    def _admit_great_powers(self, view: GameState) -> Option | None:
        """An admission of a great power missing from a body it votes in: the apex body
        first, then the others (a concert keeps every great power inside, where a club
        would keep its rivals out)."""
        top = apex(view)
        bodies = sorted(view.bodies, key=lambda b: top is None or b.id != top.id)
        return self._admission(view, bodies, "seat_for_every_great_power")

    def _admission(self, view: GameState, bodies: list[BodyState], why: str) -> Option | None:
        """The first admission of a great power missing from one of the bodies that it
        may table; an admission the members turned down is not asked again."""
        refused = {
            (m.body, m.spec.nation)
            for m in view.motions
            if m.spec.kind == "admit" and m.status in (MotionStatus.rejected, MotionStatus.vetoed)
        }
        for body in bodies:
            if not body.alive or self.nation not in rules.voters(body):
                continue
            tabled = {
                m.spec.nation
                for m in view.motions
                if m.body == body.id and m.round == view.round and m.spec.kind == "admit"
            }
            for great in view.great_powers():
                if great in body.members or great in tabled or (body.id, great) in refused:
                    continue
                action = Table(self.nation, body.id, MotionSpec("admit", nation=great))
                if check(view, action).ok:
                    return Option(action, (self._rule(phrase(why, body=body.id)),))
        return None

    def _favour_apex(self, view: GameState, option: Option) -> Option:
        top = apex(view)
        if top is None or not isinstance(option.action, Table) or option.action.body != top.id:
            return option
        return Option(option.action, (*option.terms, self._rule(phrase("acts_through_apex"))))

    @staticmethod
    def _grants_veto(action: Action) -> bool:
        return (
            isinstance(action, Table)
            and action.motion.kind == "add_veto"
            and action.motion.nation != action.nation
        )

    def _carries_model(self, view: GameState, option: Option) -> Option:
        """The leader's motions judged by what they do to its model's hold on the
        institutions: one that weakens it is ruled out."""
        if not isinstance(option.action, Table):
            return option
        model = model_of(view, self.nation)
        gain = model_gain(view, self.nation, option.action.body, option.action.motion, model)
        if gain < -1e-9:
            why = phrase("keeps_its_institutions")
            return Option(option.action, (*option.terms, self._rule(why, -RULE)))
        return option

    def _unifying(self, view: GameState) -> list[Option]:
        """The draft that most widens its model's share of the institutions' authority:
        a decision that moves a body of another model toward its own, narrows the reach
        of a body of a rival model, or widens a body of its own (docs/model.md,
        strategies)."""
        me = view.nation(self.nation)
        if me.capital < view.params.capital.motion_cost:
            return []
        model = model_of(view, self.nation)
        best: tuple[float, Table] | None = None
        for body in view.bodies:
            if not body.alive or self.nation not in rules.voters(body):
                continue
            for spec in motion_menu(view, body, me):
                if spec.kind not in ("policy", "mandate"):
                    continue
                action = Table(self.nation, body.id, spec)
                gain = model_gain(view, self.nation, body.id, spec, model)
                if gain <= 1e-9 or (best is not None and gain <= best[0]):
                    continue
                known: dict[str, Vote] = {p: "yes" for p in self.pledged_to_me(view, body.id)}
                known[self.nation] = "yes"
                if check(view, action).ok and expected_tally(view, body.id, spec, known)[0]:
                    best = (gain, action)
        if best is None:
            return []
        gain, action = best
        terms = (
            self._rule(phrase("carries_its_model")),
            # a point for each tenth of the authority its model gains
            (phrase("model_authority", share=gain), 10 * gain),
        )
        return [Option(action, terms)]

    def _universal(self, view: GameState) -> Option | None:
        """The admission of a great power missing from a body that carries the leader's
        model: an order that claims to be order itself wants every power inside it, on
        its rules (Sakwa 2019 on the liberal order's claim to universality)."""
        model = model_of(view, self.nation)
        ours = [b for b in view.bodies if max(range(4), key=lambda i: b.doctrine[i]) == model]
        return self._admission(view, ours, "its_order_for_all")

    def _bloc_agenda(self, view: GameState) -> Option | None:
        """Found the camp's body where it has none; then bring partners and like-minded
        nations into the camp's bodies."""
        me = view.nation(self.nation)
        camp = {self.nation, *self.partners}
        top = apex(view)
        areas = sorted({b.area for b in view.bodies if b.alive})
        found_cost = view.params.capital.found_cost
        for area in areas:
            if any(ours(view, b, camp) and b.area == area for b in view.bodies):
                continue
            incumbents = [b for b in view.bodies if b.alive and b.area == area]
            if top is not None and all(b.id == top.id for b in incumbents):
                continue  # the camp stays in the apex body: a rival there splits nothing
            if me.capital < found_cost:
                break
            fit = view.params.rival_founding.cofounder_cosine
            likeminded = [
                n.id
                for n in sorted(view.nations, key=lambda n: -rules.cosine(n.doctrine, me.doctrine))
                if n.id != self.nation
                and not n.great
                and rules.cosine(n.doctrine, me.doctrine) >= fit
            ]
            others = [  # the closest minor nations, should too few be like-minded
                n.id
                for n in sorted(view.nations, key=lambda n: -rules.cosine(n.doctrine, me.doctrine))
                if not n.great
            ]
            cofounders = tuple(dict.fromkeys([*sorted(self.partners), *likeminded[:4], *others]))[
                : max(2, len(self.partners) + len(likeminded[:4]))
            ]
            action = Found(self.nation, area, cofounders)
            if check(view, action).ok:
                why = phrase("camp_builds", area=area)
                return Option(action, (self._rule(why),))
        fit = view.params.rival_founding.accession_fit
        for body in view.bodies:
            if not ours(view, body, camp) or self.nation not in rules.voters(body):
                continue
            for nation in view.nations:
                if nation.id in body.members or nation.id in body.invited:
                    continue
                partner = nation.id in self.partners
                if not partner and (
                    nation.great or rules.cosine(nation.doctrine, me.doctrine) < fit
                ):
                    continue
                admit = Table(self.nation, body.id, MotionSpec("admit", nation=nation.id))
                if check(view, admit).ok:
                    why = phrase("camp_pulls_in")
                    return Option(admit, (self._rule(why),))
        return None

    def _rivals_anyway(self, view: GameState) -> list[Option]:
        """The overreaching leader founds a rival of its own in each area it belongs to."""
        me = view.nation(self.nation)
        if me.capital < view.params.capital.found_cost:
            return []
        own = {
            b.area
            for b in view.bodies
            if b.alive and b.founded_round > 0 and self.nation in b.founders
        }
        minors = sorted(
            (n for n in view.nations if not n.great),
            key=lambda n: -rules.cosine(n.doctrine, me.doctrine),
        )
        for area in sorted({b.area for b in view.bodies if b.alive and self.nation in b.members}):
            if area in own:
                continue
            action = Found(self.nation, area, tuple(n.id for n in minors[:3]))
            if check(view, action).ok:
                return [Option(action, (self._rule(phrase("builds_own_bodies")),))]
        return []

    def _any_threat(self, view: GameState) -> list[Option]:
        """A threat to leave where it holds no veto, demanding one."""
        for body in view.bodies:
            if self.nation not in body.members or self.nation in body.vetoes or not body.alive:
                continue
            action = Threaten(self.nation, body.id, "veto")
            if check(view, action).ok:
                return [Option(action, (self._rule(phrase("threatens_unless_obeyed")),))]
        return []

    def _seek_veto(self, view: GameState) -> Option | None:
        """Domination from inside: a motion, or else a threat, for a veto of its own."""
        for body in view.bodies:
            if self.nation not in rules.voters(body) or self.nation in body.vetoes:
                continue
            if not body.alive:
                continue
            action: Action = Table(self.nation, body.id, MotionSpec("add_veto", nation=self.nation))
            if not check(view, action).ok:
                action = Threaten(self.nation, body.id, "veto")
            if check(view, action).ok:
                return Option(action, (self._rule(phrase("seeks_vetoes")),))
        return None

    # ------------------------------------------------------------ membership

    def _membership(self, view: GameState) -> list[Option]:
        s = self.strategy
        me = self.nation
        if s in ("concert", "restraint", "hegemony", "domination"):
            for body in view.bodies:  # come back to any body it is outside of
                action = Join(me, body.id)
                if me not in body.members and body.alive and check(view, action).ok:
                    return [Option(action, (self._rule(phrase("stays_and_returns")),))]
            return [Option(Pass(me), (self._rule(phrase("never_leaves")),))]
        if s == "bloc":
            return self._bloc_membership(view)
        return self._overreach_membership(view)

    def _bloc_membership(self, view: GameState) -> list[Option]:
        me = self.nation
        camp = {me, *self.partners}
        top = apex(view)
        for body in view.bodies:
            action = Join(me, body.id)
            if me not in body.members and ours(view, body, camp) and check(view, action).ok:
                return [Option(action, (self._rule(phrase("joins_partners_bodies")),))]
        left = any(b.left_in(me) == view.round for b in view.bodies)
        if not left:
            settled = {b.area for b in view.bodies if ours(view, b, camp) and me in b.members}
            for body in view.bodies:
                if (
                    me in body.members
                    and body.area in settled
                    and not ours(view, body, camp)
                    and (top is None or body.id != top.id)
                ):
                    why = phrase("leaves_incumbents")
                    return [Option(Withdraw(me, body.id), (self._rule(why),))]
        return [Option(Pass(me), ())]

    def _overreach_membership(self, view: GameState) -> list[Option]:
        me = self.nation
        for body in view.bodies:
            action = Join(me, body.id)
            if (
                me not in body.members
                and body.founded_round > 0
                and me in body.founders
                and check(view, action).ok
            ):
                return [Option(action, (self._rule(phrase("joins_own_bodies")),))]
        if not any(b.left_in(me) == view.round for b in view.bodies):
            for body in view.bodies:
                if (
                    me in body.members
                    and me not in body.vetoes
                    and not (body.founded_round > 0 and me in body.founders)
                ):
                    why = phrase("leaves_without_veto")
                    return [Option(Withdraw(me, body.id), (self._rule(why),))]
        return [Option(Pass(me), ())]


def model_shares(bodies: Iterable[BodyState]) -> list[float]:
    """Each doctrine's share of the live bodies' authority, by their dominant doctrine:
    the distribution norm diversity is the effective number of."""
    weights = authority_by_doctrine(bodies)
    total = sum(weights)
    return [w / total for w in weights] if total > 0 else weights


def model_of(view: GameState, nation: str) -> int:
    """The model a power carries: of the doctrines it holds, the one the institutions
    already carry most (the 2025 United States, mercantilist first and liberal second,
    leads through the liberal institutions)."""
    shares = model_shares(view.bodies)
    doctrine = view.nation(nation).doctrine
    return max(range(4), key=lambda i: (doctrine[i] * shares[i], doctrine[i]))


def model_gain(view: GameState, sponsor: str, body_id: str, spec: MotionSpec, model: int) -> float:
    """How much the sponsor's model gains in share of the institutions' authority if the
    motion is adopted with every voter's support: the body takes the decision and its
    doctrine drifts toward the sponsor and the voters (docs/model.md section 7)."""
    body = view.body(body_id)
    voters = [v for v in rules.voters(body) if view.has_nation(v)]
    after = rules.adopt(body, spec, view.round)
    doctrine = rules.drifted(view, after.doctrine, sponsor, voters)  # a sponsor votes there
    if doctrine is not None:
        after = replace(after, doctrine=doctrine)
    before = model_shares(view.bodies)[model]
    return model_shares([after if b.id == body_id else b for b in view.bodies])[model] - before


def _rival_model(view: GameState, nation: str, me: str) -> bool:
    """A great power whose dominant doctrine differs from its own."""
    them, mine = view.nation(nation).doctrine, view.nation(me).doctrine
    return view.nation(nation).great and rules.dominant(them) != rules.dominant(mine)


def _opens_camp_body(view: GameState, body: BodyState, spec: MotionSpec, camp: set[str]) -> bool:
    """An admission of a great power outside the camp to one of the camp's bodies: it
    would make the body a shared one."""
    return (
        ours(view, body, camp)
        and spec.kind == "admit"
        and spec.nation is not None
        and view.nation(spec.nation).great
        and spec.nation not in camp
    )


def _gives_recognition(action: Action) -> bool:
    return isinstance(action, Offer) and action.give.kind == "recognise"
