"""The `model:` block: every constant of the core model with its default.

Defaults are the tested values of the core model's design (core-model.md, Appendix A);
a scenario overrides only what it changes, for example `model: {vote: {tau: 0.05}}`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from .types import Doctrine, IssueArea, Number, Spec, Unit, Whole


class PowerWeights(Spec):
    """Weights of the power components in a nation's composite power share."""

    economic: Unit = Field(0.4, description="Weight of economic power.")
    military: Unit = Field(0.3, description="Weight of military power.")
    tech_finance: Unit = Field(0.2, description="Weight of technological and financial power.")
    soft: Unit = Field(0.1, description="Weight of soft power.")

    @model_validator(mode="after")
    def _sum_to_one(self) -> PowerWeights:
        total = self.economic + self.military + self.tech_finance + self.soft
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"power weights sum to {total:g}; they must sum to 1")
        return self


class PowerParams(Spec):
    weights: PowerWeights = Field(
        default_factory=PowerWeights,
        description="Weights of the components in the composite power share P_i.",
    )
    growth_noise_sd: Number = Field(
        0.02, ge=0, le=0.5, description="Standard deviation of the yearly growth shock."
    )
    growth_convergence: Unit = Field(
        0.97,
        description="Growth rates converge to the world mean: g <- mean + this * (g - mean). "
        "1 keeps growth constant (one nation then outgrows the world).",
    )
    growth_mean: Number | None = Field(
        None,
        ge=-0.5,
        le=0.5,
        description="World mean growth the rates converge to; empty means the "
        "power-weighted mean of the starting rates.",
    )


class VoteParams(Spec):
    tau: Number = Field(
        0.02,
        ge=0,
        le=1,
        description="A model-driven voter says yes if its gain plus noise exceeds tau, "
        "no if below -tau, and abstains in between.",
    )
    noise_sd: Number = Field(0.05, ge=0, le=1, description="Noise on model-driven votes.")


class DraftTarget(StrEnum):
    own_ideal = "own_ideal"
    member_power_mean = "member_power_mean"
    veto_holder_mean = "veto_holder_mean"


class CandidateParams(Spec):
    targets: list[DraftTarget] = Field(
        default_factory=lambda: list(DraftTarget),
        min_length=1,
        description="Points a drafter moves a body's policy toward when it drafts a motion.",
    )
    steps: list[Unit] = Field(
        default_factory=lambda: [0.1, 0.25, 0.5, 1.0],
        min_length=1,
        description="Fractions of the way to a target that drafts try.",
    )
    mandate_step: Unit = Field(
        0.1, description="Size of a drafted change of breadth or intrusiveness."
    )


class TableIfParams(Spec):
    pass_probability_min: Unit = Field(
        0.5,
        description="A model drafter tables a motion only if it expects it to pass this often...",
    )
    own_gain_min: Number = Field(
        0.02, ge=0, description="...and gains at least this much utility if it passes."
    )
    forcing_gain: Number = Field(
        0.02,
        ge=0,
        description="Standing G gained when an isolated veto holder vetoes a motion "
        "backed by a majority; makes drafts that force a public veto worth tabling.",
    )


class AgendaParams(Spec):
    speaker_order: Literal["rotating", "power", "listed"] = Field(
        "rotating",
        description="Order in which great powers table motions: rotating each round, "
        "by power, or as listed in the scenario.",
    )
    candidates: CandidateParams = Field(
        default_factory=CandidateParams, description="How model drafters build candidate motions."
    )
    table_if: TableIfParams = Field(
        default_factory=TableIfParams, description="When a model drafter tables a motion."
    )


class CrisisParams(Spec):
    p_per_body_round: Unit = Field(0.1, description="Chance a crisis strikes a body in a round.")
    policy_shock_sd: Number = Field(
        0.15, ge=0, le=2, description="Standard deviation of the jump of the body's status quo."
    )
    valence: Number = Field(
        0.3,
        ge=0,
        le=5,
        description="Common value c every member gains if the body adopts a policy motion "
        "while the crisis lasts.",
    )
    valence_decay: Unit = Field(0.5, description="Share of the common value left after each round.")


class UtilityParams(Spec):
    kappa: Number = Field(
        0.3, ge=0, le=5, description="Weight of doctrine fit cos(d_i, o_k) - 0.5 in the payoff."
    )
    rho: Number = Field(
        0.3,
        ge=0,
        le=5,
        description="Weight of recognition by the other members (Rin - 0.5) in the payoff.",
    )


