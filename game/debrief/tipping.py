"""What would tip the order: the nearest decisive verdict and the conditions it still
lacks, in words a student reads, with the numbers ("A hegemonic order needs Northland's
influence at 40% (now 39%)"). Built from the verdict's own conditions
(game/engine/model/verdict.py), so the sentence and the verdict cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from game.engine import PRIORITY, Assessment, GameState, Indices, Reason, assess
from game.engine import indices as order_indices
from game.text.language import ENGLISH, N_, Language
from game.text.names import listing, nation_name
from game.text.verdict import rate, reason_text


@dataclass(frozen=True)
class Tipping:
    verdict: str  # the nearest decisive verdict other than the one shown
    missing: tuple[Reason, ...]  # its conditions that do not hold (for fragmented: the nearest)
    sentence: str


def nearest(state: GameState, lang: Language = ENGLISH) -> Tipping:
    """The decisive verdict the order is closest to, other than the one it shows, and
    what it would take (its sentence in `lang`)."""
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
    return Tipping(target, missing, _sentence(state, found, target, missing, lang))


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


# A decisive order by name, as the sentences begin.
HOLDS = {
    "pluralist": N_(
        "A pluralist order holds its conditions now; it is declared once they "
        "have held for {rounds} rounds in a row."
    ),
    "hegemonic": N_(
        "A hegemonic order holds its conditions now; it is declared once they "
        "have held for {rounds} rounds in a row."
    ),
    "bloc": N_(
        "A bloc order holds its conditions now; it is declared once they have held "
        "for {rounds} rounds in a row."
    ),
    "fragmented": N_(
        "A fragmented order holds its conditions now; it is declared once "
        "they have held for {rounds} rounds in a row."
    ),
}
NEEDS = {
    "pluralist": N_("A pluralist order needs {conditions}."),
    "hegemonic": N_("A hegemonic order needs {conditions}."),
    "bloc": N_("A bloc order needs {conditions}."),
    "fragmented": N_("A fragmented order would come with {conditions}."),
}  # fmt: skip


def _sentence(
    state: GameState,
    found: Indices,
    verdict: str,
    missing: tuple[Reason, ...],
    lang: Language = ENGLISH,
) -> str:
    if not missing:
        rounds = lang.number(state.params.verdict.enter_after_rounds, 0)
        return lang.text(HOLDS[verdict], rounds=rounds)
    parts = [_phrase(state, found, verdict, r, lang) for r in missing]
    return lang.text(NEEDS[verdict], conditions=listing(parts, lang))


def _norm_max(state: GameState) -> float:
    return float(state.params.verdict.hegemonic.n_norm_max)


def _agenda_min(state: GameState) -> float:
    return float(state.params.verdict.hegemonic.leader_agenda_share_min)


def _phrase(
    state: GameState, found: Indices, verdict: str, reason: Reason, lang: Language = ENGLISH
) -> str:
    """One condition in words, with the threshold and the value now."""
    code, value, threshold = reason.code, reason.value, reason.threshold
    if found.leader:
        leader = nation_name(state, found.leader, lang)
    else:
        leader = lang.text(N_("the leading power"))
    apex = order_indices.apex(state)
    apex_name = apex.name if apex is not None else lang.text(N_("the apex body"))
    number, pct = lang.number, lang.percent
    if code == "top_influence":
        return lang.text(
            N_(
                "the leading power, {leader}, with {needed} of the great powers' influence "
                "(now {now})"
            ),
            leader=leader,
            needed=pct(threshold),
            now=pct(value),
        )
    if code == "leader_model_carried":
        # A name in the genitive is the scenario's; 'the leading power' is a phrase whose
        # genitive only its translation knows.
        message = (
            N_(
                "the institutions carrying {leaders:gen} model: {agenda} of their recent "
                "decisions on its motions (now {agenda_now}), or their authority held by one "
                "doctrine (resting on at most {norms} doctrines in effect, now {norms_now})"
            )
            if found.leader
            else N_(
                "the institutions carrying the leading power's model: {agenda} of their recent "
                "decisions on its motions (now {agenda_now}), or their authority held by one "
                "doctrine (resting on at most {norms} doctrines in effect, now {norms_now})"
            )
        )
        return lang.text(
            message,
            leaders=leader,
            agenda=pct(_agenda_min(state)),
            agenda_now=pct(found.leader_agenda_share),
            norms=number(_norm_max(state), 1),
            norms_now=number(found.n_norm, 1),
        )
    if code == "apex_coverage":
        if verdict == "fragmented":
            return lang.text(
                N_("{apex} holding less than {needed} of world power (now {now})"),
                apex=apex_name,
                needed=pct(threshold),
                now=pct(value),
            )
        return lang.text(
            N_(
                "{apex} holding at least {needed} of world power (now {now}): the great "
                "powers missing from it admitted"
            ),
            apex=apex_name,
            needed=pct(threshold),
            now=pct(value),
        )
    if code == "leader_recognition":
        return lang.text(
            N_(
                "the leading power, {leader}, refusing rival models equal standing (its "
                "recognition of them below {needed}, now {now})"
            ),
            leader=leader,
            needed=number(threshold, 2),
            now=number(value, 2),
        )
    if code == "influence_spread":
        return lang.text(
            N_(
                "influence spread among more of the great powers (at least {needed} powers' "
                "worth, now {now})"
            ),
            needed=number(threshold, 1),
            now=number(value, 1),
        )
    if code == "mutual_recognition":
        return lang.text(
            N_(
                "the great powers recognising each other's models more (at least {needed}, "
                "now {now})"
            ),
            needed=number(threshold, 2),
            now=number(value, 2),
        )
    if code == "exits_without_alternative":
        return lang.text(
            N_(
                "more exits with no alternative to go to (at least {needed} in the window, "
                "now {now})"
            ),
            needed=lang.figure(state.params.verdict.fragmented.min_exits_in_window),
            now=found.exits_in_window,
        )
    if code == "exit_rate":
        return lang.text(
            N_("fewer exits (at most {needed} per 1,000 memberships, now {now})"),
            needed=rate(threshold, lang),
            now=rate(value, lang),
        )
    if code == "apex_can_act":
        return lang.text(N_("{apex} adopting a decision"), apex=apex_name)
    if code == "cross_doctrine_decisions":
        return lang.text(
            N_(
                "more decisions carried by great powers of different doctrines (at least "
                "{needed}, now {now})"
            ),
            needed=pct(threshold),
            now=pct(value),
        )
    if code == "two_camps":
        return lang.text(
            N_("two camps of great powers, each with bodies of its own in the same areas")
        )
    if code == "parallel_areas":
        return lang.text(
            N_(
                "parallel bodies of the two camps in more issue areas ({parallel} of {areas} "
                "now, at least {needed} of them needed)"
            ),
            parallel=found.parallel_areas,
            areas=found.areas,
            needed=pct(threshold),
        )
    if code == "order_balance":
        return lang.text(
            N_(
                "the bodies losing legitimacy and members (their legitimacy and reach "
                "together below {needed} of 1, now {now})"
            ),
            needed=number(threshold, 2),
            now=number(value, 2),
        )
    if code == "contested_areas":
        return lang.text(
            N_(
                "rival bodies contesting more issue areas without lining up in two camps "
                "({contested} of {areas} now)"
            ),
            contested=found.contested_areas,
            areas=found.areas,
        )
    return reason_text(reason, state, lang)
