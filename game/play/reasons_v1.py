"""The verdict's reasons as saves of version 1 said them: those saves hash each round's
state with its reasons in these words, so checking them needs these words, frozen. The
game says its reasons with game/text/verdict.py."""

from __future__ import annotations

from game.engine import Reason

# The measure each plain condition quotes, by its code.
LABELS = {
    "apex_coverage": "apex coverage",
    "order_balance": "order balance K",
    "parallel_areas": "share of areas with parallel institutions",
    "top_influence": "top influence",
    "leader_recognition": "leader's recognition of rival models",
    "mutual_recognition": "mutual recognition",
    "exit_rate": "exit rate",
    "cross_doctrine_decisions": "share of decisions carried across doctrines",
    "norms": "norm diversity",
    "agenda": "the leader's share of decisions",
}
NEEDS = {"at_least": "at least", "at_most": "at most", "below": "below"}


def reason_text_v1(reason: Reason) -> str:
    """A condition as saves of version 1 said it."""
    code, value = reason.code, reason.value
    if code == "exits_without_alternative":
        return (
            f"exit rate {value:.1f} per 1,000 with {reason.figure('exits')} exits of great "
            f"powers that found no alternative (needs {reason.figure('multiple'):g}x the "
            f"baseline and at least {reason.figure('least'):g} exits)"
        )
    if code == "contested_areas":
        return (
            f"areas contested by rival bodies {reason.figure('contested')}/"
            f"{reason.figure('areas')} (needs {reason.threshold:g} of them, not lined up in "
            "two camps)"
        )
    if code == "two_camps":
        camps = dict(reason.figures).get("camps")
        apart = f" ({' '.join(camps[0])} against {' '.join(camps[1])})" if camps else ""
        return "two camps of great powers, each with bodies of its own" + apart
    if code == "leader_model_carried":
        return (
            f"the institutions carry the leader's model: norm diversity "
            f"{reason.figure('norms'):.2f} (needs at most {reason.figure('norms_max'):g}) or "
            f"the leader's share of decisions {reason.figure('agenda'):.2f} (needs at least "
            f"{reason.figure('agenda_min'):g})"
        )
    if code == "influence_spread":
        return (
            f"effective number of influences {value:.2f} (needs at least "
            f"{reason.threshold:.2f}: {reason.figure('share'):g} of the "
            f"{reason.figure('great_powers')} great powers)"
        )
    if code == "apex_can_act":
        return "the apex body can act"
    label = LABELS.get(code, code.replace("_", " "))
    return f"{label} {value:.2f} (needs {NEEDS[reason.needs]} {reason.threshold:g})"
