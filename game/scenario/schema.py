"""The scenario format: pydantic models of everything a scenario file may say.

Structure and ranges are checked here; references between entities (a veto holder who
is not a member, an unknown nation id) are checked in `references.py`, so that every
problem in a file is reported at once.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from .parameters import ModelParams
from .types import (
    DoctrineWeights,
    Flag,
    GrowthRates,
    Id,
    IssueArea,
    LanguageCode,
    Name,
    Number,
    Point,
    Pole,
    PowerComponent,
    PowerComponents,
    Spec,
    Text,
    Unit,
    Whole,
    Word,
)

SCHEMA_VERSION = 1
"""The only schema_version this release reads."""

DoctrineName = Literal["liberal", "transformative", "mercantilist", "sovereign"]
Verdict = Literal["pluralist", "hegemonic", "bloc", "fragmented", "transitional"]


# ---------------------------------------------------------------- decision rules


class MajorityRule(Spec):
    """More than half of the votes counted."""

    kind: Literal["majority"] = Field(description="Simple majority.")


class QualifiedMajorityRule(Spec):
    """At least `threshold` of the votes counted (the Security Council: 0.6, 9 of 15)."""

    kind: Literal["qualified_majority"] = Field(description="Qualified majority.")
    threshold: Number = Field(
        gt=0,
        le=1,
        description="Share of counted votes needed, e.g. 0.6 for 9 of 15, 0.667 for two thirds.",
    )


class UnanimityRule(Spec):
    """Every vote counted is yes (with abstentions excluded, this is consensus)."""

    kind: Literal["unanimity"] = Field(description="Unanimity or consensus.")


class WeightedRule(Spec):
    """Weighted votes: the yes weight must reach `quota` of the weight counted."""

    kind: Literal["weighted"] = Field(description="Weighted votes with a quota.")
    quota: Number = Field(
        gt=0, le=1, description="Share of counted weight needed, e.g. 0.85 at the IMF."
    )
    weights: dict[Id, Annotated[Number, Field(gt=0)]] = Field(
        description="Vote weight of every listed member, by nation id (anonymous members "
        "carry their own weight)."
    )


Rule = Annotated[
    MajorityRule | QualifiedMajorityRule | UnanimityRule | WeightedRule,
    Field(discriminator="kind"),
]


# ---------------------------------------------------------------- nations


class SeatAI(StrEnum):
    """An AI level, or a strategy (docs/ai.md: a way of playing that leads to an order)."""

    easy = "easy"
    normal = "normal"
    hard = "hard"
    concert = "concert"
    hegemony = "hegemony"
    bloc = "bloc"
    overreach = "overreach"
    restraint = "restraint"
    domination = "domination"


class AIPersonality(Spec):
    """How the AI plays this nation when no human does."""

    doctrine: DoctrineWeights | None = Field(
        None, description="Doctrine mix the AI plays by, if not the nation's own."
    )
    risk: Unit = Field(0.5, description="Appetite for risk: 0 cautious, 1 bold.")
    honesty: Unit = Field(
        0.7, description="Chance the AI keeps a pledge when breaking it would pay."
    )


class _Objective(Spec):
    points: Whole = Field(
        10, ge=1, le=100, description="Score for meeting the objective at the end."
    )
    text: Text | None = Field(None, description="How the briefing states it; generated if empty.")


class StayMember(_Objective):
    """Still be a member of the institution at the end."""

    kind: Literal["stay_member"] = Field(description="Stay a member.")
    institution: Id = Field(description="The institution.")


class HoldVeto(_Objective):
    """Hold a veto in the institution at the end."""

    kind: Literal["hold_veto"] = Field(description="Hold a veto.")
    institution: Id = Field(description="The institution.")


class KeepOut(_Objective):
    """The other nation is not a member of the institution at the end."""

    kind: Literal["keep_out"] = Field(description="Keep a rival out.")
    institution: Id = Field(description="The institution.")
    nation: Id = Field(description="The nation to keep out.")


class KeepIn(_Objective):
    """The other nation is still a member of the institution at the end."""

    kind: Literal["keep_in"] = Field(description="Keep a partner in.")
    institution: Id = Field(description="The institution.")
    nation: Id = Field(description="The nation to keep in.")


class OrderIs(_Objective):
    """The world order at the end has this verdict."""

    kind: Literal["order"] = Field(description="Shape the world order.")
    verdict: Verdict = Field(description="The verdict wanted.")


class InfluenceAtLeast(_Objective):
    """End with at least this share of influence among the great powers."""

    kind: Literal["influence_at_least"] = Field(description="Influence.")
    value: Unit = Field(description="Influence share wanted.")


class LegitimacyAtLeast(_Objective):
    """End with at least this legitimacy."""

    kind: Literal["legitimacy_at_least"] = Field(description="Legitimacy.")
    value: Unit = Field(description="Legitimacy wanted.")


class CapitalAtLeast(_Objective):
    """End with at least this much diplomatic capital."""

    kind: Literal["capital_at_least"] = Field(description="Capital.")
    value: Number = Field(ge=0, description="Capital wanted.")


class MandateAtMost(_Objective):
    """The institution's mandate breadth is at most this at the end."""

    kind: Literal["mandate_at_most"] = Field(description="Rein in a mandate.")
    institution: Id = Field(description="The institution.")
    breadth: Unit = Field(description="Largest acceptable breadth.")