class SatisfactionParams(Spec):
    memory: Unit = Field(
        0.8,
        description="s <- memory * s + (1 - memory) * tanh(payoff): how slowly satisfaction moves.",
    )
    dissatisfied_below: Number = Field(
        -0.2, ge=-1, le=1, description="A member below this satisfaction is dissatisfied."
    )


class InsideOptionParams(Spec):
    blocking_power: Literal["coleman_power_to_prevent"] = Field(
        "coleman_power_to_prevent",
        description="Index of a member's power to block (1 for a veto holder).",
    )
    voice_at: Unit = Field(
        0.5, description="A dissatisfied member with an inside option at least this chooses voice."
    )
    theta: Unit = Field(
        1.0, description="Share of the intrusiveness cost the inside option spares a member."
    )


class OutsideOptionParams(Spec):
    forfeit_rounds: Whole = Field(
        5, ge=0, le=50, description="Rounds of privileges H forfeited on exit (times linkage)."
    )
    rep_cost: Number = Field(
        0.1, ge=0, le=5, description="Reputation cost of exit, times the nation's legitimacy."
    )
    mercantilist_bonus: Number = Field(
        0.3,
        ge=0,
        le=5,
        description="Value of going it alone for a mercantilist: times d_mercantilist P_i / max P.",
    )
    exit_external_below: Unit = Field(
        0.5,
        description="A member with an outside option exits only if the body's external "
        "effects are below this; otherwise it rolls back (leaves and undermines).",
    )


class HazardParams(Spec):
    """Per-round exit probability h = logistic(a0 - satisfaction*s + divergence*D + ...)."""

    a0: Number = Field(-4.5, ge=-20, le=20, description="Intercept of the exit hazard.")
    satisfaction: Number = Field(3.0, ge=0, le=20, description="Weight of (minus) satisfaction.")
    divergence: Number = Field(
        2.0, ge=0, le=20, description="Weight of distance to the members' median ideal point."
    )
    contagion: Number = Field(2.0, ge=0, le=20, description="Weight of recent exits from the body.")
    nationalism: Number = Field(0.5, ge=0, le=20, description="Weight of nationalism.")
    exposure: Number = Field(
        1.5,
        ge=0,
        le=20,
        description="Weight of the intrusiveness cost not spared by the inside option.",
    )
    outside: Number = Field(2.0, ge=0, le=20, description="Weight of the outside option.")
    loyalty: Number = Field(1.0, ge=0, le=20, description="Weight of (minus) founder loyalty.")
    movement: Number = Field(
        1.0, ge=0, le=20, description="Weight of (minus) democracy times movement intensity."
    )
    contagion_decay: Unit = Field(0.7, description="Share of contagion left after each round.")


class ThreatParams(Spec):
    """A threat with demand scope delta succeeds with logistic(c0 + c1 P/maxP - c2 delta)."""

    c0: Number = Field(-1.0, ge=-20, le=20, description="Intercept of threat success.")
    c1: Number = Field(3.0, ge=0, le=20, description="Weight of the threatener's relative power.")
    c2: Number = Field(4.0, ge=0, le=20, description="Weight of the scope of the demand.")
    mandate_cut: Unit = Field(0.2, description="Cut of breadth a won mandate demand brings.")
    gap_rounds: Whole = Field(
        3, ge=0, le=50, description="Rounds before the same nation may threaten again."
    )
    failed_legitimacy: Number = Field(
        -0.03,
        ge=-1,
        le=0,
        description="Legitimacy change of a failed threat if the threatener stays.",
    )


class RollbackParams(Spec):
    vitality_loss: Unit = Field(
        0.05, description="Vitality the old body loses each round after a rollback exit..."
    )
    rounds: Whole = Field(3, ge=0, le=50, description="...for this many rounds.")


class VitalityParams(Spec):
    relax_rate: Unit = Field(
        0.1, description="Speed at which vitality relaxes toward its rest level."
    )
    rest_base: Unit = Field(
        0.4, description="Rest level of vitality with no leadership and no action."
    )
    rest_leadership: Unit = Field(0.3, description="Rest level added by alternative leadership.")
    rest_acted: Unit = Field(0.3, description="Rest level added when the body acted recently.")
    subversion: Unit = Field(
        0.1, description="Vitality lost per subverting member-round, times its power share."
    )
    exit_base: Unit = Field(0.05, description="Vitality lost to any exit...")
    exit_power: Unit = Field(0.5, description="...plus this times the leaver's power share...")
    founder_multiplier: Number = Field(
        1.0, ge=0, le=10, description="...times (1 + this) if the leaver is a founder..."
    )
    leadership_relief: Unit = Field(
        0.5, description="...times (1 - this * alternative leadership)."
    )
    dead_below: Unit = Field(0.1, description="A body with vitality below this is dead.")
    zombie_below: Unit = Field(0.4, description="A body with vitality below this is a zombie.")
    min_members: Whole = Field(3, ge=1, le=100, description="A body with fewer members is dead.")


