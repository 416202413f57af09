"""The core model's constants as the engine reads them: `state.params.vote.tau`. Written
by `make docs` from the `model:` block's models (game/scenario/parameters.py), which hold
each constant's default, bounds and reason; do not edit by hand."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class OrderView:
    """A doctrine's view of each order verdict, -1 (worst) to 1 (best)."""

    # A pluralist order.
    pluralist: float
    # A hegemonic order.
    hegemonic: float
    # A bloc order.
    bloc: float
    # A fragmented order.
    fragmented: float
    # An order still in transition.
    transitional: float


@dataclass(frozen=True)
class DoctrineParams:
    """How a doctrine behaves (docs/model.md). Each value defaults to the doctrine's own
    (see `doctrines` in the model block)."""

    # Taste for broad, intrusive mandates.
    mandate_taste: float
    # Taste for mandates in particular issue areas, overriding mandate_taste.
    mandate_taste_by_area: Mapping[str, float]
    # Value of its own veto or opt-out.
    negative_power_value: float
    # Weight gamma of others' gains (zero-sum thinking) in its votes.
    relative_gains: float
    # Resting recognition of other nations' models.
    recognition_baseline: float
    # Chance a great power in exit mode leaves in a round.
    exit_propensity: float
    # Exit propensity from the apex body, if different.
    exit_propensity_apex: float | None
    # What its threats demand.
    preferred_reform: str
    # How much it likes each final order, from -1 to 1 (its part of the score).
    order_view: OrderView


@dataclass(frozen=True)
class PluralistParams:
    """Thresholds of a pluralist order."""

    # Effective number of influences at least this share of the number of great powers (3
    # of 5)...
    n_influence_share_min: float
    # ...mutual recognition at least this...
    recognition_min: float
    # ...apex coverage at least this...
    apex_coverage_min: float
    # ...exits at most this multiple of baseline...
    exit_multiple_max: float
    # ...and this share of adopted decisions carried across doctrines.
    cross_doctrine_share_min: float


@dataclass(frozen=True)
class HegemonicParams:
    """Thresholds of a hegemonic order."""

    # Leader's influence share at least this...
    top_influence: float
    # ...the institutions carry the leader's model: norm diversity at most this...
    n_norm_max: float
    # ...or at least this share of the decisions adopted in the window sponsored by the
    # leader...
    leader_agenda_share_min: float
    # ...apex coverage at least this...
    apex_coverage_min: float
    # ...and the leader's recognition of rival models (weighed by their distance from its
    # own) below this.
    leader_recognition_below: float


@dataclass(frozen=True)
class BlocParams:
    """Thresholds of a bloc order."""

    # Two camps: bodies of one issue area whose great powers do not overlap, each holding
    # at least this share of world power...
    parallel_coverage_min: float
    # ...in at least this share of the issue areas the world has bodies in.
    parallel_areas_share: float


@dataclass(frozen=True)
class FragmentedParams:
    """Thresholds of a fragmented order."""

    # Fragmented if apex coverage is below this...
    apex_coverage_below: float
    # ...or exits reach this multiple of baseline...
    exit_rate_multiple: float
    # ...with at least this many exits in the window...
    min_exits_in_window: int
    # ...or order balance K is below this...
    balance_below: float
    # ...or this share of the issue areas the world has bodies in is contested by rival
    # bodies (seating different great powers, neither a caucus within the other), without
    # two camps.
    contested_areas_share: float


@dataclass(frozen=True)
class TableIfParams:
    """When a model drafter tables a motion."""

    # A model drafter tables a motion only if it expects it to pass this often...
    pass_probability_min: float
    # ...and gains at least this much utility if it passes.
    own_gain_min: float
    # Standing G gained when an isolated veto holder vetoes a motion backed by a majority;
    # makes drafts that force a public veto worth tabling.
    forcing_gain: float


@dataclass(frozen=True)
class CandidateParams:
    """How model drafters build candidate motions."""

    # Points a drafter moves a body's policy toward when it drafts a motion.
    targets: tuple[str, ...]
    # Fractions of the way to a target that drafts try.
    steps: tuple[float, ...]
    # Size of a drafted change of breadth or intrusiveness.
    mandate_step: float