class MandateAtLeast(_Objective):
    """The institution's mandate breadth is at least this at the end."""

    kind: Literal["mandate_at_least"] = Field(description="Broaden a mandate.")
    institution: Id = Field(description="The institution.")
    breadth: Unit = Field(description="Smallest acceptable breadth.")


class PolicyNear(_Objective):
    """The institution's policy ends within `within` of the point."""

    kind: Literal["policy_near"] = Field(description="Move a body's policy.")
    institution: Id = Field(description="The institution.")
    point: Point = Field(description="Target policy [x, y].")
    within: Number = Field(gt=0, le=3, description="Largest acceptable distance.")


class FoundRival(_Objective):
    """Found (or co-found) a rival institution in the issue area."""

    kind: Literal["found_rival"] = Field(description="Found a rival body.")
    area: IssueArea = Field(description="Issue area of the rival body.")


class RecognisedBy(_Objective):
    """The other nation's recognition of this one ends at least this high."""

    kind: Literal["recognised_by"] = Field(description="Win recognition.")
    nation: Id = Field(description="The nation whose recognition counts.")
    value: Unit = Field(description="Recognition wanted.")


Objective = Annotated[
    StayMember
    | HoldVeto
    | KeepOut
    | KeepIn
    | OrderIs
    | InfluenceAtLeast
    | LegitimacyAtLeast
    | CapitalAtLeast
    | MandateAtMost
    | MandateAtLeast
    | PolicyNear
    | FoundRival
    | RecognisedBy,
    Field(discriminator="kind"),
]


class Nation(Spec):
    """A state: a great power (a seat for a player or the AI) or a minor nation (driven by
    the model)."""

    id: Id = Field(description="Short id used everywhere else, e.g. US. Quote ids such as 'NO'.")
    name: Name = Field(description="Name shown to players.")
    great_power: Flag = Field(
        False, description="true for a great power (a seat); false for a minor nation."
    )
    power: PowerComponents = Field(description="Power components now.")
    growth: GrowthRates = Field(
        default_factory=GrowthRates, description="Growth of each component a round."
    )
    doctrine: DoctrineWeights = Field(description="Weights over the four doctrines, summing to 1.")
    ideal_point: Point = Field(description="Preferred policy [x, y], each from -1 to 1.")
    legitimacy: Unit = Field(0.6, description="Standing in the eyes of others, 0 to 1.")
    nationalism: Unit = Field(0.3, description="Strength of nationalism at home, 0 to 1.")
    democracy: Unit = Field(
        0.5, description="How democratic: how much movements at home weigh, 0 to 1."
    )
    recognition: dict[Id, Unit] = Field(
        default_factory=dict,
        description="Recognition of other nations' models, by nation id; others start at the "
        "doctrine baseline.",
    )
    capital: Number = Field(10.0, ge=0, le=10000, description="Starting diplomatic capital.")
    objectives: list[Objective] = Field(
        default_factory=list, max_length=10, description="Secret objectives, from the fixed menu."
    )
    ai: AIPersonality = Field(default_factory=AIPersonality, description="How the AI plays it.")
    briefing: Text | None = Field(
        None, description="Private briefing for the player of this nation."
    )