class LegitimacyParams(Spec):
    veto_vs_majority: Number = Field(-0.02, ge=-1, le=0, description="A veto against a majority.")
    exit: Number = Field(-0.05, ge=-1, le=0, description="Withdrawing from a body.")
    opt_out: Number = Field(-0.005, ge=-1, le=0, description="Opting out of an adopted motion.")
    broken_pledge: Number = Field(-0.03, ge=-1, le=0, description="Breaking a pledge.")
    sanction: Number = Field(-0.02, ge=-1, le=0, description="Being sanctioned.")
    kept_pledge: Number = Field(0.005, ge=0, le=1, description="Keeping a pledge.")
    reversion: Unit = Field(
        0.02, description="Legitimacy moves this far toward its rest level a round."
    )
    rest: Unit = Field(0.6, description="Rest level of a nation's legitimacy.")


class RecognitionParams(Spec):
    gain_per_cross_decision: Unit = Field(
        0.05,
        description="r_ij rises by this times (1 - r_ij) for each adopted decision sponsored "
        "by j that i voted for, across dominant doctrines.",
    )
    sanction_or_broken_pledge: Number = Field(
        -0.1,
        ge=-1,
        le=0,
        description="Change of r_ij for a sanction or broken pledge between them.",
    )
    reversion: Unit = Field(
        0.02, description="r_ij moves this far toward its doctrine baseline a round."
    )


class RivalFoundingParams(Spec):
    misalignment: Number = Field(
        0.05,
        ge=0,
        le=1,
        description="Material share minus voting power above which a nation is misaligned.",
    )
    founder_satisfaction_below: Number = Field(
        -0.1, ge=-1, le=1, description="Founders must be at most this satisfied with the incumbent."
    )
    cofounder_cosine: Unit = Field(
        0.8, description="Doctrine cosine a co-founder needs with the founder."
    )
    min_power: Unit = Field(0.25, description="Joint world power share the founders need.")
    p_per_round: Unit = Field(
        0.3, description="Chance per round that a qualifying coalition founds."
    )
    quota: Unit = Field(0.5, description="Quota of the new body's power-weighted votes.")
    alpha_factor: Unit = Field(
        0.7, description="Intrusiveness of the rival relative to the incumbent."
    )
    benefit_factor: Unit = Field(
        0.8, description="Benefits of the rival relative to the incumbent."
    )
    accession_fit: Unit = Field(
        0.7, description="Doctrine cosine a nation needs to join the rival."
    )


class ScoreParams(Spec):
    """A great power's final score: the points of its objectives met, plus these terms."""

    influence: Number = Field(
        10.0, ge=0, le=1000, description="Points for all the influence over the order (share 1)."
    )
    legitimacy: Number = Field(
        10.0, ge=0, le=1000, description="Points per unit of legitimacy above its rest level."
    )
    order_view: Number = Field(
        5.0, ge=0, le=1000, description="Points times its doctrine's view of the final order."
    )
    fragmented_loss: Number = Field(
        5.0, ge=0, le=1000, description="Points every great power loses in a fragmented world."
    )


class CapitalParams(Spec):
    income_base: Number = Field(
        2.0, ge=0, le=1000, description="Capital every nation earns a round..."
    )
    income_per_power: Number = Field(
        10.0, ge=0, le=1000, description="...plus this times its power share."
    )
    motion_cost: Number = Field(1.0, ge=0, le=1000, description="Cost of tabling a motion.")
    found_cost: Number = Field(5.0, ge=0, le=1000, description="Cost of founding an institution.")
    threat_cost: Number = Field(2.0, ge=0, le=1000, description="Cost of threatening exit.")
    utility_per_unit: Number = Field(
        0.05,
        ge=0,
        le=10,
        description="Utility of one unit of capital (also its value in the score).",
    )


