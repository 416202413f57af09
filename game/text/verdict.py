"""The order verdict's reasons in words. The engine gives each reason as data (a code,
its number, its threshold and the figures it quotes, game/engine/model/verdict.py); this
is the one place that says them, so that another language can say them too.

Each reason is a plain clause a student can check against the table: what holds now,
with its number on a scale it names (a share as a percentage, a degree as so much "of
1"), and what the order needs: "the leading power holds 41% of the great powers'
influence (needs at least 40%)"."""

from __future__ import annotations

from collections.abc import Callable

from game.engine import Reason

from .language import ENGLISH, N_, Language
from .names import Names, nation_name

NEEDS = {
    "at_least": N_("(needs at least {threshold})"),
    "at_most": N_("(needs at most {threshold})"),
    "below": N_("(needs below {threshold})"),
}


def of_one(value: float, lang: Language = ENGLISH) -> str:
    return lang.text(N_("{value} of 1"), value=lang.number(value, 2))


def rate(value: float, lang: Language = ENGLISH) -> str:
    """A rate of exits per 1,000 memberships, to two significant figures or whole."""
    return lang.number(value, 1 if value < 10 else 0)


def _tenths(value: float, lang: Language = ENGLISH) -> str:
    return lang.number(value, 1)


def _percent(value: float, lang: Language = ENGLISH) -> str:
    return lang.percent(value)


Format = Callable[[float, Language], str]

# Per plain condition: what it says, with {value}; how its number and threshold read.
PLAIN: dict[str, tuple[str, Format]] = {
    "top_influence": (
        N_("the leading power holds {value} of the great powers' influence"),
        _percent,
    ),
    "apex_coverage": (N_("the apex body seats {value} of the world's power"), _percent),
    "order_balance": (N_("the bodies' legitimacy and reach together come to {value}"), of_one),
    "parallel_areas": (N_("{value} of the issue areas have rival bodies side by side"), _percent),
    "leader_recognition": (N_("the leading power recognises rival models at {value}"), of_one),
    "mutual_recognition": (
        N_("the great powers recognise each other's models at {value}"),
        of_one,
    ),
    "exit_rate": (N_("great powers left bodies {value} times per 1,000 memberships a round"), rate),
    "cross_doctrine_decisions": (
        N_("{value} of the decisions were carried by powers of different doctrines"),
        _percent,
    ),
    "norms": (N_("the bodies' authority rests on {value} doctrines in effect"), _tenths),
    "agenda": (N_("the leading power sponsored {value} of the decisions"), _percent),
}
UNKNOWN = N_("{condition} {value}")  # a condition a newer engine names that this does not


def figure(code: str, value: float, lang: Language = ENGLISH) -> str:
    """A plain condition's number (or threshold) as its reason shows it."""
    return PLAIN[code][1](value, lang) if code in PLAIN else lang.figure(value)


def _listed(names: list[str], lang: Language) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) == 1:
        return names[0]
    listed = names[0]
    for name in names[1:-1]:
        listed = lang.text(N_("{items}, {item}"), items=listed, item=name)
    return lang.text(N_("{items} and {last}"), items=listed, last=names[-1])


def reason_text(reason: Reason, names: Names | None = None, lang: Language = ENGLISH) -> str:
    """One condition in words, with its number and what it needs: 'the apex body seats
    62% of the world's power (needs at least 80%)'. `names` names the powers a reason
    lists (the two camps); without it they go by their ids."""
    code, value = reason.code, reason.value
    if code == "exits_without_alternative":
        return lang.text(
            N_(
                "great powers left bodies {rate} times per 1,000 memberships a round, {exits} "
                "of them finding no alternative (needs {multiple} times the usual rate and at "
                "least {least} such exits)"
            ),
            rate=rate(value, lang),
            exits=reason.figure("exits"),
            multiple=lang.figure(reason.figure("multiple")),
            least=lang.figure(reason.figure("least")),
        )
    if code == "contested_areas":
        return lang.text(
            N_(
                "{contested} of {areas} issue areas are contested by rival bodies (needs "
                "{share} of them, not lined up in two camps)"
            ),
            contested=reason.figure("contested"),
            areas=reason.figure("areas"),
            share=lang.percent(reason.threshold),
        )
    if code == "two_camps":
        camps = dict(reason.figures).get("camps")
        if not camps:
            return lang.text(N_("two camps of great powers, each with bodies of its own"))
        named = [[nation_name(names, n) if names else str(n) for n in camp] for camp in camps]
        return lang.text(
            N_("two camps of great powers, each with bodies of its own ({one} against {other})"),
            one=_listed(named[0], lang),
            other=_listed(named[1], lang),
        )
    if code == "leader_model_carried":
        return lang.text(
            N_(
                "the institutions carry the leading power's model: their authority rests on "
                "{norms} doctrines in effect (needs at most {norms_max}) or it sponsored "
                "{agenda} of the decisions (needs at least {agenda_min})"
            ),
            norms=lang.number(reason.figure("norms"), 1),
            norms_max=lang.figure(reason.figure("norms_max")),
            agenda=lang.percent(reason.figure("agenda")),
            agenda_min=lang.percent(reason.figure("agenda_min")),
        )
    if code == "influence_spread":
        return lang.text(
            N_(
                "influence is spread as among {spread} equal powers (needs at least "
                "{threshold}: {share} of the {great_powers} great powers)"
            ),
            spread=lang.number(value, 1),
            threshold=lang.number(reason.threshold, 1),
            share=lang.percent(reason.figure("share")),
            great_powers=reason.figure("great_powers"),
        )
    if code == "apex_can_act":
        return lang.text(N_("the apex body can act"))
    if code in PLAIN:
        said = lang.text(PLAIN[code][0], value=figure(code, value, lang))
    else:
        said = lang.text(UNKNOWN, condition=code.replace("_", " "), value=lang.figure(value))
    needs = lang.text(NEEDS[reason.needs], threshold=figure(code, reason.threshold, lang))
    return lang.text(N_("{condition} {needs}"), condition=said, needs=needs)