# ---------------------------------------------------------------- institutions


class Tier(StrEnum):
    apex = "apex"
    global_ = "global"
    regional = "regional"
    club = "club"


class Abstention(StrEnum):
    counts_as_no = "counts_as_no"
    excluded = "excluded"


class AnonymousMembers(Spec):
    """Members a large body has beyond the listed nations: they vote by the model's rule
    from one ideal point but take no other part."""

    label: Name = Field(description="What they are, e.g. 'elected members'.")
    count: Whole = Field(ge=1, le=500, description="How many members.")
    ideal_point: Point = Field(description="Their shared preferred policy [x, y].")
    doctrine: DoctrineWeights = Field(
        default_factory=lambda: DoctrineWeights(sovereign=0.5, transformative=0.5),
        description="Their shared doctrine weights.",
    )
    weight: Number | None = Field(
        None, gt=0, description="Vote weight of each of them, required under a weighted rule."
    )


class PolicyAxis(Spec):
    """What the two ends of one axis of a body's policy stand for, in the words players
    read: "a little toward open markets" rather than "x 0.53"."""

    low: Pole = Field(description="What the low end (-1) stands for, e.g. managed trade.")
    high: Pole = Field(description="What the high end (+1) stands for, e.g. open markets.")

    @model_validator(mode="after")
    def _two_ends(self) -> PolicyAxis:
        if self.low.strip().casefold() == self.high.strip().casefold():
            raise ValueError(f"both ends are '{self.high}': name the two ends differently")
        return self


class PolicyAxes(Spec):
    """The words for a body's two policy axes. The model's axes are the same in every
    body (docs/model.md): x for (+1) or against (-1) the liberal order, y for (+1)
    or against (-1) redistribution toward the Global South; a body names what they mean
    in its own field."""

    x: PolicyAxis = Field(
        description="The first axis: its high end is the liberal order's side (x = +1)."
    )
    y: PolicyAxis = Field(
        description="The second axis: its high end is redistribution toward the Global "
        "South (y = +1)."
    )