class IndexParams(Spec):
    exit_rate_window_rounds: Whole = Field(
        10,
        ge=1,
        le=200,
        description="Window of the rolling exit rate (exits per 1,000 member-rounds).",
    )
    decision_window_rounds: Whole = Field(
        10,
        ge=1,
        le=200,
        description="The apex body can act if it adopted a decision within this window.",
    )
    baseline_exits_per_1000: Number = Field(
        2.0,
        gt=0,
        le=1000,
        description="Baseline exit rate per 1,000 member-rounds (classroom 2; the calibrated, "
        "historical rate is 0.4).",
    )


class FragmentedParams(Spec):
    apex_coverage_below: Unit = Field(
        0.5, description="Fragmented if apex coverage is below this..."
    )
    exit_rate_multiple: Number = Field(
        5.0, ge=1, le=1000, description="...or exits reach this multiple of baseline..."
    )
    min_exits_in_window: Whole = Field(
        3, ge=0, le=1000, description="...with at least this many exits in the window..."
    )
    balance_below: Unit = Field(0.3, description="...or order balance K is below this...")
    contested_areas_share: Unit = Field(
        0.5,
        description="...or this share of the issue areas the world has bodies in is contested "
        "by rival bodies (seating different great powers, neither a caucus within the "
        "other), without two camps.",
    )


class BlocParams(Spec):
    parallel_coverage_min: Unit = Field(
        0.2,
        description="Two camps: bodies of one issue area whose great powers do not overlap, "
        "each holding at least this share of world power...",
    )
    parallel_areas_share: Unit = Field(
        0.5,
        description="...in at least this share of the issue areas the world has bodies in.",
    )


class HegemonicParams(Spec):
    top_influence: Unit = Field(0.40, description="Leader's influence share at least this...")
    n_norm_max: Number = Field(
        1.5,
        ge=1,
        le=4,
        description="...the institutions carry the leader's model: norm diversity at most this...",
    )
    leader_agenda_share_min: Unit = Field(
        0.5,
        description="...or at least this share of the decisions adopted in the window "
        "sponsored by the leader...",
    )
    apex_coverage_min: Unit = Field(0.6, description="...apex coverage at least this...")
    leader_recognition_below: Unit = Field(
        0.4,
        description="...and the leader's recognition of rival models (weighed by their "
        "distance from its own) below this.",
    )


class PluralistParams(Spec):
    n_influence_share_min: Unit = Field(
        0.6,
        description="Effective number of influences at least this share of the number of "
        "great powers (3 of 5)...",
    )
    recognition_min: Unit = Field(0.5, description="...mutual recognition at least this...")
    apex_coverage_min: Unit = Field(0.8, description="...apex coverage at least this...")
    exit_multiple_max: Number = Field(
        2.0, ge=0, le=1000, description="...exits at most this multiple of baseline..."
    )
    cross_doctrine_share_min: Unit = Field(
        0.3, description="...and this share of adopted decisions carried across doctrines."
    )


class VerdictParams(Spec):
    enter_after_rounds: Whole = Field(
        3,
        ge=1,
        le=50,
        description="Rounds a verdict's conditions must hold before it is shown "
        "(3; 2 suits short classroom games).",
    )
    release_after_failing_rounds: Whole = Field(
        2,
        ge=1,
        le=50,
        description="Rounds its conditions must fail before a shown verdict is dropped.",
    )
    fragmented: FragmentedParams = Field(
        default_factory=FragmentedParams, description="Thresholds of a fragmented order."
    )
    bloc: BlocParams = Field(default_factory=BlocParams, description="Thresholds of a bloc order.")
    hegemonic: HegemonicParams = Field(
        default_factory=HegemonicParams, description="Thresholds of a hegemonic order."
    )
    pluralist: PluralistParams = Field(
        default_factory=PluralistParams, description="Thresholds of a pluralist order."
    )


PreferredReform = Literal[
    "add_members_and_rules", "broaden_mandates", "bilateral_deals", "vetoes_and_weights"
]


