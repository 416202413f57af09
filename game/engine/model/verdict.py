"""The order verdict (core-model.md section 6): which conditions hold, with their numbers;
streaks and the hold; and, while no verdict holds, the leaning."""

from __future__ import annotations

from dataclasses import dataclass

from ..params import Params
from ..records import evolve
from ..state import OrderState, Reason
from .indices import Indices

PRIORITY = ("fragmented", "bloc", "hegemonic", "pluralist")


@dataclass(frozen=True)
class Assessment:
    verdict: str
    held: bool
    conditions: tuple[Reason, ...]

    @property
    def closeness(self) -> float:
        """Share of its conditions that hold (for 'any of' verdicts, the best one)."""
        if not self.conditions:
            return 0.0
        nearness = [_near(c) for c in self.conditions]
        if self.verdict == "fragmented":  # any one of its conditions is enough
            return max(nearness)
        return sum(nearness) / len(nearness)


def _near(condition: Reason) -> float:
    if condition.held:
        return 1.0
    span = abs(condition.threshold) or 1.0
    return max(0.0, 1.0 - abs(condition.value - condition.threshold) / span)


# Every condition of a verdict, by its code.
CONDITIONS = (
    "apex_coverage", "exits_without_alternative", "order_balance", "contested_areas",
    "two_camps", "parallel_areas", "top_influence", "leader_model_carried",
    "leader_recognition", "influence_spread", "mutual_recognition", "exit_rate",
    "apex_can_act", "cross_doctrine_decisions",
)  # fmt: skip


def _at_least(code: str, value: float, threshold: float) -> Reason:
    return Reason(code, value, threshold, value >= threshold, "at_least")


def _at_most(code: str, value: float, threshold: float) -> Reason:
    return Reason(code, value, threshold, value <= threshold, "at_most")


def _below(code: str, value: float, threshold: float) -> Reason:
    return Reason(code, value, threshold, value < threshold, "below")


def assess(indices: Indices, params: Params) -> dict[str, Assessment]:
    """Each verdict's conditions against the indices, with the numbers. Shares of issue
    areas are of the areas the world has bodies in; the pluralist spread of influence is
    a share of the number of great powers (docs/model.md section 9)."""
    baseline = params.indices.baseline_exits_per_1000
    v = params.verdict
    f, b, h, p = v.fragmented, v.bloc, v.hegemonic, v.pluralist
    areas = max(indices.areas, 1)
    contested = indices.contested_areas / areas
    # Rival bodies that line up in two camps over enough areas are a bloc order, not
    # fragmentation (Sakwa 2019: the Cold War's two camps were an order).
    camps = indices.blocs is not None and indices.parallel_areas / areas >= b.parallel_areas_share
    exit_multiple = f.exit_rate_multiple
    fragmented = (
        _below("apex_coverage", indices.apex_coverage, f.apex_coverage_below),
        Reason(
            "exits_without_alternative",
            indices.exit_rate,
            exit_multiple * baseline,
            indices.exit_rate >= exit_multiple * baseline
            and indices.exits_in_window >= f.min_exits_in_window,
            figures=(
                ("exits", indices.exits_in_window),
                ("multiple", exit_multiple),
                ("least", f.min_exits_in_window),
            ),
        ),
        _below("order_balance", indices.balance, f.balance_below),
        Reason(
            "contested_areas",
            contested,
            f.contested_areas_share,
            contested >= f.contested_areas_share and not camps,
            figures=(("contested", indices.contested_areas), ("areas", indices.areas)),
        ),
    )
    bloc = (
        Reason(
            "two_camps",
            1.0 if indices.blocs else 0.0,
            1.0,
            indices.blocs is not None,
            figures=(("camps", indices.blocs),) if indices.blocs else (),
        ),
        _at_least(
            "parallel_areas",
            indices.parallel_areas / areas,
            b.parallel_areas_share,
        ),
    )
    # Carried by the institutions: in their standing norms (one doctrine holds the bodies'
    # authority) or in what they decide now (most decisions are the leader's own).
    norm_max, agenda_min = h.n_norm_max, h.leader_agenda_share_min
    by_norms = _at_most("norms", indices.n_norm, norm_max)
    by_agenda = _at_least("agenda", indices.leader_agenda_share, agenda_min)
    nearer = max(by_norms, by_agenda, key=_near)  # its numbers are the condition's
    carried = Reason(
        "leader_model_carried",
        nearer.value,
        nearer.threshold,
        by_norms.held or by_agenda.held,
        nearer.needs,
        figures=(
            ("norms", indices.n_norm),
            ("norms_max", norm_max),
            ("agenda", indices.leader_agenda_share),
            ("agenda_min", agenda_min),
        ),
    )
    hegemonic = (
        _at_least("top_influence", indices.top_influence, h.top_influence),
        carried,
        _at_least("apex_coverage", indices.apex_coverage, h.apex_coverage_min),
        _below(
            "leader_recognition",
            indices.leader_recognition,
            h.leader_recognition_below,
        ),
    )
    spread = p.n_influence_share_min * indices.great_powers
    pluralist = (
        Reason(
            "influence_spread",
            indices.n_influence,
            spread,
            indices.n_influence >= spread - 1e-9,
            figures=(("share", p.n_influence_share_min), ("great_powers", indices.great_powers)),
        ),
        _at_least("mutual_recognition", indices.recognition, p.recognition_min),
        _at_least("apex_coverage", indices.apex_coverage, p.apex_coverage_min),
        _at_most("exit_rate", indices.exit_rate, p.exit_multiple_max * baseline),
        Reason("apex_can_act", 1.0 if indices.apex_can_act else 0.0, 1.0, indices.apex_can_act),
        _at_least(
            "cross_doctrine_decisions",
            indices.cross_doctrine_share,
            p.cross_doctrine_share_min,
        ),
    )
    return {
        "fragmented": Assessment("fragmented", any(c.held for c in fragmented), fragmented),
        "bloc": Assessment("bloc", all(c.held for c in bloc), bloc),
        "hegemonic": Assessment("hegemonic", all(c.held for c in hegemonic), hegemonic),
        "pluralist": Assessment("pluralist", all(c.held for c in pluralist), pluralist),
    }


def update(
    order: OrderState, assessments: dict[str, Assessment], enter: int, release: int
) -> OrderState:
    """The order after one more round: streaks grow or reset; a verdict is shown once it
    has held `enter` rounds, kept until it fails `release` rounds in a row or a verdict of
    higher priority qualifies; otherwise the order is transitional, with its leaning."""
    streaks = dict(order.streaks)
    for name, assessment in assessments.items():
        streaks[name] = streaks.get(name, 0) + 1 if assessment.held else 0
    qualified = [v for v in PRIORITY if streaks[v] >= enter]
    shown, failing = order.shown, order.failing
    if shown != "transitional":
        failing = 0 if assessments[shown].held else failing + 1
        higher = [v for v in qualified if PRIORITY.index(v) < PRIORITY.index(shown)]
        if higher:
            shown, failing = higher[0], 0
        elif failing >= release:
            shown, failing = "transitional", 0
    if shown == "transitional" and qualified:
        shown, failing = qualified[0], 0
    leaning = None
    if shown == "transitional":
        leaning = max(PRIORITY, key=lambda v: (assessments[v].closeness, -PRIORITY.index(v)))
    focus = shown if shown != "transitional" else leaning
    reasons = assessments[focus].conditions if focus else ()
    return evolve(
        order,
        shown=shown,
        leaning=leaning,
        streaks=tuple(sorted(streaks.items())),
        failing=failing,
        reasons=reasons,
    )