class Institution(Spec):
    """A body of global governance with members, a decision rule and a mandate."""

    id: Id = Field(description="Short id, e.g. unsc.")
    name: Name = Field(description="Name shown to players.")
    description: Text | None = Field(None, description="One paragraph for the briefing.")
    tier: Tier = Field(
        description="apex (at most one: the UN Security Council), global, regional or club."
    )
    area: IssueArea = Field(description="Issue area.")
    members: list[Id] = Field(min_length=1, description="Member nations, by id.")
    anonymous_members: list[AnonymousMembers] = Field(
        default_factory=list, description="Further members not listed as nations."
    )
    founders: list[Id] = Field(
        default_factory=list, description="Founding members (their exit hurts most); members."
    )
    rule: Rule = Field(description="Decision rule, chosen by `kind`.")
    binding_rule: Rule | None = Field(
        None,
        description="Rule by which the body's binding part is adopted, if it differs (for "
        "example WTO dispute rulings); blocking power is computed from it.",
    )
    veto_holders: list[Id] = Field(default_factory=list, description="Members whose no is a veto.")
    abstention: Abstention = Field(
        Abstention.counts_as_no,
        description="counts_as_no (a yes is needed from the share of all members) or excluded "
        "(abstainers are left out of the count).",
    )
    opt_out: Unit = Field(
        0.0,
        description="Opt-out right phi: the share of an adopted measure's cost that a member "
        "who opts out is spared.",
    )
    breadth: Unit = Field(description="Mandate breadth beta: how much it covers.")
    intrusiveness: Unit = Field(
        description="Mandate intrusiveness alpha: how deep into domestic affairs it reaches."
    )
    benefits: Number = Field(
        ge=0, le=1000, description="Club benefits B shared by the members each round."
    )
    linkage: Unit = Field(0.0, description="Share lambda of privileges lost on exit.")
    external_effects: Unit = Field(0.0, description="How much it binds non-members (epsilon).")
    dues: Number = Field(
        0.0, ge=0, le=1000, description="Cost of membership to each member a round."
    )
    policy: Point = Field(description="Status quo policy [x, y].")
    axes: PolicyAxes | None = Field(
        None,
        description="What the ends of its policy's axes mean here, in words players read; "
        "empty for its issue area's words.",
    )
    doctrine: DoctrineWeights = Field(description="Doctrine weights of the body itself.")
    vitality: Unit = Field(
        0.8, description="Vitality: alive from 0.4, zombie 0.1 to 0.4, dead below."
    )
    bureaucracy: Unit = Field(
        0.3, description="Autonomy of its bureaucracy (a source of leadership)."
    )
    reentry_wait: Whole | None = Field(
        None,
        ge=0,
        le=50,
        description="Rounds a leaver waits to rejoin; empty for the model's default.",
    )
    opens: Whole | None = Field(
        None,
        ge=2,
        le=500,
        description=(
            "Round it opens in, if later than the first (NATO in 1949 of a game from 1945); "
            "until then it is not in play. Empty: open from the start."
        ),
    )
    fixed_members: bool = Field(
        False,
        description=(
            "Its charter fixes its members: no motion admits or suspends one (the Security "
            "Council's permanent five). Members may still leave, and a leaver return."
        ),
    )
    opens_when: Condition | None = Field(
        None,
        description=(
            "A condition the body waits for: it opens in the first round from `opens:` in "
            "which this holds, and never if it does not (the Council for Mutual Economic "
            "Assistance, if the Soviet Union stays out of the Fund). Needs `opens:`."
        ),
    )
    min_members: Whole | None = Field(
        None,
        ge=1,
        le=100,
        description=(
            "Fewest members it lives with (2 for a treaty of two parties); empty for the "
            "model's vitality.min_members."
        ),
    )

    def member_count(self) -> int:
        return len(self.members) + sum(a.count for a in self.anonymous_members)


# ---------------------------------------------------------------- movements


class Movement(Spec):
    """A movement of civil society (the bottom storey)."""

    id: Id = Field(description="Short id, e.g. climate.")
    name: Name = Field(description="Name shown to players.")
    issue: Literal["climate", "human_rights", "development", "peace", "populism"] = Field(
        description="What it campaigns for."
    )
    intensity: Unit = Field(description="Intensity mu now, 0 to 1.")
    decay: Unit = Field(0.1, description="Share of intensity lost each round.")
    surge_probability: Unit = Field(0.1, description="Chance of a surge each round.")
    surge_size: Unit = Field(0.2, description="Intensity added by a surge.")
    areas: list[IssueArea] = Field(
        min_length=1, description="Issue areas whose bodies it bears on."
    )
    doctrine: DoctrineName = Field(description="Doctrine it pulls nations toward.")
    doctrine_pull: Unit = Field(
        0.02, description="Doctrine shift a round at full intensity, times the nation's democracy."
    )
    exit_cost: Number = Field(
        1.0,
        ge=-1,
        le=1,
        description="How it weighs on leaving bodies in its areas: positive makes exit costly "
        "at home, negative (populism) makes it cheap.",
    )


# ---------------------------------------------------------------- events