@dataclass(frozen=True)
class PowerWeights:
    """Weights of the power components in a nation's composite power share."""

    # Weight of economic power.
    economic: float
    # Weight of military power.
    military: float
    # Weight of technological and financial power.
    tech_finance: float
    # Weight of soft power.
    soft: float


@dataclass(frozen=True)
class DoctrineTable:
    """Behaviour of each doctrine; a nation's behaviour is the doctrine-weighted mean. Give
    only what you change: `doctrines: {mercantilist: {exit_propensity: 0.5}}`."""

    # Liberal internationalism.
    liberal: DoctrineParams
    # Transformative internationalism.
    transformative: DoctrineParams
    # Mercantilist nationalism.
    mercantilist: DoctrineParams
    # Sovereign internationalism.
    sovereign: DoctrineParams


@dataclass(frozen=True)
class VerdictParams:
    """When each order verdict holds."""

    # Rounds a verdict's conditions must hold before it is shown (3; 2 suits short
    # classroom games).
    enter_after_rounds: int
    # Rounds its conditions must fail before a shown verdict is dropped.
    release_after_failing_rounds: int
    # Thresholds of a fragmented order.
    fragmented: FragmentedParams
    # Thresholds of a bloc order.
    bloc: BlocParams
    # Thresholds of a hegemonic order.
    hegemonic: HegemonicParams
    # Thresholds of a pluralist order.
    pluralist: PluralistParams


@dataclass(frozen=True)
class IndexParams:
    """Windows and baselines of the order indices."""

    # Window of the rolling exit rate (exits per 1,000 member-rounds).
    exit_rate_window_rounds: int
    # The apex body can act if it adopted a decision within this window.
    decision_window_rounds: int
    # Baseline exit rate per 1,000 member-rounds (classroom 2; the calibrated, historical
    # rate is 0.4).
    baseline_exits_per_1000: float


@dataclass(frozen=True)
class ScoreParams:
    """A great power's final score: the points of its objectives met, plus these terms."""

    # Points for all the influence over the order (share 1).
    influence: float
    # Points per unit of legitimacy above its rest level.
    legitimacy: float
    # Points times its doctrine's view of the final order.
    order_view: float
    # Points every great power loses in a fragmented world.
    fragmented_loss: float


@dataclass(frozen=True)
class CapitalParams:
    """The diplomatic capital economy."""

    # Capital every nation earns a round...
    income_base: float
    # ...plus this times its power share.
    income_per_power: float
    # Cost of tabling a motion.
    motion_cost: float
    # Cost of founding an institution.
    found_cost: float
    # Cost of threatening exit.
    threat_cost: float
    # Utility of one unit of capital (also its value in the score).
    utility_per_unit: float


@dataclass(frozen=True)
class RivalFoundingParams:
    """When model-driven nations found rival bodies."""

    # Material share minus voting power above which a nation is misaligned.
    misalignment: float
    # Founders must be at most this satisfied with the incumbent.
    founder_satisfaction_below: float
    # Doctrine cosine a co-founder needs with the founder.
    cofounder_cosine: float
    # Joint world power share the founders need.
    min_power: float
    # Chance per round that a qualifying coalition founds.
    p_per_round: float
    # Quota of the new body's power-weighted votes.
    quota: float
    # Intrusiveness of the rival relative to the incumbent.
    alpha_factor: float
    # Benefits of the rival relative to the incumbent.
    benefit_factor: float
    # Doctrine cosine a nation needs to join the rival.
    accession_fit: float


@dataclass(frozen=True)
class RecognitionParams:
    """Recognition of one another's models."""

    # r_ij rises by this times (1 - r_ij) for each adopted decision sponsored by j that i
    # voted for, across dominant doctrines.
    gain_per_cross_decision: float
    # Change of r_ij for a sanction or broken pledge between them.
    sanction_or_broken_pledge: float
    # r_ij moves this far toward its doctrine baseline a round.
    reversion: float