class OrderView(Spec):
    """A doctrine's view of each order verdict, -1 (worst) to 1 (best)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    pluralist: Number = Field(0.0, ge=-1, le=1, description="A pluralist order.")
    hegemonic: Number = Field(0.0, ge=-1, le=1, description="A hegemonic order.")
    bloc: Number = Field(0.0, ge=-1, le=1, description="A bloc order.")
    fragmented: Number = Field(0.0, ge=-1, le=1, description="A fragmented order.")
    transitional: Number = Field(0.0, ge=-1, le=1, description="An order still in transition.")


def _nothing_required(schema: dict[str, Any]) -> None:
    # Every value may be left out of a file: the doctrine's own default fills it in.
    schema.pop("required", None)


class DoctrineParams(Spec):
    """How a doctrine behaves (docs/model.md). Each value defaults to the
    doctrine's own (see `doctrines` in the model block)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, json_schema_extra=_nothing_required
    )

    mandate_taste: Number = Field(ge=-1, le=1, description="Taste for broad, intrusive mandates.")
    mandate_taste_by_area: dict[IssueArea, Number] = Field(
        default_factory=dict,
        description="Taste for mandates in particular issue areas, overriding mandate_taste.",
    )
    negative_power_value: Unit = Field(description="Value of its own veto or opt-out.")
    relative_gains: Unit = Field(
        description="Weight gamma of others' gains (zero-sum thinking) in its votes."
    )
    recognition_baseline: Unit = Field(description="Resting recognition of other nations' models.")
    exit_propensity: Unit = Field(
        description="Chance a great power in exit mode leaves in a round."
    )
    exit_propensity_apex: Unit | None = Field(
        None, description="Exit propensity from the apex body, if different."
    )
    preferred_reform: PreferredReform = Field(description="What its threats demand.")
    order_view: OrderView = Field(
        description="How much it likes each final order, from -1 to 1 (its part of the score)."
    )


_DOCTRINE_DEFAULTS: dict[str, dict[str, Any]] = {
    "liberal": dict(
        mandate_taste=0.8, negative_power_value=0.5, relative_gains=0.1,
        recognition_baseline=0.3, exit_propensity=0.2, preferred_reform="add_members_and_rules",
        # It claims to be order itself: a liberal hegemony is best, fragmentation worst.
        order_view=dict(hegemonic=1.0, pluralist=0.5, bloc=-0.5, fragmented=-1.0),
    ),
    "transformative": dict(
        mandate_taste=0.2,
        mandate_taste_by_area={"climate": 0.6, "human_rights": 0.6},
        negative_power_value=0.2, relative_gains=0.1, recognition_baseline=0.5,
        exit_propensity=0.2, preferred_reform="broaden_mandates",
        order_view=dict(pluralist=1.0, hegemonic=-1.0, fragmented=-0.5, transitional=0.25),
    ),
    "mercantilist": dict(
        mandate_taste=-0.8, negative_power_value=0.8, relative_gains=0.8,
        recognition_baseline=0.2, exit_propensity=0.9, preferred_reform="bilateral_deals",
        # Transactional: no patience for a hegemon's rules, at home among blocs and deals.
        order_view=dict(hegemonic=-0.5, bloc=0.5, transitional=0.25),
    ),
    "sovereign": dict(
        mandate_taste=-0.6, mandate_taste_by_area={"security": 0.3},
        negative_power_value=1.0, relative_gains=0.4, recognition_baseline=0.7,
        exit_propensity=0.2, exit_propensity_apex=0.0, preferred_reform="vetoes_and_weights",
        # Co-management under the UN: pluralism is best, a hegemon or chaos worst.
        order_view=dict(pluralist=1.0, hegemonic=-1.0, bloc=0.25, fragmented=-0.5),
    ),
}  # fmt: skip


def _doctrine_defaults(schema: dict[str, Any]) -> None:
    schema.pop("required", None)
    for name, defaults in _DOCTRINE_DEFAULTS.items():
        schema["properties"][name]["default"] = defaults