class Metric(StrEnum):
    nation_legitimacy = "nation.legitimacy"
    nation_capital = "nation.capital"
    nation_power_share = "nation.power_share"
    # 1 while the nation sits in `institution:`, 0 while it does not
    nation_member = "nation.member"
    # a nation's doctrine weights: what an earlier election made of it
    nation_liberal = "nation.liberal"
    nation_transformative = "nation.transformative"
    nation_mercantilist = "nation.mercantilist"
    nation_sovereign = "nation.sovereign"
    institution_vitality = "institution.vitality"
    institution_members = "institution.members"
    institution_legitimacy = "institution.legitimacy"
    movement_intensity = "movement.intensity"
    order_apex_coverage = "order.apex_coverage"
    order_influence_hhi = "order.influence_hhi"
    order_recognition = "order.recognition"
    order_exit_rate = "order.exit_rate"
    order_norm_diversity = "order.norm_diversity"

    @property
    def scope(self) -> str:
        return self.value.split(".")[0]


class Condition(Spec):
    """A simple test on the game state, checked each round."""

    metric: Metric = Field(
        description="What is measured: scope.quantity, e.g. institution.vitality."
    )
    of: Id | None = Field(
        None, description="Nation, institution or movement measured (none for order.*)."
    )
    institution: Id | None = Field(
        None, description="For nation.member: the body the nation sits in (1) or not (0)."
    )
    above: Number | None = Field(None, description="Holds when the value is above this...")
    below: Number | None = Field(None, description="...or below this (give exactly one).")
    from_round: Whole = Field(1, ge=1, le=500, description="Not checked before this round.")
    to_round: Whole | None = Field(
        None, ge=1, le=500, description="Not checked after this round; empty for to the end."
    )
    chance: Unit = Field(
        1.0, description="Chance the event fires in a round when the condition holds."
    )

    @model_validator(mode="after")
    def _one_bound(self) -> Condition:
        if (self.above is None) == (self.below is None):
            raise ValueError("give exactly one of `above:` or `below:`")
        return self


class Shock(Spec):
    """A crisis shocks a body's status quo and gives all a stake in acting."""

    kind: Literal["shock"] = Field(description="Crisis shock.")
    institution: Id = Field(description="Body whose status quo is shocked.")
    shift: tuple[Number, Number] | None = Field(
        None, description="Fixed shift [dx, dy] of its policy; empty for a random jump."
    )
    valence: Number | None = Field(
        None,
        ge=0,
        le=5,
        description="Common value of acting; empty for the model's crisis valence.",
    )


class GrowthChange(Spec):
    """A nation's growth rate changes."""

    kind: Literal["growth_change"] = Field(description="Growth change.")
    nation: Id = Field(description="The nation, or all for every nation at once.")
    component: PowerComponent | Literal["all"] = Field(
        "all", description="Which component, or all."
    )
    delta: Number = Field(ge=-0.5, le=0.5, description="Change of the growth rate, e.g. -0.02.")


class MovementSurge(Spec):
    """A movement gains or loses intensity."""

    kind: Literal["movement_surge"] = Field(description="Movement surge.")
    movement: Id = Field(description="The movement.")
    delta: Number = Field(ge=-1, le=1, description="Change of intensity.")


class DoctrineShift(Spec):
    """A nation's doctrine moves toward one of the four."""

    kind: Literal["doctrine_shift"] = Field(description="Doctrine shift.")
    nation: Id = Field(description="The nation, or all for every nation at once.")
    toward: DoctrineName = Field(description="Doctrine it moves toward.")
    amount: Unit = Field(description="Share of the way it moves.")


class ElectionOutcome(Spec):
    """One possible result of an election."""

    label: Name = Field(description="What the result is called, e.g. 'incumbent re-elected'.")
    probability: Unit = Field(description="Chance of this result.")
    doctrine: DoctrineWeights | None = Field(
        None, description="New doctrine weights; empty for no change."
    )
    ideal_point: Point | None = Field(None, description="New ideal point; empty for no change.")
    briefing: Text | None = Field(None, description="News text for this result.")