@dataclass(frozen=True)
class LegitimacyParams:
    """Changes of a nation's legitimacy."""

    # A veto against a majority.
    veto_vs_majority: float
    # Withdrawing from a body.
    exit: float
    # Opting out of an adopted motion.
    opt_out: float
    # Breaking a pledge.
    broken_pledge: float
    # Being sanctioned.
    sanction: float
    # Keeping a pledge.
    kept_pledge: float
    # Legitimacy moves this far toward its rest level a round.
    reversion: float
    # Rest level of a nation's legitimacy.
    rest: float


@dataclass(frozen=True)
class VitalityParams:
    """Institutions alive, zombie, dead."""

    # Speed at which vitality relaxes toward its rest level.
    relax_rate: float
    # Rest level of vitality with no leadership and no action.
    rest_base: float
    # Rest level added by alternative leadership.
    rest_leadership: float
    # Rest level added when the body acted recently.
    rest_acted: float
    # Vitality lost per subverting member-round, times its power share.
    subversion: float
    # Vitality lost to any exit...
    exit_base: float
    # ...plus this times the leaver's power share...
    exit_power: float
    # ...times (1 + this) if the leaver is a founder...
    founder_multiplier: float
    # ...times (1 - this * alternative leadership).
    leadership_relief: float
    # A body with vitality below this is dead.
    dead_below: float
    # A body with vitality below this is a zombie.
    zombie_below: float
    # A body with fewer members is dead.
    min_members: int


@dataclass(frozen=True)
class RollbackParams:
    """Leaving to undermine a body."""

    # Vitality the old body loses each round after a rollback exit...
    vitality_loss: float
    # ...for this many rounds.
    rounds: int


@dataclass(frozen=True)
class ThreatParams:
    """A threat with demand scope delta succeeds with logistic(c0 + c1 P/maxP - c2
    delta)."""

    # Intercept of threat success.
    c0: float
    # Weight of the threatener's relative power.
    c1: float
    # Weight of the scope of the demand.
    c2: float
    # Cut of breadth a won mandate demand brings.
    mandate_cut: float
    # Rounds before the same nation may threaten again.
    gap_rounds: int
    # Legitimacy change of a failed threat if the threatener stays.
    failed_legitimacy: float


@dataclass(frozen=True)
class HazardParams:
    """Per-round exit probability h = logistic(a0 - satisfaction*s + divergence*D + ...)."""

    # Intercept of the exit hazard.
    a0: float
    # Weight of (minus) satisfaction.
    satisfaction: float
    # Weight of distance to the members' median ideal point.
    divergence: float
    # Weight of recent exits from the body.
    contagion: float
    # Weight of nationalism.
    nationalism: float
    # Weight of the intrusiveness cost not spared by the inside option.
    exposure: float
    # Weight of the outside option.
    outside: float
    # Weight of (minus) founder loyalty.
    loyalty: float
    # Weight of (minus) democracy times movement intensity.
    movement: float
    # Share of contagion left after each round.
    contagion_decay: float


@dataclass(frozen=True)
class OutsideOptionParams:
    """The value of leaving a body."""

    # Rounds of privileges H forfeited on exit (times linkage).
    forfeit_rounds: int
    # Reputation cost of exit, times the nation's legitimacy.
    rep_cost: float
    # Value of going it alone for a mercantilist: times d_mercantilist P_i / max P.
    mercantilist_bonus: float
    # A member with an outside option exits only if the body's external effects are below
    # this; otherwise it rolls back (leaves and undermines).
    exit_external_below: float


@dataclass(frozen=True)
class InsideOptionParams:
    """Negative power inside a body: veto and opt-out."""

    # Index of a member's power to block (1 for a veto holder).
    blocking_power: str
    # A dissatisfied member with an inside option at least this chooses voice.
    voice_at: float
    # Share of the intrusiveness cost the inside option spares a member.
    theta: float


