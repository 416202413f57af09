"""The order verdict's reasons in words. The engine gives each reason as data (a code,
its number, its threshold and the figures it quotes, game/engine/model/verdict.py); this
is the one place that says them, so that another language can say them too.

Each reason is a plain clause a student can check against the table: what holds now,
with its number on a scale it names (a share as a percentage, a degree as so much "of
1"), and what the order needs: "the leading power holds 41% of the great powers'
influence (needs at least 40%)"."""

from __future__ import annotations

from game.engine import Reason

from .amounts import percent
from .names import Names, nation_name

NEEDS = {"at_least": "at least", "at_most": "at most", "below": "below"}


def of_one(value: float) -> str:
    return f"{value:.2f} of 1"


def rate(value: float) -> str:
    """A rate of exits per 1,000 memberships, to two significant figures or whole."""
    return f"{value:.1f}" if value < 10 else f"{value:.0f}"


# Per plain condition: what it says, with {value}; how its number and threshold read.
PLAIN = {
    "top_influence": ("the leading power holds {value} of the great powers' influence", percent),
    "apex_coverage": ("the apex body seats {value} of the world's power", percent),
    "order_balance": ("the bodies' legitimacy and reach together come to {value}", of_one),
    "parallel_areas": ("{value} of the issue areas have rival bodies side by side", percent),
    "leader_recognition": ("the leading power recognises rival models at {value}", of_one),
    "mutual_recognition": ("the great powers recognise each other's models at {value}", of_one),
    "exit_rate": ("great powers left bodies {value} times per 1,000 memberships a round", rate),
    "cross_doctrine_decisions": (
        "{value} of the decisions were carried by powers of different doctrines",
        percent,
    ),
    "norms": ("the bodies' authority rests on {value} doctrines in effect", lambda v: f"{v:.1f}"),
    "agenda": ("the leading power sponsored {value} of the decisions", percent),
}


def figure(code: str, value: float) -> str:
    """A plain condition's number (or threshold) as its reason shows it."""
    return PLAIN[code][1](value) if code in PLAIN else f"{value:g}"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def reason_text(reason: Reason, names: Names | None = None) -> str:
    """One condition in words, with its number and what it needs: 'the apex body seats
    62% of the world's power (needs at least 80%)'. `names` names the powers a reason
    lists (the two camps); without it they go by their ids."""
    code, value = reason.code, reason.value
    if code == "exits_without_alternative":
        return (
            f"great powers left bodies {rate(value)} times per 1,000 memberships a round, "
            f"{reason.figure('exits')} of them finding no alternative (needs "
            f"{reason.figure('multiple'):g} times the usual rate and at least "
            f"{reason.figure('least'):g} such exits)"
        )
    if code == "contested_areas":
        return (
            f"{reason.figure('contested')} of {reason.figure('areas')} issue areas are "
            f"contested by rival bodies (needs {percent(reason.threshold)} of them, not lined "
            "up in two camps)"
        )
    if code == "two_camps":
        camps = dict(reason.figures).get("camps")
        said = "two camps of great powers, each with bodies of its own"
        if not camps:
            return said
        named = [[nation_name(names, n) if names else str(n) for n in camp] for camp in camps]
        return f"{said} ({_listed(named[0])} against {_listed(named[1])})"
    if code == "leader_model_carried":
        return (
            "the institutions carry the leading power's model: their authority rests on "
            f"{reason.figure('norms'):.1f} doctrines in effect (needs at most "
            f"{reason.figure('norms_max'):g}) or it sponsored {percent(reason.figure('agenda'))} "
            f"of the decisions (needs at least {percent(reason.figure('agenda_min'))})"
        )
    if code == "influence_spread":
        return (
            f"influence is spread as among {value:.1f} equal powers (needs at least "
            f"{reason.threshold:.1f}: {percent(reason.figure('share'))} of the "
            f"{reason.figure('great_powers')} great powers)"
        )
    if code == "apex_can_act":
        return "the apex body can act"
    said, _ = PLAIN.get(code, (code.replace("_", " ") + " {value}", None))
    needs = f"{NEEDS[reason.needs]} {figure(code, reason.threshold)}"
    return f"{said.format(value=figure(code, value))} (needs {needs})"