class Election(Spec):
    """An election that may change a nation's doctrine and ideal point."""

    kind: Literal["election"] = Field(description="Election.")
    nation: Id = Field(description="The nation voting.")
    outcomes: list[ElectionOutcome] = Field(
        min_length=1, description="Possible results; their probabilities sum to 1."
    )

    @model_validator(mode="after")
    def _probabilities(self) -> Election:
        total = math.fsum(o.probability for o in self.outcomes)
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"outcome probabilities sum to {total:g}; they must sum to 1")
        return self


class PolicyMotion(Spec):
    kind: Literal["policy"] = Field(description="Move the body's policy.")
    point: Point = Field(description="New policy [x, y].")


class MandateMotion(Spec):
    kind: Literal["mandate"] = Field(description="Change the mandate.")
    breadth: Number = Field(0.0, ge=-1, le=1, description="Change of breadth.")
    intrusiveness: Number = Field(0.0, ge=-1, le=1, description="Change of intrusiveness.")

    @model_validator(mode="after")
    def _changes_something(self) -> MandateMotion:
        if self.breadth == 0 and self.intrusiveness == 0:
            raise ValueError("a mandate motion changes breadth or intrusiveness; give one of them")
        return self


class VetoMotion(Spec):
    kind: Literal["add_veto", "remove_veto"] = Field(description="Give or take a veto.")
    nation: Id = Field(description="The member concerned.")


class OptOutMotion(Spec):
    kind: Literal["opt_out"] = Field(description="Set the opt-out right.")
    value: Unit = Field(description="New opt-out share phi.")
    nation: Id | None = Field(None, description="Only for this member; empty for all members.")


class MembershipMotion(Spec):
    kind: Literal["admit", "suspend"] = Field(description="Admit or suspend a nation.")
    nation: Id = Field(description="The nation concerned.")


class LinkageMotion(Spec):
    kind: Literal["linkage"] = Field(description="Set the linkage of privileges to membership.")
    value: Unit = Field(description="New linkage lambda.")


class SanctionMotion(Spec):
    kind: Literal["sanction"] = Field(description="Sanction a nation.")
    nation: Id = Field(description="The nation sanctioned.")


Motion = Annotated[
    PolicyMotion
    | MandateMotion
    | VetoMotion
    | OptOutMotion
    | MembershipMotion
    | LinkageMotion
    | SanctionMotion,
    Field(discriminator="kind"),
]


class InjectedMotion(Spec):
    """A motion put on a body's agenda by the event."""

    kind: Literal["injected_motion"] = Field(description="Injected motion.")
    institution: Id = Field(description="Body where it is tabled.")
    sponsor: Id | None = Field(
        None, description="Nation shown as its sponsor; empty for the chair."
    )
    motion: Motion = Field(description="The motion, chosen by `kind`.")


class Membership(Spec):
    """A scripted exit or return: history as written (the US leaves the Paris Agreement in
    November 2020 and rejoins in February 2021). A leaver pays what a chosen exit costs;
    an effect that play has made moot (the nation left or came back already) does
    nothing."""

    kind: Literal["leave", "join"] = Field(description="Leave or rejoin a body.")
    nation: Id = Field(description="The nation that leaves or joins.")
    institution: Id = Field(description="The body.")


class Standing(Spec):
    """The year's news changes a nation's standing: what acting without a body's mandate
    cost it in legitimacy (Iraq, 2003), or what a windfall brought it in capital."""

    kind: Literal["standing"] = Field(description="A change of standing.")
    nation: Id = Field(description="The nation, or all for every nation at once.")
    legitimacy: Number = Field(0.0, ge=-1, le=1, description="Change of legitimacy, e.g. -0.1.")
    capital: Number = Field(0.0, ge=-100, le=100, description="Change of capital, e.g. 5.")

    @model_validator(mode="after")
    def _changes_something(self) -> Standing:
        if self.legitimacy == 0 and self.capital == 0:
            raise ValueError("a standing effect changes legitimacy or capital; give one of them")
        return self