@dataclass(frozen=True)
class SatisfactionParams:
    """Satisfaction with each membership."""

    # s <- memory * s + (1 - memory) * tanh(payoff): how slowly satisfaction moves.
    memory: float
    # A member below this satisfaction is dissatisfied.
    dissatisfied_below: float


@dataclass(frozen=True)
class UtilityParams:
    """Terms of a member's payoff."""

    # Weight of doctrine fit cos(d_i, o_k) - 0.5 in the payoff.
    kappa: float
    # Weight of recognition by the other members (Rin - 0.5) in the payoff.
    rho: float


@dataclass(frozen=True)
class CrisisParams:
    """Crises that shock a body's status quo."""

    # Chance a crisis strikes a body in a round.
    p_per_body_round: float
    # Standard deviation of the jump of the body's status quo.
    policy_shock_sd: float
    # Common value c every member gains if the body adopts a policy motion while the
    # crisis lasts.
    valence: float
    # Share of the common value left after each round.
    valence_decay: float


@dataclass(frozen=True)
class AgendaParams:
    """Drafting and tabling motions."""

    # Order in which great powers table motions: rotating each round, by power, or as
    # listed in the scenario.
    speaker_order: str
    # How model drafters build candidate motions.
    candidates: CandidateParams
    # When a model drafter tables a motion.
    table_if: TableIfParams


@dataclass(frozen=True)
class VoteParams:
    """How model-driven nations vote."""

    # A model-driven voter says yes if its gain plus noise exceeds tau, no if below -tau,
    # and abstains in between.
    tau: float
    # Noise on model-driven votes.
    noise_sd: float


@dataclass(frozen=True)
class PowerParams:
    """Power and its growth."""

    # Weights of the components in the composite power share P_i.
    weights: PowerWeights
    # Standard deviation of the yearly growth shock.
    growth_noise_sd: float
    # Growth rates converge to the world mean: g <- mean + this * (g - mean). 1 keeps
    # growth constant (one nation then outgrows the world).
    growth_convergence: float
    # World mean growth the rates converge to; empty means the power-weighted mean of the
    # starting rates.
    growth_mean: float | None


@dataclass(frozen=True)
class Params:
    """Every number of the core model. Each block and value is optional; a preset sets many
    at once, and values given beside it win."""

    # classroom: a lively tempo for short games; calibrated: yearly rates close to the
    # historical record (about 0.4 exits per 1,000 membership-years).
    preset: str
    # Power and its growth.
    power: PowerParams
    # How model-driven nations vote.
    vote: VoteParams
    # Drafting and tabling motions.
    agenda: AgendaParams
    # Crises that shock a body's status quo.
    crisis: CrisisParams
    # Terms of a member's payoff.
    utility: UtilityParams
    # Satisfaction with each membership.
    satisfaction: SatisfactionParams
    # Negative power inside a body: veto and opt-out.
    inside_option: InsideOptionParams
    # The value of leaving a body.
    outside_option: OutsideOptionParams
    # Exit hazard of model-driven members.
    hazard: HazardParams
    # Exit threats and the reforms they win.
    threat: ThreatParams
    # Rounds a leaver waits before it may rejoin (a body may set its own).
    reentry_wait_rounds: int
    # Leaving to undermine a body.
    rollback: RollbackParams
    # Institutions alive, zombie, dead.
    vitality: VitalityParams
    # Changes of a nation's legitimacy.
    legitimacy: LegitimacyParams
    # Recognition of one another's models.
    recognition: RecognitionParams
    # A body's doctrine drifts this far with each adopted decision toward the mean of its
    # sponsor's doctrine and the power-weighted doctrines of its yes-voters.
    institution_doctrine_drift: float
    # When model-driven nations found rival bodies.
    rival_founding: RivalFoundingParams
    # The diplomatic capital economy.
    capital: CapitalParams
    # The terms of the final score.
    score: ScoreParams
    # Windows and baselines of the order indices.
    indices: IndexParams
    # When each order verdict holds.
    verdict: VerdictParams
    # Behaviour of each doctrine.
    doctrines: DoctrineTable