class DoctrineTable(Spec):
    """Behaviour of each doctrine; a nation's behaviour is the doctrine-weighted mean.
    Give only what you change: `doctrines: {mercantilist: {exit_propensity: 0.5}}`."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, json_schema_extra=_doctrine_defaults
    )

    liberal: DoctrineParams = Field(description="Liberal internationalism.")
    transformative: DoctrineParams = Field(description="Transformative internationalism.")
    mercantilist: DoctrineParams = Field(description="Mercantilist nationalism.")
    sovereign: DoctrineParams = Field(description="Sovereign internationalism.")

    @model_validator(mode="before")
    @classmethod
    def _fill_defaults(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        merged: dict[str, Any] = {}
        for name, defaults in _DOCTRINE_DEFAULTS.items():
            given = data.get(name, {})
            if isinstance(given, dict):
                # A partial order view keeps the doctrine's other values.
                view = given.get("order_view")
                if isinstance(view, dict):
                    given = {**given, "order_view": {**defaults.get("order_view", {}), **view}}
                merged[name] = {**defaults, **given}
            else:
                merged[name] = given
        merged.update({k: v for k, v in data.items() if k not in _DOCTRINE_DEFAULTS})
        return merged

    def of(self, doctrine: Doctrine) -> DoctrineParams:
        params: DoctrineParams = getattr(self, doctrine.value)
        return params


PRESETS: dict[str, dict[str, Any]] = {
    # A lively tempo for 4-20 round classroom games: exits, reforms and rivals happen
    # often enough to learn from. These are the defaults of every block.
    "classroom": {},
    # Yearly rates close to the record: about 0.4 withdrawals per 1,000 membership-years
    # (von Borzyskowski & Vabulas 2019); exits rare, often reversed; rival bodies founded
    # a few times a decade rather than most years.
    "calibrated": {
        "indices": {"baseline_exits_per_1000": 0.4},
        "hazard": {"a0": -7.0},
        "rival_founding": {"p_per_round": 0.1},
        "doctrines": {
            "liberal": {"exit_propensity": 0.02},
            "transformative": {"exit_propensity": 0.02},
            "mercantilist": {"exit_propensity": 0.05},
            "sovereign": {"exit_propensity": 0.02},
        },
    },
}


def _merge(base: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in given.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


class ModelParams(Spec):
    """Every number of the core model. Each block and value is optional; a preset sets
    many at once, and values given beside it win."""

    preset: Literal["classroom", "calibrated"] = Field(
        "classroom",
        description="classroom: a lively tempo for short games; calibrated: yearly rates "
        "close to the historical record (about 0.4 exits per 1,000 membership-years).",
    )
    power: PowerParams = Field(default_factory=PowerParams, description="Power and its growth.")
    vote: VoteParams = Field(
        default_factory=VoteParams, description="How model-driven nations vote."
    )
    agenda: AgendaParams = Field(
        default_factory=AgendaParams, description="Drafting and tabling motions."
    )
    crisis: CrisisParams = Field(
        default_factory=CrisisParams, description="Crises that shock a body's status quo."
    )
    utility: UtilityParams = Field(
        default_factory=UtilityParams, description="Terms of a member's payoff."
    )
    satisfaction: SatisfactionParams = Field(
        default_factory=SatisfactionParams, description="Satisfaction with each membership."
    )
    inside_option: InsideOptionParams = Field(
        default_factory=InsideOptionParams,
        description="Negative power inside a body: veto and opt-out.",
    )
    outside_option: OutsideOptionParams = Field(
        default_factory=OutsideOptionParams, description="The value of leaving a body."
    )
    hazard: HazardParams = Field(
        default_factory=HazardParams, description="Exit hazard of model-driven members."
    )
    threat: ThreatParams = Field(
        default_factory=ThreatParams, description="Exit threats and the reforms they win."
    )
    reentry_wait_rounds: Whole = Field(
        2,
        ge=0,
        le=50,
        description="Rounds a leaver waits before it may rejoin (a body may set its own).",
    )
    rollback: RollbackParams = Field(
        default_factory=RollbackParams, description="Leaving to undermine a body."
    )
    vitality: VitalityParams = Field(
        default_factory=VitalityParams, description="Institutions alive, zombie, dead."
    )
    legitimacy: LegitimacyParams = Field(
        default_factory=LegitimacyParams, description="Changes of a nation's legitimacy."
    )
    recognition: RecognitionParams = Field(
        default_factory=RecognitionParams, description="Recognition of one another's models."
    )
    institution_doctrine_drift: Unit = Field(
        0.1,
        description="A body's doctrine drifts this far with each adopted decision toward the "
        "mean of its sponsor's doctrine and the power-weighted doctrines of its yes-voters.",
    )
    rival_founding: RivalFoundingParams = Field(
        default_factory=RivalFoundingParams,
        description="When model-driven nations found rival bodies.",
    )
    capital: CapitalParams = Field(
        default_factory=CapitalParams, description="The diplomatic capital economy."
    )
    score: ScoreParams = Field(
        default_factory=ScoreParams, description="The terms of the final score."
    )
    indices: IndexParams = Field(
        default_factory=IndexParams, description="Windows and baselines of the order indices."
    )
    verdict: VerdictParams = Field(
        default_factory=VerdictParams, description="When each order verdict holds."
    )
    doctrines: DoctrineTable = Field(
        default_factory=lambda: DoctrineTable.model_validate({}),
        description="Behaviour of each doctrine.",
    )

    @model_validator(mode="before")
    @classmethod
    def _apply_preset(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        preset = PRESETS.get(data.get("preset", "classroom"))
        return _merge(preset, data) if preset else data