class Recognition(Spec):
    """The year's news changes how far one nation recognises another's model and
    interests (the United States would not recognise the People's Republic of China
    from 1949; it did in 1979)."""

    kind: Literal["recognition"] = Field(description="A change of recognition.")
    nation: Id = Field(description="The nation whose recognition changes.")
    of: Id = Field(description="The nation it recognises more, or less.")
    delta: Number = Field(ge=-1, le=1, description="Change, e.g. -0.3 (kept from 0 to 1).")

    @model_validator(mode="after")
    def _changes_something(self) -> Recognition:
        if self.delta == 0:
            raise ValueError("a recognition effect changes it: give a delta such as -0.3")
        return self


class SeatPasses(Spec):
    """A member's seat passes to another nation, with its veto, opt-out, founding and
    weight (China's seat in the Security Council, from the Republic of China to the
    People's Republic in 1971)."""

    kind: Literal["seat_passes"] = Field(description="A seat passes to another state.")
    institution: Id = Field(description="The body.")
    nation: Id = Field(description="The member whose seat it is.")
    to: Id = Field(description="The nation that takes it.")


Effect = Annotated[
    Shock
    | GrowthChange
    | MovementSurge
    | DoctrineShift
    | Election
    | InjectedMotion
    | Membership
    | SeatPasses
    | Standing
    | Recognition,
    Field(discriminator="kind"),
]


class Event(Spec):
    """News that fires on a set round or when a condition holds, with its effects."""

    id: Id = Field(description="Short id.")
    title: Name = Field(description="Headline.")
    briefing: Text = Field(description="What players read when it fires.")
    round: Whole | None = Field(None, ge=1, le=500, description="Round it fires in...")
    when: Condition | None = Field(
        None, description="...or the condition that fires it (give one)."
    )
    once: Flag = Field(True, description="Fire at most once (conditional events).")
    effects: list[Effect] = Field(
        default_factory=list, description="What it does, from the fixed menu."
    )

    @model_validator(mode="after")
    def _one_trigger(self) -> Event:
        if (self.round is None) == (self.when is None):
            raise ValueError("give exactly one of `round:` or `when:`")
        return self


# ---------------------------------------------------------------- the scenario


class Seat(Spec):
    """A playable great power."""

    nation: Id = Field(description="The great power.")
    ai: SeatAI = Field(
        SeatAI.normal,
        description="Who plays the seat when no human takes it: an AI level, or a strategy.",
    )
    team: Name | None = Field(None, description="Suggested team name.")


class Teaching(Spec):
    """Notes for the instructor, shown in the seat set-up and in docs/scenarios/."""

    watch: list[Text] = Field(
        default_factory=list, description="What to watch for while the class plays."
    )
    plan_50: list[Text] = Field(
        default_factory=list, description="A 50-minute session, step by step."
    )
    plan_90: list[Text] = Field(
        default_factory=list, description="A 90-minute session, step by step."
    )


class HistoricalMoment(Spec):
    year: Whole = Field(ge=1, le=3000, description="The year.")
    text: Text = Field(description="What happened.")


class History(Spec):
    """What actually happened in the period, which the debrief shows beside the class's
    own result."""

    summary: Text = Field(description="The period in a paragraph.")
    verdict: Verdict | None = Field(
        None,
        description="The order the period ended in, read by the game's terms (empty if the "
        "author would rather the class judged).",
    )
    moments: list[HistoricalMoment] = Field(
        default_factory=list, description="Its turning points, in order."
    )


class Length(Spec):
    rounds: Whole = Field(ge=1, le=200, description="Rounds (years) the game lasts.")
    minutes: Whole | None = Field(
        None, ge=5, le=100000, description="Suggested session length in minutes."
    )


