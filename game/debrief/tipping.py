"""What would tip the order: the nearest decisive verdict and the conditions it still
lacks, in words a student reads, with the numbers ("A hegemonic order needs Northland's
influence at 40% (now 39%)"). Built from the verdict's own conditions
(game/engine/model/verdict.py), so the sentence and the verdict cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import PRIORITY, Assessment, GameState, Indices, Reason, assess
from game.engine import indices as order_indices
from game.text.amounts import percent
from game.text.names import nation_name, possessive
from game.text.verdict import rate, reason_text


@dataclass(frozen=True)
class Tipping:
    verdict: str  # the nearest decisive verdict other than the one shown
    missing: tuple[Reason, ...]  # its conditions that do not hold (for fragmented: the nearest)
    sentence: str


def nearest(state: GameState) -> Tipping:
    """The decisive verdict the order is closest to, other than the one it shows, and
    what it would take."""
    found = order_indices.compute(state)
    order = state.order
    assessments = assess(found, state.params)
    if order.shown == "transitional" and order.leaning:
        target = order.leaning
        # The conditions as judged at the last round's end, so that the numbers agree
        # with the reasons shown beside the sentence.
        judged = Assessment(target, False, order.reasons) if order.reasons else None
        missing = _missing(judged or assessments[target])
    else:
        others = [v for v in PRIORITY if v != order.shown]
        target = max(others, key=lambda v: (assessments[v].closeness, -PRIORITY.index(v)))
        missing = _missing(assessments[target])
    return Tipping(target, missing, _sentence(state, found, target, missing))


def _missing(assessment: Assessment) -> tuple[Reason, ...]:
    if assessment.verdict == "fragmented":  # any one condition is enough: the nearest
        open_ = [r for r in assessment.conditions if not r.held]
        if len(open_) < len(assessment.conditions):
            return ()
        return (max(open_, key=_nearness),)
    return tuple(r for r in assessment.conditions if not r.held)


def _nearness(reason: Reason) -> float:
    span = abs(reason.threshold) or 1.0
    return 1.0 - abs(reason.value - reason.threshold) / span


def _sentence(state: GameState, found: Indices, verdict: str, missing: tuple[Reason, ...]) -> str:
    article = "An" if verdict[0] in "aeiou" else "A"
    if not missing:
        rounds = state.params.verdict.enter_after_rounds
        return (
            f"{article} {verdict} order holds its conditions now; it is declared once they "
            f"have held for {rounds:g} rounds in a row."
        )
    parts = [_phrase(state, found, verdict, r) for r in missing]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    needs = "would come with" if verdict == "fragmented" else "needs"
    return f"{article} {verdict} order {needs} {listed}."


def _norm_max(state: GameState) -> float:
    return float(state.params.verdict.hegemonic.n_norm_max)


def _agenda_min(state: GameState) -> float:
    return float(state.params.verdict.hegemonic.leader_agenda_share_min)


def _phrase(state: GameState, found: Indices, verdict: str, reason: Reason) -> str:
    """One condition in words, with the threshold and the value now."""
    code, value, threshold = reason.code, reason.value, reason.threshold
    leader = nation_name(state, found.leader) if found.leader else "the leading power"
    apex = order_indices.apex(state)
    apex_name = apex.name if apex is not None else "the apex body"
    if code == "top_influence":
        return (
            f"the leading power, {leader}, with {percent(threshold)} of the great powers' "
            f"influence (now {percent(value)})"
        )
    if code == "leader_model_carried":
        return (
            f"the institutions carrying {possessive(leader)} model: "
            f"{percent(_agenda_min(state))} of their recent decisions on its motions "
            f"(now {percent(found.leader_agenda_share)}), "
            f"or their authority held by one doctrine (resting on at most "
            f"{_norm_max(state):.1f} doctrines in effect, now {found.n_norm:.1f})"
        )
    if code == "apex_coverage":
        if verdict == "fragmented":
            return (
                f"{apex_name} holding less than {percent(threshold)} of world power "
                f"(now {percent(value)})"
            )
        return (
            f"{apex_name} holding at least {percent(threshold)} of world power "
            f"(now {percent(value)}): the great powers missing from it admitted"
        )
    if code == "leader_recognition":
        return (
            f"the leading power, {leader}, refusing rival models equal standing (its "
            f"recognition of them below {threshold:.2f}, now {value:.2f})"
        )
    if code == "influence_spread":
        return (
            f"influence spread among more of the great powers (at least {threshold:.1f} "
            f"powers' worth, now {value:.1f})"
        )
    if code == "mutual_recognition":
        return (
            f"the great powers recognising each other's models more (at least "
            f"{threshold:.2f}, now {value:.2f})"
        )
    if code == "exits_without_alternative":
        return (
            f"more exits with no alternative to go to (at least "
            f"{state.params.verdict.fragmented.min_exits_in_window:g} in the window, "
            f"now {found.exits_in_window})"
        )
    if code == "exit_rate":
        return f"fewer exits (at most {rate(threshold)} per 1,000 memberships, now {rate(value)})"
    if code == "apex_can_act":
        return f"{apex_name} adopting a decision"
    if code == "cross_doctrine_decisions":
        return (
            f"more decisions carried by great powers of different doctrines (at least "
            f"{percent(threshold)}, now {percent(value)})"
        )
    if code == "two_camps":
        return "two camps of great powers, each with bodies of its own in the same areas"
    if code == "parallel_areas":
        return (
            f"parallel bodies of the two camps in more issue areas ({found.parallel_areas} "
            f"of {found.areas} now, at least {percent(threshold)} of them needed)"
        )
    if code == "order_balance":
        return (
            f"the bodies losing legitimacy and members (their legitimacy and reach together "
            f"below {threshold:.2f} of 1, now {value:.2f})"
        )
    if code == "contested_areas":
        return (
            f"rival bodies contesting more issue areas without lining up in two camps "
            f"({found.contested_areas} of {found.areas} now)"
        )
    return reason_text(reason, state)