class NameGrammar(Spec):
    """How one name stands in a sentence of a language: its gender and number, and its
    forms by case where they are not the name itself (with the article it takes)."""

    gender: Literal["masculine", "feminine", "neuter"] | None = Field(
        None, description="Grammatical gender, for the words that agree with it."
    )
    plural: Flag = Field(False, description="true for a plural name: Vereinigte Staaten.")
    nominative: Word | None = Field(
        None, description="As the subject, with its article: der Weltrat, el Consejo Mundial."
    )
    accusative: Word | None = Field(None, description="As the object: den Weltrat.")
    dative: Word | None = Field(None, description="Dative: dem Weltrat.")
    genitive: Word | None = Field(None, description="Genitive: des Weltrats.")


class Scenario(Spec):
    """A world to play: its nations, institutions, movements and events."""

    schema_version: Literal[1] = Field(description="Version of this format: 1.")
    id: Id = Field(description="Short id of the scenario, e.g. tutorial.")
    title: Name = Field(description="Title shown in the scenario browser.")
    summary: Text = Field(description="One paragraph on the situation.")
    learning_goals: list[Text] = Field(
        default_factory=list, description="What students should learn."
    )
    discussion_questions: list[Text] = Field(
        default_factory=list, description="Questions for the debrief."
    )
    length: Length = Field(description="Game length in rounds and suggested minutes.")
    period: Name | None = Field(
        None, description="The years it is about, as the browser shows them: 1945-1955."
    )
    lesson: Text | None = Field(None, description="Its lesson in a sentence, shown in the browser.")
    teaching: Teaching | None = Field(None, description="Notes for the instructor.")
    sources: list[Text] = Field(
        default_factory=list, description="Where its figures come from, one source a line."
    )
    simplified: list[Text] = Field(
        default_factory=list, description="What it simplifies, one point a line."
    )
    history: History | None = Field(
        None, description="What actually happened, shown in the debrief beside the class's."
    )
    start_year: Whole | None = Field(None, ge=1, le=3000, description="Year of the first round.")
    author: Name = Field(description="Who wrote it.")
    licence: Name = Field(description="Licence, e.g. CC-BY-4.0.")
    nations: list[Nation] = Field(min_length=2, description="All nations.")
    institutions: list[Institution] = Field(min_length=1, description="All institutions.")
    movements: list[Movement] = Field(
        default_factory=list, description="Movements of civil society."
    )
    events: list[Event] = Field(
        default_factory=list, description="Scheduled and conditional events."
    )
    seats: list[Seat] | None = Field(
        None,
        min_length=1,
        description="Playable seats; leave it out for one per great power, AI at normal.",
    )
    founding_names: dict[IssueArea, list[Name]] = Field(
        default_factory=dict,
        description="Names for bodies founded in play, by issue area, taken in order when "
        "the founder names none (e.g. finance: [Asian Infrastructure Investment Bank]).",
    )
    grammar: dict[LanguageCode, dict[Word, NameGrammar]] = Field(
        default_factory=dict,
        description="How names stand in sentences, by language and by the name as that "
        "language gives it (e.g. de: {Weltrat: {gender: masculine, nominative: der "
        "Weltrat, ...}}); a name left out takes its language's regular forms.",
    )
    model: ModelParams = Field(
        default_factory=ModelParams, description="Numbers of the core model."
    )

    def names(self) -> list[str]:
        """Every name a sentence may place: nations, bodies, movements, and the names
        kept for bodies founded in play."""
        founding = [name for names in self.founding_names.values() for name in names]
        return [
            *(n.name for n in self.nations),
            *(i.name for i in self.institutions),
            *(m.name for m in self.movements),
            *founding,
        ]

    def great_powers(self) -> list[Nation]:
        return [n for n in self.nations if n.great_power]

    def playable_seats(self) -> list[Seat]:
        return (
            self.seats
            if self.seats is not None
            else [Seat(nation=n.id) for n in self.great_powers()]
        )
